/**
 * The queries of dropout control (控辍保学) about the county's settings, the household roster and the comparison runs:
 * county-wide rows through the actor's county. The cases and suspects are in caseStore.ts, the schools' reports and
 * the reminders in reportStore.ts, the rates' in rateStore.ts. The register is read through
 * `registry/retentionIntake.ts` only.
 */
import { retention } from "@edubureau/core";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { registerRules } from "../registry/retentionIntake";
import { retentionExplanation, retentionRoster, retentionRosterEntry, retentionRun, retentionSetting } from "./tables";

export interface RetentionSettings {
  absenceThresholdDays: number;
  returnVerifyDays: number;
  caseDeadlineDays: number;
  zeroReportDueDay: number;
  /** days past the deadline before an overdue case goes to leadership */
  leadershipEscalationDays: number;
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
    leadershipEscalationDays: row?.leadershipEscalationDays ?? retention.DEFAULT_LEADERSHIP_ESCALATION_DAYS,
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

/**
 * The roster's school-age children (6–14 on 31 August): the only ones of the school-age register, its counts and the
 * comparison's results; a child under 6 (学龄前) is listed for preschool's population only.
 */
export function schoolAgeEntries(roster: { id: string; schoolYear: number }): SQL {
  return and(
    eq(retentionRosterEntry.rosterId, roster.id),
    sql`${retentionRosterEntry.birthDate} <= ${retention.latestSchoolAgeBirthDate(roster.schoolYear)}`,
  )!;
}

/** Outcome counts of a roster's school-age children. */
export async function rosterOutcomeCounts(db: Db, roster: { id: string; schoolYear: number }) {
  const rows = await db
    .select({ outcome: retentionRosterEntry.outcome, n: count() })
    .from(retentionRosterEntry)
    .where(schoolAgeEntries(roster))
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

/** A page of the school-age children register (适龄儿童名册) of one roster, with explanations; no child under 6. */
export async function listChildren(
  db: Db,
  roster: { id: string; regionCode: string; schoolYear: number },
  f: ChildrenFilter,
) {
  const conds: SQL[] = [schoolAgeEntries(roster)];
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

// ---------------------------------------------------------------- runs

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
