import { z } from "@hono/zod-openapi";
import { rounding, subjectEnum, text, uuid } from "./schemas";

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
        schoolName: z.string(),
        label: z.string(),
        count: z.number(),
        reason: z.string(),
        createdAt: z.string(),
      }),
    ),
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
export const arrivalsBody = z.object({
  arrived: z.number({ error: "请填写到岗人数" }).int("到岗人数应为整数").min(0, "到岗人数不能为负数"),
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
