import { describe, expect, it } from "vitest";
import { groupRows } from "./groupRows";
import { nesting, satPerGroup, sortWithinGroups, splitSorted } from "./sortedGroups";

describe("sortWithinGroups", () => {
  it("orders each group's keys, leaves the absent out and keeps equal keys in row order", () => {
    const grouping = groupRows(Int32Array.of(1, 0, 1, 1, 0, 1), 3);
    const sorted = sortWithinGroups(grouping, Int32Array.of(7, 2, -1, 3, 2, 3), new Int32Array(10));
    expect(Array.from(sorted.start)).toEqual([0, 2, 5, 5]);
    expect(Array.from(sorted.keys)).toEqual([2, 2, 3, 3, 7]);
    expect(Array.from(sorted.rows)).toEqual([1, 4, 3, 5, 0]);
  });

  it("sorts a roster already in group order in place of a gathered one, with the same result", () => {
    const keys = Int32Array.of(7, 2, -1, 3, 2, 3);
    const inOrder = groupRows(Int32Array.of(0, 0, 0, 1, 1, 1), 2);
    expect(inOrder.rows).toBeNull();
    const sorted = sortWithinGroups(inOrder, keys, new Int32Array(10));
    expect(Array.from(sorted.start)).toEqual([0, 2, 5]);
    expect(Array.from(sorted.keys)).toEqual([2, 7, 2, 3, 3]);
    expect(Array.from(sorted.rows)).toEqual([1, 0, 4, 3, 5]);
    // one row in no group breaks the order: the rows are then listed
    expect(groupRows(Int32Array.of(0, -1, 1), 2).rows).not.toBeNull();
  });

  it("sorts keys spread far wider than the group by comparison, with the same result", () => {
    const keys = Int32Array.of(90_000, 5, 40_000, -1, 5);
    const sorted = sortWithinGroups(groupRows(new Int32Array(5), 1), keys, new Int32Array(100_000));
    expect(Array.from(sorted.keys)).toEqual([5, 5, 40_000, 90_000]);
    expect(Array.from(sorted.rows)).toEqual([1, 4, 2, 0]);
  });
});

describe("splitSorted", () => {
  it("splits a school's sorted keys into its classes, each still ascending", () => {
    const school = Int32Array.of(0, 0, 0, 0, 1, 1);
    const klass = Int32Array.of(0, 1, 0, 1, 2, -1);
    const keys = Int32Array.of(9, 4, 1, 8, 5, 6);
    const bySchool = sortWithinGroups(groupRows(school, 2), keys, new Int32Array(10));
    const byClass = splitSorted(bySchool, klass, satPerGroup(klass, Int32Array.of(2, 2, 1), new Int32Array(0)));
    expect(Array.from(byClass.start)).toEqual([0, 2, 4, 5]);
    expect(Array.from(byClass.keys)).toEqual([1, 9, 4, 8, 5]);
  });
});

describe("nesting and satPerGroup", () => {
  it("tells whether every group lies within one parent group, with the groups' sizes", () => {
    const within = nesting(Int32Array.of(0, 0, 2, -1), Int32Array.of(3, 3, 4, 5), 3);
    expect(within.nested).toBe(true);
    expect(Array.from(within.sizes.enrolled)).toEqual([2, 0, 1]);
    expect(Array.from(within.sizes.present)).toEqual([0, 2]);
    expect(nesting(Int32Array.of(0, 0, 1), Int32Array.of(3, 4, 4), 2).nested).toBe(false);
  });

  it("takes the absent rows off their groups", () => {
    expect(Array.from(satPerGroup(Int32Array.of(0, 1, 1, -1), Int32Array.of(1, 2), Int32Array.of(2, 3)))).toEqual([
      1, 1,
    ]);
  });
});
