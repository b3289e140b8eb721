/**
 * Transfer commands (转学): initiate, receive, reject, cancel. Each runs in one transaction with its audit row;
 * the rules of who may do what come from core's state machine (registry.transferTransition).
 */
import { type auth, calendar, registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, scopeOf } from "../../auth/authorize";
import type { Db } from "../../db/client";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../http/errors";
import { enrollment, transfer } from "../tables";
import { sideOf } from "./schemas";
import {
  classById,
  countySchool,
  findTransfer,
  hasPendingTransfer,
  latestEnrollments,
  lockStudent,
  lockTransfer,
} from "./store";

export interface CommandContext {
  now: Date;
  ip: string;
}

export interface InitiateTransferProps {
  studentId: string;
  /** a school of the county, or null for outside the county */
  toSchoolId: string | null;
  destination?: string | null;
  reason: string;
  /** ISO date, today when absent */
  date?: string;
}

/**
 * Starts a transfer from the student's current school (the enrolled row of their latest year). Only that school,
 * or the county section, may start it; others get 404. A transfer within the county waits for the destination; a
 * transfer out of the county closes the enrollment row at once (转出, leftOn = the date) and completes.
 */
export async function initiateTransfer(
  db: Db,
  actor: auth.Actor | null,
  props: InitiateTransferProps,
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "write", "registry");
  const scope = scopeOf(a, "registry");
  const today = calendar.beijingDate(ctx.now);
  const date = props.date ?? today;
  const inScope = (schoolId: string, regionCode: string) =>
    regionCode === scope.regionCode && (scope.kind === "county" || scope.schoolId === schoolId);

  return db.transaction(async (tx) => {
    const found = await lockStudent(tx, props.studentId);
    if (!found || found.regionCode !== scope.regionCode) throw notFound("学生");
    const rows = await latestEnrollments(tx, props.studentId);
    const current = rows.find((r) => r.status === "enrolled");
    if (!current) {
      if (rows.some((r) => inScope(r.schoolId, r.regionCode))) {
        throw conflict("NOT_ENROLLED", "该生当前不在读,不能办理转学");
      }
      throw notFound("学生");
    }
    if (!inScope(current.schoolId, current.regionCode)) throw notFound("学生");
    if (await hasPendingTransfer(tx, props.studentId)) {
      throw conflict("TRANSFER_PENDING", "该生已有待接收的转学申请,请先处理该申请");
    }
    const target = props.toSchoolId ? await countySchool(tx, scope.regionCode, props.toSchoolId) : null;
    if (props.toSchoolId && !target) {
      throw badRequest("INVALID_TRANSFER", "转学申请有误", [
        { field: "toSchoolId", message: "转入学校不存在或不属于本县" },
      ]);
    }
    const problems = registry.transferRequestProblems({
      fromSchoolId: current.schoolId,
      toSchoolId: props.toSchoolId,
      toSchoolKind: target?.kind ?? null,
      toSchoolStatus: target?.status ?? null,
      grade: current.grade,
      destination: props.destination,
      reason: props.reason,
      date,
      enteredOn: current.enteredOn,
      today,
    });
    if (problems.length > 0) throw badRequest("INVALID_TRANSFER", "转学申请有误", problems);

    const status = registry.initialTransferStatus(props.toSchoolId);
    const completes = status !== "pending";
    const [created] = await tx
      .insert(transfer)
      .values({
        regionCode: current.regionCode,
        studentId: props.studentId,
        schoolYear: current.schoolYear,
        fromSchoolId: current.schoolId,
        toSchoolId: props.toSchoolId,
        destination: props.destination?.trim() || null,
        reason: props.reason.trim(),
        status,
        initiatedOn: date,
        initiatedBy: a.userId,
        decidedOn: completes ? date : null,
        decidedBy: completes ? a.userId : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error("insert returned no row");
    let after = current;
    if (completes) {
      const [closed] = await tx
        .update(enrollment)
        .set({ status: "transferred_out", leftOn: date, toSchoolId: null })
        .where(eq(enrollment.id, current.id))
        .returning();
      if (closed) after = closed;
    }
    await recordAudit(tx, {
      actor: a,
      action: "registry.transfer.initiate",
      targetType: "transfer",
      targetId: created.id,
      before: { enrollment: current },
      after: { transfer: created, enrollment: after },
      details: { studentId: props.studentId, fromSchoolId: current.schoolId, toSchoolId: props.toSchoolId, status },
      ip: ctx.ip,
      at: ctx.now,
    });
    return created.id;
  });
}

export interface DecideTransferProps {
  /** receive only: the class at the destination (same school year and grade) */
  classId?: string;
  note?: string;
}

/**
 * Receives, rejects or cancels a pending transfer. The transfer must be visible to the caller (404 otherwise); the
 * side that may act comes from the core state machine (403 for the wrong side, 409 when already decided).
 * Receiving closes the student's row at the old school (转出, leftOn today, toSchoolId) and opens a row for the
 * same school year and grade at the new one (enteredOn today, fromSchoolId), in one transaction.
 */
export async function decideTransfer(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  action: registry.TransferAction,
  props: DecideTransferProps,
  ctx: CommandContext,
): Promise<void> {
  const a = authorize(actor, "write", "registry");
  const scope = scopeOf(a, "registry");
  const today = calendar.beijingDate(ctx.now);

  await db.transaction(async (tx) => {
    const visible = await findTransfer(tx, scope, id);
    const t = visible ? await lockTransfer(tx, id) : null;
    if (!t) throw notFound("转学申请");
    const side = sideOf(a, t);
    if (!side) throw forbidden("registry.handleTransfer");
    const step = registry.transferTransition(t.status as registry.TransferStatus, action, side);
    if (step.next === null) throw refusal(step.problems);

    const before: Record<string, unknown> = { transfer: t };
    const after: Record<string, unknown> = {};
    if (action === "receive") Object.assign(after, await moveEnrollment(tx, t, props.classId, today, before));

    const [decided] = await tx
      .update(transfer)
      .set({
        status: step.next,
        decidedOn: today,
        decidedBy: a.userId,
        decisionNote: props.note?.trim() || null,
        updatedAt: ctx.now,
      })
      .where(eq(transfer.id, t.id))
      .returning();
    after.transfer = decided;
    await recordAudit(tx, {
      actor: a,
      action: `registry.transfer.${action}`,
      targetType: "transfer",
      targetId: t.id,
      reason: props.note?.trim() || undefined,
      before,
      after,
      details: { studentId: t.studentId, fromSchoolId: t.fromSchoolId, toSchoolId: t.toSchoolId, status: step.next },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** The HTTP error for a refused transition: 403 when the wrong side acts, 409 when the transfer is decided. */
function refusal(problems: registry.TransferProblem[]): AppError {
  const wrongSide = problems.find((p) => p.code === "wrong_side");
  if (wrongSide) return new AppError(403, "FORBIDDEN", wrongSide.message);
  return conflict("TRANSFER_DECIDED", problems[0]?.message ?? "该转学申请已处理");
}

type TransferRow = NonNullable<Awaited<ReturnType<typeof lockTransfer>>>;

/** The enrollment half of receiving: close the old row, open the new one. Returns the rows written. */
async function moveEnrollment(
  tx: Db,
  t: TransferRow,
  classId: string | undefined,
  today: string,
  before: Record<string, unknown>,
) {
  const toSchoolId = t.toSchoolId;
  if (!toSchoolId) throw conflict("TRANSFER_DECIDED", "转出县外的申请无需接收");
  const rows = await latestEnrollments(tx, t.studentId);
  const current = rows.find((r) => r.status === "enrolled" && r.schoolId === t.fromSchoolId);
  if (!current) {
    throw conflict("TRANSFER_STALE", "该生已不在转出学校在读,无法接收;请转出学校撤销此申请");
  }
  before.enrollment = current;
  if (rows.some((r) => r.schoolId === toSchoolId)) {
    throw conflict("ALREADY_ENROLLED_THERE", "该生本学年在转入学校已有学籍记录,无法再次接收");
  }
  if (classId) {
    const cls = await classById(tx, classId);
    if (!cls || cls.schoolId !== toSchoolId || cls.schoolYear !== current.schoolYear || cls.grade !== current.grade) {
      throw badRequest("INVALID_CLASS", "所选班级有误", [
        { field: "classId", message: "所选班级不属于转入学校该学年的同一年级" },
      ]);
    }
  }
  const [closed] = await tx
    .update(enrollment)
    .set({ status: "transferred_out", leftOn: today, toSchoolId })
    .where(eq(enrollment.id, current.id))
    .returning();
  const [opened] = await tx
    .insert(enrollment)
    .values({
      regionCode: current.regionCode,
      schoolId: toSchoolId,
      schoolYear: current.schoolYear,
      studentId: t.studentId,
      classId: classId ?? null,
      grade: current.grade,
      status: "enrolled",
      enteredOn: today,
      fromSchoolId: t.fromSchoolId,
    })
    .returning();
  return { oldEnrollment: closed, newEnrollment: opened };
}
