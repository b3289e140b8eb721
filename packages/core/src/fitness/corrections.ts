import type { BmiLevel, FitnessItem, FitnessStandard, Sex } from "./standard";

/**
 * One cell of the standard corrected by the county (更正): an item threshold at a score level, or a BMI band's
 * bounds, with the date from which new scoring runs use it.
 */
export type StandardCorrection =
  | {
      kind: "item";
      item: FitnessItem;
      grade: number;
      sex: Sex;
      score: number;
      /** null makes the level a blank (unreachable) cell */
      threshold: number | null;
      effectiveFrom: string;
    }
  | {
      kind: "bmi";
      grade: number;
      sex: Sex;
      level: BmiLevel;
      min: number | null;
      max: number | null;
      effectiveFrom: string;
    };

/** A problem with a correction, in Chinese, naming the field and the fix. */
export interface CorrectionProblem {
  field: string;
  message: string;
}

/**
 * Checks a correction against a standard: the cell must exist, and the corrected table must stay ordered
 * (higher-is-better thresholds fall as the score falls; runs rise). Returns the problems (empty when fine).
 *
 * @example checkCorrection(defaultStandard(), { kind: "item", item: "run50", grade: 1, sex: "male", score: 100, threshold: 99, effectiveFrom: "2026-09-01" })
 * // => [{ field: "threshold", message: "…" }]
 */
export function checkCorrection(standard: FitnessStandard, correction: StandardCorrection): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(correction.effectiveFrom))
    problems.push({ field: "effectiveFrom", message: "生效日期格式应为 YYYY-MM-DD,请填写如 2026-09-01" });
  if (correction.kind === "bmi") {
    const bands = standard.bmi[String(correction.grade)]?.[correction.sex];
    if (!bands?.some((b) => b.level === correction.level))
      problems.push({ field: "level", message: "该年级、性别没有这个BMI等级,请检查年级、性别和等级" });
    if (correction.min !== null && correction.max !== null && correction.min > correction.max)
      problems.push({ field: "min", message: "下限大于上限,请交换或改正两个数值" });
    return problems;
  }
  const levels = standard.items[correction.item]?.[String(correction.grade)]?.[correction.sex];
  const index = levels?.findIndex((l) => l.score === correction.score) ?? -1;
  if (!levels || index < 0) {
    problems.push({ field: "score", message: "该项目在这个年级、性别没有这个得分档,请检查项目、年级、性别和得分" });
    return problems;
  }
  if (correction.threshold === null) return problems;
  if (!Number.isFinite(correction.threshold) || correction.threshold < 0) {
    problems.push({ field: "threshold", message: "标准值应为不小于 0 的数字" });
    return problems;
  }
  const lower = correction.item === "run50" || correction.item === "shuttle" || correction.item.startsWith("run");
  const above = levels.slice(0, index).findLast((l) => l.threshold !== null);
  const below = levels.slice(index + 1).find((l) => l.threshold !== null);
  const t = correction.threshold;
  const outOfOrder = lower
    ? (above?.threshold != null && t < above.threshold) || (below?.threshold != null && t > below.threshold)
    : (above?.threshold != null && t > above.threshold) || (below?.threshold != null && t < below.threshold);
  if (outOfOrder)
    problems.push({
      field: "threshold",
      message: `更正后的标准值 ${t} 打乱了档次顺序(上一档 ${above?.threshold ?? "无"},下一档 ${below?.threshold ?? "无"}),请核对印刷版标准后重填`,
    });
  return problems;
}

/**
 * The standard with the corrections effective on a date applied (in the order given), named by the number of
 * corrections applied: "GB2014" without any, "GB2014+2" with two. The base is not changed.
 *
 * @example applyCorrections(defaultStandard(), [], "2026-09-01").version // => "GB2014"
 */
export function applyCorrections(
  base: FitnessStandard,
  corrections: readonly StandardCorrection[],
  asOf: string,
): FitnessStandard {
  const effective = corrections.filter((c) => c.effectiveFrom <= asOf);
  if (effective.length === 0) return base;
  const next = JSON.parse(JSON.stringify(base)) as FitnessStandard;
  for (const c of effective) {
    if (c.kind === "item") {
      const level = next.items[c.item]?.[String(c.grade)]?.[c.sex]?.find((l) => l.score === c.score);
      if (level) {
        level.threshold = c.threshold;
        delete level.disputed;
        level.note = "县级更正";
      }
    } else {
      const band = next.bmi[String(c.grade)]?.[c.sex]?.find((b) => b.level === c.level);
      if (band) {
        band.min = c.min;
        band.max = c.max;
      }
    }
  }
  next.version = `${base.version}+${effective.length}`;
  return next;
}
