import { describe, expect, it } from "vitest";
import {
  checkLevelScheme,
  checkThresholds,
  defaultLevelScheme,
  defaultRateThresholds,
  levelIndex,
  scoreLine,
} from "./config";

describe("scoreLine", () => {
  it("puts 57% of 100 exactly at 57 (not 56.99999999999999)", () => {
    expect(0.57 * 100).not.toBe(57);
    expect(scoreLine(0.57, 100)).toBe(57);
    expect(scoreLine(0.7, 100)).toBe(70);
    expect(scoreLine(0.85, 150)).toBe(127.5);
  });
});

describe("levelIndex", () => {
  it("gives A at the cut-off itself and D below the last", () => {
    expect(levelIndex(85, 100)).toBe(0);
    expect(levelIndex(84.5, 100)).toBe(1);
    expect(levelIndex(70, 100)).toBe(1);
    expect(levelIndex(60, 100)).toBe(2);
    expect(levelIndex(59.5, 100)).toBe(3);
    expect(levelIndex(0, 100)).toBe(3);
  });
});

describe("checks", () => {
  it("accepts the defaults", () => {
    expect(checkThresholds(defaultRateThresholds)).toEqual([]);
    expect(checkLevelScheme(defaultLevelScheme)).toEqual([]);
  });
  it("refuses thresholds out of order", () => {
    expect(checkThresholds({ excellent: 0.6, good: 0.7, pass: 0.6, low: 0.4 })).toContain("优秀线应高于良好线");
  });
  it("refuses level cut-offs out of order or a name count that does not fit", () => {
    expect(checkLevelScheme({ names: ["A", "B", "C"], cutoffs: [0.6, 0.8] })).toContain(
      "等级分数线应从高到低排列,且互不相同",
    );
    expect(checkLevelScheme({ names: ["A", "B"], cutoffs: [0.8, 0.6] }).length).toBeGreaterThan(0);
  });
});
