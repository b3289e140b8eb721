/** Persuasion cases (劝返): open from a suspect, move through core's caseTransition, visits and their evidence. */
import { createHash } from "node:crypto";
import { auth, calendar, ledger, retention } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf, scopeWithTownshipOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError, conflict, forbidden, notFound } from "../http/errors";
import { thumbnailOf } from "../ledger/thumbnail";
import { findCase, findSuspect, lockCase, nextCaseNumber } from "./caseStore";
import { type CommandContext, caseSideOf, invalid, sectionActor, todayOf } from "./commands";
import { settingsOf } from "./store";
import { retentionCase, retentionCaseEvent, retentionEvidence, retentionSuspect, retentionVisit } from "./tables";

export type Chain = Record<"township" | "village" | "school" | "teacher", { name: string; phone: string }>;

/** Opens a persuasion case from a suspect with the 包保 chain. Section only; one case per suspect. */
export async function openCase(
  db: Db,
  actor: auth.Actor | null,
  suspectId: string,
  body: { chain: Chain; note: string },
  ctx: CommandContext,
): Promise<string> {
  const a = sectionActor(actor);
  const scope = scopeOf(a, "retention");
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const today = todayOf(ctx);
  return db.transaction(async (tx) => {
    const s = await findSuspect(tx, scope, suspectId);
    if (!s) throw notFound("疑似辍学记录");
    const [existing] = await tx
      .select({ number: retentionCase.number })
      .from(retentionCase)
      .where(eq(retentionCase.suspectId, s.id));
    if (existing) throw conflict("CASE_EXISTS", `该疑似辍学学生已立案(${existing.number}),请在个案中继续处理`);
    const number = await nextCaseNumber(tx, a.regionCode, Number(today.slice(0, 4)));
    const [c] = await tx
      .insert(retentionCase)
      .values({
        regionCode: a.regionCode,
        number,
        suspectId: s.id,
        studentId: s.studentId,
        schoolId: s.schoolId,
        townCode: s.townCode,
        nameMasked: s.nameMasked,
        state: "verifying",
        chain: body.chain,
        priority: s.priorityLists.length > 0,
        openedOn: today,
        deadline: calendar.addDays(today, settings.caseDeadlineDays),
        createdBy: a.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: retentionCase.id });
    await tx.insert(retentionCaseEvent).values({
      regionCode: a.regionCode,
      caseId: c!.id,
      schoolId: s.schoolId,
      action: "open",
      fromState: null,
      toState: "verifying",
      note: body.note,
      actorId: a.userId,
      actorName: a.username,
      at: ctx.now,
    });
    await recordAudit(tx, {
      actor: a,
      action: "retention.case.open",
      targetType: "retention_case",
      targetId: c!.id,
      after: { number, chain: body.chain },
      details: { suspectId: s.id, schoolId: s.schoolId, source: s.source },
      ip: ctx.ip,
      at: ctx.now,
    });
    return c!.id;
  });
}

/** Moves a case by core's caseTransition: confirm, dismiss, record a return, relapse, verify and close (销号). */
export async function transitionCase(
  db: Db,
  actor: auth.Actor | null,
  caseId: string,
  body: { action: retention.CaseAction; note: string; returnedOn?: string },
  ctx: CommandContext,
) {
  const a = authorize(actor, "read", "retention");
  const scope = scopeWithTownshipOf(a, "retention");
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const today = todayOf(ctx);
  return db.transaction(async (tx) => {
    const visible = await findCase(tx, scope, caseId);
    const c = visible ? await lockCase(tx, caseId) : null;
    if (!c) throw notFound("劝返个案");
    const side = caseSideOf(a, c);
    if (!side) throw forbidden("retention.actOnCase");
    if (body.action === "record_return") {
      if (!body.returnedOn) throw invalid("请填写返校日期(YYYY-MM-DD)", "returnedOn");
      if (body.returnedOn > today) throw invalid("返校日期不能晚于今天", "returnedOn");
    }
    if (body.action === "dismiss" && body.note.length < 2)
      throw invalid("排除疑似须写明理由(如已办理请假、已被接收)", "note");
    const step = retention.caseTransition(c.state, body.action, side, {
      returnedOn: c.returnedOn,
      today,
      verifyDays: settings.returnVerifyDays,
    });
    if (!step.next) throw conflict("CASE_STATE", step.problem);
    const set: Partial<typeof retentionCase.$inferInsert> = { state: step.next, updatedAt: ctx.now };
    if (body.action === "confirm") {
      set.confirmedOn = today;
      set.deadline = calendar.addDays(today, settings.caseDeadlineDays);
    }
    if (body.action === "record_return") set.returnedOn = body.returnedOn;
    if (body.action === "relapse") {
      set.returnedOn = null;
      set.deadline = calendar.addDays(today, settings.caseDeadlineDays);
    }
    if (step.next === "closed" || step.next === "dismissed") {
      set.closedOn = today;
      set.closeNote = body.note;
    }
    await tx.update(retentionCase).set(set).where(eq(retentionCase.id, c.id));
    await tx.insert(retentionCaseEvent).values({
      regionCode: c.regionCode,
      caseId: c.id,
      schoolId: c.schoolId,
      action: body.action,
      fromState: c.state,
      toState: step.next,
      note:
        body.action === "record_return" ? `返校日期 ${body.returnedOn}${body.note ? `;${body.note}` : ""}` : body.note,
      actorId: a.userId,
      actorName: a.username,
      at: ctx.now,
    });
    if (step.next === "closed" || step.next === "dismissed") {
      await tx
        .update(retentionSuspect)
        .set({ status: "cleared", clearedAt: ctx.now, updatedAt: ctx.now })
        .where(eq(retentionSuspect.id, c.suspectId));
    }
    await recordAudit(tx, {
      actor: a,
      action: `retention.case.${body.action}`,
      targetType: "retention_case",
      targetId: c.id,
      before: { state: c.state },
      after: { state: step.next, returnedOn: set.returnedOn ?? c.returnedOn },
      details: { from: c.state, to: step.next, schoolId: c.schoolId },
      ip: ctx.ip,
      at: ctx.now,
    });
    return step.next;
  });
}

/** Records a persuasion visit (劝返) on an open case: the section, the case's school or its township's contact. */
export async function recordVisit(
  db: Db,
  actor: auth.Actor | null,
  caseId: string,
  body: {
    visitedOn: string;
    visitors: string;
    method: retention.VisitMethod;
    outcome: retention.VisitOutcome;
    note: string;
  },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "retention");
  const scope = scopeWithTownshipOf(a, "retention");
  const today = todayOf(ctx);
  if (body.visitedOn > today) throw invalid("劝返日期不能晚于今天", "visitedOn");
  return db.transaction(async (tx) => {
    const visible = await findCase(tx, scope, caseId);
    const c = visible ? await lockCase(tx, caseId) : null;
    if (!c) throw notFound("劝返个案");
    if (!caseSideOf(a, c) && !auth.isTownshipContactOf(a, c.townCode)) throw forbidden("retention.actOnCase");
    if (!retention.openCaseStates.includes(c.state)) {
      throw conflict("CASE_STATE", `该个案${retention.caseStateLabels[c.state]},不能再登记劝返记录`);
    }
    if (body.visitedOn < c.openedOn) throw invalid(`劝返日期不能早于立案日期(${c.openedOn})`, "visitedOn");
    const [v] = await tx
      .insert(retentionVisit)
      .values({
        regionCode: c.regionCode,
        caseId: c.id,
        schoolId: c.schoolId,
        ...body,
        recordedBy: a.userId,
        recordedAt: ctx.now,
      })
      .returning({ id: retentionVisit.id });
    await tx.insert(retentionCaseEvent).values({
      regionCode: c.regionCode,
      caseId: c.id,
      schoolId: c.schoolId,
      action: "visit",
      fromState: c.state,
      toState: c.state,
      note: `${body.visitedOn} ${body.visitors} ${retention.visitMethodLabels[body.method]}:${retention.visitOutcomeLabels[body.outcome]}${body.note ? `;${body.note}` : ""}`,
      actorId: a.userId,
      actorName: a.username,
      at: ctx.now,
    });
    await recordAudit(tx, {
      actor: a,
      action: "retention.visit.record",
      targetType: "retention_case",
      targetId: c.id,
      after: body,
      details: { visitId: v!.id, schoolId: c.schoolId, method: body.method, outcome: body.outcome },
      ip: ctx.ip,
      at: ctx.now,
    });
    return v!.id;
  });
}

/** Stores an evidence photo of a visit, checked by its bytes like the ledger's (JPEG, PNG, WebP, PDF). */
export async function uploadVisitEvidence(
  db: Db,
  actor: auth.Actor | null,
  caseId: string,
  visitId: string | null,
  file: { name: string; bytes: Uint8Array },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "retention");
  const scope = scopeWithTownshipOf(a, "retention");
  return db.transaction(async (tx) => {
    const c = await findCase(tx, scope, caseId);
    if (!c) throw notFound("劝返个案");
    if (!caseSideOf(a, c.c) && !auth.isTownshipContactOf(a, c.c.townCode)) throw forbidden("retention.actOnCase");
    if (visitId) {
      const [v] = await tx
        .select({ id: retentionVisit.id })
        .from(retentionVisit)
        .where(and(eq(retentionVisit.id, visitId), eq(retentionVisit.caseId, caseId)));
      if (!v) throw invalid("该劝返记录不属于此个案,请重新选择", "visitId");
    }
    const check = ledger.checkEvidence(file, ledger.DEFAULT_EVIDENCE_MAX_BYTES);
    if (!check.ok) {
      throw new AppError(check.problem.code === "too_large" ? 413 : 400, "EVIDENCE_REJECTED", check.problem.message, [
        { field: "file", message: check.problem.message, reason: check.problem.code },
      ]);
    }
    const bytes = Buffer.from(file.bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [row] = await tx
      .insert(retentionEvidence)
      .values({
        regionCode: c.c.regionCode,
        caseId,
        visitId,
        schoolId: c.c.schoolId,
        fileName: file.name,
        contentType: check.contentType,
        size: bytes.length,
        sha256,
        bytes,
        thumbnail: thumbnailOf(check.contentType, bytes),
        uploadedBy: a.userId,
        uploadedAt: ctx.now,
      })
      .returning({ id: retentionEvidence.id });
    await recordAudit(tx, {
      actor: a,
      action: "retention.evidence.upload",
      targetType: "retention_case",
      targetId: caseId,
      after: { fileName: file.name, size: bytes.length, sha256 },
      details: { evidenceId: row!.id, visitId, schoolId: c.c.schoolId },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}
