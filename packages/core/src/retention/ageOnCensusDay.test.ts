import { describe, expect, it } from "vitest";
import { ageOnCensusDay, censusDay } from "./ageOnCensusDay";

describe("ageOnCensusDay", () => {
  it.each([
    ["2020-08-31", 2026, 6], // sixth birthday on the census day itself: 6
    ["2020-09-01", 2026, 5], // one day later: still 5, starts school next year
    ["2020-01-01", 2026, 6],
    ["2012-08-31", 2026, 14],
    ["2011-09-01", 2026, 14], // turns 15 only after the census day
    ["2011-08-31", 2026, 15],
    ["2016-02-29", 2026, 10], // leap-day birthday
  ] as const)("born %s is %i in school year %i", (birth, year, age) => {
    expect(ageOnCensusDay(birth, year)).toBe(age);
  });
  it("gives NaN for a date it cannot read", () => {
    expect(ageOnCensusDay("2020/08/31", 2026)).toBeNaN();
    expect(ageOnCensusDay("2020-13-01", 2026)).toBeNaN();
  });
  it("counts on 31 August of the school year's first calendar year", () => {
    expect(censusDay(2026)).toBe("2026-08-31");
  });
});
