import { describe, expect, it } from "vitest";
import { figureByKey } from "./catalogue";
import { countValue, missingValue, percentValue } from "./figureValue";
import { yearEndChecks } from "./yearEndChecks";

const def = (key: string) => {
  const f = figureByKey(key);
  if (!f) throw new Error(key);
  return f;
};

describe("yearEndChecks", () => {
  it("lists totals that disagree with both sides and the difference", () => {
    const items = yearEndChecks(
      [],
      [
        {
          code: "classes",
          title: "分班学生数与在籍学生数",
          left: { label: "分班学生", value: 980 },
          right: { label: "在籍学生", value: 1000 },
          records: [{ id: "s1", label: "一中", detail: "20人未分班" }],
        },
        { code: "same", title: "x", left: { label: "a", value: 1 }, right: { label: "b", value: 1 } },
      ],
      0.2,
    );
    expect(items).toEqual([
      {
        code: "totals:classes",
        kind: "totals",
        figureKey: null,
        title: "分班学生数与在籍学生数不一致",
        detail: "分班学生980,在籍学生1000,相差20",
        records: [{ id: "s1", label: "一中", detail: "20人未分班" }],
      },
    ]);
  });

  it("lists a value outside the national norms with its source", () => {
    const cv = def("balance.primaryComposite");
    const items = yearEndChecks(
      [{ def: cv, current: { status: "ok", value: 0.7, numerator: null, denominator: null }, previous: null }],
      [],
      0.2,
    );
    expect(items.map((i) => [i.code, i.title])).toEqual([
      ["norm:balance.primaryComposite", "小学综合差异系数高于规定范围"],
    ]);
    expect(items[0]?.detail).toContain("0.65");
  });

  it("lists a jump beyond the ratio and leaves one within it", () => {
    const students = def("registry.students");
    const jump = yearEndChecks([{ def: students, current: countValue(1300), previous: countValue(1000) }], [], 0.2);
    expect(jump.map((i) => i.code)).toEqual(["jump:registry.students"]);
    expect(jump[0]?.detail).toBe("上年1000人,本年1300人,变化30%");
    expect(yearEndChecks([{ def: students, current: countValue(1100), previous: countValue(1000) }], [], 0.2)).toEqual(
      [],
    );
  });

  it("lists a value outside the national norms", () => {
    const items = yearEndChecks(
      [{ def: def("registry.largeClassShare"), current: percentValue(8, 100, ""), previous: null }],
      [],
      0.2,
    );
    expect(items.map((i) => i.title)).toEqual(["大班额比例高于规定范围"]);
  });

  it("does not check a figure whose inputs are incomplete", () => {
    const items = yearEndChecks(
      [{ def: def("registry.superLargeClasses"), current: missingValue("未分班"), previous: countValue(3) }],
      [],
      0.2,
    );
    expect(items).toEqual([]);
  });
});
