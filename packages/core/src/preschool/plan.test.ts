import { describe, expect, it } from "vitest";
import { nationalPreschoolConfig as config } from "./config";
import { childrenAged3to5FromBirths, childrenAged3to5FromRoster, townshipPlan } from "./plan";
import { exampleCounty } from "./testCounty";

// births by township and calendar year, written by hand
const births = [
  { townCode: "A", year: 2022, births: 32 },
  { townCode: "A", year: 2023, births: 35 },
  { townCode: "A", year: 2024, births: 28 },
  { townCode: "A", year: 2025, births: 25 },
  { townCode: "A", year: 2026, births: 20 },
  { townCode: "C", year: 2022, births: 12 },
  { townCode: "C", year: 2023, births: 14 },
  { townCode: "C", year: 2024, births: 16 },
  { townCode: "C", year: 2025, births: 18 },
  { townCode: "C", year: 2026, births: 20 },
];

describe("childrenAged3to5FromBirths", () => {
  it("takes the births of the three calendar years Y−5, Y−4, Y−3 for school year Y", () => {
    const a = new Map([2022, 2023, 2024].map((y, i) => [y, [32, 35, 28][i] as number]));
    expect(childrenAged3to5FromBirths(a, 2027)).toBe(95);
  });
  it("is null when one of the three years is missing", () => {
    expect(childrenAged3to5FromBirths(new Map([[2022, 32]]), 2027)).toBeNull();
  });
});

describe("townshipPlan: the example county, by hand", () => {
  const plan = townshipPlan(exampleCounty(), births, config);
  const town = (code: string) => plan.townships.find((t) => t.townCode === code);

  it("counts standard places from the classes: 城关街道 25 + 30 + 35 = 90; 河东镇 25 + 30 + 30 + 35 = 120; 石门乡 35", () => {
    expect(town("A")?.places).toBe(90);
    expect(town("B")?.places).toBe(120);
    expect(town("C")?.places).toBe(35);
    expect(town("B")?.inclusivePlaces).toBe(55);
  });

  it("城关街道: 100 children now need ⌈85⌉ = 85 places, a surplus of 5; next years 95, 88, 73 from births", () => {
    const a = town("A");
    expect(a?.years.map((y) => y.children)).toEqual([100, 95, 88, 73]);
    expect(a?.years[0]).toMatchObject({ schoolYear: 2026, needed: 85, gap: -5, source: "录入" });
    expect(a?.years[1]).toMatchObject({ schoolYear: 2027, needed: 81, gap: -9, source: "出生数推算" });
  });

  it("石门乡: 42, 48, 54 children in 2027–2029 need 36, 41, 46 places against 35: gaps 1, 6, 11", () => {
    expect(
      town("C")
        ?.years.slice(1)
        .map((y) => y.gap),
    ).toEqual([1, 6, 11]);
  });

  it("河东镇 without births: the forecast years say so (null), the current year still counts", () => {
    const b = town("B");
    expect(b?.years[0]?.gap).toBe(-18); // ⌈120 × 0.85⌉ = 102 needed, 120 places
    expect(b?.years[1]).toMatchObject({ children: null, needed: null, gap: null });
  });

  it("sums the county for each year only when every township is known", () => {
    expect(plan.county[0]).toMatchObject({ children: 250, places: 245 });
    expect(plan.county[1]?.children).toBeNull();
  });
});

describe("children aged 3–5 from the household roster", () => {
  it("sums the cohorts aged 5, 4 and 3 on 31 August, a missing cohort counting 0", () => {
    // cohort = the school year the child is 0 on 31 August; in 2026 the cohorts 2021, 2022, 2023 are 5, 4 and 3
    const cohorts = new Map([
      [2021, 2],
      [2022, 3],
      [2023, 4],
      [2024, 5],
      [2026, 7],
    ]);
    expect(childrenAged3to5FromRoster(cohorts, 2026)).toBe(9);
    expect(childrenAged3to5FromRoster(cohorts, 2027)).toBe(12); // 2022 + 2023 + 2024
    expect(childrenAged3to5FromRoster(cohorts, 2028)).toBe(9); // 2023 + 2024 + 2025 (none)
  });

  it("forecasts from the roster instead of births when the input carries its cohorts", () => {
    const input = {
      schoolYear: 2026,
      asOf: "2026-09-01",
      kindergartens: [],
      townships: [
        { townCode: "t", name: "甲镇", urban: false, population3to5: 9, populationFrom: "户籍名单" as const },
      ],
      satisfaction: null,
      rosterCohorts: [
        { townCode: "t", cohort: 2024, children: 5 },
        { townCode: "t", cohort: 2023, children: 4 },
        { townCode: "t", cohort: 2022, children: 3 },
      ],
    };
    const years = townshipPlan(input, [], config).townships[0]?.years ?? [];
    expect(years.map((y) => [y.children, y.source])).toEqual([
      [9, "户籍名单"],
      [12, "户籍名单"],
      [9, "户籍名单"],
      [5, "户籍名单"],
    ]);
  });
});
