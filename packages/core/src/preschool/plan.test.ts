import { describe, expect, it } from "vitest";
import { nationalPreschoolConfig as config } from "./config";
import { childrenAged3to5FromBirths, townshipPlan } from "./plan";
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
