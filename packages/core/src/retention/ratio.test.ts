import { describe, expect, it } from "vitest";
import { ratio } from "./ratio";

describe("ratio", () => {
  it("rounds half up to two decimals", () => {
    expect(ratio(2, 3).rate).toBe(66.67);
    expect(ratio(1, 3).rate).toBe(33.33);
    expect(ratio(79_900, 80_000).rate).toBe(99.88); // 99.875 → 99.88
    expect(ratio(998_741, 1_000_000).rate).toBe(99.87); // 99.8741 → 99.87
  });
  it("caps at 100 only when asked (巩固率)", () => {
    expect(ratio(103, 100).rate).toBe(103);
    expect(ratio(103, 100, { cap: true })).toEqual({ numerator: 103, denominator: 100, rate: 100, capped: true });
  });
  it("has no rate without a denominator", () => {
    expect(ratio(0, 0).rate).toBeNull();
    expect(ratio(5, 0, { cap: true }).rate).toBeNull();
  });
});
