import { describe, expect, it } from "vitest";
import { classSizeCategory, standardClassSize, summarizeClassSizes } from "./classSize";

describe("classSizeCategory", () => {
  it.each([
    [45, "normal"],
    [46, "oversized"],
    [55, "oversized"],
    [56, "large"],
    [65, "large"],
    [66, "super_large"],
  ] as const)("a class of %i is %s", (size, expected) => {
    expect(classSizeCategory(size)).toBe(expected);
  });
  it("follows a stricter provincial rule when given", () => {
    expect(classSizeCategory(50, { oversizedFrom: 41, largeFrom: 46, superLargeFrom: 56 })).toBe("large");
  });
});

describe("summarizeClassSizes", () => {
  it("counts categories and the large-class share", () => {
    const s = summarizeClassSizes([40, 47, 58, 70]);
    expect(s.byCategory).toEqual({ normal: 1, oversized: 1, large: 1, super_large: 1 });
    expect(s.largeShare).toBe(0.5);
  });
  it("reports no share when there are no classes", () => {
    expect(summarizeClassSizes([]).largeShare).toBeNull();
  });
});

describe("standardClassSize", () => {
  it("is 45 for primary and 50 for junior", () => {
    expect(standardClassSize("primary")).toBe(45);
    expect(standardClassSize("junior")).toBe(50);
    expect(standardClassSize("preschool")).toBeNull();
  });
});
