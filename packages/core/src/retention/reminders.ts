/**
 * Reminders of dropout control (督办提醒) due on a day: an open case past its persuasion deadline is escalated to the
 * section (股室督办) and, `leadershipDays` later, to leadership (局领导督办), each addressed to the case's school and
 * township as well; a school that has not filed last month's zero-report by its due day is reminded. Each reminder has
 * a key naming its subject and level, so raising the same day's reminders twice raises nothing new.
 */
import { type CaseState, caseEscalation } from "./dropoutCase";
import { type ZeroReportStatus, zeroReportDueDate, zeroReportStatus } from "./zeroReport";

export type ReminderKind = "case_overdue" | "zero_report_late";
export const reminderLevelLabels = {
  section: "逾期·股室督办",
  leadership: "逾期·局领导督办",
  school: "零报告逾期未报",
} as const;
export type ReminderLevel = keyof typeof reminderLevelLabels;

export interface DueReminder {
  kind: ReminderKind;
  level: ReminderLevel;
  /** case:<id>:section | case:<id>:leadership | zero:<schoolId>:<month> */
  key: string;
  caseId: string | null;
  schoolId: string | null;
  townCode: string | null;
  month: string | null;
  message: string;
}

export interface ReminderCase {
  id: string;
  number: string;
  nameMasked: string;
  state: CaseState;
  deadline: string;
  schoolId: string | null;
  townCode: string | null;
}

export interface ReminderSchool {
  schoolId: string;
  schoolName: string;
  townCode: string | null;
  /** the day it filed the month's report; null: not yet */
  reportedOn: string | null;
}

/**
 * The reminders due on `today`: one per overdue case at its current level, one per school late with `month`'s
 * zero-report (due on the `dueDay`-th of the next month).
 *
 * @example
 * dueReminders({ today: "2026-12-07", leadershipDays: 30, cases: [{ id: "c1", number: "2026-0001", nameMasked: "张*", state: "confirmed", deadline: "2026-12-01", schoolId: "s1", townCode: null }], month: "2026-11", dueDay: 5, schools: [] })[0].key
 * // => "case:c1:section"
 */
export function dueReminders(input: {
  today: string;
  leadershipDays: number;
  cases: readonly ReminderCase[];
  month: string;
  dueDay: number;
  schools: readonly ReminderSchool[];
}): DueReminder[] {
  const out: DueReminder[] = [];
  for (const c of input.cases) {
    const level = caseEscalation(c.state, c.deadline, input.today, input.leadershipDays);
    if (level === "none") continue;
    const to = level === "leadership" ? "报局领导督办" : "由基础教育股督办";
    out.push({
      kind: "case_overdue",
      level,
      key: `case:${c.id}:${level}`,
      caseId: c.id,
      schoolId: c.schoolId,
      townCode: c.townCode,
      month: null,
      message: `劝返个案 ${c.number}(${c.nameMasked})已过劝返时限 ${c.deadline},学生仍未返校,${to};请乡镇、学校责任人抓紧劝返`,
    });
  }
  const due = zeroReportDueDate(input.month, input.dueDay);
  for (const s of input.schools) {
    const status: ZeroReportStatus = zeroReportStatus(input.month, s.reportedOn, input.today, input.dueDay);
    if (status !== "late") continue;
    out.push({
      kind: "zero_report_late",
      level: "school",
      key: `zero:${s.schoolId}:${input.month}`,
      caseId: null,
      schoolId: s.schoolId,
      townCode: s.townCode,
      month: input.month,
      message: `${s.schoolName}尚未填报 ${input.month} 控辍保学月报(零报告),截止日 ${due} 已过,请尽快填报`,
    });
  }
  return out;
}
