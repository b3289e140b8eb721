import { describe, expect, it } from "vitest";
import { rowsIn } from "./matchStudents";

describe("rowsIn", () => {
  it("finds each id's position in the other list, −1 for one not there", () => {
    expect(Array.from(rowsIn(["b", "x", "a", ""], ["a", "b", ""]))).toEqual([1, -1, 0, 2]);
    expect(Array.from(rowsIn([], ["a"]))).toEqual([]);
    expect(Array.from(rowsIn(["a"], []))).toEqual([-1]);
  });

  it("matches an id listed twice at its first place", () => {
    expect(Array.from(rowsIn(["a"], ["b", "a", "a"]))).toEqual([1]);
  });

  it("agrees with a Map on many register ids, shuffled, with some missing on each side", () => {
    const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
    const previous = Array.from({ length: 50_000 }, (_, n) => id(n * 3));
    // the same cohort a term later, in another order, some gone and some new
    const current = Array.from({ length: 60_000 }, (_, n) => id(((n * 7919) % 60_000) * 2));
    const where = new Map(previous.map((x, j) => [x, j]));
    const expected = current.map((x) => where.get(x) ?? -1);
    const got = Array.from(rowsIn(current, previous));
    expect(got).toEqual(expected);
    expect(got.filter((j) => j >= 0).length).toBeGreaterThan(10_000);
    expect(got.filter((j) => j < 0).length).toBeGreaterThan(10_000);
  });
});
