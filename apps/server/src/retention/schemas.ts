/**
 * Request and response schemas of the retention routes (控辍保学): settings, overview, the school-age register and
 * the imports here; the cases', reports' and rates' in their files, re-exported. Personal data leaves only masked.
 */
import { retention } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { kindKeys, month, schoolYear, text, uuid } from "./schemaKit";

export * from "./caseSchemas";
export * from "./rateSchemas";
export * from "./reportSchemas";

export const idParam = z.object({ id: uuid("记录") });
export const yearQuery = z.object({ schoolYear: schoolYear.optional() });
export const monthParam = z.object({ month });

// ---------------------------------------------------------------- settings

export const settingsSchema = z
  .object({
    absenceThresholdDays: z.number().int().min(1).max(60),
    returnVerifyDays: z.number().int().min(1).max(120),
    caseDeadlineDays: z.number().int().min(1).max(180),
    zeroReportDueDay: z.number().int().min(1).max(28),
    leadershipEscalationDays: z.number().int().min(1).max(180),
    keepRoster: z.boolean(),
    transferOverdueDays: z.number().int(),
    currentSchoolYear: z.number().int(),
  })
  .openapi("RetentionSettings");

export const settingsBody = z.object({
  absenceThresholdDays: z
    .number({ error: "连续缺课天数应为数字" })
    .int("连续缺课天数应为整数")
    .min(1, "连续缺课天数至少为1")
    .max(60, "连续缺课天数最多为60"),
  returnVerifyDays: z
    .number({ error: "返校核验天数应为数字" })
    .int("返校核验天数应为整数")
    .min(1, "返校核验天数至少为1")
    .max(120, "返校核验天数最多为120"),
  caseDeadlineDays: z
    .number({ error: "劝返时限应为数字" })
    .int("劝返时限应为整数")
    .min(1, "劝返时限至少为1天")
    .max(180, "劝返时限最多为180天"),
  zeroReportDueDay: z
    .number({ error: "零报告截止日应为数字" })
    .int("零报告截止日应为整数")
    .min(1, "零报告截止日应为1到28日")
    .max(28, "零报告截止日应为1到28日"),
  leadershipEscalationDays: z
    .number({ error: "报局领导督办的逾期天数应为数字" })
    .int("报局领导督办的逾期天数应为整数")
    .min(1, "报局领导督办的逾期天数至少为1")
    .max(180, "报局领导督办的逾期天数最多为180"),
  keepRoster: z.boolean({ error: "请选择是否保留户籍名单" }),
});

// ---------------------------------------------------------------- overview

export const overviewSchema = z
  .object({
    schoolYear: z.number(),
    today: z.string(),
    roster: z
      .object({
        id: z.string(),
        fileName: z.string(),
        source: z.string(),
        rowCount: z.number(),
        importedAt: z.string(),
        matchedAt: z.string().nullable(),
        purgedAt: z.string().nullable(),
      })
      .nullable(),
    children: z.object({ enrolled: z.number(), explained: z.number(), gap: z.number(), unmatched: z.number() }),
    suspects: z.object({ open: z.number(), bySource: z.record(z.string(), z.number()) }),
    cases: z.object({ byState: z.record(z.string(), z.number()), overdue: z.number(), priority: z.number() }),
    zeroReports: z.object({ month: z.string(), schools: z.number(), reported: z.number(), late: z.number() }),
    runs: z.array(
      z.object({
        kind: z.string(),
        kindLabel: z.string(),
        ranAt: z.string(),
        summary: z.record(z.string(), z.number()),
      }),
    ),
  })
  .openapi("RetentionOverview");

// ---------------------------------------------------------------- children (the school-age register)

export const childrenQuery = z.object({
  schoolYear: schoolYear.optional(),
  outcome: z.enum(["enrolled", "explained", "gap", "unmatched"], { error: "比对结果不存在" }).optional(),
  townCode: z
    .string()
    .regex(/^\d{9}$/, "乡镇代码应为9位数字")
    .optional(),
  q: z.string().trim().max(30, "搜索内容不能超过30个字").optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const explanationSchema = z.object({
  kind: z.enum(kindKeys(retention.explanationLabels)),
  kindLabel: z.string(),
  stage: z.enum(["primary", "junior"]).nullable(),
  detail: z.string(),
});

export const childSchema = z
  .object({
    id: z.string(),
    rowNumber: z.number(),
    nameMasked: z.string(),
    residentIdMasked: z.string(),
    gender: z.string(),
    birthDate: z.string(),
    age: z.number(),
    villageName: z.string(),
    townCode: z.string(),
    townName: z.string(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string(),
    schoolName: z.string().nullable(),
    grade: z.number().nullable(),
    explanation: explanationSchema.nullable(),
    purged: z.boolean(),
  })
  .openapi("RetentionChild");

export const revealBody = z.object({ reason: text("查看原因", 100, 2) });
export const revealSchema = z
  .object({
    residentId: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    guardianName: z.string().nullable(),
    guardianPhone: z.string().nullable(),
  })
  .openapi("RetentionChildReveal");

export const explanationBody = z.object({
  kind: z.enum(kindKeys(retention.explanationLabels), { error: "说明类别不存在" }),
  stage: z.enum(["primary", "junior"], { error: "学段应为小学或初中" }).nullable().default(null),
  detail: text("说明内容", 200, 2),
});

// ---------------------------------------------------------------- imports

export const importKindParam = z.object({
  kind: z.enum(["roster", "poverty"], { error: "模板类别应为 roster(户籍名单)或 poverty(防返贫监测和低保名单)" }),
});

export const importUploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)"),
  kind: z.enum(["roster", "poverty"], { error: "导入类型应为 roster 或 poverty" }).default("roster"),
  schoolYear: schoolYear.optional(),
});
