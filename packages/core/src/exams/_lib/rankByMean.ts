/**
 * Competition ranks (1, 2, 2, 4) by mean, highest first, for the groups of a level with a score (a mean); 0 for the
 * others.
 *
 * A level can hold tens of thousands of classes or teachers in every subject, so the means are ordered by a bucket
 * sort rather than a comparison sort: each mean falls in a bucket by its place between the lowest and the highest
 * mean (a monotone map, so equal means share a bucket and the buckets come in the order of their means); the few
 * means of a bucket are then ordered among themselves.
 *
 * @example rankByMean(Float64Array.of(70, NaN, 80, 70)) // => Int32Array [2, 0, 1, 2]
 */
export function rankByMean(mean: Float64Array): Int32Array {
  const groups = mean.length;
  const rank = new Int32Array(groups);
  let present = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let g = 0; g < groups; g++) {
    const m = mean[g]!;
    if (Number.isNaN(m)) continue;
    present++;
    lo = m < lo ? m : lo;
    hi = m > hi ? m : hi;
  }
  if (present === 0) return rank;
  const buckets = present;
  // (a spread so narrow that the scale overflows puts every mean in the first bucket)
  const wide = (buckets - 1) / (hi - lo);
  const scale = hi > lo && Number.isFinite(wide) ? wide : 0;
  // bucket b's groups are order[start[b] .. start[b + 1])
  const start = new Int32Array(buckets + 1);
  for (let g = 0; g < groups; g++) {
    const m = mean[g]!;
    if (!Number.isNaN(m)) start[Math.floor((m - lo) * scale) + 1]!++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const order = new Int32Array(present);
  const cursor = start.slice(0, buckets);
  for (let g = 0; g < groups; g++) {
    const m = mean[g]!;
    if (!Number.isNaN(m)) order[cursor[Math.floor((m - lo) * scale)]!++] = g;
  }
  for (let b = 0; b < buckets; b++) sortByMean(order, start[b]!, start[b + 1]!, mean);
  // from the highest mean down: a group's rank is one more than the groups above it, shared by equal means
  for (let j = present - 1, above = 0; j >= 0; j--, above++) {
    const g = order[j]!;
    const tied = j < present - 1 && mean[order[j + 1]!] === mean[g];
    rank[g] = tied ? rank[order[j + 1]!]! : above + 1;
  }
  return rank;
}

/** Orders order[from .. to) by ascending mean: insertion for a few, a comparison sort for a crowded bucket. */
function sortByMean(order: Int32Array, from: number, to: number, mean: Float64Array) {
  if (to - from > 32) {
    order.subarray(from, to).sort((a, b) => mean[a]! - mean[b]!);
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const g = order[j]!;
    const m = mean[g]!;
    let i = j - 1;
    while (i >= from && mean[order[i]!]! > m) {
      order[i + 1] = order[i]!;
      i--;
    }
    order[i + 1] = g;
  }
}
