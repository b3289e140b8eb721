import { describe, expect, it } from "vitest";
import { quantileSorted } from "./quantile";

describe("quantileSorted", () => {
  it("interpolates like Excel PERCENTILE.INC", () => {
    expect(quantileSorted([60, 70, 80, 90], 0.5)).toBe(75);
    expect(quantileSorted([60, 70, 80, 90], 0.9)).toBeCloseTo(87, 10);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2);
  });
  it("gives the one value for one student and NaN for none", () => {
    expect(quantileSorted([42], 0.1)).toBe(42);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
  it("reads a slice of a typed array", () => {
    expect(quantileSorted(new Float64Array([9, 1, 2, 3, 9]), 0.5, 1, 4)).toBe(2);
  });
});
