import { describe, expect, it } from "vitest";
import { type ConditionCheckInput, checkConditions } from "./conditionChecks";
import { condition } from "./testSchools";

const base: ConditionCheckInput = {
  schoolId: "A",
  name: "甲小学",
  schoolYear: 2026,
  current: condition({ teachingArea: 2000, sportsArea: 3000, equipmentValueFen: 100_000, multimediaRooms: 10 }),
  previous: condition({ teachingArea: 2000, sportsArea: 3000, equipmentValueFen: 100_000, multimediaRooms: 10 }),
  students: 400,
  previousStudents: 400,
  classes: 12,
};

describe("checkConditions", () => {
  it("passes plausible conditions", () => {
    expect(checkConditions([base])).toEqual([]);
  });

  it("flags a missing row as an error", () => {
    expect(checkConditions([{ ...base, current: null }])).toEqual([
      {
        schoolId: "A",
        name: "甲小学",
        field: "conditions",
        severity: "error",
        message: "未填报 2026 学年办学条件,该校的设施类指标无法计算",
      },
    ]);
  });

  it("flags a per-student area that jumps three-fold either way, not one that doubles", () => {
    const jumped = checkConditions([{ ...base, current: { ...base.current!, teachingArea: 6000 } }]);
    expect(jumped.map((f) => f.field)).toEqual(["teachingArea"]);
    expect(jumped[0]?.message).toBe("生均教学及辅助用房面积由上年 5.00 m² 变为 15.00 m²,变化超过 3 倍,请核实");
    expect(checkConditions([{ ...base, current: { ...base.current!, sportsArea: 1000 } }]).map((f) => f.field)).toEqual(
      ["sportsArea"],
    );
    expect(checkConditions([{ ...base, current: { ...base.current!, teachingArea: 4000 } }])).toEqual([]);
  });

  it("flags equipment value falling to zero and more multimedia rooms than classes", () => {
    const flags = checkConditions([
      { ...base, current: { ...base.current!, equipmentValueFen: 0, multimediaRooms: 13 } },
    ]);
    expect(flags.map((f) => f.message)).toEqual([
      "教学仪器设备值为 0(上年 1,000 元),请核实",
      "网络多媒体教室 13 间,多于班级数 12,请核实",
    ]);
  });
});
