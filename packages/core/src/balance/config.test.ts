import { describe, expect, it } from "vitest";
import { isAboveRequiredQualification, nationalBalanceConfig, validateBalanceConfig } from "./config";
import { stockShareOf } from "./stageParts";

describe("balance configuration", () => {
  it("holds the national standards of methods.md §1.1", () => {
    expect(nationalBalanceConfig.standards.primary).toEqual({
      L1: 4.2,
      L2: 1,
      L3: 0.9,
      L4: 4.5,
      L5: 7.5,
      L6: 2000,
      L7: 2.3,
    });
    expect(nationalBalanceConfig.standards.junior).toEqual({
      L1: 5.3,
      L2: 1,
      L3: 0.9,
      L4: 5.8,
      L5: 10.2,
      L6: 2500,
      L7: 2.4,
    });
    expect(validateBalanceConfig(nationalBalanceConfig)).toEqual([]);
  });

  it("counts 专科+ above the requirement for primary and 本科+ for junior by default", () => {
    expect(isAboveRequiredQualification("college", "primary", nationalBalanceConfig)).toBe(true);
    expect(isAboveRequiredQualification("secondary", "primary", nationalBalanceConfig)).toBe(false);
    expect(isAboveRequiredQualification("college", "junior", nationalBalanceConfig)).toBe(false);
    expect(isAboveRequiredQualification("bachelor", "junior", nationalBalanceConfig)).toBe(true);
  });

  it("splits a twelve-year school's stocks 1 : 1.1 : 1.32 by weighted enrollment", () => {
    const e = { primary: 600, junior: 300, senior: 200 };
    const total = 600 + 1.1 * 300 + 1.32 * 200;
    expect(stockShareOf("primary", e, "twelve_year", nationalBalanceConfig)).toBeCloseTo(600 / total, 12);
    expect(stockShareOf("junior", e, "twelve_year", nationalBalanceConfig)).toBeCloseTo(330 / total, 12);
    expect(
      stockShareOf("junior", { primary: 0, junior: 500, senior: 600 }, "complete_secondary", nationalBalanceConfig),
    ).toBeCloseTo(550 / (550 + 792), 12);
  });

  it("refuses nonsense settings with the field named", () => {
    const bad = {
      ...nationalBalanceConfig,
      schoolMinimumMet: 8,
      schoolRemainderShare: 1.5,
      standards: { ...nationalBalanceConfig.standards, junior: { ...nationalBalanceConfig.standards.junior, L6: -1 } },
    };
    expect(validateBalanceConfig(bad).map((p) => p.field)).toEqual([
      "standards.junior.L6",
      "schoolMinimumMet",
      "schoolRemainderShare",
    ]);
  });
});
