import { auth } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const role = z.enum(auth.roles as [auth.Role, ...auth.Role[]], { error: "角色不存在" });
const section = z.enum(auth.sections as [auth.Section, ...auth.Section[]], { error: "股室不存在" }).nullable();
const townCode = z.string().regex(/^\d{9}$/, "乡镇代码应为9位数字");
const username = z
  .string()
  .trim()
  .min(3, "用户名至少3个字符")
  .max(32, "用户名最多32个字符")
  .regex(/^[a-z][a-z0-9_.-]*$/, "用户名只能用小写字母开头,由小写字母、数字、下划线、点或短横线组成");

export const createUserBody = z
  .object({
    username,
    displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名过长"),
    role,
    section: section.optional(),
    schoolId: z.uuid("学校编号格式不正确").nullable().optional(),
    staffId: z.uuid("教职工编号格式不正确").nullable().optional(),
    townCode: townCode.nullable().optional(),
    password: z.string().max(200),
  })
  .openapi("CreateUser");

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名过长").optional(),
    role: role.optional(),
    section: section.optional(),
    schoolId: z.uuid("学校编号格式不正确").nullable().optional(),
    staffId: z.uuid("教职工编号格式不正确").nullable().optional(),
    townCode: townCode.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .openapi("UpdateUser");

export const resetPasswordBody = z.object({ password: z.string().max(200) }).openapi("ResetPassword");

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(auth.roles as [auth.Role]),
    section: z.enum(auth.sections as [auth.Section]).nullable(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    staffId: z.string().nullable(),
    townCode: z.string().nullable(),
    townName: z.string().nullable(),
    disabled: z.boolean(),
    isDemo: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("User");

export const townsSchema = z
  .object({ rows: z.array(z.object({ code: z.string(), name: z.string() })) })
  .openapi("UserTowns");
