/**
 * The working buffers of one analysis, each the size of the roster, kept for the next analysis instead of freed.
 *
 * A province's analysis needs some 40 MB of them. Memory fresh from the system costs a page fault per page on first
 * touch, which on a virtual machine can take tens of microseconds each, more than the analysis's own arithmetic;
 * buffers already touched cost nothing. analyzeExam runs synchronously from start to end, so one set (per thread)
 * serves every analysis in turn; the results never point into it. The set grows to the largest roster analysed and
 * stays.
 */
import type { SortedGroups } from "./sortedGroups";

export interface Scratch {
  /** one subject's score keys */
  keys: Int32Array;
  /** the schools' sorted keys and their rows */
  sorted: Pick<SortedGroups, "keys" | "rows">;
  /** a nested level's keys split off the schools' order, and the place of each */
  split: { keys: Int32Array; places: Int32Array };
  /** the total scores */
  total: Float64Array;
  /** keys of one gathered group */
  buf: Int32Array;
  /** the rows without a score in one subject */
  absent: Int32Array;
  /** counters per key, zeroed between uses, and a group's cumulative counts; grown to the widest subject's keys */
  hist: Int32Array;
  cum: Int32Array;
}

let kept: Scratch | null = null;

/** Buffers for a roster of n (each exactly n long); the counters per key zeroed (an analysis that failed midway may
 * have left counts in them). */
export function scratchFor(n: number): Scratch {
  if (!kept || kept.keys.length < n) {
    kept = {
      keys: new Int32Array(n),
      sorted: { keys: new Int32Array(n), rows: new Int32Array(n) },
      split: { keys: new Int32Array(n), places: new Int32Array(n) },
      total: new Float64Array(n),
      buf: new Int32Array(n),
      absent: new Int32Array(n),
      hist: kept?.hist ?? new Int32Array(0),
      cum: kept?.cum ?? new Int32Array(0),
    };
  }
  kept.hist.fill(0);
  const cut = (a: Int32Array) => a.subarray(0, n);
  return {
    keys: cut(kept.keys),
    sorted: { keys: cut(kept.sorted.keys), rows: cut(kept.sorted.rows) },
    split: { keys: cut(kept.split.keys), places: cut(kept.split.places) },
    total: kept.total.subarray(0, n),
    buf: cut(kept.buf),
    absent: cut(kept.absent),
    hist: kept.hist,
    cum: kept.cum,
  };
}

/** Grows the counters per key to `keyCount` (new counters are zero; the old ones were left zeroed), for this analysis
 * and the next. */
export function growCounters(scratch: Scratch, keyCount: number) {
  if (scratch.hist.length >= keyCount) return;
  scratch.hist = new Int32Array(keyCount);
  scratch.cum = new Int32Array(keyCount);
  if (kept) {
    kept.hist = scratch.hist;
    kept.cum = scratch.cum;
  }
}
