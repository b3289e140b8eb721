import { describe, expect, it } from "vitest";
import { nationalPreschoolConfig as config } from "./config";
import { evaluatePreschool, type PreschoolIndicator, type PreschoolIndicatorKey } from "./evaluate";
import type { KindergartenInput } from "./inputs";
import { exampleCounty, kindergarten } from "./testCounty";

const indicator = (key: PreschoolIndicatorKey, input = exampleCounty()): PreschoolIndicator => {
  const found = evaluatePreschool(input, config).indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
};

// Every expected figure below was worked out by hand from the example county (testCounty.ts) before the code.
describe("evaluatePreschool: the example county, by hand", () => {
  it("学前三年毛入园率: 220 children of any age (attached class included) ÷ 250 aged 3–5 = 88.0 %, passes 85 %", () => {
    const i = indicator("gross_enrollment");
    expect(i.numerator).toBe(220);
    expect(i.denominator).toBe(250);
    expect(i.value).toBeCloseTo(0.88, 12);
    expect(i.status).toBe("pass");
  });

  it("普惠性幼儿园覆盖率: (90 + 58 + 20) ÷ 220 = 76.36 %, fails 80 %; 贝贝 (52 non-普惠 children) pulls it down", () => {
    const i = indicator("inclusive_coverage");
    expect(i.numerator).toBe(168);
    expect(i.value).toBeCloseTo(168 / 220, 12);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["K3"]);
  });

  it("公办园在园幼儿占比: (90 + 20) ÷ 220 = exactly 50 %, which passes (≥)", () => {
    const i = indicator("public_share");
    expect(i.numerator).toBe(110);
    expect(i.value).toBe(0.5);
    expect(i.status).toBe("pass");
  });

  it("class size: 6 of 8 classes within limits (小班 28 > 25, 混龄 32 > 30) = 75 %, fails 95 %", () => {
    const i = indicator("class_within_limit");
    expect([i.numerator, i.denominator]).toEqual([6, 8]);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["K2", "K3"]);
    expect(i.pulling[0]?.note).toBe("小(1)班 28 人(上限 25)");
  });

  it("children per full-time teacher: 220 ÷ 14 = 15.71 > 15 fails; K3 (17.3) and the attached class (20) pull it down, K1 at exactly 15 does not", () => {
    const i = indicator("children_per_teacher");
    expect(i.value).toBeCloseTo(220 / 14, 12);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["P1", "K3"]);
  });

  it("certified teachers: 13 of 14 = 92.86 %, fails 100 %; K2 has one without a certificate", () => {
    const i = indicator("certified_teachers");
    expect([i.numerator, i.denominator]).toEqual([13, 14]);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["K2"]);
  });

  it("certified principals: 2 of 3 kindergartens (attached classes not counted) = 66.67 %, fails", () => {
    const i = indicator("certified_principals");
    expect([i.numerator, i.denominator]).toEqual([2, 3]);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["K3"]);
  });

  it("pay: public kindergartens' non-established average 4 800 ÷ established 6 000 = exactly 80 %, passes", () => {
    const i = indicator("pay_share");
    expect(i.value).toBeCloseTo(0.8, 12);
    expect(i.status).toBe("pass");
  });

  it("funding: K1 800 ≥ 600 (public), K2 400 ≥ 300 (普惠 subsidy): 2 of 2 meet, passes; K3 is not examined", () => {
    const i = indicator("funding");
    expect([i.numerator, i.denominator]).toEqual([2, 2]);
    expect(i.status).toBe("pass");
  });

  it("building and play area: K3 has 2.88 m² of play area a child (< 4): 2 of 3 meet, fails", () => {
    const i = indicator("building_standard");
    expect([i.numerator, i.denominator]).toEqual([2, 3]);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["K3"]);
  });

  it("rural townships with a public central kindergarten: 河东镇 and 石门乡 have none (城关街道 is urban, not a township): 0 of 2", () => {
    const i = indicator("rural_central");
    expect([i.numerator, i.denominator]).toEqual([0, 2]);
    expect(i.status).toBe("fail");
    expect(i.pulling.map((p) => p.id)).toEqual(["B", "C"]);
  });

  it("satisfaction: the entered 90 % passes 85 %", () => {
    expect(indicator("satisfaction")).toMatchObject({ value: 0.9, status: "pass" });
  });

  it("counts passes and fails for the county", () => {
    const e = evaluatePreschool(exampleCounty(), config);
    expect(e.children).toBe(220);
    expect(e.passed).toBe(5);
    expect(e.failed).toBe(7);
    expect(e.missing).toBe(0);
  });
});

describe("evaluatePreschool: missing inputs say so instead of printing a number", () => {
  it("without the population of a township the gross enrollment rate names the township and has no value", () => {
    const input = exampleCounty();
    input.townships[2] = { townCode: "C", name: "石门乡", urban: false, population3to5: null };
    const i = indicator("gross_enrollment", input);
    expect(i.status).toBe("missing");
    expect(i.value).toBeNull();
    expect(i.missing).toContain("石门乡");
  });

  it("a kindergarten with children and no reported kind leaves coverage and public share missing, naming it", () => {
    const input = exampleCounty();
    input.kindergartens[2] = { ...(input.kindergartens[2] as KindergartenInput), kind: null };
    for (const key of ["inclusive_coverage", "public_share"] as const) {
      const i = indicator(key, input);
      expect(i.status).toBe("missing");
      expect(i.missing).toContain("贝贝幼儿园");
    }
  });

  it("without a survey the satisfaction indicator is missing", () => {
    const input = { ...exampleCounty(), satisfaction: null };
    expect(indicator("satisfaction", input).status).toBe("missing");
  });

  it("a county with no kindergartens has every indicator missing, none passed", () => {
    const e = evaluatePreschool({ ...exampleCounty(), kindergartens: [], satisfaction: null }, config);
    expect(e.passed).toBe(0);
    expect(e.indicators.filter((i) => i.key !== "rural_central").every((i) => i.status === "missing")).toBe(true);
  });

  it("a township's public central kindergarten fills its place; an attached class does not count as one", () => {
    const input = exampleCounty();
    input.kindergartens.push(
      kindergarten({ schoolId: "K4", name: "河东镇中心幼儿园", townCode: "B", ruralCentral: true, children: 10 }),
    );
    input.kindergartens[3] = { ...(input.kindergartens[3] as KindergartenInput), ruralCentral: true };
    const i = indicator("rural_central", input);
    expect([i.numerator, i.denominator]).toEqual([1, 2]);
    expect(i.pulling.map((p) => p.id)).toEqual(["C"]);
  });
});
