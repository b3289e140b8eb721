import { describe, expect, it } from "vitest";
import { nationalBalanceConfig as config } from "./config";
import { evaluateBalance } from "./evaluate";
import { condition, school, schoolA } from "./testSchools";
import { applyAdjustments, validateAdjustments } from "./whatIf";

describe("what-if adjustments", () => {
  it("closes a school's shortfall: one PE teacher and 600 m² make it meet all seven", () => {
    const adjusted = applyAdjustments(
      [schoolA],
      [{ schoolId: "A", stage: "primary", addPeArtsTeachers: 1, addSportsArea: 600 }],
    );
    const [a] = evaluateBalance(adjusted, "primary", config).schools;
    expect(a?.metCount).toBe(7);
    expect(a?.shortfalls).toEqual([]);
  });

  it("never changes the inputs it was given", () => {
    const before = JSON.stringify(schoolA);
    applyAdjustments([schoolA], [{ schoolId: "A", stage: "primary", addBackboneTeachers: 3, addTeachingArea: 100 }]);
    expect(JSON.stringify(schoolA)).toBe(before);
  });

  it("adds stocks to the whole school, split by weighted enrollment", () => {
    const nine = school({
      schoolId: "N",
      kind: "nine_year",
      enrollment: { primary: 300, junior: 200, senior: 0 },
      condition: condition({ teachingArea: 1000 }),
    });
    const [adjusted] = applyAdjustments([nine], [{ schoolId: "N", stage: "junior", addTeachingArea: 520 }]);
    const [primary] = evaluateBalance([adjusted!], "primary", config).schools;
    expect(primary?.values.L4).toBeCloseTo(1520 / 520, 10);
  });

  it("starts a missing conditions row from zero when stocks are added", () => {
    const [adjusted] = applyAdjustments(
      [{ ...schoolA, condition: null }],
      [{ schoolId: "A", stage: "primary", addMultimediaRooms: 4 }],
    );
    expect(adjusted?.condition?.multimediaRooms).toBe(4);
  });

  it("refuses unknown schools, fractions of people and stocks below zero", () => {
    const problems = validateAdjustments(
      [
        { schoolId: "Z", stage: "primary" },
        { schoolId: "A", stage: "primary", addBackboneTeachers: 1.5, addTeachingArea: -5000, addPeArtsTeachers: -1 },
      ],
      [schoolA],
    );
    expect(problems).toEqual([
      { index: 0, field: "schoolId", message: "该学校不在本次测算范围内" },
      { index: 1, field: "addBackboneTeachers", message: "人数、间数、册数、台数须为整数" },
      { index: 1, field: "addTeachingArea", message: "调整后面积不能小于 0" },
      { index: 1, field: "addPeArtsTeachers", message: "模拟测算只能增加教师,不能减少" },
    ]);
  });
});
