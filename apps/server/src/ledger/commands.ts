/**
 * Ledger commands (督导·隐患排查·整改台账): every write, each in one transaction with its audit row. Who may do what
 * comes from core (ledger.mayCreateInspection, ledger.ledgerPartyOf, ledger.rectificationTransition); the server
 * loads, checks scope, and maps refusals to HTTP errors.
 */
import { createHash, randomUUID } from "node:crypto";
import { type auth, calendar, ledger } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError, badRequest, conflict, forbidden, notFound } from "../http/errors";
import {
  countySchools,
  findFinding,
  findInspection,
  institutionByLicence,
  institutionsByIds,
  lockFinding,
  lockTarget,
  nextFindingNumbers,
  nextSeq,
  typeById,
  typeByName,
  unattachedEvidence,
} from "./store";
import {
  ledgerEvidence,
  ledgerFinding,
  ledgerInspection,
  ledgerInspectionTarget,
  ledgerInspectionType,
  ledgerInstitution,
  ledgerTransition,
} from "./tables";
import { thumbnailOf } from "./thumbnail";

export interface CommandContext {
  now: Date;
  ip: string;
}

const invalid = (message: string, field: string, code = "VALIDATION_FAILED") =>
  badRequest(code, message, [{ field, message }]);

/** The ledger's reading scope; teachers and the system administrator get 403 here. */
const ledgerScope = (actor: auth.Actor | null) => scopeOf(actor, "ledger");

/** Refuses anyone who may not configure types and institutions. */
function configurer(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "ledger");
  if (!ledger.mayConfigureLedger(a)) throw forbidden("ledger.configure");
  return a;
}

// ---------------------------------------------------------------- inspection types

export interface InspectionTypeProps {
  kind: ledger.InspectionKind;
  name: string;
  checklist: ledger.ChecklistItem[];
  defaultDays: number;
  active?: boolean;
}

function checkTemplate(items: ledger.ChecklistItem[]) {
  const problems = ledger.checklistTemplateProblems(items);
  if (problems.length > 0) {
    // core names the list "items"; the request body calls it "checklist"
    const details = problems.map((p) => ({ ...p, field: p.field.replace(/^items/, "checklist") }));
    throw badRequest("INVALID_CHECKLIST", `检查清单有误:${problems[0]?.message}`, details);
  }
}

/** Adds an inspection type with its checklist (supervisors). */
export async function createInspectionType(
  db: Db,
  actor: auth.Actor | null,
  props: InspectionTypeProps,
  ctx: CommandContext,
): Promise<string> {
  const a = configurer(actor);
  checkTemplate(props.checklist);
  return db.transaction(async (tx) => {
    if (await typeByName(tx, a.regionCode, props.name)) {
      throw invalid(`已有名为“${props.name}”的检查类型`, "name", "DUPLICATE_NAME");
    }
    const [row] = await tx
      .insert(ledgerInspectionType)
      .values({
        regionCode: a.regionCode,
        kind: props.kind,
        name: props.name,
        checklist: props.checklist,
        defaultDays: props.defaultDays,
        active: props.active ?? true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "ledger.type.create",
      targetType: "ledger_inspection_type",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Changes an inspection type's name, checklist, default days or whether it is in use (supervisors). */
export async function updateInspectionType(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: InspectionTypeProps,
  ctx: CommandContext,
): Promise<void> {
  const a = configurer(actor);
  checkTemplate(props.checklist);
  await db.transaction(async (tx) => {
    const before = await typeById(tx, a.regionCode, id);
    if (!before) throw notFound("检查类型");
    const sameName = await typeByName(tx, a.regionCode, props.name);
    if (sameName && sameName.id !== id) throw invalid(`已有名为“${props.name}”的检查类型`, "name", "DUPLICATE_NAME");
    const [after] = await tx
      .update(ledgerInspectionType)
      .set({
        kind: props.kind,
        name: props.name,
        checklist: props.checklist,
        defaultDays: props.defaultDays,
        active: props.active ?? before.active,
        updatedAt: ctx.now,
      })
      .where(eq(ledgerInspectionType.id, id))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "ledger.type.update",
      targetType: "ledger_inspection_type",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

// ---------------------------------------------------------------- institutions

export interface InstitutionProps {
  name: string;
  licence: string;
  address: string;
  type: ledger.InstitutionType;
  status: ledger.InstitutionStatus;
  contact?: string | null;
}

/** Registers an off-campus tutoring institution (supervisors). */
export async function createInstitution(
  db: Db,
  actor: auth.Actor | null,
  props: InstitutionProps,
  ctx: CommandContext,
): Promise<string> {
  const a = configurer(actor);
  return db.transaction(async (tx) => {
    if (await institutionByLicence(tx, a.regionCode, props.licence)) {
      throw invalid(`许可证号“${props.licence}”已登记`, "licence", "DUPLICATE_LICENCE");
    }
    const [row] = await tx
      .insert(ledgerInstitution)
      .values({
        regionCode: a.regionCode,
        ...props,
        contact: props.contact ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "ledger.institution.create",
      targetType: "ledger_institution",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Corrects an institution's entry or changes its status (停业整顿, 已注销). */
export async function updateInstitution(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: InstitutionProps,
  ctx: CommandContext,
): Promise<void> {
  const a = configurer(actor);
  await db.transaction(async (tx) => {
    const [before] = await institutionsByIds(tx, a.regionCode, [id]);
    if (!before) throw notFound("校外培训机构");
    const sameLicence = await institutionByLicence(tx, a.regionCode, props.licence);
    if (sameLicence && sameLicence.id !== id) {
      throw invalid(`许可证号“${props.licence}”已登记`, "licence", "DUPLICATE_LICENCE");
    }
    const [after] = await tx
      .update(ledgerInstitution)
      .set({ ...props, contact: props.contact ?? null, updatedAt: ctx.now })
      .where(eq(ledgerInstitution.id, id))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "ledger.institution.update",
      targetType: "ledger_institution",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

// ---------------------------------------------------------------- inspections

export interface CreateInspectionProps {
  typeId: string;
  title: string;
  inspectedOn: string;
  inspectors: string[];
  schoolIds: string[];
  institutionIds: string[];
  selfInspection?: boolean;
  summary?: string;
}

/**
 * Records an inspection with its targets. Supervisors run any inspection; a school runs a self-inspection of
 * itself. Tutoring checks target institutions of the register, the other kinds schools of the county.
 */
export async function createInspection(
  db: Db,
  actor: auth.Actor | null,
  props: CreateInspectionProps,
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "ledger");
  ledgerScope(a);
  const selfInspection = props.selfInspection ?? false;
  const schoolIds = [...new Set(props.schoolIds)];
  const institutionIds = [...new Set(props.institutionIds)];
  const may = ledger.mayCreateInspection(a, {
    selfInspection,
    schoolIds,
    institutionCount: institutionIds.length,
  });
  if (!may.ok) throw new AppError(403, "FORBIDDEN", may.message);
  const today = calendar.beijingDate(ctx.now);
  if (props.inspectedOn > today) throw invalid("检查日期不能晚于今天", "inspectedOn");

  return db.transaction(async (tx) => {
    const type = await typeById(tx, a.regionCode, props.typeId);
    if (!type) throw invalid("检查类型不存在", "typeId");
    if (!type.active) throw invalid(`检查类型“${type.name}”已停用`, "typeId");
    const kind = type.kind as ledger.InspectionKind;
    const targetKind = ledger.targetKindOf(kind);
    if (targetKind === "institution") {
      if (schoolIds.length > 0) throw invalid("校外培训机构检查的对象应为培训机构,不能选择学校", "schoolIds");
      if (institutionIds.length === 0) throw invalid("请至少选择一家被检查的培训机构", "institutionIds");
      const found = await institutionsByIds(tx, a.regionCode, institutionIds);
      if (found.length !== institutionIds.length) throw invalid("所选培训机构不存在或不属于本县", "institutionIds");
    } else {
      if (institutionIds.length > 0) throw invalid(`${type.name}的对象应为学校,不能选择培训机构`, "institutionIds");
      if (schoolIds.length === 0) throw invalid("请至少选择一所被检查的学校", "schoolIds");
      const found = await countySchools(tx, a.regionCode, schoolIds);
      if (found.length !== schoolIds.length) throw invalid("所选学校不存在或不属于本县", "schoolIds");
      const closed = found.find((s) => s.status !== "open");
      if (closed) throw invalid(`${closed.name}已撤并或停办,不能作为检查对象`, "schoolIds");
    }
    const [inspection] = await tx
      .insert(ledgerInspection)
      .values({
        regionCode: a.regionCode,
        typeId: type.id,
        kind,
        title: props.title,
        inspectedOn: props.inspectedOn,
        inspectors: props.inspectors,
        selfInspection,
        schoolId: selfInspection ? (schoolIds[0] ?? null) : null,
        summary: props.summary ?? "",
        createdBy: a.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!inspection) throw new Error("insert returned no row");
    const targets = await tx
      .insert(ledgerInspectionTarget)
      .values([
        ...schoolIds.map((schoolId) => ({ regionCode: a.regionCode, inspectionId: inspection.id, schoolId })),
        ...institutionIds.map((institutionId) => ({
          regionCode: a.regionCode,
          inspectionId: inspection.id,
          institutionId,
        })),
      ])
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "ledger.inspection.create",
      targetType: "ledger_inspection",
      targetId: inspection.id,
      after: { inspection, targets },
      details: { kind, schoolIds, institutionIds, selfInspection },
      ip: ctx.ip,
      at: ctx.now,
    });
    return inspection.id;
  });
}

/** Loads an inspection within scope and checks the actor may write to it (raise findings, fill checklists). */
async function writableInspection(db: Db, a: auth.Actor, inspectionId: string) {
  const inspection = await findInspection(db, ledgerScope(a), inspectionId);
  if (!inspection) throw notFound("检查");
  if (!ledger.mayRaiseFindings(a, inspection)) throw forbidden("ledger.raiseFindings");
  return inspection;
}

/** Fills (or corrects) a target's checklist against its inspection type's template. */
export async function recordChecklist(
  db: Db,
  actor: auth.Actor | null,
  inspectionId: string,
  targetId: string,
  results: ledger.ChecklistEntry[],
  ctx: CommandContext,
): Promise<void> {
  const a = authorize(actor, "read", "ledger");
  const inspection = await writableInspection(db, a, inspectionId);
  await db.transaction(async (tx) => {
    const target = await lockTarget(tx, inspectionId, targetId);
    if (!target) throw notFound("检查对象");
    const type = await typeById(tx, a.regionCode, inspection.typeId);
    const problems = ledger.checklistResultProblems(type?.checklist ?? [], results);
    if (problems.length > 0) {
      throw badRequest("INVALID_CHECKLIST", `检查表有误:${problems[0]?.message}`, problems);
    }
    const [after] = await tx
      .update(ledgerInspectionTarget)
      .set({ results, checkedAt: ctx.now })
      .where(eq(ledgerInspectionTarget.id, targetId))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "ledger.inspection.checklist",
      targetType: "ledger_inspection_target",
      targetId,
      before: target,
      after,
      details: { inspectionId },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

// ---------------------------------------------------------------- findings

export interface RaiseFindingProps {
  /** one target: an individual finding; several: a common finding (共性问题), one row per target */
  targetIds: string[];
  category: string;
  description: string;
  severity: ledger.Severity;
  checklistCode?: string | null;
  /** defaults to the target's name */
  responsibleUnit?: string | null;
  responsiblePerson: string;
  /** ISO date; defaults to the inspection date plus the type's default days */
  deadline?: string | null;
  measures?: string | null;
}

/**
 * Raises a finding at one or several targets of an inspection, each starting 待整改 with its first history entry.
 * Returns the ids of the findings written.
 */
export async function raiseFindings(
  db: Db,
  actor: auth.Actor | null,
  inspectionId: string,
  props: RaiseFindingProps,
  ctx: CommandContext,
): Promise<string[]> {
  const a = authorize(actor, "read", "ledger");
  const inspection = await writableInspection(db, a, inspectionId);
  const targetIds = [...new Set(props.targetIds)];
  if (targetIds.length === 0) throw invalid("请选择问题所在的检查对象", "targetIds");

  return db.transaction(async (tx) => {
    const type = await typeById(tx, a.regionCode, inspection.typeId);
    const targets = [];
    for (const id of targetIds) {
      const t = await lockTarget(tx, inspectionId, id);
      if (!t) throw invalid("所选检查对象不属于该检查", "targetIds");
      targets.push(t);
    }
    if (props.checklistCode && !type?.checklist.some((i) => i.code === props.checklistCode)) {
      throw invalid(`检查项目“${props.checklistCode}”不在该检查类型的清单中`, "checklistCode");
    }
    const deadline = props.deadline ?? calendar.addDays(inspection.inspectedOn, type?.defaultDays ?? 30);
    if (deadline < inspection.inspectedOn) {
      throw invalid(`整改时限不能早于检查日期 ${inspection.inspectedOn}`, "deadline");
    }
    const names = new Map<string, string>();
    const schools = await countySchools(
      tx,
      a.regionCode,
      targets.flatMap((t) => (t.schoolId ? [t.schoolId] : [])),
    );
    for (const s of schools) names.set(s.id, s.name);
    const institutions = await institutionsByIds(
      tx,
      a.regionCode,
      targets.flatMap((t) => (t.institutionId ? [t.institutionId] : [])),
    );
    for (const i of institutions) names.set(i.id, i.name);

    const numbers = await nextFindingNumbers(
      tx,
      a.regionCode,
      Number(calendar.beijingDate(ctx.now).slice(0, 4)),
      targets.length,
    );
    const common = targets.length > 1;
    const commonGroup = common ? randomUUID() : null;
    const ids: string[] = [];
    for (const [i, t] of targets.entries()) {
      const [row] = await tx
        .insert(ledgerFinding)
        .values({
          regionCode: a.regionCode,
          inspectionId,
          targetId: t.id,
          schoolId: t.schoolId,
          institutionId: t.institutionId,
          kind: inspection.kind,
          number: numbers[i] ?? "",
          scope: common ? "common" : "individual",
          commonGroup,
          checklistCode: props.checklistCode ?? null,
          category: props.category,
          description: props.description,
          severity: props.severity,
          responsibleUnit: props.responsibleUnit?.trim() || names.get(t.schoolId ?? t.institutionId ?? "") || "",
          responsiblePerson: props.responsiblePerson,
          measures: props.measures ?? "",
          state: "pending",
          raisedOn: inspection.inspectedOn,
          originalDeadline: deadline,
          deadline,
          createdBy: a.userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await tx.insert(ledgerTransition).values({
        regionCode: a.regionCode,
        findingId: row.id,
        schoolId: row.schoolId,
        seq: 1,
        action: "raise",
        fromState: null,
        toState: "pending",
        deadlineAfter: deadline,
        note: props.measures ?? "",
        actorId: a.userId,
        actorName: a.username,
        actorParty: ledger.isLedgerSupervisor(a) ? "supervisor" : "responsible",
        at: ctx.now,
      });
      await recordAudit(tx, {
        actor: a,
        action: "ledger.finding.raise",
        targetType: "ledger_finding",
        targetId: row.id,
        after: row,
        details: { inspectionId, schoolId: row.schoolId, commonGroup },
        ip: ctx.ip,
        at: ctx.now,
      });
      ids.push(row.id);
    }
    return ids;
  });
}

export interface TransitionProps {
  action: ledger.RectificationAction;
  note?: string;
  newDeadline?: string;
  /** evidence uploaded to this finding beforehand, not yet cited by a step */
  evidenceIds?: string[];
}

/** The HTTP error of a refused step: 403 for the wrong party, 409 for the wrong state, 400 for bad input. */
function refusal(r: Extract<ledger.RectificationResult, { ok: false }>): AppError {
  switch (r.code) {
    case "not_allowed":
      return new AppError(403, "FORBIDDEN", r.message);
    case "wrong_state":
    case "no_request":
    case "request_pending":
      return conflict("FINDING_STATE", r.message);
    case "missing_note":
      return invalid(r.message, "note");
    case "missing_evidence":
      return invalid(r.message, "evidenceIds");
    case "bad_deadline":
      return invalid(r.message, "newDeadline");
  }
}

/**
 * Takes one step of a finding's rectification: the state machine of core decides, the finding row changes, the
 * history gains an immutable entry citing the evidence, and the audit log a row — in one transaction.
 */
export async function transitionFinding(
  db: Db,
  actor: auth.Actor | null,
  findingId: string,
  props: TransitionProps,
  ctx: CommandContext,
): Promise<void> {
  const a = authorize(actor, "read", "ledger");
  const scope = ledgerScope(a);
  const today = calendar.beijingDate(ctx.now);
  await db.transaction(async (tx) => {
    const visible = await findFinding(tx, scope, findingId);
    const f = visible ? await lockFinding(tx, findingId) : null;
    if (!f) throw notFound("问题");
    const party = ledger.ledgerPartyOf(a, f);
    if (!party) throw notFound("问题");
    const evidenceIds = [...new Set(props.evidenceIds ?? [])];
    const attachable = await unattachedEvidence(tx, f.id, evidenceIds);
    if (attachable.length !== evidenceIds.length) {
      throw invalid("所附材料不属于该问题或已用于其他步骤,请重新上传", "evidenceIds");
    }
    const snapshot: ledger.FindingSnapshot = {
      state: f.state as ledger.FindingState,
      deadline: f.deadline,
      extensionRequest:
        f.extensionDeadline !== null ? { deadline: f.extensionDeadline, reason: f.extensionReason ?? "" } : null,
    };
    const step = ledger.rectificationTransition(
      snapshot,
      party,
      { action: props.action, note: props.note, newDeadline: props.newDeadline, evidenceCount: evidenceIds.length },
      { today },
    );
    if (!step.ok) throw refusal(step);
    const next = step.finding;
    const [after] = await tx
      .update(ledgerFinding)
      .set({
        state: next.state,
        deadline: next.deadline,
        extensionDeadline: next.extensionRequest?.deadline ?? null,
        extensionReason: next.extensionRequest?.reason ?? null,
        closedOn: step.closes ? today : f.closedOn,
        updatedAt: ctx.now,
      })
      .where(eq(ledgerFinding.id, f.id))
      .returning();
    const note =
      props.action === "request_extension"
        ? `申请延期至 ${next.extensionRequest?.deadline}:${props.note?.trim() ?? ""}`
        : (props.note?.trim() ?? "");
    const [transition] = await tx
      .insert(ledgerTransition)
      .values({
        regionCode: f.regionCode,
        findingId: f.id,
        schoolId: f.schoolId,
        seq: await nextSeq(tx, f.id),
        action: props.action,
        fromState: f.state,
        toState: next.state,
        deadlineBefore: f.deadline,
        deadlineAfter: next.deadline,
        note,
        actorId: a.userId,
        actorName: a.username,
        actorParty: party,
        evidenceIds,
        at: ctx.now,
      })
      .returning();
    if (!transition) throw new Error("insert returned no row");
    for (const id of evidenceIds) {
      await tx.update(ledgerEvidence).set({ transitionId: transition.id }).where(eq(ledgerEvidence.id, id));
    }
    await recordAudit(tx, {
      actor: a,
      action: `ledger.finding.${props.action}`,
      targetType: "ledger_finding",
      targetId: f.id,
      reason: props.note?.trim() || undefined,
      before: f,
      after,
      details: { from: f.state, to: next.state, schoolId: f.schoolId, evidenceIds },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Largest evidence file accepted. */
export const EVIDENCE_MAX_BYTES = ledger.DEFAULT_EVIDENCE_MAX_BYTES;

/**
 * Stores an evidence file of an open finding: checked by its bytes (JPEG, PNG, WebP, PDF only), size-limited,
 * with its SHA-256 and, for a PNG, a thumbnail. The supervisor and the responsible school may upload; readers not.
 */
export async function uploadEvidence(
  db: Db,
  actor: auth.Actor | null,
  findingId: string,
  file: { name: string; bytes: Uint8Array },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "ledger");
  const scope = ledgerScope(a);
  return db.transaction(async (tx) => {
    const visible = await findFinding(tx, scope, findingId);
    const f = visible ? await lockFinding(tx, findingId) : null;
    if (!f) throw notFound("问题");
    const party = ledger.ledgerPartyOf(a, f);
    if (!party) throw notFound("问题");
    if (party === "reader") throw forbidden("ledger.uploadEvidence");
    if (!ledger.openFindingStates.includes(f.state as ledger.FindingState)) {
      throw conflict(
        "FINDING_STATE",
        `该问题${ledger.findingState.labels[f.state as ledger.FindingState]},不能再上传材料`,
      );
    }
    const check = ledger.checkEvidence(file, EVIDENCE_MAX_BYTES);
    if (!check.ok) {
      const status = check.problem.code === "too_large" ? 413 : 400;
      throw new AppError(status, "EVIDENCE_REJECTED", check.problem.message, [
        { field: "file", message: check.problem.message, reason: check.problem.code },
      ]);
    }
    const bytes = Buffer.from(file.bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [row] = await tx
      .insert(ledgerEvidence)
      .values({
        regionCode: f.regionCode,
        findingId: f.id,
        schoolId: f.schoolId,
        fileName: file.name,
        contentType: check.contentType,
        size: bytes.length,
        sha256,
        bytes,
        thumbnail: thumbnailOf(check.contentType, bytes),
        uploadedBy: a.userId,
        uploaderName: a.username,
        uploadedAt: ctx.now,
      })
      .returning({ id: ledgerEvidence.id });
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "ledger.evidence.upload",
      targetType: "ledger_evidence",
      targetId: row.id,
      after: { findingId: f.id, fileName: file.name, contentType: check.contentType, size: bytes.length, sha256 },
      details: { findingId: f.id, schoolId: f.schoolId },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}
