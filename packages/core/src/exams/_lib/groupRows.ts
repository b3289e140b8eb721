/**
 * A grouping of the roster (the county, schools, classes or a subject's teachers): each group's students as one
 * contiguous stretch of a row permutation, found by a counting sort on the group code. It depends on the grouping
 * only, so it is built once and shared by every subject with the same group column.
 */
export interface GroupRows {
  /** codes of the groups with students on the roster, ascending */
  present: Int32Array;
  /**
   * group g's students are rows[offset[g] .. offset[g + 1]); `rows` is null when the roster already lies in group
   * order (the snapshot's roster is ordered by school and class), and group g is then rows offset[g] … offset[g + 1] − 1
   */
  offset: Int32Array;
  rows: Int32Array | null;
}

/**
 * Groups the rows of a group column (−1 = in no group).
 *
 * @example groupRows(Int32Array.from([1, 0, 1, −1]), 2) // => present [0, 1], offset [0, 1, 3], rows [1, 0, 2]
 * @example groupRows(Int32Array.from([0, 0, 1]), 2).rows // => null (already in group order)
 */
export function groupRows(group: Int32Array, groups: number): GroupRows {
  const offset = new Int32Array(groups + 1);
  let inOrder = true;
  for (let i = 0, last = 0; i < group.length; i++) {
    const g = group[i]!;
    if (g >= 0) offset[g + 1]!++;
    if (g < last) inOrder = false;
    last = g;
  }
  let present = 0;
  for (let g = 0; g < groups; g++) {
    if (offset[g + 1]! > 0) present++;
    offset[g + 1]! += offset[g]!;
  }
  const codes = new Int32Array(present);
  for (let g = 0, j = 0; g < groups; g++) if (offset[g + 1]! > offset[g]!) codes[j++] = g;
  if (inOrder) return { present: codes, offset, rows: null };
  const rows = new Int32Array(offset[groups]!);
  const cursor = offset.slice(0, groups);
  for (let i = 0; i < group.length; i++) {
    const g = group[i]!;
    if (g >= 0) rows[cursor[g]!++] = i;
  }
  return { present: codes, offset, rows };
}

/** Students on the roster per group code, and the codes of the groups that have any. */
export interface GroupSizes {
  present: Int32Array;
  enrolled: Int32Array;
}

/** The sizes of a grouping laid out by groupRows. */
export function sizesOf(grouping: GroupRows): GroupSizes {
  const { offset, present } = grouping;
  const enrolled = new Int32Array(offset.length - 1);
  for (let g = 0; g < enrolled.length; g++) enrolled[g] = offset[g + 1]! - offset[g]!;
  return { present, enrolled };
}
