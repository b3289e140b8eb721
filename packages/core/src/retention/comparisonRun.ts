/**
 * Every comparison is rerunnable: a run produces the set of flagged children (by a stable key) and the reader sees
 * what changed since the previous run of the same comparison.
 */

export interface RunDiff {
  /** flagged now, not before */
  added: string[];
  /** flagged before, not now (enrolled since, explained, returned…) */
  removed: string[];
  /** flagged both times */
  unchanged: string[];
}

/**
 * What changed between two runs.
 *
 * @example runDiff(["a", "b"], ["b", "c"]) // => { added: ["c"], removed: ["a"], unchanged: ["b"] }
 */
export function runDiff(previous: Iterable<string>, current: Iterable<string>): RunDiff {
  const before = new Set(previous);
  const now = new Set(current);
  const added: string[] = [];
  const unchanged: string[] = [];
  for (const k of now) (before.has(k) ? unchanged : added).push(k);
  const removed = [...before].filter((k) => !now.has(k));
  return { added: added.sort(), removed: removed.sort(), unchanged: unchanged.sort() };
}

/** The comparisons of 四查三比对, with their Chinese names. */
export const comparisonLabels = {
  roster: "户籍与学籍比对",
  attendance: "学籍与在校比对",
  poverty: "辍学与防返贫监测、低保名单比对",
  transfers: "转学未接收",
} as const;
export type ComparisonKind = keyof typeof comparisonLabels;

/** Where a suspected dropout came from (疑似辍学来源), each traceable to its record. */
export const suspectSourceLabels = {
  roster_gap: "户籍比对未入学",
  absence: "连续缺课",
  transfer: "转学逾期未接收",
} as const;
export type SuspectSource = keyof typeof suspectSourceLabels;
