import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "./residentId";
import { ethnicGroups, normalizeDate, type StudentRowInput, usualAgeForGrade, validateStudentRow } from "./studentRow";

/** A valid resident ID for a birth date and sequence (odd = male). */
function id(birth: string, seq = "001", region = "152599"): string {
  const first17 = `${region}${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

const boy = id("2020-03-08", "011");
const clean: StudentRowInput = {
  name: "张小明",
  ethnicity: "汉族",
  residentId: boy,
  householdType: "农村",
  schoolCode: "1525990001",
  grade: "一年级",
  classNumber: "2",
};
const options = { schoolYear: 2026 };
const check = (patch: StudentRowInput, o = options) => validateStudentRow({ ...clean, ...patch }, o);
const columns = (patch: StudentRowInput) => check(patch).problems.map((p) => p.column);

describe("validateStudentRow", () => {
  it("accepts a clean row and derives gender, birth date and a G student number from the ID", () => {
    const { record, problems } = check({});
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      gender: "M",
      birthDate: "2020-03-08",
      studentNumber: `G${boy}`,
      householdType: "rural",
      grade: 1,
      classNumber: 2,
      leftBehind: false,
      disability: null,
    });
  });

  it("names every empty required column", () => {
    const empty = { name: "", ethnicity: "", householdType: "", schoolCode: "", grade: "", classNumber: "" };
    expect(columns(empty)).toEqual(["name", "ethnicity", "householdType", "schoolCode", "grade", "classNumber"]);
    expect(check({ name: " " }).problems[0]?.message).toBe("姓名未填写:请填写学生姓名");
  });

  it("refuses a wrong check digit and says how to fix it", () => {
    const wrong = `${boy.slice(0, 17)}${boy[17] === "1" ? "2" : "1"}`;
    const { record, problems } = check({ residentId: wrong });
    expect(record).toBeNull();
    expect(problems).toEqual([
      { column: "residentId", level: "error", message: expect.stringContaining("校验位不正确,请核对号码是否抄错") },
    ]);
  });

  it("refuses a birth date or gender that disagrees with the ID", () => {
    expect(check({ birthDate: "2020-03-09" }).problems[0]?.message).toContain("出生日期与身份证号不一致");
    expect(check({ gender: "女" }).problems[0]?.message).toBe(
      "性别与身份证号不一致(身份证号第17位奇数为男):请核对后改正其中之一",
    );
    expect(check({ birthDate: "2020/3/8", gender: "男" }).problems).toEqual([]);
  });

  it("checks the student number's form and its agreement with the ID", () => {
    expect(columns({ studentNumber: "G123" })).toEqual(["studentNumber"]);
    expect(columns({ studentNumber: `G${id("2020-03-08", "013")}` })).toEqual(["studentNumber"]);
    expect(check({ studentNumber: `g${boy.toLowerCase()}` }).record?.studentNumber).toBe(`G${boy}`);
  });

  it("takes the ID from a G student number when the ID column is empty", () => {
    expect(check({ residentId: "", studentNumber: `G${boy}` }).record?.residentId).toBe(boy);
  });

  it("accepts a J student number without an ID when birth date and gender are given", () => {
    const noId = { residentId: "", studentNumber: "J152599202003080011" };
    expect(columns(noId)).toEqual(["birthDate", "gender"]);
    const { record } = check({ ...noId, birthDate: "2020-03-08", gender: "女" });
    expect(record).toMatchObject({ residentId: null, gender: "F", studentNumber: "J152599202003080011" });
  });

  it("asks for an ID or a J/L number when both are missing", () => {
    expect(check({ residentId: "" }).problems[0]?.message).toContain("确无身份证号的学生须在「学籍号」填写 J 或 L");
  });

  it("checks the birth date inside a temporary L number", () => {
    const row = { residentId: "", birthDate: "2020-03-08", gender: "男" };
    expect(columns({ ...row, studentNumber: "L152599202003090001" })).toEqual(["studentNumber"]);
    expect(columns({ ...row, studentNumber: "L152599202003080001" })).toEqual([]);
  });

  it("refuses values outside the drop-down lists", () => {
    const problems = check({ grade: "十三年级", householdType: "外星", leftBehind: "Y", ethnicity: "火星族" }).problems;
    expect(problems.map((p) => p.column)).toEqual(["ethnicity", "householdType", "grade", "leftBehind"]);
    expect(problems[3]?.message).toBe("「Y」不是可选值:请填「是」或「否」(不填视为否)");
  });

  it("accepts common alternative spellings", () => {
    const { record } = check({ grade: "初一", classNumber: "(3)班", ethnicity: "蒙古", householdType: "非农业户口" });
    expect(record).toMatchObject({ grade: 7, classNumber: 3, ethnicity: "蒙古族", householdType: "urban" });
  });

  it("requires a placement for a disability, and none without", () => {
    expect(columns({ disability: "听力残疾" })).toEqual(["disabilityPlacement"]);
    expect(columns({ disabilityPlacement: "随班就读" })).toEqual(["disabilityPlacement"]);
    expect(check({ disability: "无" }).record?.disability).toBeNull();
    expect(check({ disability: "听力残疾", disabilityPlacement: "随班就读" }).record?.disabilityPlacement).toBe(
      "随班就读",
    );
  });

  it("refuses a pupil both left behind and migrant", () => {
    expect(columns({ leftBehind: "是", migrant: "是" })).toEqual(["leftBehind"]);
  });

  it("checks names and phone numbers", () => {
    expect(columns({ name: "张3" })).toEqual(["name"]);
    expect(columns({ name: "阿依古丽·买买提" })).toEqual([]);
    expect(columns({ guardianPhone: "12345" })).toEqual(["guardianPhone"]);
    expect(columns({ guardianPhone: "0471-6543210" })).toEqual([]);
  });

  it("refuses a class number that is not a number", () => {
    expect(check({ classNumber: "甲班" }).problems[0]?.message).toContain("不是有效班号");
  });
});

describe("age for the grade", () => {
  it("warns, without blocking, when a pupil is outside [grade+4, grade+8]", () => {
    const older = id("2016-03-08", "011"); // 10 on 1 September 2026, first grade
    const { record, problems } = check({ residentId: older });
    expect(record).not.toBeNull();
    expect(problems).toEqual([
      {
        column: "birthDate",
        level: "warning",
        message: "2026年9月1日年龄为10岁,一年级通常为6岁:请核对出生日期和年级(确属实可忽略此提醒)",
      },
    ]);
    expect(check({ residentId: id("2017-09-02", "011") }).problems).toEqual([]); // 8: still plausible
    expect(check({ residentId: id("2022-09-02", "011") }).problems).toHaveLength(1); // 3
  });

  it("lets special schools and configuration widen the range", () => {
    const older = { residentId: id("2016-03-08", "011") };
    expect(check(older, { ...options, specialSchool: true } as never).problems).toEqual([]);
    const strict = { ...options, ageTolerance: { primary: { younger: 0, older: 0 } } };
    expect(check({ residentId: id("2019-03-08", "011") }, strict).problems).toHaveLength(1);
  });

  it("counts the usual age from the grade", () => {
    expect(usualAgeForGrade(1)).toBe(6);
    expect(usualAgeForGrade(7)).toBe(12);
    expect(usualAgeForGrade(-3)).toBe(3);
    expect(usualAgeForGrade(-1)).toBe(5);
  });
});

describe("helpers", () => {
  it("reads dates in the usual spellings and refuses impossible ones", () => {
    expect(["2015-03-08", "2015/3/8", "2015.3.8", "2015年3月8日", "20150308"].map(normalizeDate)).toEqual(
      Array(5).fill("2015-03-08"),
    );
    expect(normalizeDate("2015-02-30")).toBeNull();
    expect(normalizeDate("三月")).toBeNull();
  });

  it("lists the 56 ethnic groups and 其他", () => {
    expect(ethnicGroups).toHaveLength(57);
    expect(new Set(ethnicGroups).size).toBe(57);
  });
});
