/** Schemas of the schools' reports (absences, zero-reports), the re-checks, the reminders and the exports. */
import { z } from "@hono/zod-openapi";
import { isoDate, month, schoolYear, text, uuid } from "./schemaKit";

// ---------------------------------------------------------------- absences and zero-reports

export const absenceBody = z.object({
  studentId: uuid("学生"),
  fromDate: isoDate("缺课起始日期"),
  toDate: isoDate("缺课截止日期"),
  schoolDays: z.number({ error: "连续缺课天数应为数字" }).int("连续缺课天数应为整数"),
  approvedLeave: z.boolean({ error: "请选择是否已请假并获批准" }),
  reason: z.string().trim().max(200, "缺课原因不能超过200个字").default(""),
});

export const absenceSchema = z
  .object({
    id: z.string(),
    studentId: z.string(),
    name: z.string(),
    schoolName: z.string(),
    month: z.string(),
    fromDate: z.string(),
    toDate: z.string(),
    schoolDays: z.number(),
    approvedLeave: z.boolean(),
    reason: z.string(),
  })
  .openapi("RetentionAbsence");

export const zeroReportBody = z.object({
  outOfSchool: z.number({ error: "失学辍学人数应为数字" }).int("人数应为整数").min(0, "人数不能为负数").max(999),
  note: z.string().trim().max(300, "说明不能超过300个字").default(""),
});

export const zeroReportRowSchema = z
  .object({
    schoolId: z.string(),
    schoolName: z.string(),
    townName: z.string().nullable(),
    month: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    dueDate: z.string(),
    reportedOn: z.string().nullable(),
    outOfSchool: z.number().nullable(),
    note: z.string(),
  })
  .openapi("RetentionZeroReport");

export const recheckBody = z.object({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, "季度格式应为 2026-Q4"),
  note: text("复核情况", 500, 2),
});

export const recheckSchema = z
  .object({
    id: z.string(),
    quarter: z.string(),
    checkedOn: z.string(),
    figures: z.record(z.string(), z.number()),
    note: z.string(),
  })
  .openapi("RetentionRecheck");

// ---------------------------------------------------------------- reminders

export const reminderSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["case_overdue", "zero_report_late"]),
    level: z.string(),
    levelLabel: z.string(),
    caseId: z.string().nullable(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    townName: z.string().nullable(),
    month: z.string().nullable(),
    message: z.string(),
    raisedOn: z.string(),
  })
  .openapi("RetentionReminder");

// ---------------------------------------------------------------- exports

export const exportKindParam = z.object({
  kind: z.enum(["suspects", "cases", "zero-reports", "rates"], {
    error: "导出类别应为 suspects、cases、zero-reports 或 rates",
  }),
});
export const exportQuery = z.object({ month: month.optional(), schoolYear: schoolYear.optional() });
