/**
 * The figures of every group of one level in one subject, written into columns (LevelFigures), from one of three
 * layouts of the groups' keys:
 * - `describeSorted`: each group's keys already in ascending order (sortedGroups.ts), as for schools, and for
 *   classes and teachers within their school: one walk up each run;
 * - `describeCounts`: one group's keys counted per key (the county, counted as the keys are read);
 * - `describeLevel`: each group's rows anywhere (teachers across schools): one pass gathers the keys, which are then
 *   counted when the group's range of keys is narrow for its size, or sorted otherwise.
 * Either way, with the sums for the mean and the spread taken on the way, two questions answer every other figure:
 * how many keys lie below a key (rates, bands, levels) and which key sits at an order statistic (quantiles, by
 * linear interpolation between neighbours).
 */
import type { GroupRows } from "./groupRows";
import {
  emptyLevel,
  type LevelFigures,
  markNobody,
  POINTS,
  type Points,
  placePoints,
  pointScratch,
  writeQuantiles,
} from "./levelFigures";
import { rankByMean } from "./rankByMean";
import type { Scratch } from "./scratch";
import type { SortedGroups } from "./sortedGroups";

/** A subject's keys with the look-ups the figures need, per key. */
export interface KeyTable {
  keys: Int32Array;
  values: Float64Array;
  /**
   * The first keys reaching each line, one list: the rate lines (excellent, good, pass, then low, which counts the
   * keys below it), the start of each band after the lowest (a band with no key starts where the next does), and
   * each level's line, highest level first (the lowest level has none); and their positions in ascending key order.
   */
  thresholds: Int32Array;
  thresholdOrder: Int32Array;
  bandCount: number;
  levelCount: number;
}

/** The buffers describeLevel and describeCounts work in (the analysis's scratch). */
export type Workspace = Pick<Scratch, "buf" | "hist" | "cum">;

/**
 * Writes group i's figures once its s keys are ordered: the keys at the quantile points (`p.atLower`/`p.atUpper`)
 * and below each threshold (`p.below`) found, the sum of its scores and the sums of their deviations d1, d2 from
 * one of them taken.
 */
function finishGroup(
  f: LevelFigures,
  i: number,
  table: KeyTable,
  p: Points,
  s: number,
  low: number,
  high: number,
  sum: number,
  d1: number,
  d2: number,
) {
  const { values, bandCount, levelCount } = table;
  const min = values[low]!;
  const max = values[high]!;
  f.sat[i] = s;
  f.mean[i] = sum / s;
  // deviations corrected by their mean (the two-pass formula); 0 when all scores agree
  f.sd[i] = min === max ? 0 : Math.sqrt(Math.max(0, (d2 - (d1 * d1) / s) / s));
  f.min[i] = min;
  f.max[i] = max;
  writeQuantiles(f, i, values, p);
  const below = p.below;
  f.counts[4 * i] = s - below[0]!;
  f.counts[4 * i + 1] = s - below[1]!;
  f.counts[4 * i + 2] = s - below[2]!;
  f.counts[4 * i + 3] = below[3]!;
  for (let b = 0, under = 0; b < bandCount; b++) {
    const upTo = b === bandCount - 1 ? s : below[4 + b]!;
    f.bands[i * bandCount + b] = upTo - under;
    under = upTo;
  }
  // levels, highest first: level l holds keys from its line up to the line above
  for (let l = 0, above = s, first = 4 + bandCount - 1; l < levelCount; l++) {
    const from = l === levelCount - 1 ? 0 : below[first + l]!;
    f.levels[i * levelCount + l] = above - from;
    above = from;
  }
}

/**
 * Group i's figures from its s keys in ascending order at run[from .. from + s): one walk up the run takes the sums
 * and, merging in the thresholds in ascending order, the keys below each.
 */
function describeRun(f: LevelFigures, i: number, table: KeyTable, p: Points, run: Int32Array, from: number, s: number) {
  const { values, thresholds, thresholdOrder } = table;
  const below = p.below;
  const to = from + s;
  const pivot = values[run[from]!]!;
  let sum = 0;
  let d1 = 0;
  let d2 = 0;
  let u = 0;
  let next = u < thresholdOrder.length ? thresholds[thresholdOrder[u]!]! : 0x7fffffff;
  for (let j = from; j < to; j++) {
    const k = run[j]!;
    while (k >= next) {
      below[thresholdOrder[u++]!] = j - from;
      next = u < thresholdOrder.length ? thresholds[thresholdOrder[u]!]! : 0x7fffffff;
    }
    const v = values[k]!;
    sum += v;
    const d = v - pivot;
    d1 += d;
    d2 += d * d;
  }
  while (u < thresholdOrder.length) below[thresholdOrder[u++]!] = s;
  placePoints(p, s);
  for (let q = 0; q < POINTS.length; q++) {
    p.atLower[q] = run[from + p.lower[q]!]!;
    p.atUpper[q] = run[from + p.upper[q]!]!;
  }
  finishGroup(f, i, table, p, s, run[from]!, run[to - 1]!, sum, d1, d2);
}

/**
 * Group i's figures from its s keys counted in `hist` over [low, high]: the sums, the cumulative counts and the keys
 * at every order statistic in one walk up the keys. Leaves `hist` as it was; `cum` is scratch.
 */
function describeCounted(
  f: LevelFigures,
  i: number,
  table: KeyTable,
  p: Points,
  hist: Int32Array,
  cum: Int32Array,
  low: number,
  high: number,
  s: number,
) {
  const { values, thresholds } = table;
  const points = POINTS.length;
  placePoints(p, s);
  const pivot = values[low]!;
  let sum = 0;
  let d1 = 0;
  let d2 = 0;
  for (let k = low, run = 0, a = 0, b = 0; k <= high; k++) {
    const c = hist[k]!;
    if (c > 0) {
      const v = values[k]!;
      const d = v - pivot;
      sum += c * v;
      d1 += c * d;
      d2 += c * d * d;
      run += c;
      while (a < points && run > p.lower[a]!) p.atLower[a++] = k;
      while (b < points && run > p.upper[b]!) p.atUpper[b++] = k;
    }
    cum[k] = run;
  }
  // keys below a threshold: none below the lowest key, all above the highest, the running count between
  for (let t = 0; t < thresholds.length; t++) {
    const key = thresholds[t]!;
    p.below[t] = key <= low ? 0 : key > high ? s : cum[key - 1]!;
  }
  finishGroup(f, i, table, p, s, low, high, sum, d1, d2);
}

/**
 * The figures of groups whose keys are sorted: group `present[i]`'s keys are keys[start[g] .. start[g + 1]).
 *
 * @param enrolled - students on the roster per group code
 */
export function describeSorted(
  sorted: SortedGroups,
  present: Int32Array,
  enrolled: Int32Array,
  table: KeyTable,
): LevelFigures {
  const { start, keys } = sorted;
  const f = emptyLevel(present.length, table.bandCount, table.levelCount);
  f.group.set(present);
  const p = pointScratch(table.thresholds.length);
  for (let i = 0; i < present.length; i++) {
    const g = present[i]!;
    const from = start[g]!;
    const s = start[g + 1]! - from;
    f.enrolled[i] = enrolled[g]!;
    if (s === 0) markNobody(f, i);
    else describeRun(f, i, table, p, keys, from, s);
  }
  f.rank.set(rankByMean(f.mean));
  return f;
}

/**
 * The figures of the whole roster as one group (the county), from the count of every key.
 *
 * @param hist - the students with each key; left zeroed
 */
export function describeCounts(hist: Int32Array, enrolled: number, table: KeyTable, work: Workspace): LevelFigures {
  const f = emptyLevel(1, table.bandCount, table.levelCount);
  f.enrolled[0] = enrolled;
  let low = 0;
  while (low < hist.length && hist[low] === 0) low++;
  if (low === hist.length) {
    markNobody(f, 0);
    return f;
  }
  let high = hist.length - 1;
  let s = 0;
  while (hist[high] === 0) high--;
  for (let k = low; k <= high; k++) s += hist[k]!;
  describeCounted(f, 0, table, pointScratch(table.thresholds.length), hist, work.cum, low, high, s);
  hist.fill(0, low, high + 1);
  f.rank[0] = 1;
  return f;
}

/** The figures of groups whose rows lie anywhere in the roster. */
export function describeLevel(grouping: GroupRows, table: KeyTable, work: Workspace): LevelFigures {
  const { present, offset, rows } = grouping;
  const { keys } = table;
  const f = emptyLevel(present.length, table.bandCount, table.levelCount);
  f.group.set(present);
  const { buf, hist, cum } = work;
  const p = pointScratch(table.thresholds.length);
  for (let i = 0; i < present.length; i++) {
    const g = present[i]!;
    const from = offset[g]!;
    const to = offset[g + 1]!;
    f.enrolled[i] = to - from;
    let s = 0;
    let low = 0x7fffffff;
    let high = -1;
    for (let r = from; r < to; r++) {
      const k = keys[rows === null ? r : rows[r]!]!;
      if (k < 0) continue;
      buf[s++] = k;
      low = k < low ? k : low;
      high = k > high ? k : high;
    }
    if (s === 0) {
      markNobody(f, i);
    } else if (high - low < 8 * s + 64) {
      for (let j = 0; j < s; j++) hist[buf[j]!]!++;
      describeCounted(f, i, table, p, hist, cum, low, high, s);
      hist.fill(0, low, high + 1);
    } else {
      buf.subarray(0, s).sort();
      describeRun(f, i, table, p, buf, 0, s);
    }
  }
  f.rank.set(rankByMean(f.mean));
  return f;
}
