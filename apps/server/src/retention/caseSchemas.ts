/** Schemas of the comparisons, the register of suspects and the persuasion cases. Personal data leaves only masked. */
import { retention } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { isoDate, kindKeys, text } from "./schemaKit";

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
    abilities: z.object({ act: z.boolean(), dismiss: z.boolean(), visit: z.boolean() }),
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
