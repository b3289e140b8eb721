/**
 * Monthly zero-reports (零报告): every school reports each month whether it has a pupil out of school (none: a "zero"
 * report). A school that has not reported the month by the due day is late and listed.
 */

/** Day of the following month by which a month's report is due, unless the county sets another. */
export const DEFAULT_ZERO_REPORT_DUE_DAY = 5;

/**
 * The due date of the report for `month` ("2026-11"): the `dueDay`-th of the next month.
 *
 * @example zeroReportDueDate("2026-12", 5) // => "2027-01-05"
 */
export function zeroReportDueDate(month: string, dueDay = DEFAULT_ZERO_REPORT_DUE_DAY): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, "0")}-${String(dueDay).padStart(2, "0")}`;
}

export type ZeroReportStatus = "reported" | "reported_late" | "late" | "pending";
export const zeroReportStatusLabels: Record<ZeroReportStatus, string> = {
  reported: "已按时报告",
  reported_late: "逾期补报",
  late: "逾期未报",
  pending: "未到截止日",
};

/**
 * A school's status for a month on `today`, given the day it reported (null: not yet).
 *
 * @example zeroReportStatus("2026-11", null, "2026-12-06") // => "late"
 * @example zeroReportStatus("2026-11", "2026-12-03", "2026-12-06") // => "reported"
 */
export function zeroReportStatus(
  month: string,
  reportedOn: string | null,
  today: string,
  dueDay = DEFAULT_ZERO_REPORT_DUE_DAY,
): ZeroReportStatus {
  const due = zeroReportDueDate(month, dueDay);
  if (reportedOn) return reportedOn.slice(0, 10) <= due ? "reported" : "reported_late";
  return today > due ? "late" : "pending";
}

/** The month ("2026-11") an ISO date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month before `month`. @example previousMonth("2027-01") // => "2026-12" */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
