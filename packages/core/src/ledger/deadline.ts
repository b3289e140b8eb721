/**
 * Deadlines of rectification (整改时限): whether an open finding is overdue or its deadline is approaching, and
 * how far an overdue finding is escalated. Derived from the deadline and a date passed in, never stored: the same
 * finding is on track today and overdue next week without anybody writing anything.
 */
import { daysBetween } from "../calendar/daysBetween";
import type { FindingState } from "./vocabulary";
import { openFindingStates } from "./vocabulary";

/** Days before the deadline at which a reminder is shown, unless the county sets another number. */
export const DEFAULT_APPROACHING_DAYS = 3;

/** Days overdue after which the section (督导室/安全股) is reminded, and after which leadership is. */
export const DEFAULT_ESCALATION_DAYS = { section: 7, leadership: 30 } as const;

/**
 * Where an open finding stands against its deadline:
 * - on_track: more than `approachingDays` days left
 * - approaching: 0 to `approachingDays` days left (the deadline day itself is still in time)
 * - overdue: the deadline has passed
 * - done: the finding is closed or withdrawn; the deadline no longer runs
 * - invalid: a date is not an ISO date
 */
export type DeadlineStatus = "on_track" | "approaching" | "overdue" | "done" | "invalid";

export const deadlineStatusLabels: Record<DeadlineStatus, string> = {
  on_track: "按期推进",
  approaching: "临近时限",
  overdue: "已逾期",
  done: "已办结",
  invalid: "日期无效",
};

export interface DeadlineOptions {
  /** days before the deadline that count as approaching (default 3) */
  approachingDays?: number;
}

/**
 * The deadline status of a finding on `today` (ISO dates, Beijing calendar).
 *
 * @example deadlineStatus("in_progress", "2026-11-30", "2026-11-30") // => "approaching" (due today)
 * @example deadlineStatus("in_progress", "2026-11-30", "2026-12-01") // => "overdue"
 * @example deadlineStatus("closed", "2026-11-30", "2027-01-01") // => "done"
 */
export function deadlineStatus(
  state: FindingState,
  deadline: string,
  today: string,
  options: DeadlineOptions = {},
): DeadlineStatus {
  if (!openFindingStates.includes(state)) return "done";
  const left = daysBetween(today, deadline);
  if (Number.isNaN(left)) return "invalid";
  if (left < 0) return "overdue";
  if (left <= (options.approachingDays ?? DEFAULT_APPROACHING_DAYS)) return "approaching";
  return "on_track";
}

/**
 * Whole days an open finding is past its deadline on `today`: 0 when not overdue or not open.
 *
 * @example daysOverdue("pending", "2026-11-30", "2026-12-07") // => 7
 * @example daysOverdue("pending", "2026-11-30", "2026-11-30") // => 0
 */
export function daysOverdue(state: FindingState, deadline: string, today: string): number {
  if (!openFindingStates.includes(state)) return 0;
  const late = daysBetween(deadline, today);
  return Number.isNaN(late) || late <= 0 ? 0 : late;
}

/**
 * Who is reminded about an overdue finding (逾期督办): the responsible school as soon as it is late, the section
 * after `section` days, leadership after `leadership` days. "none" when not overdue.
 *
 * @example escalationLevel(0) // => "none"
 * @example escalationLevel(1) // => "school"
 * @example escalationLevel(7) // => "section"
 * @example escalationLevel(30) // => "leadership"
 */
export function escalationLevel(
  overdueDays: number,
  thresholds: { section: number; leadership: number } = DEFAULT_ESCALATION_DAYS,
): "none" | "school" | "section" | "leadership" {
  if (!(overdueDays > 0)) return "none";
  if (overdueDays >= thresholds.leadership) return "leadership";
  if (overdueDays >= thresholds.section) return "section";
  return "school";
}

export const escalationLabels = {
  none: "未逾期",
  school: "提醒责任单位",
  section: "升级至股室督办",
  leadership: "升级至局领导",
} as const;
export type EscalationLevel = keyof typeof escalationLabels;

/**
 * Whether a closed finding was rectified on time: closed on or before its deadline (the deadline as last extended
 * with approval). False for bad dates.
 *
 * @example closedOnTime("2026-11-30", "2026-11-30") // => true
 * @example closedOnTime("2026-12-01", "2026-11-30") // => false
 */
export function closedOnTime(closedOn: string, deadline: string): boolean {
  const d = daysBetween(closedOn, deadline);
  return !Number.isNaN(d) && d >= 0;
}
