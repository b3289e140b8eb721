import { type FitnessBand, fitnessBand } from "./scoreStudent";
import {
  type BmiLevel,
  bmiLevels,
  type FitnessComponent,
  type FitnessItem,
  type FitnessStandard,
  fitnessItems,
  lowerIsBetter,
  type Sex,
} from "./standard";

/**
 * Many students' measured values as columns (one typed array per field, NaN where a value is missing): the input of
 * `scoreColumns`, the batch form of `scoreStudent` for an import, a rescoring or a province-sized benchmark.
 * `sex` is 0 for male and 1 for female.
 */
export interface MeasurementColumns {
  n: number;
  grade: Uint8Array;
  sex: Uint8Array;
  heightCm: Float64Array;
  weightKg: Float64Array;
  values: Record<FitnessItem, Float64Array>;
}

/** The components in the order of the score columns (BMI first, then the items as the standard prints them). */
export const scoreComponents: readonly FitnessComponent[] = ["bmi", ...fitnessItems];
/** The bands in the order of their codes in `ScoreColumns.band`. */
export const bandCodes: readonly FitnessBand[] = ["excellent", "good", "pass", "fail"];

/**
 * Scores as columns: per student the BMI (NaN without one), its level (index into `bmiLevels`, −1 none), each
 * component's single score (`scores[c * n + i]` for component index c of `scoreComponents`, −1 when not scored),
 * the standard score, bonus and total (NaN when incomplete), the band (index into `bandCodes`, −1 none) and whether a
 * required component is missing.
 */
export interface ScoreColumns {
  n: number;
  bmi: Float64Array;
  bmiLevel: Int8Array;
  scores: Int16Array;
  standardScore: Float64Array;
  bonus: Float64Array;
  total: Float64Array;
  band: Int8Array;
  incomplete: Uint8Array;
}

/** One weighted item of a grade and sex, compiled: thresholds from 100 down (blank cells left out). */
interface CompiledItem {
  component: number;
  column: Float64Array;
  weight: number;
  lower: boolean;
  thresholds: Float64Array | null;
  scores: Int16Array | null;
  /**
   * The single score of every value on the item's measuring grid (whole millilitres, counts, centimetres and
   * seconds; tenths for 50 m and sit-and-reach) within the plausible range: `lookup[round(v × scale) − offset]`,
   * used when v lies exactly on the grid; any other value is scored by the scan of the thresholds.
   */
  lookup: Int16Array | null;
  scale: number;
  offset: number;
  /** the 100-point value and the bonus steps, when the item earns a bonus in this grade */
  bonus: { full: number; need: Float64Array; points: Int16Array; max: number } | null;
}

interface CompiledPlan {
  bmiWeight: number;
  bmiMin: Float64Array;
  bmiMax: Float64Array;
  bmiScore: Int16Array;
  bmiLevel: Int8Array;
  itemKeys: FitnessItem[];
  items: Omit<CompiledItem, "column">[];
}

const compiled = new WeakMap<FitnessStandard, (CompiledPlan | null)[]>();

function compile(standard: FitnessStandard): (CompiledPlan | null)[] {
  const cached = compiled.get(standard);
  if (cached) return cached;
  const plans: (CompiledPlan | null)[] = new Array(13 * 2).fill(null);
  for (let grade = 1; grade <= 12; grade++) {
    for (const [sexIndex, sex] of (["male", "female"] as Sex[]).entries()) {
      const weights = standard.weights[String(grade)]?.[sex] ?? {};
      const bands = standard.bmi[String(grade)]?.[sex] ?? [];
      const itemKeys = fitnessItems.filter((item) => (weights[item] ?? 0) > 0);
      plans[grade * 2 + sexIndex] = {
        bmiWeight: weights.bmi ?? 0,
        bmiMin: Float64Array.from(bands.map((b) => b.min ?? Number.NEGATIVE_INFINITY)),
        bmiMax: Float64Array.from(bands.map((b) => b.max ?? Number.POSITIVE_INFINITY)),
        bmiScore: Int16Array.from(bands.map((b) => b.score)),
        bmiLevel: Int8Array.from(bands.map((b) => bmiLevels.indexOf(b.level))),
        itemKeys,
        items: itemKeys.map((item) => {
          const table = standard.items[item]?.[String(grade)]?.[sex];
          const reachable = table?.filter((l) => l.threshold !== null) ?? [];
          const b = standard.bonus[item];
          const full = table?.find((l) => l.score === 100)?.threshold ?? null;
          return {
            component: scoreComponents.indexOf(item),
            weight: weights[item] ?? 0,
            lower: lowerIsBetter.has(item),
            thresholds: table ? Float64Array.from(reachable.map((l) => l.threshold as number)) : null,
            scores: table ? Int16Array.from(reachable.map((l) => l.score)) : null,
            ...lookupOf(
              item,
              reachable.map((l) => l.threshold as number),
              reachable.map((l) => l.score),
            ),
            bonus:
              b && b.grades.includes(grade) && b.sexes.includes(sex) && full !== null
                ? {
                    full,
                    need: Float64Array.from(b.table.map((t) => t.extra ?? t.extra_seconds ?? Number.POSITIVE_INFINITY)),
                    points: Int16Array.from(b.table.map((t) => t.points)),
                    max: b.max_points,
                  }
                : null,
          };
        }),
      };
    }
  }
  compiled.set(standard, plans);
  return plans;
}

/** The measuring grid of each item: values per unit (10 for tenths) and the range tabulated. */
const GRID: Record<FitnessItem, { scale: number; min: number; max: number }> = {
  vital: { scale: 1, min: 0, max: 9000 },
  run50: { scale: 10, min: 0, max: 30 },
  sit_reach: { scale: 10, min: -40, max: 45 },
  rope: { scale: 1, min: 0, max: 300 },
  situp: { scale: 1, min: 0, max: 100 },
  shuttle: { scale: 1, min: 0, max: 300 },
  jump: { scale: 1, min: 0, max: 400 },
  pullup: { scale: 1, min: 0, max: 60 },
  run1000: { scale: 1, min: 0, max: 720 },
  run800: { scale: 1, min: 0, max: 720 },
};

/** The score of every grid value of an item, by the same rule as the scan (see `CompiledItem.lookup`). */
function lookupOf(
  item: FitnessItem,
  thresholds: number[],
  scores: number[],
): { lookup: Int16Array; scale: number; offset: number } {
  const { scale, min, max } = GRID[item];
  const offset = Math.round(min * scale);
  const lookup = new Int16Array(Math.round(max * scale) - offset + 1);
  const lower = lowerIsBetter.has(item);
  for (let k = 0; k < lookup.length; k++) {
    const v = (k + offset) / scale;
    let score = 0;
    for (let l = 0; l < thresholds.length; l++) {
      const t = thresholds[l] as number;
      if (lower ? v <= t : v >= t) {
        score = scores[l] as number;
        break;
      }
    }
    lookup[k] = score;
  }
  return { lookup, scale, offset };
}

/** Columns for n students, every value missing (NaN) until filled. */
export function emptyMeasurementColumns(n: number): MeasurementColumns {
  const nan = () => new Float64Array(n).fill(Number.NaN);
  return {
    n,
    grade: new Uint8Array(n),
    sex: new Uint8Array(n),
    heightCm: nan(),
    weightKg: nan(),
    values: Object.fromEntries(fitnessItems.map((item) => [item, nan()])) as Record<FitnessItem, Float64Array>,
  };
}

/**
 * Scores many students in one pass over typed columns, with the tables of a version of the standard compiled once
 * into threshold arrays per grade and sex. Gives exactly what `scoreStudent` gives for each student (the same
 * rounding, blank levels, BMI bands, bonus and incompleteness rules; a test checks them against each other), without
 * the per-student explanation.
 *
 * @example scoreColumns(defaultStandard(), columns).total[0] // => 87.9
 */
export function scoreColumns(standard: FitnessStandard, m: MeasurementColumns): ScoreColumns {
  const n = m.n;
  const C = scoreComponents.length;
  const out: ScoreColumns = {
    n,
    bmi: new Float64Array(n).fill(Number.NaN),
    bmiLevel: new Int8Array(n).fill(-1),
    scores: new Int16Array(n * C).fill(-1),
    standardScore: new Float64Array(n).fill(Number.NaN),
    bonus: new Float64Array(n),
    total: new Float64Array(n).fill(Number.NaN),
    band: new Int8Array(n).fill(-1),
    incomplete: new Uint8Array(n),
  };
  const plans = compile(standard);
  // one literal shape for every item, so the loop's property reads stay fast
  const cols = plans.map((p) =>
    p
      ? p.items.map(
          (it, k): CompiledItem => ({
            component: it.component,
            column: m.values[p.itemKeys[k] as FitnessItem],
            weight: it.weight,
            lower: it.lower,
            thresholds: it.thresholds,
            scores: it.scores,
            lookup: it.lookup,
            scale: it.scale,
            offset: it.offset,
            bonus: it.bonus,
          }),
        )
      : null,
  );
  const scores = out.scores;
  for (let i = 0; i < n; i++) {
    const key = (m.grade[i] as number) * 2 + (m.sex[i] as number);
    const plan = plans[key] ?? null;
    const items = cols[key] ?? null;
    let sum = 0;
    let missing = false;
    const bmiWeight = plan?.bmiWeight ?? 0;
    const h = m.heightCm[i] as number;
    const w = m.weightKg[i] as number;
    if (!plan)
      missing = true; // a grade outside 1–12 has no tables
    else if (h > 0 && w > 0) {
      const metres = h / 100;
      const bmi = Math.round((w / (metres * metres)) * 10 + 1e-9) / 10;
      out.bmi[i] = bmi;
      let band = -1;
      const { bmiMin, bmiMax } = plan;
      for (let b = 0; b < bmiMin.length; b++) {
        if (bmi >= (bmiMin[b] as number) && bmi <= (bmiMax[b] as number)) {
          band = b;
          break;
        }
      }
      if (band < 0) {
        // between two printed bounds: the band with the highest lower bound at or below the value
        let best = Number.NEGATIVE_INFINITY;
        for (let b = 0; b < bmiMin.length; b++) {
          const lo = bmiMin[b] as number;
          if (lo !== Number.NEGATIVE_INFINITY && bmi >= lo && lo > best) {
            best = lo;
            band = b;
          }
        }
      }
      if (band >= 0) {
        const s = plan.bmiScore[band] as number;
        out.bmiLevel[i] = plan.bmiLevel[band] as number;
        scores[i] = s; // component 0 is BMI
        sum += s * bmiWeight;
      } else missing = true;
    } else if (bmiWeight > 0) missing = true;
    let bonus = 0;
    if (items) {
      for (let k = 0; k < items.length; k++) {
        const it = items[k] as CompiledItem;
        const value = it.column[i] as number;
        if (Number.isNaN(value) || !it.thresholds || !it.scores) {
          missing = true;
          continue;
        }
        const t = it.thresholds;
        let score = 0;
        const g = Math.round(value * it.scale) - it.offset;
        const lookup = it.lookup as Int16Array;
        if (g >= 0 && g < lookup.length && (g + it.offset) / it.scale === value) score = lookup[g] as number;
        else if (it.lower) {
          for (let l = 0; l < t.length; l++)
            if (value <= (t[l] as number)) {
              score = it.scores[l] as number;
              break;
            }
        } else {
          for (let l = 0; l < t.length; l++)
            if (value >= (t[l] as number)) {
              score = it.scores[l] as number;
              break;
            }
        }
        scores[it.component * n + i] = score;
        sum += score * it.weight;
        if (score === 100 && it.bonus) {
          const beyond = it.lower ? it.bonus.full - value : value - it.bonus.full;
          if (beyond > 0) {
            let points = 0;
            const { need, points: steps } = it.bonus;
            for (let s = 0; s < need.length; s++)
              if (beyond + 1e-9 >= (need[s] as number) && (steps[s] as number) > points) points = steps[s] as number;
            bonus += Math.min(points, it.bonus.max);
          }
        }
      }
    }
    out.bonus[i] = bonus;
    if (missing) {
      out.incomplete[i] = 1;
      continue;
    }
    const standardScore = Math.round(sum / 10 + 1e-9) / 10;
    const total = Math.round((standardScore + bonus) * 10) / 10;
    out.standardScore[i] = standardScore;
    out.total[i] = total;
    out.band[i] = bandCodes.indexOf(fitnessBand(total));
  }
  return out;
}

/** The BMI level of a code in `ScoreColumns.bmiLevel` (null for −1). */
export function bmiLevelOfCode(code: number): BmiLevel | null {
  return code < 0 ? null : (bmiLevels[code] ?? null);
}
