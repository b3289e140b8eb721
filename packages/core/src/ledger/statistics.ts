/**
 * The ledger's statistics (整改统计) and the sentence a work report needs ("开展隐患排查47次,发现问题120项,已整改
 * 120项,整改率100%"), computed from the records of a period.
 *
 * Decisions:
 * - Withdrawn findings (已撤销, raised in error) are not findings: they count in none of the figures but `withdrawn`.
 * - Rectified (已整改) means closed after re-inspection (已销号); a finding waiting for re-inspection is not yet
 *   rectified.
 * - On time: closed on or before the deadline as last extended with approval.
 * - Overdue: still open on `today` with the deadline passed.
 * - Rates are percentages rounded down to one decimal, so that 1,999 of 2,000 shows as 99.9%, never as 100%.
 */
import { daysBetween } from "../calendar/daysBetween";
import { closedOnTime, deadlineStatus } from "./deadline";
import { type FindingState, type InspectionKind, inspectionKind, openFindingStates } from "./vocabulary";

/** What the statistics need of a finding. */
export interface FindingFact {
  state: FindingState;
  /** current deadline, ISO date */
  deadline: string;
  /** the day the finding was raised (the inspection's date), ISO date */
  raisedOn: string;
  /** the day it was closed (销号), ISO date, or null */
  closedOn: string | null;
}

export interface LedgerStatistics {
  /** inspections done in the period */
  inspections: number;
  /** findings raised (withdrawn ones left out) */
  findings: number;
  /** findings closed after re-inspection (已整改, 已销号) */
  rectified: number;
  rectifiedOnTime: number;
  /** still open (待整改, 整改中, 待复查) */
  open: number;
  /** open and past the deadline */
  overdue: number;
  withdrawn: number;
  /** mean days from raised to closed over the closed findings, one decimal; null when none is closed */
  averageDaysToClose: number | null;
  /** rectified / findings in percent, rounded down to one decimal; null when there are no findings */
  rectificationRate: number | null;
  /** rectified on time / rectified in percent, rounded down to one decimal; null when none is rectified */
  onTimeRate: number | null;
}

/**
 * A percentage rounded down to one decimal; null when the denominator is 0.
 *
 * @example percentDown(1999, 2000) // => 99.9
 * @example percentDown(2, 3) // => 66.6
 */
export function percentDown(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  // integer arithmetic first, so 100 of 100 is exactly 100 and not 99.9 through a binary fraction
  return Math.floor((part * 1000) / whole + 1e-9) / 10;
}

/**
 * The figures of a set of findings on `today`, with the number of inspections they came from.
 *
 * @example ledgerStatistics(47, [{ state: "closed", deadline: "2026-10-31", raisedOn: "2026-10-01", closedOn: "2026-10-21" }], "2026-11-20")
 * // => { inspections: 47, findings: 1, rectified: 1, rectifiedOnTime: 1, open: 0, overdue: 0, withdrawn: 0,
 * //      averageDaysToClose: 20, rectificationRate: 100, onTimeRate: 100 }
 */
export function ledgerStatistics(
  inspections: number,
  findings: readonly FindingFact[],
  today: string,
): LedgerStatistics {
  let counted = 0;
  let rectified = 0;
  let onTime = 0;
  let open = 0;
  let overdue = 0;
  let withdrawn = 0;
  let closeDays = 0;
  let closeDaysCount = 0;
  for (const f of findings) {
    if (f.state === "withdrawn") {
      withdrawn++;
      continue;
    }
    counted++;
    if (f.state === "closed") {
      rectified++;
      if (f.closedOn) {
        if (closedOnTime(f.closedOn, f.deadline)) onTime++;
        const d = daysBetween(f.raisedOn, f.closedOn);
        if (!Number.isNaN(d)) {
          closeDays += Math.max(0, d);
          closeDaysCount++;
        }
      }
    } else if (openFindingStates.includes(f.state)) {
      open++;
      if (deadlineStatus(f.state, f.deadline, today) === "overdue") overdue++;
    }
  }
  return {
    inspections,
    findings: counted,
    rectified,
    rectifiedOnTime: onTime,
    open,
    overdue,
    withdrawn,
    averageDaysToClose: closeDaysCount === 0 ? null : Math.round((closeDays / closeDaysCount) * 10) / 10,
    rectificationRate: percentDown(rectified, counted),
    onTimeRate: percentDown(onTime, rectified),
  };
}

/** One row of a breakdown (by school, by category, by kind). */
export interface StatisticsGroup<K> {
  key: K;
  stats: LedgerStatistics;
}

/**
 * The statistics per group of findings (by school, by category…), largest number of findings first; each group's
 * inspection count comes from `inspectionsOf` (0 when not given).
 *
 * @example groupStatistics([{ state: "pending", deadline: "2026-12-01", raisedOn: "2026-11-01", closedOn: null, category: "消防" }],
 *   (f) => f.category, "2026-11-20")[0].key // => "消防"
 */
export function groupStatistics<F extends FindingFact, K>(
  findings: readonly F[],
  keyOf: (f: F) => K,
  today: string,
  inspectionsOf: (key: K) => number = () => 0,
): StatisticsGroup<K>[] {
  const groups = new Map<K, F[]>();
  for (const f of findings) {
    const key = keyOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, stats: ledgerStatistics(inspectionsOf(key), list, today) }))
    .sort((a, b) => b.stats.findings - a.stats.findings);
}

/** How a rate reads in a speech: 100 → "100%", 98.3 → "98.3%". */
export function formatRate(rate: number): string {
  return `${Number.isInteger(rate) ? rate.toFixed(0) : rate.toFixed(1)}%`;
}

/** The activity's name in a speech: the kind's label, or all kinds together. */
function activityOf(kind: InspectionKind | null): string {
  if (kind === null) return "各类督导检查";
  return inspectionKind.labels[kind];
}

/**
 * The sentence a work report needs (工作报告表述), generated from the statistics of one kind (or of all kinds):
 * "开展隐患排查47次,发现问题120项,已整改118项,整改率98.3%".
 *
 * @example speechSentence("hazard", { inspections: 47, findings: 120, rectified: 120, rectificationRate: 100 })
 * // => "开展隐患排查47次,发现问题120项,已整改120项,整改率100%"
 * @example speechSentence("fee", { inspections: 3, findings: 0, rectified: 0, rectificationRate: null })
 * // => "开展收费自查3次,未发现问题"
 * @example speechSentence("tutoring", { inspections: 0, findings: 0, rectified: 0, rectificationRate: null })
 * // => "本期未开展校外培训机构检查"
 */
export function speechSentence(
  kind: InspectionKind | null,
  stats: Pick<LedgerStatistics, "inspections" | "findings" | "rectified" | "rectificationRate">,
): string {
  const activity = activityOf(kind);
  if (stats.inspections === 0 && stats.findings === 0) return `本期未开展${activity}`;
  const head = `开展${activity}${stats.inspections}次`;
  if (stats.findings === 0) return `${head},未发现问题`;
  return `${head},发现问题${stats.findings}项,已整改${stats.rectified}项,整改率${formatRate(stats.rectificationRate ?? 0)}`;
}
