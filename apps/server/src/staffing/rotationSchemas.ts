/** Schemas of rotation (交流轮岗): the due list, proposals, decisions and exemptions. */
import { z } from "@hono/zod-openapi";
import { isoDate, text, uuid } from "./schemas";

export const rotationSchema = z
  .object({
    schoolYear: z.number(),
    figures: z.object({
      eligibleAtTargetSchools: z.number(),
      target: z.number(),
      rotating: z.number(),
      backboneRotating: z.number(),
      backboneTarget: z.number(),
      share: z.number().nullable(),
      backboneShare: z.number().nullable(),
      met: z.boolean(),
      backboneMet: z.boolean(),
    }),
    due: z.array(
      z.object({
        staffId: z.string(),
        name: z.string(),
        staffNumber: z.string(),
        schoolId: z.string(),
        schoolName: z.string(),
        label: z.string(),
        since: z.string(),
        years: z.number(),
        backbone: z.boolean(),
        targetSchool: z.boolean(),
        exemptReason: z.string().nullable(),
      }),
    ),
    rotations: z.array(
      z.object({
        id: z.string(),
        staffId: z.string(),
        name: z.string(),
        fromSchool: z.string(),
        toSchool: z.string().nullable(),
        status: z.enum(["proposed", "approved", "rejected"]),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
        note: z.string(),
        decisionNote: z.string().nullable(),
      }),
    ),
    schools: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("StaffingRotation");
export const proposeRotationBody = z.object({
  staffId: uuid("教师"),
  schoolYear: z.number().int().min(2000).max(2100),
  toSchoolId: uuid("去向学校").nullable().default(null),
  note: z.string().trim().max(200, "说明不能超过200个字").default(""),
});
export const decideRotationBody = z.object({
  decision: z.enum(["approved", "rejected"], { error: "处理结果应为同意或不同意" }),
  toSchoolId: uuid("去向学校").nullable().optional(),
  startDate: isoDate("开始日期").nullable().optional(),
  endDate: isoDate("结束日期").nullable().optional(),
  note: z.string().trim().max(200, "说明不能超过200个字").default(""),
});
export const exemptionBody = z.object({
  staffId: uuid("教师"),
  schoolYear: z.number().int().min(2000).max(2100),
  reason: text("免于交流的原因", 100),
});
