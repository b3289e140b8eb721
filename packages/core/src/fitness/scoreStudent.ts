import {
  type BmiLevel,
  type FitnessComponent,
  type FitnessItem,
  type FitnessStandard,
  fitnessItems,
  lowerIsBetter,
  type Sex,
} from "./standard";

/** One student's measured values for a test year. Heights in centimetres, weights in kilograms, runs in seconds. */
export interface FitnessMeasurement {
  grade: number;
  sex: Sex;
  heightCm: number | null;
  weightKg: number | null;
  values: Partial<Record<FitnessItem, number | null>>;
}

/** How one weighted component was scored: value → reached threshold → single score → weight → weighted points. */
export interface ComponentScore {
  component: FitnessComponent;
  value: number;
  /** the threshold of the level reached (null for BMI and for a score of 0) */
  threshold: number | null;
  score: number;
  /** percent */
  weight: number;
  /** score × weight / 100, unrounded */
  weighted: number;
  /** the threshold of the next level up, to show what the student would need (null at 100 or none) */
  nextThreshold: number | null;
  nextScore: number | null;
}

export interface BonusScore {
  item: FitnessItem;
  /** counts above, or seconds below, the 100-point value */
  beyond: number;
  points: number;
}

export type FitnessBand = "excellent" | "good" | "pass" | "fail";
export const fitnessBandLabels: Record<FitnessBand, string> = {
  excellent: "优秀",
  good: "良好",
  pass: "及格",
  fail: "不及格",
};

/** A student's scores. When a required item is missing, there is no standard score, total or band. */
export interface StudentFitnessScore {
  bmi: number | null;
  bmiLevel: BmiLevel | null;
  components: ComponentScore[];
  /** required components with no value (BMI when height or weight is missing) */
  missing: FitnessComponent[];
  complete: boolean;
  /** Σ score × weight / 100, rounded to one decimal (half up); null when incomplete */
  standardScore: number | null;
  bonus: BonusScore[];
  bonusPoints: number;
  /** standard score + bonus points; null when incomplete */
  total: number | null;
  band: FitnessBand | null;
  version: string;
}

/**
 * BMI = weight (kg) / height (m)², rounded to one decimal (half up) as the BMI tables are printed.
 *
 * @example bodyMassIndex(140, 30) // => 15.3
 */
export function bodyMassIndex(heightCm: number, weightKg: number): number {
  const m = heightCm / 100;
  return round1(weightKg / (m * m));
}

function round1(x: number): number {
  return Math.round(x * 10 + 1e-9) / 10;
}

/** The band of a total: 优秀 ≥ 90.0, 良好 80.0–89.9, 及格 60.0–79.9, 不及格 ≤ 59.9. */
export function fitnessBand(total: number): FitnessBand {
  if (total >= 90) return "excellent";
  if (total >= 80) return "good";
  if (total >= 60) return "pass";
  return "fail";
}

/**
 * The single score of one item (单项得分): for higher-is-better items the highest level whose threshold the value
 * reaches (value ≥ threshold), for the runs the highest level whose threshold the value does not exceed
 * (value ≤ threshold); below the lowest level 0. A level with a null threshold (a blank cell) cannot be reached.
 *
 * @example itemScore(defaultStandard(), "run50", 1, "male", 10.2).score // => 100
 */
export function itemScore(
  standard: FitnessStandard,
  item: FitnessItem,
  grade: number,
  sex: Sex,
  value: number,
): { score: number; threshold: number | null; nextThreshold: number | null; nextScore: number | null } | null {
  const levels = standard.items[item]?.[String(grade)]?.[sex];
  if (!levels) return null;
  const lower = lowerIsBetter.has(item);
  let next: { threshold: number; score: number } | null = null;
  for (const level of levels) {
    const t = level.threshold;
    if (t === null) continue;
    if (lower ? value <= t : value >= t) {
      return {
        score: level.score,
        threshold: t,
        nextThreshold: next?.threshold ?? null,
        nextScore: next?.score ?? null,
      };
    }
    next = { threshold: t, score: level.score };
  }
  return { score: 0, threshold: null, nextThreshold: next?.threshold ?? null, nextScore: next?.score ?? null };
}

/** The 100-point value of an item for a grade and sex (null when the table has none). */
export function fullMarkValue(standard: FitnessStandard, item: FitnessItem, grade: number, sex: Sex): number | null {
  return standard.items[item]?.[String(grade)]?.[sex]?.find((l) => l.score === 100)?.threshold ?? null;
}

/**
 * Bonus points (加分) of an item: only beyond the 100-point value, the highest step of the bonus table whose extra
 * amount is reached (1分钟跳绳, grades 1–6: counts above; 引体向上/1分钟仰卧起坐, grades 7–12: counts above;
 * 1000 m/800 m: seconds below). 0 when the item has no bonus for the grade and sex.
 *
 * @example bonusPoints(defaultStandard(), "rope", 1, "male", 109 + 7) // => 3
 */
export function bonusPoints(
  standard: FitnessStandard,
  item: FitnessItem,
  grade: number,
  sex: Sex,
  value: number,
): BonusScore | null {
  const table = standard.bonus[item];
  if (!table || !table.grades.includes(grade) || !table.sexes.includes(sex)) return null;
  const full = fullMarkValue(standard, item, grade, sex);
  if (full === null) return null;
  const beyond = lowerIsBetter.has(item) ? full - value : value - full;
  if (!(beyond > 0)) return { item, beyond: Math.max(0, round1(beyond)), points: 0 };
  let points = 0;
  for (const step of table.table) {
    const need = step.extra ?? step.extra_seconds ?? Number.POSITIVE_INFINITY;
    if (beyond + 1e-9 >= need && step.points > points) points = step.points;
  }
  return { item, beyond: round1(beyond), points: Math.min(points, table.max_points) };
}

/** The BMI level and its single score for a grade and sex; bands are inclusive at both printed ends. */
export function bmiScore(
  standard: FitnessStandard,
  grade: number,
  sex: Sex,
  bmi: number,
): { level: BmiLevel; score: number } | null {
  const bands = standard.bmi[String(grade)]?.[sex];
  if (!bands) return null;
  for (const band of bands) {
    if ((band.min === null || bmi >= band.min) && (band.max === null || bmi <= band.max))
      return { level: band.level, score: band.score };
  }
  // between two printed bounds (a value with more than one decimal): the nearest band below
  const below = bands.filter((b) => b.min !== null && bmi >= b.min).sort((a, b) => (b.min ?? 0) - (a.min ?? 0))[0];
  return below ? { level: below.level, score: below.score } : null;
}

/**
 * Scores one student under a version of the standard (methods.md §5): BMI and its level, every weighted item's
 * single score, the weighted standard score Σ score × weight / 100 rounded to one decimal, the bonus points, the
 * total (standard + bonus, at most 120) and the band. A required item with no value leaves the student incomplete:
 * no standard score, no total, no band, the missing items listed.
 *
 * @example scoreStudent(defaultStandard(), { grade: 1, sex: "male", heightCm: 120, weightKg: 22, values: { … } })
 */
export function scoreStudent(standard: FitnessStandard, m: FitnessMeasurement): StudentFitnessScore {
  const plan = planOf(standard, m.grade, m.sex);
  const components: ComponentScore[] = [];
  const missing: FitnessComponent[] = [];
  let bmi: number | null = null;
  let bmiLevel: BmiLevel | null = null;
  let sum = 0; // Σ score × weight, an integer
  const bmiWeight = plan.bmiWeight;
  if (m.heightCm != null && m.weightKg != null && m.heightCm > 0 && m.weightKg > 0) {
    bmi = bodyMassIndex(m.heightCm, m.weightKg);
    const scored = bmiScore(standard, m.grade, m.sex, bmi);
    if (scored) {
      bmiLevel = scored.level;
      sum += scored.score * bmiWeight;
      components.push({
        component: "bmi",
        value: bmi,
        threshold: null,
        score: scored.score,
        weight: bmiWeight,
        weighted: (scored.score * bmiWeight) / 100,
        nextThreshold: null,
        nextScore: null,
      });
    } else missing.push("bmi");
  } else if (bmiWeight > 0) missing.push("bmi");
  const bonus: BonusScore[] = [];
  let bonusTotal = 0;
  for (const p of plan.items) {
    const value = m.values[p.item];
    if (value == null || !Number.isFinite(value)) {
      missing.push(p.item);
      continue;
    }
    if (!p.levels) {
      missing.push(p.item);
      continue;
    }
    // the highest level reached (levels run from 100 down; blank cells were left out of the plan)
    let score = 0;
    let threshold: number | null = null;
    let nextThreshold: number | null = null;
    let nextScore: number | null = null;
    const { thresholds, scores } = p.levels;
    for (let i = 0; i < thresholds.length; i++) {
      const t = thresholds[i] as number;
      if (p.lower ? value <= t : value >= t) {
        score = scores[i] as number;
        threshold = t;
        break;
      }
      nextThreshold = t;
      nextScore = scores[i] as number;
    }
    sum += score * p.weight;
    components.push({
      component: p.item,
      value,
      threshold,
      score,
      weight: p.weight,
      weighted: (score * p.weight) / 100,
      nextThreshold,
      nextScore,
    });
    if (score === 100 && p.bonus) {
      const b = bonusPoints(standard, p.item, m.grade, m.sex, value);
      if (b && b.points > 0) {
        bonus.push(b);
        bonusTotal += b.points;
      }
    }
  }
  const complete = missing.length === 0;
  const standardScore = complete ? Math.round(sum / 10 + 1e-9) / 10 : null;
  const total = standardScore === null ? null : Math.round((standardScore + bonusTotal) * 10) / 10;
  return {
    bmi,
    bmiLevel,
    components,
    missing,
    complete,
    standardScore,
    bonus,
    bonusPoints: bonusTotal,
    total,
    band: total === null ? null : fitnessBand(total),
    version: standard.version,
  };
}

/** The weighted items of a grade and sex with their tables, compiled once per version of the standard. */
interface ScoringPlan {
  bmiWeight: number;
  items: {
    item: FitnessItem;
    weight: number;
    lower: boolean;
    levels: { thresholds: number[]; scores: number[] } | null;
    bonus: boolean;
  }[];
}

const plans = new WeakMap<FitnessStandard, Map<string, ScoringPlan>>();

function planOf(standard: FitnessStandard, grade: number, sex: Sex): ScoringPlan {
  let byKey = plans.get(standard);
  if (!byKey) {
    byKey = new Map();
    plans.set(standard, byKey);
  }
  const key = `${grade}|${sex}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const weights = standard.weights[String(grade)]?.[sex] ?? {};
  const plan: ScoringPlan = {
    bmiWeight: weights.bmi ?? 0,
    items: fitnessItems
      .filter((item) => (weights[item] ?? 0) > 0)
      .map((item) => {
        const table = standard.items[item]?.[String(grade)]?.[sex];
        const reachable = table?.filter((l) => l.threshold !== null) ?? [];
        const b = standard.bonus[item];
        return {
          item,
          weight: weights[item] ?? 0,
          lower: lowerIsBetter.has(item),
          levels: table
            ? { thresholds: reachable.map((l) => l.threshold as number), scores: reachable.map((l) => l.score) }
            : null,
          bonus: !!b && b.grades.includes(grade) && b.sexes.includes(sex),
        };
      }),
  };
  byKey.set(key, plan);
  return plan;
}

/**
 * The graduation-year score (毕业成绩): the final year's total × 50 % + the mean of the other years' totals × 50 %,
 * rounded to one decimal. Without other years recorded, the final year's total alone (flagged `finalYearOnly`).
 * null when the final year has no total.
 *
 * @example graduationScore(80, [70, 90]) // => { score: 80, band: "good", finalYearOnly: false }
 */
export function graduationScore(
  finalYearTotal: number | null,
  otherYearTotals: readonly (number | null)[],
): { score: number; band: FitnessBand; finalYearOnly: boolean } | null {
  if (finalYearTotal === null) return null;
  const others = otherYearTotals.filter((t): t is number => t !== null && Number.isFinite(t));
  if (others.length === 0) return { score: finalYearTotal, band: fitnessBand(finalYearTotal), finalYearOnly: true };
  const mean = others.reduce((s, t) => s + t, 0) / others.length;
  const score = Math.round((finalYearTotal * 0.5 + mean * 0.5) * 10 + 1e-9) / 10;
  return { score, band: fitnessBand(score), finalYearOnly: false };
}
