import { describe, expect, it } from "vitest";
import { graduationFigures } from "./graduation";

describe("graduationFigures", () => {
  // worked by hand:
  // A 80 with 70, 90 → 80 × 0.5 + 80 × 0.5 = 80.0 良好
  // B 92.5 with 85.0, 70.3 → 46.25 + 38.825 = 85.075 → 85.1 良好
  // C 59.9 with 60 → 29.95 + 30 = 59.95 → 60.0 及格
  // D 95 with no earlier year → 95 (final year alone) 优秀
  // E 50 with an exempt earlier year (null) and 40 → 25 + 20 = 45.0 不及格
  // F exempt, G incomplete: no graduation score
  const f = graduationFigures([
    { status: "tested", finalTotal: 80, earlierTotals: [70, 90] },
    { status: "tested", finalTotal: 92.5, earlierTotals: [85.0, 70.3] },
    { status: "tested", finalTotal: 59.9, earlierTotals: [60] },
    { status: "tested", finalTotal: 95, earlierTotals: [] },
    { status: "tested", finalTotal: 50, earlierTotals: [null, 40] },
    { status: "exempt", finalTotal: null, earlierTotals: [88] },
    { status: "tested", finalTotal: null, earlierTotals: [75] },
  ]);

  it("counts students without a final-year total apart and out of the rates", () => {
    expect([f.students, f.scored, f.noScore, f.finalYearOnly]).toEqual([7, 5, 2, 1]);
  });

  it("bands and rates over the students with a graduation score", () => {
    expect([f.excellent, f.good, f.pass, f.fail]).toEqual([1, 2, 1, 1]);
    expect(f.passRate).toBe(4 / 5);
    expect(f.excellentGoodRate).toBe(3 / 5);
    expect(f.excellentRate).toBe(1 / 5);
    expect(f.meanScore).toBeCloseTo((80 + 85.1 + 60 + 95 + 45) / 5, 10);
  });

  it("has no rates without a scored student", () => {
    expect(graduationFigures([]).passRate).toBeNull();
    expect(graduationFigures([]).meanScore).toBeNull();
  });
});
