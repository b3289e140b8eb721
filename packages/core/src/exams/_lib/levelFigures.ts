/**
 * The columns of a level's figures (LevelFigures), and the quantile points every group reports: where their order
 * statistics lie for a group of a given size, and their values between neighbours.
 */
import { decilePoints } from "../quantile";

/** The figures of a level's groups as columns: entry i is the group `group[i]`. */
export interface LevelFigures {
  /** codes of the groups with students on the roster, ascending */
  group: Int32Array;
  enrolled: Int32Array;
  sat: Int32Array;
  /** NaN where nobody sat */
  mean: Float64Array;
  /** population standard deviation (divisor n) */
  sd: Float64Array;
  min: Float64Array;
  max: Float64Array;
  median: Float64Array;
  q1: Float64Array;
  q3: Float64Array;
  /** p10 … p90 of group i at 9i … 9i + 8 */
  deciles: Float64Array;
  /** students reaching excellent, good, pass and below low, at 4i … 4i + 3 */
  counts: Int32Array;
  /** students per band at bandCount·i …, lowest band first */
  bands: Int32Array;
  /** students per level at levelCount·i …, highest level first */
  levels: Int32Array;
  /** rank by mean among the level's groups with a score (1 = highest, ties share); 0 for none */
  rank: Int32Array;
}

/** Quantile points read in one pass, ascending: the deciles with the quartiles among them. */
export const POINTS = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9];
const DECILE_AT = decilePoints.map((p) => POINTS.indexOf(p));
const Q1_AT = POINTS.indexOf(0.25);
const MEDIAN_AT = POINTS.indexOf(0.5);
const Q3_AT = POINTS.indexOf(0.75);

/**
 * A level's columns for `groups` groups, in one buffer for the figures and one for the counts (a province's levels
 * hold tens of thousands of groups in every subject). The figures of a group nobody sat stay NaN (markNobody).
 */
export function emptyLevel(groups: number, bandCount: number, levelCount: number): LevelFigures {
  const d = decilePoints.length;
  const reals = new Float64Array(groups * (7 + d));
  const real = (at: number, width = 1) => reals.subarray(groups * at, groups * (at + width));
  const ints = new Int32Array(groups * (4 + 4 + bandCount + levelCount));
  let next = 0;
  const int = (width = 1) => {
    next += width;
    return ints.subarray(groups * (next - width), groups * next);
  };
  return {
    group: int(),
    enrolled: int(),
    sat: int(),
    mean: real(0),
    sd: real(1),
    min: real(2),
    max: real(3),
    median: real(4),
    q1: real(5),
    q3: real(6),
    deciles: real(7, d),
    counts: int(4),
    bands: int(bandCount),
    levels: int(levelCount),
    rank: int(),
  };
}

/** The figures of group i when nobody sat: NaN (its counts stay 0). */
export function markNobody(f: LevelFigures, i: number) {
  f.mean[i] = f.sd[i] = f.min[i] = f.max[i] = f.median[i] = f.q1[i] = f.q3[i] = Number.NaN;
  const d = DECILE_AT.length;
  f.deciles.fill(Number.NaN, i * d, i * d + d);
}

/** A level with no groups (the teachers of the total). */
export function noGroups(table: { bandCount: number; levelCount: number }): LevelFigures {
  return emptyLevel(0, table.bandCount, table.levelCount);
}

/** Per-group scratch of the quantile points: order statistics, their keys and the interpolation. */
export function pointScratch(thresholds: number) {
  const points = POINTS.length;
  return {
    /** the group size the order statistics were placed for */
    placedFor: -1,
    lower: new Int32Array(points),
    upper: new Int32Array(points),
    fraction: new Float64Array(points),
    atLower: new Int32Array(points),
    atUpper: new Int32Array(points),
    /** keys below each threshold of the table */
    below: new Int32Array(thresholds),
  };
}
export type Points = ReturnType<typeof pointScratch>;

/**
 * The order statistics lo and lo + 1 of every quantile point (Excel PERCENTILE.INC) for a group of s; classes of
 * one size follow one another, so the places are kept until the size changes.
 */
export function placePoints(p: Points, s: number) {
  if (p.placedFor === s) return;
  p.placedFor = s;
  for (let q = 0; q < POINTS.length; q++) {
    const pos = POINTS[q]! * (s - 1);
    p.lower[q] = Math.floor(pos);
    p.upper[q] = Math.min(p.lower[q]! + 1, s - 1);
    p.fraction[q] = pos - p.lower[q]!;
  }
}

/** Quantile point q between its two order statistics. */
export function interpolate(values: Float64Array, p: Points, q: number): number {
  const a = values[p.atLower[q]!]!;
  return a + (values[p.atUpper[q]!]! - a) * p.fraction[q]!;
}

/** Writes group i's quantiles (median, quartiles, deciles) once the keys at its order statistics are found. */
export function writeQuantiles(f: LevelFigures, i: number, values: Float64Array, p: Points) {
  f.median[i] = interpolate(values, p, MEDIAN_AT);
  f.q1[i] = interpolate(values, p, Q1_AT);
  f.q3[i] = interpolate(values, p, Q3_AT);
  for (let d = 0; d < DECILE_AT.length; d++)
    f.deciles[i * DECILE_AT.length + d] = interpolate(values, p, DECILE_AT[d]!);
}
