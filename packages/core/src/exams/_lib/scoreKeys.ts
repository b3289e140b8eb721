import { scoreGridScales } from "../config";

/**
 * Scores as small integer keys: key k stands for the score values[k], ascending, so that ordering, counting and
 * grouping work on integers. Scores on a grid (whole, half, quarter, tenth or hundredth points) map to k = score ×
 * scale; other scores to the rank of their value among the distinct scores.
 */
export interface ScoreKeys {
  /** each student's key, −1 when absent (缺考) */
  keys: Int32Array;
  /** the score of each key, ascending */
  values: Float64Array;
}

/** A grid with more keys than this is not used (the keys would be sparse). */
const MAX_GRID_KEYS = 200_001;

/**
 * The keys of a subject's scores (NaN = absent).
 *
 * @param into - a buffer of the same length to fill, reused across subjects
 * @example scoreKeys(new Float64Array([3, NaN, 1.5]), 10).keys // => Int32Array [6, −1, 3] (half points)
 */
export function scoreKeys(x: Float64Array, fullMarks: number, into: Int32Array = new Int32Array(x.length)): ScoreKeys {
  for (const scale of scoreGridScales) {
    if (fullMarks * scale + 1 > MAX_GRID_KEYS) break;
    if (keysOnGrid(x, fullMarks, scale, into)) {
      const count = Math.round(fullMarks * scale) + 1;
      const values = new Float64Array(count);
      for (let k = 0; k < count; k++) values[k] = k / scale;
      return { keys: into, values };
    }
  }
  return distinctKeys(x, into);
}

/**
 * Writes each score's key on the grid of `scale` (−1 for absent) and tells whether every present score in 0..full
 * lies exactly on it, so that equal keys are equal scores; stops at the first that does not.
 */
function keysOnGrid(x: Float64Array, fullMarks: number, scale: number, into: Int32Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) {
      into[i] = -1;
      continue;
    }
    const k = Math.round(v * scale);
    if (v < 0 || v > fullMarks || k / scale !== v) return false;
    into[i] = k;
  }
  return true;
}

/** Keys as ranks among the distinct present scores (for scores off every grid). */
function distinctKeys(x: Float64Array, into: Int32Array): ScoreKeys {
  let present = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) present++;
  const sorted = new Float64Array(present);
  for (let i = 0, j = 0; i < x.length; i++) if (!Number.isNaN(x[i])) sorted[j++] = x[i]!;
  sorted.sort();
  let distinct = 0;
  for (let j = 0; j < present; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) sorted[distinct++] = sorted[j]!;
  const values = sorted.slice(0, distinct);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    into[i] = Number.isNaN(v) ? -1 : firstAtLeast(values, v);
  }
  return { keys: into, values };
}

/** The first key whose score is at least `score` (values.length when none). */
export function firstAtLeast(values: Float64Array, score: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < score) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One pass over a subject's keys: counts each key (the county's histogram), lists the rows without a score, and adds
 * each score to the students' totals when `total` is given (a missing score leaves no total: NaN).
 *
 * @param absentInto - a buffer as long as the keys; the absent rows are returned from its start
 * @example tallyKeys(Int32Array.of(2, −1, 2), values, hist, absent, total) // hist[2] += 2; => Int32Array [1]
 */
export function tallyKeys(
  keys: Int32Array,
  values: Float64Array,
  hist: Int32Array,
  absentInto: Int32Array,
  total: Float64Array | null,
): Int32Array {
  let absent = 0;
  if (total) {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k >= 0) {
        hist[k]!++;
        total[i]! += values[k]!;
      } else {
        absentInto[absent++] = i;
        total[i] = Number.NaN;
      }
    }
  } else {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k >= 0) hist[k]!++;
      else absentInto[absent++] = i;
    }
  }
  return absentInto.subarray(0, absent);
}
