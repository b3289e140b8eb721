import { describe, expect, it } from "vitest";
import { nationalBalanceConfig as config } from "./config";
import { differenceCoefficient } from "./differenceCoefficient";
import { evaluateBalance } from "./evaluate";
import { condition, school, schoolA, teachers } from "./testSchools";

describe("evaluateBalance: a school's standing (at least 6 of 7, the 7th at ≥ 85%)", () => {
  it("computes the seven values of a school by hand", () => {
    const [a] = evaluateBalance([schoolA], "primary", config).schools;
    expect(a?.values.L1).toBeCloseTo(4.5, 10); // 18 of 22 teachers above 专科+ (3 PE + 1 music at 中专)
    expect(a?.values.L2).toBeCloseTo(1.0, 10);
    expect(a?.values.L3).toBeCloseTo(0.75, 10); // the part-time music teacher does not count
    expect(a?.values.L4).toBeCloseTo(5, 10);
    expect(a?.values.L5).toBeCloseTo(6, 10);
    expect(a?.values.L6).toBeCloseTo(2000, 10);
    expect(a?.values.L7).toBeCloseTo(2.5, 10);
    expect(a?.values.B6).toBeCloseTo(5.5, 10); // 22 teachers per 400
    expect(a?.values.B8).toBeCloseTo(1.0, 10); // 4 intermediate titles
    expect(a?.met).toEqual(["L1", "L2", "L4", "L6", "L7"]);
    expect(a?.passes).toBe(false);
  });

  it("lists the shortfall in real units: 1 PE/arts teacher and 600 m² of sports ground", () => {
    const [a] = evaluateBalance([schoolA], "primary", config).schools;
    expect(a?.shortfalls).toEqual([
      { indicator: "L3", amount: 1, unit: "人", description: "增加体育、艺术专任教师 1 人" },
      { indicator: "L5", amount: 600, unit: "m²", description: "增加体育运动场馆面积 600 m²" },
    ]);
  });

  const sixMet = (teachingArea: number) =>
    school({
      schoolId: "S",
      enrollment: { primary: 1000, junior: 0, senior: 0 },
      teachers: [
        ...teachers(42),
        ...teachers(10, { backboneLevel: "city" }, "b"),
        ...teachers(9, { subject: "art" }, "p"),
      ],
      condition: condition({
        teachingArea,
        sportsArea: 7500,
        equipmentValueFen: 200_000_000,
        multimediaRooms: 23,
      }),
    });

  it("passes a school with 6 met and the 7th at exactly 85% of its standard", () => {
    const [s] = evaluateBalance([sixMet(3825)], "primary", config).schools; // 3.825 = 85% of 4.5
    expect(s?.metCount).toBe(6);
    expect(s?.passes).toBe(true);
  });

  it("fails it just below 85%", () => {
    const [s] = evaluateBalance([sixMet(3824)], "primary", config).schools;
    expect(s?.passes).toBe(false);
    expect(s?.shortfalls).toEqual([
      { indicator: "L4", amount: 676, unit: "m²", description: "增加教学及辅助用房 676 m²" },
    ]);
  });

  it("cannot judge a school without a conditions row, and marks the evaluation incomplete", () => {
    const result = evaluateBalance([{ ...schoolA, condition: null }], "primary", config);
    expect(result.schools[0]?.passes).toBeNull();
    expect(result.schools[0]?.values.L4).toBeNull();
    expect(result.incomplete).toBe(true);
    expect(result.quality.indicators.find((r) => r.indicator === "L4")?.coefficient.kind).toBe("no_data");
  });
});

describe("evaluateBalance: the county", () => {
  const nineYear = school({
    schoolId: "B",
    name: "乙九年一贯制学校",
    kind: "nine_year",
    locality: "town",
    enrollment: { primary: 300, junior: 200, senior: 0 },
    teachers: [...teachers(15, {}, "bp"), ...teachers(14, { stageTaught: "junior" }, "bj")],
    condition: condition({ teachingArea: 3000, sportsArea: 5200, equipmentValueFen: 104_000_000, multimediaRooms: 13 }),
  });
  const smallPoint = school({
    schoolId: "T",
    name: "丙教学点",
    kind: "teaching_point",
    locality: "rural",
    enrollment: { primary: 30, junior: 0, senior: 0 },
  });
  const special = school({ schoolId: "X", name: "特教学校", kind: "special" });
  const junior = school({ schoolId: "J", kind: "junior", enrollment: { primary: 0, junior: 500, senior: 0 } });
  const county = [schoolA, nineYear, smallPoint, special, junior];

  it("splits a nine-year school: primary stocks by 300 / (300 + 1.1 × 200), teachers by stage taught", () => {
    const result = evaluateBalance(county, "primary", config);
    const b = result.schools.find((s) => s.part.schoolId === "B");
    expect(b?.part.stockShare).toBeCloseTo(300 / 520, 12);
    expect(b?.values.L4).toBeCloseTo(3000 / 520, 10);
    expect(b?.part.counts.teachers).toBe(15);
    const j = evaluateBalance(county, "junior", config).schools.find((s) => s.part.schoolId === "B");
    expect(j?.part.stockShare).toBeCloseTo(220 / 520, 12);
    expect(j?.part.counts.teachers).toBe(14);
  });

  it("lists excluded schools with the reason and leaves out schools of other stages", () => {
    const result = evaluateBalance(county, "primary", config);
    expect(result.schools.map((s) => s.part.schoolId)).toEqual(["A", "B"]);
    expect(result.excluded).toEqual([
      { schoolId: "T", name: "丙教学点", reason: "small_teaching_point" },
      { schoolId: "X", name: "特教学校", reason: "special" },
    ]);
    expect(result.students).toBe(700);
  });

  it("weights each indicator's coefficient by enrollment and compares it with the stage's limit", () => {
    const result = evaluateBalance(county, "primary", config);
    const l4 = result.quality.indicators.find((r) => r.indicator === "L4");
    const expected = differenceCoefficient([
      { students: 400, value: 5 },
      { students: 300, value: 3000 / 520 },
    ]);
    expect(l4?.coefficient).toEqual(expected);
    expect(l4?.limit).toBe(0.5);
    expect(l4?.passed).toBe(true);
    const cvs = result.quality.indicators.map((r) => (r.coefficient.kind === "ok" ? r.coefficient.cv : Number.NaN));
    expect(result.quality.composite).toBeCloseTo(cvs.reduce((s, x) => s + x, 0) / 7, 12);
  });

  it("fails an indicator above the limit, and the county with it", () => {
    // no backbone teachers at B: L2 values 1.0 and 0 → cv = √(4/7 · 3/7) / (4/7) ≈ 0.866
    const result = evaluateBalance(county, "primary", config);
    const l2 = result.quality.indicators.find((r) => r.indicator === "L2");
    expect(l2?.coefficient.kind === "ok" && l2.coefficient.cv).toBeCloseTo(Math.sqrt(0.75), 10);
    expect(l2?.passed).toBe(false);
    expect(result.quality.passed).toBe(false);
  });

  it("computes the basic composite as the plain mean of eight coefficients against 0.65 / 0.55", () => {
    const result = evaluateBalance(county, "primary", config);
    expect(result.basic.indicators).toHaveLength(8);
    expect(result.basic.limit).toBe(0.65);
    expect(evaluateBalance(county, "junior", config).basic.limit).toBe(0.55);
    const cvs = result.basic.indicators.map((r) => (r.coefficient.kind === "ok" ? r.coefficient.cv : 0));
    expect(result.basic.composite).toBeCloseTo(cvs.reduce((s, x) => s + x, 0) / 8, 12);
  });

  it("follows the configured qualification rule", () => {
    const strict = { ...config, qualificationAbove: { primary: "bachelor" as const, junior: "postgraduate" as const } };
    const [a] = evaluateBalance([schoolA], "primary", strict).schools;
    expect(a?.values.L1).toBeCloseTo(1.0, 10); // only the four backbone teachers hold a bachelor's degree
  });
});
