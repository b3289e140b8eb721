/**
 * Configuration of an exam's analysis (methods.md §6). Every threshold is configuration: counties and provinces
 * publish their own variants; the defaults are the methods' conventions.
 */

/** Rate thresholds as shares of full marks: a score at or above the line counts (ties reach the rate). */
export interface RateThresholds {
  /** 优秀 (default 0.85) */
  excellent: number;
  /** 良好 (default 0.70) */
  good: number;
  /** 及格 (default 0.60) */
  pass: number;
  /** 低分: strictly below this share (default 0.40) */
  low: number;
}

/** Defaults of methods.md §6: excellent ≥ 85%, good ≥ 70%, pass ≥ 60%, low < 40% of full marks. */
export const defaultRateThresholds: RateThresholds = { excellent: 0.85, good: 0.7, pass: 0.6, low: 0.4 };

export type RateKey = keyof RateThresholds;
export const rateKeys: readonly RateKey[] = ["excellent", "good", "pass", "low"];
export const rateLabels: Record<RateKey, string> = {
  excellent: "优秀率",
  good: "良好率",
  pass: "及格率",
  low: "低分率",
};

/**
 * Which students a rate is counted against. "enrolled": the enrolled cohort of the register (default, so keeping
 * weak students out of an exam does not raise a rate); "sat": those who sat the subject.
 */
export type RateDenominator = "enrolled" | "sat";
export const rateDenominatorLabels: Record<RateDenominator, string> = {
  enrolled: "按在籍人数计算",
  sat: "按实考人数计算",
};

/**
 * Level cut-offs (等级) for reporting non-graduating grades without ranks, as shares of full marks, highest level
 * first. A score at or above a cut-off reaches that level; below the last cut-off is the lowest level.
 */
export interface LevelScheme {
  /** names of the levels, highest first, one more than the cut-offs (default A B C D) */
  names: string[];
  /** lower bounds as shares of full marks, descending (default 0.85, 0.70, 0.60) */
  cutoffs: number[];
}

/** Default four levels: A ≥ 85%, B ≥ 70%, C ≥ 60%, D below (the 优良中差 of most county rules). */
export const defaultLevelScheme: LevelScheme = { names: ["A", "B", "C", "D"], cutoffs: [0.85, 0.7, 0.6] };
/** The same cut-offs named 优 良 中 差. */
export const chineseLevelNames = ["优", "良", "中", "差"];

/** A borderline line (临界线): students with line − buffer ≤ score < line are borderline (临界生). */
export interface BorderlineRule {
  /** name shown, e.g. 及格临界 */
  name: string;
  /** the line as a share of full marks, e.g. 0.6 */
  share: number;
  /** buffer below the line as a share of full marks, e.g. 0.05 */
  buffer: number;
}

export const defaultBorderlines: BorderlineRule[] = [
  { name: "优秀临界", share: 0.85, buffer: 0.05 },
  { name: "及格临界", share: 0.6, buffer: 0.05 },
];

/** Everything an analysis needs beyond the scores. */
export interface AnalysisConfig {
  thresholds: RateThresholds;
  denominator: RateDenominator;
  /** width of a score band as a share of full marks (default 0.1: ten bands) */
  bandShare: number;
  levels: LevelScheme;
  borderlines: BorderlineRule[];
  /** value-added estimates built on fewer matched students are hidden (default 10) */
  minValueAddedN: number;
}

export const defaultAnalysisConfig: AnalysisConfig = {
  thresholds: defaultRateThresholds,
  denominator: "enrolled",
  bandShare: 0.1,
  levels: defaultLevelScheme,
  borderlines: defaultBorderlines,
  minValueAddedN: 10,
};

/**
 * The grids scores are recorded on, coarsest first: whole, half, quarter, tenth and hundredth points. The engine keys
 * scores on the coarsest that fits them exactly, and a frozen snapshot stores them so.
 */
export const scoreGridScales: readonly number[] = [1, 2, 4, 10, 100];

/**
 * A share of full marks as a score line, rounded to 1e-9 so that 57% of 100 is exactly 57 (0.57 × 100 is
 * 56.99999999999999 in floating point, which would let a score just under the line reach it).
 *
 * @example scoreLine(0.57, 100) // => 57
 */
export function scoreLine(share: number, fullMarks: number): number {
  return Math.round(share * fullMarks * 1e9) / 1e9;
}

/**
 * Problems with a configuration, in Chinese; empty when it is usable.
 *
 * @example checkThresholds({ excellent: 0.6, good: 0.7, pass: 0.6, low: 0.4 }) // => ["优秀线应高于良好线…"]
 */
export function checkThresholds(t: RateThresholds): string[] {
  const problems: string[] = [];
  for (const k of rateKeys) {
    if (!(t[k] > 0 && t[k] <= 1)) problems.push(`${rateLabels[k]}的分数线应在满分的 0%–100% 之间`);
  }
  if (!(t.excellent > t.good)) problems.push("优秀线应高于良好线");
  if (!(t.good > t.pass)) problems.push("良好线应高于及格线");
  if (!(t.pass >= t.low)) problems.push("及格线不应低于低分线");
  return problems;
}

/**
 * Problems with a level scheme, in Chinese; empty when it is usable.
 *
 * @example checkLevelScheme({ names: ["A", "B"], cutoffs: [0.6, 0.8] }) // => ["等级分数线应从高到低排列…"]
 */
export function checkLevelScheme(s: LevelScheme): string[] {
  const problems: string[] = [];
  if (s.names.length !== s.cutoffs.length + 1) problems.push("等级名称应比等级分数线多一个(最低一等没有分数线)");
  if (s.names.length < 2 || s.names.length > 6) problems.push("等级应为 2–6 个");
  for (let i = 0; i < s.cutoffs.length; i++) {
    const c = s.cutoffs[i]!;
    if (!(c > 0 && c <= 1)) problems.push("等级分数线应在满分的 0%–100% 之间");
    if (i > 0 && !(c < s.cutoffs[i - 1]!)) problems.push("等级分数线应从高到低排列,且互不相同");
  }
  return [...new Set(problems)];
}

/**
 * The level index (0 = highest) of a score.
 *
 * @example levelIndex(72, 100) // => 1 (B)
 */
export function levelIndex(score: number, fullMarks: number, scheme: LevelScheme = defaultLevelScheme): number {
  for (let i = 0; i < scheme.cutoffs.length; i++) {
    if (score >= scoreLine(scheme.cutoffs[i]!, fullMarks)) return i;
  }
  return scheme.cutoffs.length;
}
