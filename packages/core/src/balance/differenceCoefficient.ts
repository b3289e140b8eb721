/** One school's contribution: its enrolled students (the weight) and its indicator value. */
export interface WeightedValue {
  students: number;
  value: number;
}

export type DifferenceCoefficient =
  | { kind: "ok"; mean: number; sd: number; cv: number; schools: number; students: number }
  /** no schools with students, or a mean of zero (the coefficient is undefined) */
  | { kind: "no_data"; reason: string };

/**
 * The enrollment-weighted difference coefficient (差异系数) of methods.md §1.3, population form:
 * mean = Σ Pᵢ·Xᵢ / P, S = √(Σ (Pᵢ/P)·(Xᵢ − mean)²), CV = S / mean.
 * Schools with no students carry no weight and are left out.
 *
 * @example differenceCoefficient([{ students: 10, value: 1 }, { students: 30, value: 3 }]).cv // ≈ 0.3464
 */
export function differenceCoefficient(values: readonly WeightedValue[]): DifferenceCoefficient {
  let total = 0;
  let weighted = 0;
  let schools = 0;
  for (const { students, value } of values) {
    if (!(students > 0) || !Number.isFinite(value)) continue;
    total += students;
    weighted += students * value;
    schools++;
  }
  if (total === 0) return { kind: "no_data", reason: "没有在校生" };
  const mean = weighted / total;
  if (mean === 0) return { kind: "no_data", reason: "平均值为 0,差异系数无意义" };
  let variance = 0;
  for (const { students, value } of values) {
    if (!(students > 0) || !Number.isFinite(value)) continue;
    variance += (students / total) * (value - mean) ** 2;
  }
  const sd = Math.sqrt(variance);
  return { kind: "ok", mean, sd, cv: sd / mean, schools, students: total };
}

/**
 * The plain (unweighted) coefficient of variation, population form. Not the official method: shown only for
 * contrast, to explain why weighting matters.
 *
 * @example unweightedCoefficient([1, 3]) // => 0.5
 */
export function unweightedCoefficient(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  if (mean === 0) return null;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance) / mean;
}
