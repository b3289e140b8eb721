/**
 * Item analysis (试题分析, methods.md §6): difficulty P = mean / max score; discrimination D by the 27% groups of
 * the subject score. For an objective item D = P(top 27%) − P(bottom 27%); for a subjective item
 * D = (mean top − mean bottom) / max score — the same quantity, since P of a group is its mean over the max score.
 */

export type ItemKind = "objective" | "subjective";

export interface ItemSpec {
  /** item number as printed, e.g. "1" or "17(2)" */
  number: string;
  maxScore: number;
  kind: ItemKind;
  /** knowledge points (知识点), free text */
  knowledge?: string;
}

/** Quality of a discrimination (区分度) by methods.md §6. */
export type DiscriminationQuality = "very_good" | "good" | "revise" | "poor";
export const discriminationQualityLabels: Record<DiscriminationQuality, string> = {
  very_good: "很好",
  good: "良好",
  revise: "尚可,需修改",
  poor: "差,应淘汰或大改",
};

/** Difficulty bands most county reports use (P > 0.7 easy, 0.4–0.7 medium, < 0.4 hard). */
export type DifficultyBand = "easy" | "medium" | "hard";
export const difficultyBandLabels: Record<DifficultyBand, string> = { easy: "容易", medium: "中等", hard: "较难" };

export interface ItemStats {
  number: string;
  kind: ItemKind;
  maxScore: number;
  knowledge: string;
  /** students with a score on the item */
  n: number;
  mean: number | null;
  /** P = mean / max score */
  difficulty: number | null;
  difficultyBand: DifficultyBand | null;
  /** D by the 27% groups; null with fewer than 2 students */
  discrimination: number | null;
  quality: DiscriminationQuality | null;
  /** share of students with full marks on the item */
  fullMarkRate: number | null;
  /** share of students with 0 */
  zeroRate: number | null;
}

/**
 * The quality label of a discrimination: ≥ 0.4 very good, 0.30–0.39 good, 0.20–0.29 revise, < 0.2 poor.
 *
 * @example discriminationQuality(0.35) // => "good"
 */
export function discriminationQuality(d: number): DiscriminationQuality {
  const r = Math.round(d * 1e9) / 1e9;
  if (r >= 0.4) return "very_good";
  if (r >= 0.3) return "good";
  if (r >= 0.2) return "revise";
  return "poor";
}

/**
 * The difficulty band of P.
 *
 * @example difficultyBand(0.55) // => "medium"
 */
export function difficultyBand(p: number): DifficultyBand {
  if (p > 0.7) return "easy";
  if (p >= 0.4) return "medium";
  return "hard";
}

/**
 * Statistics of each item of a subject over the students with a subject score (optionally only those selected).
 * The top and bottom groups are the round(27% · n) students with the highest and lowest subject scores (ties at the
 * edge are broken by row order, so the groups always have the same size).
 *
 * @param subject - each student's subject score, NaN when absent
 * @param items - per item, each student's item score (NaN when absent)
 * @param select - optional: only rows where select[i] is true count (a school's students)
 * @example
 * itemAnalysis(new Float64Array([10, 8, 2, 0]), [new Float64Array([5, 5, 0, 0])], [{ number: "1", maxScore: 5, kind: "objective" }])
 * // => [{ difficulty: 0.5, discrimination: 1, quality: "very_good", ... }]
 */
export function itemAnalysis(
  subject: Float64Array,
  items: readonly Float64Array[],
  specs: readonly ItemSpec[],
  select?: Uint8Array,
): ItemStats[] {
  const rows: number[] = [];
  for (let i = 0; i < subject.length; i++) if (!Number.isNaN(subject[i]) && (!select || select[i])) rows.push(i);
  rows.sort((a, b) => subject[b]! - subject[a]! || a - b);
  const n = rows.length;
  const g = n >= 2 ? Math.max(1, Math.round(0.27 * n)) : 0;
  return specs.map((spec, k) => {
    const column = items[k];
    let count = 0;
    let sum = 0;
    let full = 0;
    let zero = 0;
    if (column) {
      for (const i of rows) {
        const v = column[i]!;
        if (Number.isNaN(v)) continue;
        count++;
        sum += v;
        if (v >= spec.maxScore) full++;
        if (v === 0) zero++;
      }
    }
    const mean = count > 0 ? sum / count : null;
    const difficulty = mean === null ? null : mean / spec.maxScore;
    let discrimination: number | null = null;
    if (column && g > 0) {
      const top = groupMean(column, rows, 0, g);
      const bottom = groupMean(column, rows, n - g, n);
      if (top !== null && bottom !== null) discrimination = (top - bottom) / spec.maxScore;
    }
    return {
      number: spec.number,
      kind: spec.kind,
      maxScore: spec.maxScore,
      knowledge: spec.knowledge ?? "",
      n: count,
      mean,
      difficulty,
      difficultyBand: difficulty === null ? null : difficultyBand(difficulty),
      discrimination,
      quality: discrimination === null ? null : discriminationQuality(discrimination),
      fullMarkRate: count > 0 ? full / count : null,
      zeroRate: count > 0 ? zero / count : null,
    };
  });
}

function groupMean(column: Float64Array, rows: number[], from: number, to: number): number | null {
  let n = 0;
  let sum = 0;
  for (let j = from; j < to; j++) {
    const v = column[rows[j]!]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  return n > 0 ? sum / n : null;
}
