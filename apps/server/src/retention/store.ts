/**
 * Every query of dropout control (控辍保学), scoped: county-wide rows through the actor's county, a school's rows
 * through `schoolScopeCondition`. The register is read through `registry/retentionIntake.ts` only.
 */
import { retention } from "@edubureau/core";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { registerRules } from "../registry/retentionIntake";
import {
  retentionAbsence,
  retentionCase,
  retentionCaseEvent,
  retentionEvidence,
  retentionExplanation,
  retentionRateSnapshot,
  retentionRecheck,
  retentionRoster,
  retentionRosterEntry,
  retentionRun,
  retentionSetting,
  retentionSuspect,
  retentionVisit,
  retentionZeroReport,
} from "./tables";

export interface RetentionSettings {
  absenceThresholdDays: number;
  returnVerifyDays: number;
  caseDeadlineDays: number;
  zeroReportDueDay: number;
  keepRoster: boolean;
  /** the register's: days after which a pending transfer is a suspected dropout */
  transferOverdueDays: number;
  /** the register's current school year */
  currentSchoolYear: number;
}

/** A county's settings, defaults where none are stored. */
export async function settingsOf(db: Db, regionCode: string, now: Date): Promise<RetentionSettings> {
  const [[row], rules] = await Promise.all([
    db.select().from(retentionSetting).where(eq(retentionSetting.regionCode, regionCode)),
    registerRules(db, regionCode, now),
  ]);
  return {
    absenceThresholdDays: row?.absenceThresholdDays ?? retention.DEFAULT_ABSENCE_THRESHOLD_DAYS,
    returnVerifyDays: row?.returnVerifyDays ?? retention.DEFAULT_RETURN_VERIFY_DAYS,
    caseDeadlineDays: row?.caseDeadlineDays ?? retention.DEFAULT_CASE_DEADLINE_DAYS,
    zeroReportDueDay: row?.zeroReportDueDay ?? retention.DEFAULT_ZERO_REPORT_DUE_DAY,
    keepRoster: row?.keepRoster ?? false,
    transferOverdueDays: rules.transferOverdueDays,
    currentSchoolYear: rules.currentSchoolYear,
  };
}

// ---------------------------------------------------------------- roster

/** The county's latest roster of a school year (the one the comparisons use). */
export async function latestRoster(db: Db, regionCode: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(retentionRoster)
    .where(and(eq(retentionRoster.regionCode, regionCode), eq(retentionRoster.schoolYear, schoolYear)))
    .orderBy(desc(retentionRoster.importedAt))
    .limit(1);
  return row ?? null;
}

/** Outcome counts of a roster's children. */
export async function rosterOutcomeCounts(db: Db, rosterId: string) {
  const rows = await db
    .select({ outcome: retentionRosterEntry.outcome, n: count() })
    .from(retentionRosterEntry)
    .where(eq(retentionRosterEntry.rosterId, rosterId))
    .groupBy(retentionRosterEntry.outcome);
  const by = Object.fromEntries(rows.map((r) => [r.outcome ?? "unmatched", Number(r.n)]));
  return { enrolled: by.enrolled ?? 0, explained: by.explained ?? 0, gap: by.gap ?? 0, unmatched: by.unmatched ?? 0 };
}

export interface ChildrenFilter {
  outcome?: "enrolled" | "explained" | "gap" | "unmatched";
  townCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** A page of the school-age children register (适龄儿童名册) of one roster, with explanations. */
export async function listChildren(
  db: Db,
  roster: { id: string; regionCode: string; schoolYear: number },
  f: ChildrenFilter,
) {
  const conds: SQL[] = [eq(retentionRosterEntry.rosterId, roster.id)];
  if (f.outcome === "unmatched") conds.push(sql`${retentionRosterEntry.outcome} is null`);
  else if (f.outcome) conds.push(eq(retentionRosterEntry.outcome, f.outcome));
  if (f.townCode) conds.push(eq(retentionRosterEntry.townCode, f.townCode));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      sql`(${retentionRosterEntry.villageName} like ${like} or ${retentionRosterEntry.residentIdMasked} like ${like})`,
    );
  }
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        entry: retentionRosterEntry,
        explanation: {
          kind: retentionExplanation.kind,
          stage: retentionExplanation.stage,
          detail: retentionExplanation.detail,
        },
      })
      .from(retentionRosterEntry)
      .leftJoin(
        retentionExplanation,
        and(
          eq(retentionExplanation.regionCode, roster.regionCode),
          eq(retentionExplanation.schoolYear, roster.schoolYear),
          eq(retentionExplanation.residentIdHash, retentionRosterEntry.residentIdHash),
        ),
      )
      .where(where)
      .orderBy(asc(retentionRosterEntry.townCode), asc(retentionRosterEntry.rowNumber))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(retentionRosterEntry).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One roster entry of the county. */
export async function findRosterEntry(db: Db, regionCode: string, id: string) {
  const [row] = await db
    .select()
    .from(retentionRosterEntry)
    .where(and(eq(retentionRosterEntry.regionCode, regionCode), eq(retentionRosterEntry.id, id)));
  return row ?? null;
}

// ---------------------------------------------------------------- runs and suspects

/** The latest run of each comparison kind. */
export async function latestRuns(db: Db, regionCode: string) {
  return db
    .selectDistinctOn([retentionRun.kind])
    .from(retentionRun)
    .where(eq(retentionRun.regionCode, regionCode))
    .orderBy(retentionRun.kind, desc(retentionRun.ranAt));
}

/** The previous run of one kind (for the difference). */
export async function previousRun(db: Db, regionCode: string, kind: retention.ComparisonKind) {
  const [row] = await db
    .select()
    .from(retentionRun)
    .where(and(eq(retentionRun.regionCode, regionCode), eq(retentionRun.kind, kind)))
    .orderBy(desc(retentionRun.ranAt))
    .limit(1);
  return row ?? null;
}

/** Runs of the county, latest first. */
export async function listRuns(db: Db, regionCode: string, limit = 40) {
  return db
    .select()
    .from(retentionRun)
    .where(eq(retentionRun.regionCode, regionCode))
    .orderBy(desc(retentionRun.ranAt))
    .limit(limit);
}

const suspectScope = (scope: ReadableScope) =>
  schoolScopeCondition(scope, { regionCode: retentionSuspect.regionCode, schoolId: retentionSuspect.schoolId });

/** The suspected-dropout register within scope, with each suspect's case. */
export async function listSuspects(
  db: Db,
  scope: ReadableScope,
  f: { status: "open" | "cleared" | "all"; source?: retention.SuspectSource },
) {
  const conds: SQL[] = [suspectScope(scope)];
  if (f.status !== "all") conds.push(eq(retentionSuspect.status, f.status));
  if (f.source) conds.push(eq(retentionSuspect.source, f.source));
  return db
    .select({ suspect: retentionSuspect, caseId: retentionCase.id, caseNumber: retentionCase.number })
    .from(retentionSuspect)
    .leftJoin(retentionCase, eq(retentionCase.suspectId, retentionSuspect.id))
    .where(and(...conds))
    .orderBy(desc(retentionSuspect.createdAt), asc(retentionSuspect.id))
    .limit(2000);
}

export async function findSuspect(db: Db, scope: ReadableScope, id: string) {
  const [row] = await db
    .select()
    .from(retentionSuspect)
    .where(and(suspectScope(scope), eq(retentionSuspect.id, id)));
  return row ?? null;
}

/** Open suspects of a kind of source in the county (for clearing those a run no longer raises). */
export async function openSuspectsOf(db: Db, regionCode: string, source: retention.SuspectSource) {
  return db
    .select({ id: retentionSuspect.id, sourceId: retentionSuspect.sourceId })
    .from(retentionSuspect)
    .where(
      and(
        eq(retentionSuspect.regionCode, regionCode),
        eq(retentionSuspect.source, source),
        eq(retentionSuspect.status, "open"),
      ),
    );
}

// ---------------------------------------------------------------- cases

const caseScope = (scope: ReadableScope) =>
  schoolScopeCondition(scope, { regionCode: retentionCase.regionCode, schoolId: retentionCase.schoolId });

const caseColumns = {
  c: retentionCase,
  source: retentionSuspect.source,
  detail: retentionSuspect.detail,
  visits: sql<number>`(select count(*)::int from ${retentionVisit} v where v.case_id = ${retentionCase.id})`,
  lastVisitOn: sql<
    string | null
  >`(select max(v.visited_on)::text from ${retentionVisit} v where v.case_id = ${retentionCase.id})`,
};

/** Cases within scope: all, the open ones, or the confirmed-dropout register (确认辍学名册). */
export async function listCases(
  db: Db,
  scope: ReadableScope,
  f: { state?: retention.CaseState; register: "confirmed" | "open" | "all" },
) {
  const conds: SQL[] = [caseScope(scope)];
  if (f.state) conds.push(eq(retentionCase.state, f.state));
  if (f.register === "confirmed") conds.push(inArray(retentionCase.state, ["confirmed", "returned"]));
  if (f.register === "open") conds.push(inArray(retentionCase.state, [...retention.openCaseStates]));
  return db
    .select(caseColumns)
    .from(retentionCase)
    .innerJoin(retentionSuspect, eq(retentionSuspect.id, retentionCase.suspectId))
    .where(and(...conds))
    .orderBy(asc(retentionCase.deadline), asc(retentionCase.number))
    .limit(2000);
}

export async function findCase(db: Db, scope: ReadableScope, id: string) {
  const [row] = await db
    .select(caseColumns)
    .from(retentionCase)
    .innerJoin(retentionSuspect, eq(retentionSuspect.id, retentionCase.suspectId))
    .where(and(caseScope(scope), eq(retentionCase.id, id)));
  return row ?? null;
}

export async function lockCase(tx: Db, id: string) {
  const [row] = await tx.select().from(retentionCase).where(eq(retentionCase.id, id)).for("update");
  return row ?? null;
}

export async function caseHistory(db: Db, caseId: string) {
  const [events, visits, evidence] = await Promise.all([
    db
      .select()
      .from(retentionCaseEvent)
      .where(eq(retentionCaseEvent.caseId, caseId))
      .orderBy(asc(retentionCaseEvent.at)),
    db.select().from(retentionVisit).where(eq(retentionVisit.caseId, caseId)).orderBy(asc(retentionVisit.visitedOn)),
    db
      .select({
        id: retentionEvidence.id,
        visitId: retentionEvidence.visitId,
        fileName: retentionEvidence.fileName,
        contentType: retentionEvidence.contentType,
        size: retentionEvidence.size,
      })
      .from(retentionEvidence)
      .where(eq(retentionEvidence.caseId, caseId))
      .orderBy(asc(retentionEvidence.uploadedAt)),
  ]);
  return { events, visits, evidence };
}

/** The next case number of a county and year (2026-0001). */
export async function nextCaseNumber(tx: Db, regionCode: string, year: number): Promise<string> {
  const [row] = await tx
    .select({ n: count() })
    .from(retentionCase)
    .where(and(eq(retentionCase.regionCode, regionCode), sql`${retentionCase.number} like ${`${year}-%`}`));
  return `${year}-${String(Number(row?.n ?? 0) + 1).padStart(4, "0")}`;
}

/** An evidence file within scope (through its case). */
export async function evidenceFile(db: Db, scope: ReadableScope, id: string) {
  const [row] = await db
    .select({
      fileName: retentionEvidence.fileName,
      contentType: retentionEvidence.contentType,
      bytes: retentionEvidence.bytes,
      caseId: retentionEvidence.caseId,
    })
    .from(retentionEvidence)
    .innerJoin(retentionCase, eq(retentionCase.id, retentionEvidence.caseId))
    .where(and(caseScope(scope), eq(retentionEvidence.id, id)));
  return row ?? null;
}

// ---------------------------------------------------------------- absences and zero-reports

export async function listAbsences(db: Db, scope: ReadableScope, month?: string) {
  const conds: SQL[] = [
    schoolScopeCondition(scope, { regionCode: retentionAbsence.regionCode, schoolId: retentionAbsence.schoolId }),
  ];
  if (month) conds.push(eq(retentionAbsence.month, month));
  return db
    .select()
    .from(retentionAbsence)
    .where(and(...conds))
    .orderBy(desc(retentionAbsence.fromDate))
    .limit(2000);
}

/** Every absence spell of the county reported for a school year's months (September to August). */
export async function absencesOfYear(db: Db, regionCode: string, schoolYear: number) {
  return db
    .select()
    .from(retentionAbsence)
    .where(
      and(
        eq(retentionAbsence.regionCode, regionCode),
        sql`${retentionAbsence.month} between ${`${schoolYear}-09`} and ${`${schoolYear + 1}-08`}`,
      ),
    );
}

export async function zeroReportsOf(db: Db, scope: ReadableScope, month: string) {
  return db
    .select()
    .from(retentionZeroReport)
    .where(
      and(
        schoolScopeCondition(scope, {
          regionCode: retentionZeroReport.regionCode,
          schoolId: retentionZeroReport.schoolId,
        }),
        eq(retentionZeroReport.month, month),
      ),
    );
}

export async function listRechecks(db: Db, regionCode: string) {
  return db
    .select()
    .from(retentionRecheck)
    .where(eq(retentionRecheck.regionCode, regionCode))
    .orderBy(desc(retentionRecheck.quarter));
}

// ---------------------------------------------------------------- rates

export async function latestRates(db: Db, regionCode: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(retentionRateSnapshot)
    .where(and(eq(retentionRateSnapshot.regionCode, regionCode), eq(retentionRateSnapshot.schoolYear, schoolYear)))
    .orderBy(desc(retentionRateSnapshot.computedAt))
    .limit(1);
  return row ?? null;
}

/** Roster children of a roster with their outcome and explanation, for the enrollment rates. */
export async function rosterChildrenForRates(db: Db, roster: { id: string; regionCode: string; schoolYear: number }) {
  return db
    .select({
      id: retentionRosterEntry.id,
      residentIdHash: retentionRosterEntry.residentIdHash,
      birthDate: retentionRosterEntry.birthDate,
      townCode: retentionRosterEntry.townCode,
      nameMasked: retentionRosterEntry.nameMasked,
      residentIdMasked: retentionRosterEntry.residentIdMasked,
      studentId: retentionRosterEntry.studentId,
      enrollmentId: retentionRosterEntry.enrollmentId,
      schoolId: retentionRosterEntry.schoolId,
      grade: retentionRosterEntry.grade,
      outcome: retentionRosterEntry.outcome,
      explanationKind: retentionExplanation.kind,
      explanationStage: retentionExplanation.stage,
    })
    .from(retentionRosterEntry)
    .leftJoin(
      retentionExplanation,
      and(
        eq(retentionExplanation.regionCode, roster.regionCode),
        eq(retentionExplanation.schoolYear, roster.schoolYear),
        eq(retentionExplanation.residentIdHash, retentionRosterEntry.residentIdHash),
      ),
    )
    .where(eq(retentionRosterEntry.rosterId, roster.id));
}
