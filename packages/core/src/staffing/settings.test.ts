import { describe, expect, it } from "vitest";
import { defaultStaffingSettings, type GradePeriods } from "./settings";

const grades = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const weekly = (g: number): GradePeriods => defaultStaffingSettings.curriculum[g] ?? {};
const total = (p: GradePeriods) => Object.values(p).reduce((n: number, v) => n + (v ?? 0), 0);

/** Nine-year share (percent) of a group of subjects in the default compulsory plan. */
function nineYearShare(subjects: (keyof GradePeriods)[]): number {
  const all = grades(1, 9).reduce((n, g) => n + total(weekly(g)), 0);
  const part = grades(1, 9).reduce((n, g) => n + subjects.reduce((m, s) => m + (weekly(g)[s] ?? 0), 0), 0);
  return (part / all) * 100;
}

describe("the default curriculum split", () => {
  it("adds up to the 2022 plan's weekly totals: grades 1–2 26, 3–6 30, 7–9 34", () => {
    expect(grades(1, 2).map((g) => total(weekly(g)))).toEqual([26, 26]);
    expect(grades(3, 6).map((g) => total(weekly(g)))).toEqual([30, 30, 30, 30]);
    expect(grades(7, 9).map((g) => total(weekly(g)))).toEqual([34, 34, 34]);
  });

  it.each([
    ["语文", ["chinese"], 20, 22],
    ["数学", ["math"], 13, 15],
    ["道德与法治", ["politics"], 6, 8],
    ["外语", ["english"], 6, 8],
    ["历史、地理", ["history", "geography"], 3, 4],
    ["科学、物理、化学、生物", ["science", "physics", "chemistry", "biology"], 8, 10],
    ["信息科技", ["it"], 1, 3],
    ["体育与健康", ["pe"], 10, 11],
    ["艺术", ["music", "art"], 9, 11],
    ["综合实践、劳动、地方与校本(含心理健康)", ["other", "psychology"], 14, 18],
  ] as const)("keeps %s within the 2022 plan's nine-year share", (_, subjects, min, max) => {
    const share = nineYearShare([...subjects]);
    expect(share).toBeGreaterThanOrEqual(min);
    expect(share).toBeLessThanOrEqual(max);
  });
});
