/** Request and response schemas of the transfer and promotion routes, and the presenter of a transfer row. */
import { auth, registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { uuidField } from "../../http/validation";
import type { TransferRecord } from "./store";

const isoDate = z.iso.date({ error: "日期格式应为 YYYY-MM-DD" });
const year = z.coerce.number().int("学年应为整数,如 2026").min(2000, "学年超出范围").max(2100, "学年超出范围");

/** Days a transfer may stay pending before it is overdue; absent: the county's setting (学籍参数). */
export const overdueDays = z
  .number({ error: "天数应为整数" })
  .int("天数应为整数")
  .min(1, "天数至少为1")
  .max(365, "天数最多为365");
export const overdueDaysQuery = z.coerce
  .number()
  .int("天数应为整数")
  .min(1, "天数至少为1")
  .max(365, "天数最多为365")
  .optional()
  .openapi({ description: "超过多少天未接收视为疑似辍学;不填按全县学籍参数(默认30天)" });

export const transferListQuery = z.object({
  direction: z.enum(["in", "out", "all"], { error: "方向应为 in、out 或 all" }).default("all"),
  status: z.enum(registry.transferStatuses, { error: "转学状态不存在" }).optional(),
  schoolId: uuidField("学校").optional(),
  days: overdueDaysQuery,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
});

export const initiateTransferBody = z.object({
  studentId: uuidField("学生"),
  /** null: out of the county */
  toSchoolId: uuidField("学校").nullable(),
  destination: z.string().trim().max(100, "转入地过长").nullable().optional(),
  reason: z.string().trim().min(2, "请填写转学原因").max(200, "转学原因过长"),
  date: isoDate.optional(),
});

export const receiveBody = z.object({
  classId: uuidField("班级").optional(),
  note: z.string().trim().max(200, "备注过长").optional(),
});

export const decisionNoteBody = z.object({
  note: z.string().trim().min(2, "请填写原因").max(200, "原因过长"),
});

export const transferRowSchema = z
  .object({
    id: z.string(),
    studentId: z.string(),
    studentName: z.string(),
    studentNumberMasked: z.string(),
    schoolYear: z.number(),
    fromSchoolId: z.string(),
    fromSchoolName: z.string(),
    toSchoolId: z.string().nullable(),
    toSchoolName: z.string().nullable(),
    destination: z.string().nullable(),
    reason: z.string(),
    status: z.enum(registry.transferStatuses),
    statusLabel: z.string(),
    initiatedOn: z.string(),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
    /** days since initiation while pending, otherwise null */
    daysPending: z.number().nullable(),
    /** pending longer than the limit: a suspected dropout (疑似辍学) */
    overdue: z.boolean(),
    /** what the caller may do to this transfer now (the web shows buttons from this) */
    can: z.object({ receive: z.boolean(), reject: z.boolean(), cancel: z.boolean() }),
  })
  .openapi("TransferRow");

export const promotionPreviewQuery = z.object({
  fromYear: year.optional().openapi({ description: "升级的学年;不填为全县当前学年" }),
  schoolId: uuidField("学校").optional(),
});
const confirmedCount = z.number({ error: "请先预览再确认升级" }).int("人数应为整数").min(0, "人数不能为负");
export const promotionBody = z.object({
  fromYear: year,
  /** refused: promotion runs for the whole county */
  schoolId: uuidField("学校").optional(),
  /**
   * the preview's totals the user confirmed; the commit is refused without them (after the schedule's refusals, which
   * say more) and when the register no longer matches them
   */
  confirm: z
    .object({ promote: confirmedCount, graduate: confirmedCount }, { error: "请先预览,再按预览的人数确认升级" })
    .optional()
    .openapi({ description: "所确认的预览人数(升级、毕业),必填;与执行时不符则拒绝,须重新预览" }),
});

const plannedClass = z.object({ grade: z.number(), number: z.number(), name: z.string() });

export const promotionRequestBody = z.object({
  note: z.string().trim().max(200, "说明最多200字").optional(),
});

/** A school's request for the county's promotion (申请升级). */
export const promotionRequestSchema = z
  .object({
    id: z.string(),
    requestedAt: z.string(),
    note: z.string().nullable(),
    /** pending | confirmed (by the county's promotion) */
    status: z.string(),
  })
  .openapi("PromotionRequest");

export const schoolPromotionSchema = z
  .object({
    schoolId: z.string(),
    schoolName: z.string(),
    schoolKind: z.string(),
    schoolKindLabel: z.string(),
    /** the next year already has this school's promoted students: nothing to do */
    done: z.boolean(),
    promote: z.number(),
    graduate: z.number(),
    classesToCreate: z.number(),
    skipped: z.number(),
    skippedByReason: z.array(z.object({ reason: z.string(), label: z.string(), n: z.number() })),
    grades: z.array(
      z.object({
        grade: z.number(),
        gradeLabel: z.string(),
        toGrade: z.number().nullable(),
        toGradeLabel: z.string().nullable(),
        promote: z.number(),
        graduate: z.number(),
        skipped: z.number(),
        classesToCreate: z.array(plannedClass),
      }),
    ),
    problems: z.array(z.object({ studentId: z.string(), grade: z.number(), message: z.string() })),
    /** the school's request for this year's promotion (申请升级), if it made one */
    request: promotionRequestSchema.nullable(),
  })
  .openapi("SchoolPromotion");

export const promotionPreviewSchema = z
  .object({
    fromYear: z.number(),
    toYear: z.number(),
    /** the county's current school year (学籍参数) */
    currentSchoolYear: z.number(),
    /** the county's promotion date for the current year; null until 基础教育股 sets it */
    promotionDate: z.string().nullable(),
    /** the caller may run this promotion now */
    canPromote: z.boolean(),
    /** why not, when it may not */
    refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** a school administrator may ask for its school's promotion now (申请升级) */
    canRequest: z.boolean(),
    schools: z.array(schoolPromotionSchema),
    totals: z.object({ promote: z.number(), graduate: z.number(), classesToCreate: z.number(), skipped: z.number() }),
  })
  .openapi("PromotionPreview");

export const promotionResultSchema = z
  .object({
    fromYear: z.number(),
    toYear: z.number(),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        promoted: z.number(),
        graduated: z.number(),
        classesCreated: z.number(),
        skipped: z.number(),
      }),
    ),
    totals: z.object({ promoted: z.number(), graduated: z.number(), classesCreated: z.number() }),
  })
  .openapi("PromotionResult");

/** Which party the actor is in a transfer, when it may write at all. */
export function sideOf(
  actor: auth.Actor,
  t: { fromSchoolId: string; toSchoolId: string | null },
): registry.TransferSide | null {
  if (!auth.canWrite(actor, "registry")) return null;
  if (actor.role === "school_admin") {
    if (actor.schoolId === t.fromSchoolId) return "from";
    if (actor.schoolId !== null && actor.schoolId === t.toSchoolId) return "to";
    return null;
  }
  return auth.dataScope(actor, "registry").kind === "county" ? "county" : null;
}

/** A transfer for the API: masked student number, label, days pending, the overdue flag and the caller's abilities. */
export function presentTransfer(
  r: TransferRecord,
  actor: auth.Actor,
  ctx: { today: string; days: number },
): z.infer<typeof transferRowSchema> {
  const status = r.status as registry.TransferStatus;
  const pending = status === "pending";
  const side = sideOf(actor, r);
  const may = (action: registry.TransferAction) =>
    side !== null && registry.transferTransition(status, action, side).next !== null;
  return {
    id: r.id,
    studentId: r.studentId,
    studentName: r.studentName,
    studentNumberMasked: registry.maskStudentNumber(r.studentNumber),
    schoolYear: r.schoolYear,
    fromSchoolId: r.fromSchoolId,
    fromSchoolName: r.fromSchoolName,
    toSchoolId: r.toSchoolId,
    toSchoolName: r.toSchoolName,
    destination: r.destination,
    reason: r.reason,
    status,
    statusLabel: registry.transferStatusLabels[status] ?? r.status,
    initiatedOn: r.initiatedOn,
    decidedOn: r.decidedOn,
    decisionNote: r.decisionNote,
    daysPending: pending ? registry.transferDaysPending(r.initiatedOn, ctx.today) : null,
    overdue: pending && registry.transferOverdue(r.initiatedOn, ctx.today, ctx.days),
    can: { receive: may("receive"), reject: may("reject"), cancel: may("cancel") },
  };
}
