/** Schemas of the recruitment plan (招聘计划): its lines, the recruits' arrival and the schools' needs. */
import { registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { isoDate, rounding, subjectEnum, text, uuid } from "./schemas";

export const planLineSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolName: z.string(),
  subject: z.string(),
  label: z.string(),
  retirements: z.number(),
  gap: z.number(),
  replacement: z.number(),
  forShortage: z.number(),
  proposed: z.number(),
  quantity: z.number(),
  arrived: z.number(),
  note: z.string(),
  recruits: z.array(
    z.object({ staffId: z.string(), staffNumber: z.string(), name: z.string(), arrivedOn: z.string() }),
  ),
});
export const recruitmentSchema = z
  .object({
    schoolYear: z.number(),
    rule: z.object({ retirementsPerRecruit: z.number(), recruitRounding: rounding }),
    proposal: z.object({
      retirements: z.number(),
      replacementExact: z.number(),
      replacement: z.number(),
      forShortage: z.number(),
      proposed: z.number(),
    }),
    plan: z
      .object({
        id: z.string(),
        status: z.enum(["draft", "approved"]),
        retirements: z.number(),
        proposedTotal: z.number(),
        quantity: z.number(),
        arrived: z.number(),
        approvedAt: z.string().nullable(),
        lines: z.array(planLineSchema),
      })
      .nullable(),
    needs: z.array(
      z.object({
        id: z.string(),
        schoolId: z.string(),
        schoolName: z.string(),
        subject: z.string(),
        label: z.string(),
        count: z.number(),
        planned: z.number().nullable(),
        reason: z.string(),
        createdAt: z.string(),
      }),
    ),
    schools: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("StaffingRecruitment");

export const planLineBody = z.object({
  quantity: z
    .number({ error: "请填写招聘人数" })
    .int("招聘人数应为整数")
    .min(0, "招聘人数不能为负数")
    .max(500, "招聘人数不能超过500"),
  note: z.string().trim().max(200, "备注不能超过200个字").default(""),
});
export const recruitBody = z.object({
  name: text("姓名", 30),
  residentId: z.string({ error: "请填写身份证号" }).trim().min(1, "请填写身份证号"),
  ethnicity: text("民族", 20).default("汉族"),
  qualification: z.enum(registry.qualification.codes, { error: "学历不存在,请从列表中选择" }),
  title: z.enum(registry.professionalTitle.codes, { error: "职称不存在,请从列表中选择" }).default("none"),
  stageTaught: z.enum(registry.stage.codes, { error: "任教学段不存在,请从列表中选择" }),
  hasCertificate: z.boolean().default(true),
  arrivedOn: isoDate("到岗日期"),
});
export const needBody = z.object({
  schoolId: uuid("学校"),
  schoolYear: z.number().int().min(2000).max(2100),
  subject: subjectEnum,
  count: z
    .number({ error: "请填写需求人数" })
    .int("需求人数应为整数")
    .min(1, "需求人数至少为 1")
    .max(50, "需求人数最多 50"),
  reason: text("需求理由", 200),
});
