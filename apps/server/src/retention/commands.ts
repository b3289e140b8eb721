/**
 * Commands of dropout control (控辍保学): every write in one transaction with its audit row, and every view of the
 * household roster audited. Who may do what: 基础教育股 (the section owning `retention`) runs the registers,
 * comparisons, cases and rates; a school administrator reports absences and zero-reports and acts on its own
 * pupils' cases (visits, returns); leadership and other sections read; the roster is read by 基础教育股 and
 * leadership only. Figures and rules come from core.
 */
import { createHash } from "node:crypto";
import { type auth, calendar, ledger, retention } from "@edubureau/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Db } from "../db/client";
import { AppError, badRequest, conflict, forbidden, notFound } from "../http/errors";
import { thumbnailOf } from "../ledger/thumbnail";
import {
  overdueTransfers,
  placementOfHash,
  pupilIsAtSchool,
  pupilsById,
  schoolsOfCounty,
} from "../registry/retentionIntake";
import {
  absencesOfYear,
  findCase,
  findRosterEntry,
  findSuspect,
  latestRoster,
  lockCase,
  nextCaseNumber,
  openSuspectsOf,
  previousRun,
  type RetentionSettings,
  settingsOf,
} from "./store";
import {
  retentionAbsence,
  retentionCase,
  retentionCaseEvent,
  retentionEvidence,
  retentionExplanation,
  retentionPovertyEntry,
  retentionRecheck,
  retentionRoster,
  retentionRosterEntry,
  retentionRun,
  retentionSetting,
  retentionSuspect,
  retentionVisit,
  retentionZeroReport,
} from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

const invalid = (message: string, field: string) => badRequest("VALIDATION_FAILED", message, [{ field, message }]);
const todayOf = (ctx: CommandContext) => calendar.beijingDate(ctx.now);

/** Is the actor the section that owns retention (基础教育股)? */
export function isRetentionSection(a: auth.Actor): boolean {
  return a.role === "section" && authorizeWrite(a);
}
function authorizeWrite(a: auth.Actor): boolean {
  try {
    authorize(a, "write", "retention");
    return true;
  } catch {
    return false;
  }
}

/** The section, or 403 naming what was refused. */
export function sectionActor(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "retention");
  if (!isRetentionSection(a)) throw forbidden("retention.manage");
  return a;
}

/** A reader of the household roster: the section and leadership. Others get 403. */
export function rosterReader(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "retention");
  if (!(isRetentionSection(a) || a.role === "leader")) throw forbidden("retention.readRoster");
  return a;
}

/** A school administrator reporting for their school (absences, zero-reports). */
export function schoolReporter(actor: auth.Actor | null): auth.Actor & { schoolId: string } {
  const a = authorize(actor, "read", "retention");
  if (a.role !== "school_admin" || !a.schoolId || !authorizeWrite(a)) throw forbidden("retention.schoolReport");
  return a as auth.Actor & { schoolId: string };
}

/** The side an actor acts on for a case: the section (county) or the case's school; null for readers. */
export function caseSideOf(a: auth.Actor, c: { schoolId: string | null }): retention.CaseSide | null {
  if (isRetentionSection(a)) return "county";
  if (a.role === "school_admin" && a.schoolId && c.schoolId === a.schoolId && authorizeWrite(a)) return "school";
  return null;
}

// ---------------------------------------------------------------- settings

export async function updateSettings(
  db: Db,
  actor: auth.Actor | null,
  body: Omit<RetentionSettings, "transferOverdueDays" | "currentSchoolYear">,
  ctx: CommandContext,
): Promise<RetentionSettings> {
  const a = sectionActor(actor);
  return db.transaction(async (tx) => {
    const before = await settingsOf(tx, a.regionCode, ctx.now);
    await tx
      .insert(retentionSetting)
      .values({ regionCode: a.regionCode, ...body, updatedBy: a.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: retentionSetting.regionCode,
        set: { ...body, updatedBy: a.userId, updatedAt: ctx.now },
      });
    await recordAudit(tx, {
      actor: a,
      action: "retention.settings.update",
      targetType: "retention_setting",
      targetId: a.regionCode,
      before,
      after: body,
      details: body,
      ip: ctx.ip,
      at: ctx.now,
    });
    return settingsOf(tx, a.regionCode, ctx.now);
  });
}

// ---------------------------------------------------------------- roster: views, reveal, explanations

/** Writes the audit row of a view of the roster (every view of the most sensitive file is logged). */
export async function auditRosterView(
  db: Db,
  a: auth.Actor,
  rosterId: string,
  details: Record<string, unknown>,
  ctx: CommandContext,
) {
  await recordAudit(db, {
    actor: a,
    action: "retention.roster.view",
    targetType: "retention_roster",
    targetId: rosterId,
    details,
    ip: ctx.ip,
    at: ctx.now,
  });
}

export interface RevealedChild {
  residentId: string;
  name: string;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

/**
 * Reveals one roster child's resident ID, name, address and guardian, with a reason, audited. Only the section; a
 * purged entry answers 410.
 */
export async function revealChild(
  db: Db,
  actor: auth.Actor | null,
  entryId: string,
  reason: string,
  cipher: PersonalDataCipher,
  ctx: CommandContext,
): Promise<RevealedChild> {
  const a = authorize(actor, "reveal", "retention");
  if (!isRetentionSection(a)) throw forbidden("retention.readRoster");
  const entry = await findRosterEntry(db, a.regionCode, entryId);
  if (!entry) throw notFound("适龄儿童");
  if (!entry.residentIdCipher || !entry.detailsCipher) {
    throw new AppError(410, "PURGED", "该儿童已与学籍比对成功,户籍名单中的身份信息已按规定清除;请到学籍中查看");
  }
  const id = cipher.decrypt(entry.residentIdCipher);
  const details = cipher.decrypt(entry.detailsCipher);
  if (!id || !details) throw new AppError(500, "DECRYPT_FAILED", "无法解密该记录,请联系系统管理员核对平台密钥");
  const d = JSON.parse(details) as {
    name: string;
    address: string | null;
    guardianName: string | null;
    guardianPhone: string | null;
  };
  await recordAudit(db, {
    actor: a,
    action: "retention.roster.reveal",
    targetType: "retention_roster_entry",
    targetId: entry.id,
    reason,
    details: { rosterId: entry.rosterId, rowNumber: entry.rowNumber },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { residentId: id, ...d };
}

/** Records (or replaces) the explanation of a school-age child not on the register. Section only. */
export async function recordExplanation(
  db: Db,
  actor: auth.Actor | null,
  entryId: string,
  body: { kind: retention.ExplanationKind; stage: retention.Stage | null; detail: string },
  ctx: CommandContext,
) {
  const a = sectionActor(actor);
  const entry = await findRosterEntry(db, a.regionCode, entryId);
  if (!entry) throw notFound("适龄儿童");
  if (retention.explanationEffect[body.kind] === "in_school" && body.kind === "outside_county" && !body.stage) {
    throw invalid(`县外就读${retention.explanationRequirement.outside_county}`, "stage");
  }
  const [roster] = await db.select().from(retentionRoster).where(eq(retentionRoster.id, entry.rosterId));
  const schoolYear = roster!.schoolYear;
  return db.transaction(async (tx) => {
    const values = {
      regionCode: a.regionCode,
      schoolYear,
      residentIdHash: entry.residentIdHash,
      kind: body.kind,
      stage: body.stage,
      detail: body.detail,
      recordedBy: a.userId,
      updatedAt: ctx.now,
    };
    const [row] = await tx
      .insert(retentionExplanation)
      .values(values)
      .onConflictDoUpdate({
        target: [retentionExplanation.regionCode, retentionExplanation.schoolYear, retentionExplanation.residentIdHash],
        set: { kind: body.kind, stage: body.stage, detail: body.detail, recordedBy: a.userId, updatedAt: ctx.now },
      })
      .returning({ id: retentionExplanation.id });
    if (entry.outcome !== "enrolled") {
      await tx.update(retentionRosterEntry).set({ outcome: "explained" }).where(eq(retentionRosterEntry.id, entry.id));
    }
    await recordAudit(tx, {
      actor: a,
      action: "retention.explanation.record",
      targetType: "retention_roster_entry",
      targetId: entry.id,
      after: body,
      details: { kind: body.kind, stage: body.stage },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}

// ---------------------------------------------------------------- comparisons

export interface RunResult {
  id: string;
  kind: retention.ComparisonKind;
  ranAt: Date;
  flagged: string[];
  diff: retention.RunDiff;
  summary: Record<string, number>;
}

interface SuspectDraft {
  sourceId: string;
  residentIdHash: string | null;
  studentId: string | null;
  schoolId: string | null;
  townCode: string | null;
  nameMasked: string;
  residentIdMasked: string | null;
  birthDate: string | null;
  detail: string;
}

/**
 * Keeps a source's suspects current: inserts the new ones, refreshes the still-raised ones, clears those the run no
 * longer raises (their cases stay as they are). Returns the keys flagged.
 */
async function syncSuspects(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  source: retention.SuspectSource,
  drafts: SuspectDraft[],
  runId: string,
  now: Date,
): Promise<string[]> {
  const open = await openSuspectsOf(tx, regionCode, source);
  const wanted = new Set(drafts.map((d) => d.sourceId));
  const gone = open.filter((o) => !wanted.has(o.sourceId)).map((o) => o.id);
  if (gone.length > 0) {
    await tx
      .update(retentionSuspect)
      .set({ status: "cleared", clearedAt: now, lastRunId: runId, updatedAt: now })
      .where(inArray(retentionSuspect.id, gone));
  }
  // 17 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 parameters of one statement
  for (let i = 0; i < drafts.length; i += 2000) {
    const batch = drafts.slice(i, i + 2000);
    await tx
      .insert(retentionSuspect)
      .values(
        batch.map((d) => ({
          regionCode,
          schoolYear,
          source,
          ...d,
          status: "open",
          firstRunId: runId,
          lastRunId: runId,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [retentionSuspect.regionCode, retentionSuspect.source, retentionSuspect.sourceId],
        set: {
          status: "open",
          clearedAt: null,
          lastRunId: runId,
          detail: sql`excluded.detail`,
          schoolId: sql`excluded.school_id`,
          updatedAt: now,
        },
      });
  }
  return drafts.map((d) => `${source}:${d.sourceId}`);
}

/** Runs one comparison of 四查三比对 for the county's current school year; rerunnable, shows the difference. */
export async function runComparison(
  db: Db,
  actor: auth.Actor | null,
  kind: retention.ComparisonKind,
  ctx: CommandContext,
  options: { schoolYear?: number } = {},
): Promise<RunResult> {
  const a = sectionActor(actor);
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const schoolYear = options.schoolYear ?? settings.currentSchoolYear;
  const today = todayOf(ctx);
  return db.transaction(async (tx) => {
    const previous = await previousRun(tx, a.regionCode, kind);
    const [run] = await tx
      .insert(retentionRun)
      .values({ regionCode: a.regionCode, kind, schoolYear, ranBy: a.userId, ranAt: ctx.now, flagged: [], summary: {} })
      .returning({ id: retentionRun.id });
    const runId = run!.id;
    let flagged: string[];
    let summary: Record<string, number>;
    if (kind === "roster") ({ flagged, summary } = await compareRoster(tx, a, schoolYear, settings, runId, ctx));
    else if (kind === "attendance")
      ({ flagged, summary } = await compareAttendance(tx, a.regionCode, schoolYear, settings, runId, ctx));
    else if (kind === "transfers")
      ({ flagged, summary } = await compareTransfers(tx, a.regionCode, schoolYear, settings, runId, today, ctx));
    else ({ flagged, summary } = await comparePoverty(tx, a.regionCode, ctx));
    const diff = retention.runDiff(previous?.flagged ?? [], flagged);
    const fullSummary = { ...summary, flagged: flagged.length, added: diff.added.length, removed: diff.removed.length };
    await tx.update(retentionRun).set({ flagged, summary: fullSummary }).where(eq(retentionRun.id, runId));
    await recordAudit(tx, {
      actor: a,
      action: "retention.comparison.run",
      targetType: "retention_run",
      targetId: runId,
      details: { kind, schoolYear, ...fullSummary },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: runId, kind, ranAt: ctx.now, flagged, diff, summary: fullSummary };
  });
}

/**
 * Household roster against the register: matched by keyed hash in the database, sorted by core's
 * compareRosterToRegister, gaps to the suspected register; then the clear data of matched children is purged unless
 * the county keeps the roster.
 */
async function compareRoster(
  tx: Db,
  a: auth.Actor,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  ctx: CommandContext,
) {
  const regionCode = a.regionCode;
  const roster = await latestRoster(tx, regionCode, schoolYear);
  if (!roster) {
    throw badRequest(
      "NO_ROSTER",
      `${schoolYear}学年尚未导入户籍适龄人口名单,请先在“适龄儿童”页导入公安、民政提供的名单`,
    );
  }
  const rows = (await tx.execute(sql`
    select e.id, e.resident_id_hash, e.birth_date::text as birth_date, e.town_code, e.name_masked,
      e.resident_id_masked, e.village_name,
      p.student_id, p.enrollment_id, p.school_id, p.grade, p.status,
      x.kind as explanation_kind, x.stage as explanation_stage
    from ${retentionRosterEntry} e
      left join ${placementOfHash(sql`e.resident_id_hash`, regionCode, schoolYear)} p on true
      left join ${retentionExplanation} x on x.region_code = ${regionCode} and x.school_year = ${schoolYear}
        and x.resident_id_hash = e.resident_id_hash
    where e.roster_id = ${roster.id}`)) as unknown as { rows: unknown[] };
  const list = rows.rows as {
    id: string;
    resident_id_hash: string;
    birth_date: string;
    town_code: string;
    name_masked: string;
    resident_id_masked: string;
    village_name: string;
    student_id: string | null;
    enrollment_id: string | null;
    school_id: string | null;
    grade: number | null;
    status: string | null;
    explanation_kind: retention.ExplanationKind | null;
    explanation_stage: retention.Stage | null;
  }[];
  const placements = new Map<string, retention.RegisterPlacement[]>();
  const explanations = new Map<string, retention.Explanation>();
  for (const r of list) {
    if (r.student_id) {
      placements.set(r.resident_id_hash, [
        {
          studentId: r.student_id,
          enrollmentId: r.enrollment_id!,
          schoolId: r.school_id!,
          grade: r.grade!,
          status: r.status!,
        },
      ]);
    }
    if (r.explanation_kind) explanations.set(r.id, { kind: r.explanation_kind, stage: r.explanation_stage });
  }
  const outcomes = retention.compareRosterToRegister(
    list.map((r) => ({ rosterEntryId: r.id, residentIdHash: r.resident_id_hash, birthDate: r.birth_date })),
    placements,
    explanations,
    schoolYear,
  );
  const ids: string[] = [];
  const kinds: string[] = [];
  const students: (string | null)[] = [];
  const enrollments: (string | null)[] = [];
  const schools: (string | null)[] = [];
  const grades: (number | null)[] = [];
  const drafts: SuspectDraft[] = [];
  const counts = { enrolled: 0, explained: 0, gap: 0, out_of_range: 0 };
  for (const r of list) {
    const o = outcomes.get(r.id)!;
    counts[o.kind]++;
    const p = o.kind === "enrolled" ? o.placement : null;
    ids.push(r.id);
    kinds.push(o.kind);
    students.push(p?.studentId ?? null);
    enrollments.push(p?.enrollmentId ?? null);
    schools.push(p?.schoolId ?? null);
    grades.push(p?.grade ?? null);
    if (o.kind === "gap") {
      drafts.push({
        sourceId: r.id,
        residentIdHash: r.resident_id_hash,
        studentId: r.student_id,
        schoolId: null,
        townCode: r.town_code,
        nameMasked: r.name_masked,
        residentIdMasked: r.resident_id_masked,
        birthDate: r.birth_date,
        detail: `户籍在${r.village_name},截至8月31日${o.age}周岁,未在本县任何学校就读,也无登记的说明`,
      });
    }
  }
  for (let i = 0; i < ids.length; i += 20_000) {
    const s = (arr: unknown[]) => arr.slice(i, i + 20_000);
    await tx.execute(sql`update ${retentionRosterEntry} e set outcome = u.outcome, student_id = u.student_id,
        enrollment_id = u.enrollment_id, school_id = u.school_id, grade = u.grade
      from unnest(${sql.param(s(ids))}::uuid[], ${sql.param(s(kinds))}::text[], ${sql.param(s(students))}::uuid[],
        ${sql.param(s(enrollments))}::uuid[], ${sql.param(s(schools))}::uuid[], ${sql.param(s(grades))}::smallint[])
        as u(id, outcome, student_id, enrollment_id, school_id, grade)
      where e.id = u.id`);
  }
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "roster_gap", drafts, runId, ctx.now);
  let purged = 0;
  if (!settings.keepRoster) {
    const res = await tx
      .update(retentionRosterEntry)
      .set({ residentIdCipher: null, detailsCipher: null })
      .where(
        and(
          eq(retentionRosterEntry.rosterId, roster.id),
          eq(retentionRosterEntry.outcome, "enrolled"),
          sql`${retentionRosterEntry.residentIdCipher} is not null`,
        ),
      )
      .returning({ id: retentionRosterEntry.id });
    purged = res.length;
    if (purged > 0) {
      await recordAudit(tx, {
        actor: a,
        action: "retention.roster.purge",
        targetType: "retention_roster",
        targetId: roster.id,
        details: { purged, reason: "比对成功的儿童已在学籍中,户籍名单中的身份信息按规定清除" },
        ip: ctx.ip,
        at: ctx.now,
      });
    }
  }
  await tx
    .update(retentionRoster)
    .set({ matchedAt: ctx.now, purgedAt: settings.keepRoster ? null : ctx.now })
    .where(eq(retentionRoster.id, roster.id));
  return { flagged, summary: { children: list.length, ...counts, purged } };
}

/** The register against attendance: absence spells of the year through core's absenceSuspects. */
async function compareAttendance(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  ctx: CommandContext,
) {
  const spells = await absencesOfYear(tx, regionCode, schoolYear);
  const suspects = retention.absenceSuspects(
    spells.map((s) => ({
      absenceId: s.id,
      studentId: s.studentId,
      fromDate: s.fromDate,
      toDate: s.toDate,
      schoolDays: s.schoolDays,
      approvedLeave: s.approvedLeave,
    })),
    settings.absenceThresholdDays,
  );
  const pupils = await pupilsById(tx, [...suspects.keys()]);
  const bySpell = new Map(spells.map((s) => [s.id, s]));
  const schools = await schoolsOfCounty(tx, regionCode);
  const drafts: SuspectDraft[] = [...suspects.values()].map((s) => {
    const p = pupils.get(s.studentId);
    const row = bySpell.get(s.absenceId)!;
    return {
      sourceId: s.absenceId,
      residentIdHash: p?.residentIdHash ?? null,
      studentId: s.studentId,
      schoolId: row.schoolId,
      townCode: schools.get(row.schoolId)?.townCode ?? null,
      nameMasked: retention.maskName(p?.name ?? ""),
      residentIdMasked: p?.residentIdMasked ?? null,
      birthDate: p?.birthDate ?? null,
      detail: `${s.fromDate}至${s.toDate}连续缺课${s.schoolDays}个上学日,未请假或请假未获批准(认定标准:连续${settings.absenceThresholdDays}天)`,
    };
  });
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "absence", drafts, runId, ctx.now);
  return { flagged, summary: { spells: spells.length, threshold: settings.absenceThresholdDays } };
}

/** Transfers pending beyond the register's overdue days (the old suspected-dropout flag) feed the register. */
async function compareTransfers(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  today: string,
  ctx: CommandContext,
) {
  const before = calendar.addDays(today, -settings.transferOverdueDays);
  const rows = await overdueTransfers(tx, regionCode, before);
  const schools = await schoolsOfCounty(tx, regionCode);
  const drafts: SuspectDraft[] = rows.map((t) => {
    const to = t.toSchoolId ? schools.get(t.toSchoolId)?.name : null;
    return {
      sourceId: t.transferId,
      residentIdHash: t.residentIdHash,
      studentId: t.studentId,
      schoolId: t.fromSchoolId,
      townCode: schools.get(t.fromSchoolId)?.townCode ?? null,
      nameMasked: retention.maskName(t.name),
      residentIdMasked: t.residentIdMasked,
      birthDate: t.birthDate,
      detail: `${t.initiatedOn}转出${to ? `至${to}` : ""},${calendar.daysBetween(t.initiatedOn, today)}天未被接收(认定标准:${settings.transferOverdueDays}天)`,
    };
  });
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "transfer", drafts, runId, ctx.now);
  return { flagged, summary: { overdue: rows.length, days: settings.transferOverdueDays } };
}

/** Open suspects and open cases against the poverty lists: matches are priority cases (重点). */
async function comparePoverty(tx: Db, regionCode: string, ctx: CommandContext) {
  const suspects = await tx
    .select({ id: retentionSuspect.id, hash: retentionSuspect.residentIdHash })
    .from(retentionSuspect)
    .leftJoin(retentionCase, eq(retentionCase.suspectId, retentionSuspect.id))
    .where(
      and(
        eq(retentionSuspect.regionCode, regionCode),
        sql`(${retentionSuspect.status} = 'open' or ${retentionCase.state} in ('verifying', 'confirmed', 'returned'))`,
      ),
    );
  const hashes = [...new Set(suspects.flatMap((s) => (s.hash ? [s.hash] : [])))];
  const lists =
    hashes.length === 0
      ? []
      : await tx
          .select({ residentIdHash: retentionPovertyEntry.residentIdHash, list: retentionPovertyEntry.list })
          .from(retentionPovertyEntry)
          .where(
            and(
              eq(retentionPovertyEntry.regionCode, regionCode),
              inArray(retentionPovertyEntry.residentIdHash, hashes),
            ),
          );
  const matches = retention.priorityMatches(hashes, lists);
  const flagged: string[] = [];
  for (const s of suspects) {
    const on = s.hash ? (matches.get(s.hash) ?? []) : [];
    await tx
      .update(retentionSuspect)
      .set({ priorityLists: on, updatedAt: ctx.now })
      .where(eq(retentionSuspect.id, s.id));
    await tx
      .update(retentionCase)
      .set({ priority: on.length > 0 })
      .where(eq(retentionCase.suspectId, s.id));
    if (on.length > 0) flagged.push(`poverty:${s.id}`);
  }
  return { flagged, summary: { checked: suspects.length, listed: lists.length } };
}

// ---------------------------------------------------------------- cases

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
  const scope = scopeOf(a, "retention");
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

/** Records a persuasion visit (劝返) on an open case: the section or the case's school. */
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
  const scope = scopeOf(a, "retention");
  const today = todayOf(ctx);
  if (body.visitedOn > today) throw invalid("劝返日期不能晚于今天", "visitedOn");
  return db.transaction(async (tx) => {
    const visible = await findCase(tx, scope, caseId);
    const c = visible ? await lockCase(tx, caseId) : null;
    if (!c) throw notFound("劝返个案");
    if (!caseSideOf(a, c)) throw forbidden("retention.actOnCase");
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
  const scope = scopeOf(a, "retention");
  return db.transaction(async (tx) => {
    const c = await findCase(tx, scope, caseId);
    if (!c) throw notFound("劝返个案");
    if (!caseSideOf(a, c.c)) throw forbidden("retention.actOnCase");
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

// ---------------------------------------------------------------- school reports

/** A school reports a spell of absence of one of its pupils (缺课登记). */
export async function reportAbsence(
  db: Db,
  actor: auth.Actor | null,
  body: {
    studentId: string;
    fromDate: string;
    toDate: string;
    schoolDays: number;
    approvedLeave: boolean;
    reason: string;
  },
  ctx: CommandContext,
): Promise<string> {
  const a = schoolReporter(actor);
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const problems = retention.absenceProblems(body);
  if (problems.length > 0) throw invalid(problems[0]!, "fromDate");
  if (body.toDate > todayOf(ctx)) throw invalid("缺课截止日期不能晚于今天", "toDate");
  if (!(await pupilIsAtSchool(db, body.studentId, a.schoolId, settings.currentSchoolYear))) {
    throw invalid("该学生不在本校本学年在籍名单中,请核对学生", "studentId");
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(retentionAbsence)
      .values({
        regionCode: a.regionCode,
        schoolId: a.schoolId,
        studentId: body.studentId,
        month: retention.monthOf(body.toDate),
        fromDate: body.fromDate,
        toDate: body.toDate,
        schoolDays: body.schoolDays,
        approvedLeave: body.approvedLeave,
        reason: body.reason,
        reportedBy: a.userId,
        reportedAt: ctx.now,
      })
      .returning({ id: retentionAbsence.id });
    await recordAudit(tx, {
      actor: a,
      action: "retention.absence.report",
      targetType: "retention_absence",
      targetId: row!.id,
      after: body,
      details: { schoolId: a.schoolId, schoolDays: body.schoolDays, approvedLeave: body.approvedLeave },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}

/** A school's monthly report (零报告 when none is out of school); a later report of the month replaces it. */
export async function reportZeroReport(
  db: Db,
  actor: auth.Actor | null,
  month: string,
  body: { outOfSchool: number; note: string },
  ctx: CommandContext,
) {
  const a = schoolReporter(actor);
  const today = todayOf(ctx);
  if (month > retention.monthOf(today)) throw invalid("不能填报尚未到来的月份", "month");
  if (body.outOfSchool > 0 && body.note.length < 2) {
    throw invalid("有失学辍学学生时,请在说明中写明姓名和已采取的措施", "note");
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(retentionZeroReport)
      .values({
        regionCode: a.regionCode,
        schoolId: a.schoolId,
        month,
        ...body,
        reportedBy: a.userId,
        reportedOn: today,
      })
      .onConflictDoUpdate({
        target: [retentionZeroReport.schoolId, retentionZeroReport.month],
        set: { ...body, reportedBy: a.userId },
      });
    await recordAudit(tx, {
      actor: a,
      action: "retention.zero_report.submit",
      targetType: "retention_zero_report",
      targetId: `${a.schoolId}:${month}`,
      after: body,
      details: { schoolId: a.schoolId, month, outOfSchool: body.outOfSchool },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** The county's quarterly re-check (季度复核): the figures at the time and the section's note. */
export async function recordRecheck(
  db: Db,
  actor: auth.Actor | null,
  body: { quarter: string; note: string },
  figures: Record<string, number>,
  ctx: CommandContext,
) {
  const a = sectionActor(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(retentionRecheck)
      .values({
        regionCode: a.regionCode,
        quarter: body.quarter,
        checkedOn: todayOf(ctx),
        figures,
        note: body.note,
        checkedBy: a.userId,
      })
      .onConflictDoUpdate({
        target: [retentionRecheck.regionCode, retentionRecheck.quarter],
        set: { checkedOn: todayOf(ctx), figures, note: body.note, checkedBy: a.userId, updatedAt: ctx.now },
      })
      .returning({ id: retentionRecheck.id });
    await recordAudit(tx, {
      actor: a,
      action: "retention.recheck.record",
      targetType: "retention_recheck",
      targetId: row!.id,
      after: { ...body, figures },
      details: { quarter: body.quarter, ...figures },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}
