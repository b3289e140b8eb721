/**
 * Reminders of dropout control (督办提醒): the scheduled job raises, for every county, the reminders core's
 * dueReminders finds due today — an overdue case escalated to the section and later to leadership (addressed to the
 * case's school and township as well), a school late with last month's zero-report — and stores each once (its key
 * is unique per county), so a second run on the same day, or by a second server, writes nothing. Each run that raised
 * something writes one audit row per county. Readers see them on the overview: the section and leadership the
 * county's, a school its own.
 */
import { calendar, retention } from "@edubureau/core";
import { and, desc, gte, type SQL } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { compulsorySchools, countyCodes } from "../registry/retentionIntake";
import { casesBeingPersuaded } from "./caseStore";
import { zeroReportsOf } from "./reportStore";
import { settingsOf } from "./store";
import { retentionReminder } from "./tables";

/** Raises one county's reminders due on the county's date of `now`; returns how many were new. */
export async function raiseCountyReminders(db: Db, regionCode: string, now: Date): Promise<number> {
  const today = calendar.beijingDate(now);
  const month = retention.previousMonth(retention.monthOf(today));
  const settings = await settingsOf(db, regionCode, now);
  const [cases, schools, reports] = await Promise.all([
    casesBeingPersuaded(db, regionCode),
    compulsorySchools(db, regionCode),
    zeroReportsOf(db, { kind: "county", regionCode }, month),
  ]);
  const filed = new Map(reports.map((r) => [r.schoolId, r.reportedOn]));
  const due = retention.dueReminders({
    today,
    leadershipDays: settings.leadershipEscalationDays,
    cases,
    month,
    dueDay: settings.zeroReportDueDay,
    schools: schools.map((s) => ({
      schoolId: s.id,
      schoolName: s.name,
      townCode: s.townCode,
      reportedOn: filed.get(s.id) ?? null,
    })),
  });
  if (due.length === 0) return 0;
  return db.transaction(async (tx) => {
    const raised = await tx
      .insert(retentionReminder)
      .values(due.map((r) => ({ regionCode, ...r, raisedOn: today, createdAt: now })))
      .onConflictDoNothing({ target: [retentionReminder.regionCode, retentionReminder.key] })
      .returning({ key: retentionReminder.key, kind: retentionReminder.kind });
    if (raised.length > 0) {
      await recordAudit(tx, {
        actor: null,
        actorName: "定时任务",
        action: "retention.reminders.raise",
        targetType: "retention_reminder",
        targetId: `${regionCode}:${today}`,
        details: {
          regionCode,
          cases: raised.filter((r) => r.kind === "case_overdue").length,
          zeroReports: raised.filter((r) => r.kind === "zero_report_late").length,
        },
        at: now,
      });
    }
    return raised.length;
  });
}

/**
 * The scheduled job's work: every county's reminders of the day. Idempotent (see raiseCountyReminders).
 *
 * @example await raiseRetentionReminders(db, new Date())
 */
export async function raiseRetentionReminders(db: Db, now: Date): Promise<number> {
  let n = 0;
  for (const code of await countyCodes(db)) n += await raiseCountyReminders(db, code, now);
  return n;
}

/** Reminders raised within scope since `since` (ISO date), latest first: the county's, or a school's own. */
export async function listReminders(db: Db, scope: ReadableScope, since: string) {
  const conds: SQL[] = [
    schoolScopeCondition(scope, { regionCode: retentionReminder.regionCode, schoolId: retentionReminder.schoolId }),
    gte(retentionReminder.raisedOn, since),
  ];
  return db
    .select()
    .from(retentionReminder)
    .where(and(...conds))
    .orderBy(desc(retentionReminder.raisedOn), desc(retentionReminder.createdAt))
    .limit(500);
}

/** One reminder as the page shows it. */
export function presentReminder(
  r: typeof retentionReminder.$inferSelect,
  names: { schools: Map<string, { name: string }>; towns: Map<string, string> },
) {
  return {
    id: r.id,
    kind: r.kind,
    level: r.level,
    levelLabel: retention.reminderLevelLabels[r.level as retention.ReminderLevel] ?? r.level,
    caseId: r.caseId,
    schoolId: r.schoolId,
    schoolName: r.schoolId ? (names.schools.get(r.schoolId)?.name ?? null) : null,
    townName: r.townCode ? (names.towns.get(r.townCode) ?? r.townCode) : null,
    month: r.month,
    message: r.message,
    raisedOn: r.raisedOn,
  };
}

/** Days of reminders the overview lists. */
export const REMINDER_DAYS = 60;
export const remindersSince = (today: string) => calendar.addDays(today, -REMINDER_DAYS);
