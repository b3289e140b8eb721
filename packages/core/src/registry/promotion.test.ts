import { describe, expect, it } from "vitest";
import { classNameOf, type PromotionStudent, promotionPlan, schoolGrades, skippedByReason } from "./promotion";

const enrolled = (studentId: string, grade: number, classNumber: number | null = 1): PromotionStudent => ({
  studentId,
  grade,
  classNumber,
  status: "enrolled",
});

describe("schoolGrades", () => {
  it.each([
    ["kindergarten", [-1]],
    ["primary", [6]],
    ["teaching_point", [6]],
    ["junior", [9]],
    ["nine_year", [9]],
    ["senior", [12]],
    ["complete_secondary", [9, 12]],
    ["twelve_year", [9, 12]],
    ["vocational", [12]],
    ["special", [9]],
  ] as const)("a %s school graduates from grades %j", (kind, graduationGrades) => {
    expect(schoolGrades(kind).graduationGrades).toEqual(graduationGrades);
  });
  it("knows no grades of an unknown kind", () => {
    expect(schoolGrades("university")).toEqual({ grades: [], graduationGrades: [] });
  });
  it("returns a copy the caller may change", () => {
    schoolGrades("primary").grades.push(99);
    expect(schoolGrades("primary").grades).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("classNameOf", () => {
  it("names school and kindergarten classes", () => {
    expect(classNameOf(2, 1)).toBe("二年级(1)班");
    expect(classNameOf(10, 3)).toBe("高一(3)班");
    expect(classNameOf(-2, 2)).toBe("中(2)班");
  });
});

describe("promotionPlan", () => {
  it("moves each enrolled student up one grade into the class with the same number", () => {
    const plan = promotionPlan({
      schoolKind: "primary",
      fromYear: 2026,
      students: [enrolled("a", 1, 1), enrolled("b", 1, 2), enrolled("c", 1, 2), enrolled("d", 5, 1)],
    });
    expect(plan.toYear).toBe(2027);
    expect(plan.promote).toEqual([
      { studentId: "a", grade: 1, toGrade: 2, classNumber: 1 },
      { studentId: "b", grade: 1, toGrade: 2, classNumber: 2 },
      { studentId: "c", grade: 1, toGrade: 2, classNumber: 2 },
      { studentId: "d", grade: 5, toGrade: 6, classNumber: 1 },
    ]);
    expect(plan.classesToCreate.map((c) => c.name)).toEqual(["二年级(1)班", "二年级(2)班", "六年级(1)班"]);
    expect(plan.graduate).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it("graduates the final grade of a primary school", () => {
    const plan = promotionPlan({ schoolKind: "primary", fromYear: 2026, students: [enrolled("a", 6)] });
    expect(plan.graduate).toEqual([{ studentId: "a", grade: 6 }]);
    expect(plan.promote).toEqual([]);
    expect(plan.classesToCreate).toEqual([]);
    expect(plan.byGrade).toEqual([
      {
        grade: 6,
        gradeLabel: "六年级",
        toGrade: null,
        toGradeLabel: null,
        promote: 0,
        graduate: 1,
        skipped: 0,
        classesToCreate: [],
      },
    ]);
  });

  it("carries a nine-year school's grade 6 on to grade 7", () => {
    const plan = promotionPlan({ schoolKind: "nine_year", fromYear: 2026, students: [enrolled("a", 6)] });
    expect(plan.promote[0]?.toGrade).toBe(7);
  });

  it("graduates a complete secondary school's grade 9 and grade 12, and promotes grade 10", () => {
    const plan = promotionPlan({
      schoolKind: "complete_secondary",
      fromYear: 2026,
      students: [enrolled("j", 9), enrolled("s", 10), enrolled("t", 12)],
    });
    expect(plan.graduate.map((g) => g.studentId)).toEqual(["j", "t"]);
    expect(plan.promote.map((p) => [p.studentId, p.toGrade])).toEqual([["s", 11]]);
  });

  it("graduates kindergarten 大班 and moves 小班 to 中班", () => {
    const plan = promotionPlan({
      schoolKind: "kindergarten",
      fromYear: 2026,
      students: [enrolled("a", -1), enrolled("b", -3, 2)],
    });
    expect(plan.graduate.map((g) => g.studentId)).toEqual(["a"]);
    expect(plan.classesToCreate).toEqual([{ grade: -2, number: 2, name: "中(2)班" }]);
  });

  it("skips students who are not enrolled and those already placed next year, by reason", () => {
    const plan = promotionPlan({
      schoolKind: "junior",
      fromYear: 2026,
      students: [
        enrolled("a", 7),
        { ...enrolled("b", 7), status: "suspended" },
        { ...enrolled("c", 8), status: "transferred_out" },
        { ...enrolled("d", 8), placedNextYear: true },
      ],
    });
    expect(plan.promote.map((p) => p.studentId)).toEqual(["a"]);
    expect(plan.skipped.map((s) => [s.studentId, s.reason])).toEqual([
      ["b", "suspended"],
      ["c", "transferred_out"],
      ["d", "placed_next_year"],
    ]);
    expect(plan.byGrade.map((g) => [g.grade, g.promote, g.skipped])).toEqual([
      [7, 1, 1],
      [8, 0, 2],
    ]);
    expect(skippedByReason(plan)).toEqual([
      { reason: "suspended", label: "休学", n: 1 },
      { reason: "transferred_out", label: "转出", n: 1 },
      { reason: "placed_next_year", label: "已有下一学年记录", n: 1 },
    ]);
  });

  it("reuses classes that already exist next year", () => {
    const plan = promotionPlan({
      schoolKind: "primary",
      fromYear: 2026,
      students: [enrolled("a", 1, 1), enrolled("b", 1, 2)],
      existingClasses: [{ grade: 2, number: 1 }],
    });
    expect(plan.classesToCreate.map((c) => c.number)).toEqual([2]);
  });

  it("promotes a student without a class without creating one", () => {
    const plan = promotionPlan({ schoolKind: "primary", fromYear: 2026, students: [enrolled("a", 2, null)] });
    expect(plan.promote).toEqual([{ studentId: "a", grade: 2, toGrade: 3, classNumber: null }]);
    expect(plan.classesToCreate).toEqual([]);
  });

  it("reports an enrolled student in a grade the school does not teach as a problem", () => {
    const plan = promotionPlan({ schoolKind: "junior", fromYear: 2026, students: [enrolled("a", 4)] });
    expect(plan.promote).toEqual([]);
    expect(plan.problems).toEqual([{ studentId: "a", grade: 4, message: "四年级不是初级中学开设的年级,无法升级" }]);
  });

  it("returns an empty plan for a school without students", () => {
    const plan = promotionPlan({ schoolKind: "primary", fromYear: 2026, students: [] });
    expect(plan).toMatchObject({ promote: [], graduate: [], skipped: [], byGrade: [], problems: [] });
  });
});
