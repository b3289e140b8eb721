/**
 * Each group's keys in ascending order, laid end to end. Schools are sorted one by one (a counting sort within the
 * school, whose rows are near one another); a level nested in the schools (classes, and teachers who teach in one
 * school) is then split off the schools' order by a stable scatter, which keeps every group's keys ascending without
 * sorting again and writes each school's few groups as short sequential streams. That locality is what makes a
 * province's 20,000 classes cheap: a sort per class, or one scatter over the whole county, is several times slower.
 */
import type { GroupRows, GroupSizes } from "./groupRows";

/**
 * Group g's keys (those who sat) are keys[start[g] .. start[g + 1]), ascending; `rows` holds their rows (empty for a
 * level split off another, which nothing is split from).
 */
export interface SortedGroups {
  start: Int32Array;
  keys: Int32Array;
  rows: Int32Array;
}

/**
 * Sorts each group's present keys (−1 = absent, left out).
 *
 * @param hist - a zeroed counter per key, left zeroed
 * @param into - buffers for the sorted keys and rows, at least as long as the roster (reused across subjects)
 * @example sortWithinGroups(groupRows(Int32Array.of(0, 0, 1), 2), Int32Array.of(5, 3, −1), hist).keys // => [3, 5]
 */
export function sortWithinGroups(
  grouping: GroupRows,
  keys: Int32Array,
  hist: Int32Array,
  into: Pick<SortedGroups, "keys" | "rows"> = { keys: new Int32Array(keys.length), rows: new Int32Array(keys.length) },
): SortedGroups {
  const { offset, rows: groupedRows } = grouping;
  const groups = offset.length - 1;
  const start = new Int32Array(groups + 1);
  // the keys in group order: group g's are inGroupOrder[offset[g] .. offset[g + 1]), then mapped back to their rows
  const inGroupOrder = groupedRows ? Int32Array.from(groupedRows, (row) => keys[row]!) : keys;
  // at most every row sat; the arrays are trimmed to those who did at the end
  const { keys: sortedKeys, rows: sortedRows } = into;
  for (let g = 0; g < groups; g++) {
    const from = offset[g]!;
    const to = offset[g + 1]!;
    const base = start[g]!;
    let s = 0;
    let low = 0x7fffffff;
    let high = -1;
    for (let r = from; r < to; r++) {
      const k = inGroupOrder[r]!;
      if (k < 0) continue;
      s++;
      hist[k]!++;
      low = k < low ? k : low;
      high = k > high ? k : high;
    }
    start[g + 1] = base + s;
    if (s === 0) continue;
    if (high - low < 8 * s + 64) {
      // counting sort: each key's first place from the running total of the counts, then the rows in row order
      for (let k = low, place = base; k <= high; k++) {
        const c = hist[k]!;
        hist[k] = place;
        place += c;
      }
      for (let r = from; r < to; r++) {
        const k = inGroupOrder[r]!;
        if (k < 0) continue;
        const at = hist[k]!++;
        sortedKeys[at] = k;
        sortedRows[at] = r;
      }
    } else {
      // keys spread far wider than the group (scores off any grid): a comparison sort of the group's places
      const present: number[] = [];
      for (let r = from; r < to; r++) if (inGroupOrder[r]! >= 0) present.push(r);
      present.sort((a, b) => inGroupOrder[a]! - inGroupOrder[b]! || a - b);
      for (let j = 0; j < s; j++) {
        sortedRows[base + j] = present[j]!;
        sortedKeys[base + j] = inGroupOrder[present[j]!]!;
      }
    }
    hist.fill(0, low, high + 1);
  }
  const total = start[groups]!;
  if (groupedRows) for (let j = 0; j < total; j++) sortedRows[j] = groupedRows[sortedRows[j]!]!;
  return { start, keys: sortedKeys.subarray(0, total), rows: sortedRows.subarray(0, total) };
}

/**
 * The sizes of a column's groups, and whether every group lies within one group of the parent column (each class in
 * one school), in one pass.
 *
 * @example nesting(Int32Array.of(0, 0, 1), Int32Array.of(3, 3, 4), 2).nested // => true
 */
export function nesting(
  column: Int32Array,
  parent: Int32Array,
  groups: number,
): { nested: boolean; sizes: GroupSizes } {
  const enrolled = new Int32Array(groups);
  const parentOf = new Int32Array(groups).fill(-1);
  let nested = true;
  // a run of rows with one group and one parent at a time (a class's students lie together in the snapshot)
  for (let r = 0, end = 0; r < column.length; r = end) {
    const g = column[r]!;
    const p = parent[r]!;
    for (end = r + 1; end < column.length && column[end] === g && parent[end] === p; ) end++;
    if (g < 0) continue;
    enrolled[g]! += end - r;
    const before = parentOf[g]!;
    if (before === -1) parentOf[g] = p;
    else if (before !== p) nested = false;
  }
  let count = 0;
  for (let g = 0; g < groups; g++) if (enrolled[g]! > 0) count++;
  const present = new Int32Array(count);
  for (let g = 0, j = 0; g < groups; g++) if (enrolled[g]! > 0) present[j++] = g;
  return { nested, sizes: { present, enrolled } };
}

/**
 * Splits a sorted parent level into a nested level's groups by a stable scatter: each group's keys come from one
 * parent group's ascending run, in its order, so they are ascending too. Only the keys are kept (a leaf level).
 *
 * @param column - each row's group in the nested level (−1 = none), nested in the parent's groups
 * @param sat - those who sat per group of the nested level
 * @param into - buffers for the keys and for each key's place, at least as long as the parent's (reused across levels)
 */
export function splitSorted(
  parent: SortedGroups,
  column: Int32Array,
  sat: Int32Array,
  into: { keys: Int32Array; places: Int32Array } = {
    keys: new Int32Array(parent.keys.length),
    places: new Int32Array(parent.keys.length),
  },
): SortedGroups {
  const { keys, rows } = parent;
  const groups = sat.length;
  const start = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) start[g + 1] = start[g]! + sat[g]!;
  const cursor = start.slice(0, groups);
  const splitKeys = into.keys.subarray(0, start[groups]!);
  // each key's place first, then the keys moved to their places: two plain passes run faster than one that does both
  const { places } = into;
  for (let j = 0; j < rows.length; j++) {
    const g = column[rows[j]!]!;
    places[j] = g >= 0 ? cursor[g]!++ : -1;
  }
  for (let j = 0; j < rows.length; j++) {
    const at = places[j]!;
    if (at >= 0) splitKeys[at] = keys[j]!;
  }
  return { start, keys: splitKeys, rows: new Int32Array(0) };
}

/**
 * Those who sat per group: the enrolled less the absent.
 *
 * @param absent - the rows without a score
 */
export function satPerGroup(column: Int32Array, enrolled: Int32Array, absent: Int32Array): Int32Array {
  const sat = enrolled.slice();
  for (let j = 0; j < absent.length; j++) {
    const g = column[absent[j]!]!;
    if (g >= 0) sat[g]!--;
  }
  return sat;
}
