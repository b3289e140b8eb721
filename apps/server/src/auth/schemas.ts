import { auth } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

export const loginBody = z
  .object({
    username: z.string().trim().min(1, "请输入用户名").max(64, "用户名过长"),
    password: z.string().min(1, "请输入密码").max(200, "密码过长"),
  })
  .openapi("LoginBody");

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(200),
    newPassword: z.string().min(1, "请输入新密码").max(200),
  })
  .openapi("ChangePasswordBody");

const capability = z.enum(Object.keys(auth.capabilityLabels) as [auth.Capability]);
const role = z.enum(auth.roles as [auth.Role]);
const section = z.enum(auth.sections as [auth.Section]);

export const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      role,
      roleLabel: z.string(),
      section: section.nullable(),
      sectionLabel: z.string().nullable(),
      schoolId: z.string().nullable(),
      schoolName: z.string().nullable(),
      /** a township contact's township (乡镇联络员) */
      townCode: z.string().nullable(),
      townName: z.string().nullable(),
      regionCode: z.string(),
      regionName: z.string().nullable(),
    }),
    csrfToken: z.string(),
    mustChangePassword: z.boolean(),
    abilities: z.object({ read: z.array(capability), write: z.array(capability), reveal: z.array(capability) }),
  })
  .openapi("Me");

export type Me = z.infer<typeof meSchema>;
