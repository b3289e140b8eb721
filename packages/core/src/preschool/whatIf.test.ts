import { describe, expect, it } from "vitest";
import { nationalPreschoolConfig as config } from "./config";
import type { PreschoolIndicatorKey } from "./evaluate";
import { exampleCounty } from "./testCounty";
import { preschoolWhatIf } from "./whatIf";

const indicatorValue = (r: ReturnType<typeof preschoolWhatIf>, key: PreschoolIndicatorKey) =>
  r.after.indicators.find((i) => i.key === key)?.value;

describe("preschoolWhatIf: worked by hand on the example county", () => {
  it("recognising 贝贝 as 普惠 lifts coverage from 76.36 % to 220 ÷ 220 = 100 % and leaves the public share at 50 %", () => {
    const r = preschoolWhatIf(exampleCounty(), [{ type: "recognise", schoolId: "K3" }], config);
    expect(r.problems).toEqual([]);
    expect(indicatorValue(r, "inclusive_coverage")).toBe(1);
    expect(indicatorValue(r, "public_share")).toBe(0.5);
    expect(r.changed).toContainEqual({ key: "inclusive_coverage", before: "fail", after: "pass" });
  });

  it("gives a recognised kindergarten the 普惠 subsidy standard, so the funding indicator counts it as meeting it: 3 of 3", () => {
    const r = preschoolWhatIf(exampleCounty(), [{ type: "recognise", schoolId: "K3" }], config);
    const funding = r.after.indicators.find((i) => i.key === "funding");
    expect([funding?.numerator, funding?.denominator, funding?.status]).toEqual([3, 3, "pass"]);
  });

  it("a 120-place public kindergarten in 石门乡 takes its 30 − 20 = 10 children not yet in kindergarten: 230 ÷ 250 = 92 %, public 120 ÷ 230", () => {
    const r = preschoolWhatIf(exampleCounty(), [{ type: "newPublic", townCode: "C", places: 120 }], config);
    expect(r.after.children).toBe(230);
    expect(indicatorValue(r, "gross_enrollment")).toBeCloseTo(0.92, 12);
    expect(indicatorValue(r, "public_share")).toBeCloseTo(120 / 230, 12);
    expect(r.newKindergartens).toEqual([{ townCode: "C", name: "石门乡新建公办园", places: 120, children: 10 }]);
  });

  it("refuses to recognise a kindergarten that is already public, naming it", () => {
    const r = preschoolWhatIf(exampleCounty(), [{ type: "recognise", schoolId: "K1" }], config);
    expect(r.problems[0]).toEqual({ index: 0, message: "第 1 项:第一幼儿园已是公办园,无需认定为普惠性民办园" });
  });

  it("refuses an unknown township and a place count out of range", () => {
    const r = preschoolWhatIf(
      exampleCounty(),
      [
        { type: "newPublic", townCode: "Z", places: 120 },
        { type: "newPublic", townCode: "C", places: 0 },
      ],
      config,
    );
    expect(r.problems.map((p) => p.index)).toEqual([0, 1]);
  });

  it("never changes its input", () => {
    const input = exampleCounty();
    preschoolWhatIf(input, [{ type: "recognise", schoolId: "K3" }], config);
    expect(input.kindergartens[2]?.kind).toBe("private");
  });
});
