/** Request and response schemas of the ledger routes (their presenters are in present.ts). */
import { ledger } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { uuidField } from "../http/validation";

const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD` });
const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);
const flag = z
  .enum(["true", "false", "1", "0"], { error: "应为 true 或 false" })
  .transform((v) => v === "true" || v === "1")
  .optional();

export const idParam = z.object({ id: uuidField("记录") });

// ---------------------------------------------------------------- types and institutions

const kindEnum = z.enum(ledger.inspectionKind.codes, { error: "检查类别不存在" });
const severityEnum = z.enum(ledger.severity.codes, { error: "严重程度应为一般、较大或重大" });

export const checklistItemSchema = z.object({
  code: text("项目编号", 20),
  category: text("类别", 40),
  text: text("检查内容", 200),
  severity: severityEnum,
});

export const inspectionTypeBody = z.object({
  kind: kindEnum,
  name: text("类型名称", 50, 2),
  checklist: z.array(checklistItemSchema).max(200, "检查项目最多200项"),
  defaultDays: z.number().int("整改天数应为整数").min(1, "整改天数至少为1").max(365, "整改天数最多为365").default(30),
  active: z.boolean().optional(),
});

export const inspectionTypeSchema = z
  .object({
    id: z.string(),
    kind: kindEnum,
    kindLabel: z.string(),
    name: z.string(),
    checklist: z.array(checklistItemSchema),
    defaultDays: z.number(),
    active: z.boolean(),
  })
  .openapi("LedgerInspectionType");

export const institutionBody = z.object({
  name: text("机构名称", 80, 2),
  licence: text("办学许可证号", 40, 4),
  address: text("地址", 120, 2),
  type: z.enum(ledger.institutionType.codes, { error: "机构类型不存在" }),
  status: z.enum(ledger.institutionStatus.codes, { error: "机构状态不存在" }).default("operating"),
  contact: z.string().trim().max(40, "联系人不能超过40个字").nullable().optional(),
});

export const institutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    licence: z.string(),
    address: z.string(),
    type: z.enum(ledger.institutionType.codes),
    typeLabel: z.string(),
    status: z.enum(ledger.institutionStatus.codes),
    statusLabel: z.string(),
    contact: z.string().nullable(),
  })
  .openapi("LedgerInstitution");

export const institutionQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(ledger.institutionStatus.codes, { error: "机构状态不存在" }).optional(),
});

// ---------------------------------------------------------------- inspections

export const createInspectionBody = z.object({
  typeId: uuidField("检查类型"),
  title: text("检查名称", 100, 2),
  inspectedOn: isoDate("检查日期"),
  inspectors: z.array(text("检查人员", 30)).min(1, "请填写至少一名检查人员").max(30, "检查人员最多30人"),
  schoolIds: z.array(uuidField("学校")).max(500).default([]),
  institutionIds: z.array(uuidField("培训机构")).max(500).default([]),
  selfInspection: z.boolean().optional(),
  summary: z.string().trim().max(2000, "检查综述不能超过2000字").optional(),
});

export const inspectionListQuery = z.object({
  kind: kindEnum.optional(),
  from: isoDate("起始日期").optional(),
  to: isoDate("截止日期").optional(),
  schoolId: uuidField("学校").optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
});

export const inspectionSchema = z
  .object({
    id: z.string(),
    typeId: z.string(),
    typeName: z.string(),
    kind: kindEnum,
    kindLabel: z.string(),
    title: z.string(),
    inspectedOn: z.string(),
    inspectors: z.array(z.string()),
    selfInspection: z.boolean(),
    summary: z.string(),
    targets: z.number(),
    findings: z.number(),
    openFindings: z.number(),
    /** whether the caller may fill checklists and raise findings here */
    canRaise: z.boolean(),
  })
  .openapi("LedgerInspection");

export const checklistEntrySchema = z.object({
  code: text("项目编号", 20),
  result: z.enum(ledger.checkResult.codes, { error: "检查结果应为符合、不符合或不适用" }),
  note: z.string().trim().max(500, "说明不能超过500字").optional(),
});

export const checklistBody = z.object({ results: z.array(checklistEntrySchema).max(200) });

export const targetSchema = z
  .object({
    id: z.string(),
    schoolId: z.string().nullable(),
    institutionId: z.string().nullable(),
    name: z.string(),
    results: z.array(checklistEntrySchema),
    checkedAt: z.string().nullable(),
    summary: z.object({ total: z.number(), pass: z.number(), fail: z.number(), na: z.number(), unfilled: z.number() }),
  })
  .openapi("LedgerInspectionTarget");

// ---------------------------------------------------------------- findings

export const raiseFindingBody = z.object({
  targetIds: z.array(uuidField("检查对象")).min(1, "请选择问题所在的检查对象").max(500),
  category: text("问题类别", 40),
  description: text("问题描述", 1000, 4),
  severity: severityEnum,
  checklistCode: z.string().trim().max(20).nullable().optional(),
  responsibleUnit: z.string().trim().max(80, "责任单位不能超过80个字").nullable().optional(),
  responsiblePerson: text("责任人", 30),
  deadline: isoDate("整改时限").nullable().optional(),
  measures: z.string().trim().max(1000, "整改措施不能超过1000字").nullable().optional(),
});

export const transitionBody = z.object({
  action: z.enum(ledger.rectificationActions, { error: "操作不存在" }),
  note: z.string().trim().max(1000, "说明不能超过1000字").optional(),
  newDeadline: z.string().trim().max(10).optional(),
  evidenceIds: z.array(uuidField("材料")).max(20, "一次最多附20份材料").optional(),
});

export const findingListQuery = z.object({
  kind: kindEnum.optional(),
  schoolId: uuidField("学校").optional(),
  institutionId: uuidField("培训机构").optional(),
  inspectionId: uuidField("检查").optional(),
  severity: severityEnum.optional(),
  state: z.enum(ledger.findingState.codes, { error: "整改状态不存在" }).optional(),
  category: z.string().trim().max(40).optional(),
  open: flag,
  overdue: flag,
  extensionRequested: flag,
  q: z.string().trim().max(50).optional(),
  from: isoDate("起始日期").optional(),
  to: isoDate("截止日期").optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
});

const actionFlags = z.object(
  Object.fromEntries(ledger.rectificationActions.map((a) => [a, z.boolean()])) as Record<
    ledger.RectificationAction,
    z.ZodBoolean
  >,
);

/** How many findings are in each state (the board's columns). */
export const findingCountsSchema = z
  .object(
    Object.fromEntries(ledger.findingState.codes.map((state) => [state, z.number()])) as Record<
      ledger.FindingState,
      z.ZodNumber
    >,
  )
  .openapi("LedgerFindingCounts");

export const findingSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    inspectionId: z.string(),
    inspectionTitle: z.string(),
    inspectedOn: z.string(),
    schoolId: z.string().nullable(),
    institutionId: z.string().nullable(),
    targetName: z.string(),
    kind: kindEnum,
    kindLabel: z.string(),
    scope: z.enum(ledger.findingScope.codes),
    scopeLabel: z.string(),
    /** the findings of one common problem (共性问题) share it */
    commonGroup: z.string().nullable(),
    checklistCode: z.string().nullable(),
    category: z.string(),
    description: z.string(),
    severity: severityEnum,
    severityLabel: z.string(),
    responsibleUnit: z.string(),
    responsiblePerson: z.string(),
    measures: z.string(),
    state: z.enum(ledger.findingState.codes),
    stateLabel: z.string(),
    raisedOn: z.string(),
    originalDeadline: z.string(),
    deadline: z.string(),
    extensionRequest: z.object({ deadline: z.string(), reason: z.string() }).nullable(),
    closedOn: z.string().nullable(),
    deadlineStatus: z.enum(Object.keys(ledger.deadlineStatusLabels) as [ledger.DeadlineStatus]),
    deadlineStatusLabel: z.string(),
    daysLeft: z.number().nullable(),
    daysOverdue: z.number(),
    escalation: z.enum(Object.keys(ledger.escalationLabels) as [ledger.EscalationLevel]),
    escalationLabel: z.string(),
    /** what the caller may do now (the web shows buttons from this) */
    can: actionFlags.extend({ upload: z.boolean() }),
  })
  .openapi("LedgerFinding");

export const historySchema = z
  .object({
    seq: z.number(),
    action: z.string(),
    actionLabel: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    toStateLabel: z.string(),
    deadlineBefore: z.string().nullable(),
    deadlineAfter: z.string().nullable(),
    note: z.string(),
    actorName: z.string(),
    actorParty: z.string(),
    evidenceIds: z.array(z.string()),
    at: z.string(),
  })
  .openapi("LedgerHistoryEntry");

export const evidenceSchema = z
  .object({
    id: z.string(),
    transitionId: z.string().nullable(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
    sha256: z.string(),
    hasThumbnail: z.boolean(),
    uploaderName: z.string(),
    uploadedAt: z.string(),
  })
  .openapi("LedgerEvidence");

export const findingDetailSchema = z
  .object({
    finding: findingSchema,
    history: z.array(historySchema),
    evidence: z.array(evidenceSchema),
  })
  .openapi("LedgerFindingDetail");

export const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的整改照片或材料(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
});

// ---------------------------------------------------------------- statistics and reminders

export const statisticsQuery = z.object({
  kind: kindEnum.optional(),
  from: isoDate("起始日期").optional(),
  to: isoDate("截止日期").optional(),
});

const statsSchema = z.object({
  inspections: z.number(),
  findings: z.number(),
  rectified: z.number(),
  rectifiedOnTime: z.number(),
  open: z.number(),
  overdue: z.number(),
  withdrawn: z.number(),
  averageDaysToClose: z.number().nullable(),
  rectificationRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});

export const statisticsSchema = z
  .object({
    today: z.string(),
    kind: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    totals: statsSchema,
    sentence: z.string(),
    byKind: z.array(z.object({ kind: z.string(), label: z.string(), stats: statsSchema, sentence: z.string() })),
    bySchool: z.array(z.object({ key: z.string(), name: z.string(), stats: statsSchema })),
    byCategory: z.array(z.object({ key: z.string(), name: z.string(), stats: statsSchema })),
    bySeverity: z.array(z.object({ key: z.string(), name: z.string(), stats: statsSchema })),
  })
  .openapi("LedgerStatistics");

export const remindersSchema = z
  .object({
    today: z.string(),
    approaching: z.array(findingSchema),
    overdue: z.array(findingSchema),
    awaitingReview: z.number(),
    extensionRequests: z.number(),
  })
  .openapi("LedgerReminders");
