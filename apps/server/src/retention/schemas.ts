/** Request and response schemas of the retention routes (控辍保学). Personal data leaves only masked. */
import { retention } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const uuid = (what: string) => z.uuid(`${what}编号格式不正确`);
const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD` });
const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM,如 2026-11");
const schoolYear = z.coerce
  .number({ error: "学年应为四位年份" })
  .int("学年应为四位年份")
  .min(2000, "学年应为 2000 年以后")
  .max(2100, "学年应为 2100 年以前");

export const idParam = z.object({ id: uuid("记录") });
export const yearQuery = z.object({ schoolYear: schoolYear.optional() });
export const monthParam = z.object({ month });

const kindKeys = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string];

// ---------------------------------------------------------------- settings

export const settingsSchema = z
  .object({
    absenceThresholdDays: z.number().int().min(1).max(60),
    returnVerifyDays: z.number().int().min(1).max(120),
    caseDeadlineDays: z.number().int().min(1).max(180),
    zeroReportDueDay: z.number().int().min(1).max(28),
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

// ---------------------------------------------------------------- comparisons and suspects

export const comparisonParam = z.object({
  kind: z.enum(kindKeys(retention.comparisonLabels), { error: "比对类别不存在" }),
});

export const runSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    ranAt: z.string(),
    flagged: z.number(),
    added: z.array(z.string()),
    removed: z.array(z.string()),
    summary: z.record(z.string(), z.number()),
  })
  .openapi("RetentionRun");

export const suspectQuery = z.object({
  status: z.enum(["open", "cleared", "all"], { error: "状态不存在" }).default("open"),
  source: z.enum(kindKeys(retention.suspectSourceLabels), { error: "来源不存在" }).optional(),
});

export const suspectSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    sourceLabel: z.string(),
    sourceId: z.string(),
    nameMasked: z.string(),
    residentIdMasked: z.string().nullable(),
    birthDate: z.string().nullable(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    townName: z.string().nullable(),
    detail: z.string(),
    status: z.string(),
    priorityLists: z.array(z.string()),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("RetentionSuspect");

const person = z.object({
  name: text("责任人姓名", 20),
  phone: z
    .string()
    .trim()
    .regex(/^[\d-]{0,20}$/, "电话只能包含数字和连字符")
    .default(""),
});
export const openCaseBody = z.object({
  chain: z.object({ township: person, village: person, school: person, teacher: person }),
  note: z.string().trim().max(200, "说明不能超过200个字").default(""),
});

// ---------------------------------------------------------------- cases

export const caseQuery = z.object({
  state: z.enum(retention.caseStates as [retention.CaseState], { error: "个案状态不存在" }).optional(),
  register: z.enum(["confirmed", "open", "all"], { error: "名册类别不存在" }).default("all"),
});

export const caseSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    nameMasked: z.string(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    townName: z.string().nullable(),
    state: z.string(),
    stateLabel: z.string(),
    source: z.string(),
    sourceLabel: z.string(),
    detail: z.string(),
    chain: z.record(z.string(), z.object({ name: z.string(), phone: z.string() })),
    priority: z.boolean(),
    openedOn: z.string(),
    deadline: z.string(),
    escalation: z.string(),
    escalationLabel: z.string(),
    returnedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    visits: z.number(),
    lastVisitOn: z.string().nullable(),
    abilities: z.object({ act: z.boolean(), dismiss: z.boolean() }),
  })
  .openapi("RetentionCase");

export const caseDetailSchema = z
  .object({
    case: caseSchema,
    events: z.array(
      z.object({
        action: z.string(),
        actionLabel: z.string(),
        toState: z.string(),
        note: z.string(),
        actorName: z.string(),
        at: z.string(),
      }),
    ),
    visits: z.array(
      z.object({
        id: z.string(),
        visitedOn: z.string(),
        visitors: z.string(),
        method: z.string(),
        methodLabel: z.string(),
        outcome: z.string(),
        outcomeLabel: z.string(),
        note: z.string(),
        evidence: z.array(
          z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number() }),
        ),
      }),
    ),
  })
  .openapi("RetentionCaseDetail");

export const transitionBody = z.object({
  action: z.enum(kindKeys(retention.caseActionLabels), { error: "操作不存在" }),
  note: z.string().trim().max(300, "说明不能超过300个字").default(""),
  /** the day the pupil came back (登记返校) */
  returnedOn: isoDate("返校日期").optional(),
});

export const visitBody = z.object({
  visitedOn: isoDate("劝返日期"),
  visitors: text("劝返人员", 60),
  method: z.enum(kindKeys(retention.visitMethodLabels), { error: "劝返方式不存在" }),
  outcome: z.enum(kindKeys(retention.visitOutcomeLabels), { error: "劝返结果不存在" }),
  note: z.string().trim().max(500, "情况说明不能超过500个字").default(""),
});

export const uploadForm = z.object({
  file: z.instanceof(File, { message: "请选择要上传的照片或文件" }),
});

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

// ---------------------------------------------------------------- rates

const ratioSchema = z
  .object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable(), capped: z.boolean() })
  .openapi("RetentionRatio");

const cohortSchema = z.object({
  entryYear: z.number(),
  finalYear: z.number(),
  intake: z.number(),
  transfersIn: z.number(),
  transfersOut: z.number(),
  deceased: z.number(),
  graduates: z.number(),
  retention: ratioSchema,
});

export const unitRatesSchema = z.object({
  unit: z.string(),
  name: z.string(),
  primaryRetention: cohortSchema.nullable(),
  juniorRetention: cohortSchema.nullable(),
  primaryNet: ratioSchema.nullable(),
  juniorGross: ratioSchema.nullable(),
  compulsory: ratioSchema.nullable(),
});

export const yearRatesSchema = z.object({
  schoolYear: z.number(),
  county: unitRatesSchema.extend({ nineYear: ratioSchema }),
  towns: z.array(unitRatesSchema),
  schools: z.array(unitRatesSchema),
});

export const ratesSchema = z
  .object({
    countyName: z.string(),
    computedAt: z.string().nullable(),
    schoolYear: z.number(),
    years: z.array(yearRatesSchema),
    sentence: z.string(),
    method: z.array(z.string()),
  })
  .openapi("RetentionRates");

export const recordsQuery = z.object({
  schoolYear: schoolYear,
  rate: z.enum(["primaryRetention", "juniorRetention", "nineYear", "primaryNet", "juniorGross", "compulsory"], {
    error: "指标不存在",
  }),
  /** county | a township code | a school id */
  unit: z.string().trim().min(1, "请选择单位").max(40),
});

export const recordsSchema = z
  .object({
    title: z.string(),
    numeratorLabel: z.string(),
    denominatorLabel: z.string(),
    rows: z.array(
      z.object({
        nameMasked: z.string(),
        reference: z.string(),
        schoolName: z.string().nullable(),
        role: z.string(),
        inNumerator: z.boolean(),
        inDenominator: z.boolean(),
      }),
    ),
    truncated: z.boolean(),
  })
  .openapi("RetentionRecords");

export const pupilSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  grade: z.number(),
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
