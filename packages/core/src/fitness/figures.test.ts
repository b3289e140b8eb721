import { describe, expect, it } from "vitest";
import { type FitnessResultRow, fitnessFigures, percent, schoolsBelowCounty, workReportSentence } from "./figures";

const row = (over: Partial<FitnessResultRow>): FitnessResultRow => ({
  status: "tested",
  sex: "male",
  grade: 1,
  total: 70,
  band: "pass",
  bmiLevel: "正常",
  scores: { bmi: 100, vital: 70, run50: 60 },
  ...over,
});

describe("fitnessFigures", () => {
  const rows = [
    row({ total: 95, band: "excellent", scores: { bmi: 100, vital: 100, run50: 90 } }),
    row({ total: 85, band: "good", bmiLevel: "超重", scores: { bmi: 80, vital: 80, run50: 40 } }),
    row({ total: 65, band: "pass", bmiLevel: "肥胖", scores: { bmi: 60, vital: 60, run50: 50 } }),
    row({ total: 55, band: "fail", scores: { bmi: 100, vital: 40, run50: 30 } }),
    row({ total: null, band: null, scores: { bmi: 100 } }),
    row({ status: "exempt", total: null, band: null, bmiLevel: null, scores: {} }),
    row({ status: "deferred", total: null, band: null, bmiLevel: null, scores: {} }),
  ];
  const f = fitnessFigures(rows);

  it("counts exempt, deferred and incomplete apart and leaves them out of the rates", () => {
    expect([f.records, f.tested, f.exempt, f.deferred, f.incomplete, f.scored]).toEqual([7, 5, 1, 1, 1, 4]);
    expect(f.passRate).toBe(3 / 4);
    expect(f.excellentGoodRate).toBe(2 / 4);
    expect(f.goodRate).toBe(1 / 4);
    expect(f.excellentRate).toBe(1 / 4);
    expect(f.meanTotal).toBe((95 + 85 + 65 + 55) / 4);
  });

  it("shares BMI levels over the tested with a BMI, and finds the weakest items", () => {
    expect(f.bmiMeasured).toBe(5);
    expect(f.overweightRate).toBe(1 / 5);
    expect(f.obesityRate).toBe(1 / 5);
    expect(f.weakest[0]).toBe("run50");
    expect(f.items.find((i) => i.component === "run50")?.passRate).toBe(1 / 4);
  });

  it("answers no rate for a group without scores", () => {
    expect(fitnessFigures([]).passRate).toBeNull();
    expect(percent(null)).toBe("—");
    expect(percent(0.12345)).toBe("12.3%");
  });

  it("lists schools below the county's pass rate, lowest first, and writes the sentence", () => {
    const below = schoolsBelowCounty(
      [
        { id: "a", figures: fitnessFigures([row({ total: 50, band: "fail" })]) },
        { id: "b", figures: fitnessFigures([row({})]) },
      ],
      f,
    );
    expect(below.map((s) => s.id)).toEqual(["a"]);
    expect(workReportSentence("示范县", 2025, f, 1)).toContain("及格率 75.0%");
  });
});
