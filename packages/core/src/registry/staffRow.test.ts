import { describe, expect, it } from "vitest";
import { residentIdCheckChar } from "./residentId";
import { employmentProblems, type StaffRowInput, validateStaffRow } from "./staffRow";

function id(birth: string, seq = "011"): string {
  const first17 = `152599${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

const teacher: StaffRowInput = {
  name: "李春华",
  residentId: id("1988-04-12", "022"),
  schoolCode: "1525990001",
  postType: "专任教师",
  establishment: "在编",
  subject: "语文",
  stageTaught: "小学",
  qualification: "本科",
  title: "一级",
  hasCertificate: "是",
  hireDate: "2010-08-28",
};
const rules = { asOf: "2026-09-01" };
const check = (patch: StaffRowInput) => validateStaffRow({ ...teacher, ...patch }, rules);
const columns = (patch: StaffRowInput) => check(patch).problems.map((p) => p.column);

describe("validateStaffRow", () => {
  it("accepts a clean teacher and reads gender and birth date from the ID, with defaults for blank cells", () => {
    const { record, problems } = check({});
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      gender: "F",
      birthDate: "1988-04-12",
      ethnicity: "汉族",
      staffNumber: null,
      postType: "teacher",
      establishment: "established",
      subject: "chinese",
      stageTaught: "primary",
      qualification: "bachelor",
      title: "intermediate",
      backboneLevel: "none",
      hasCertificate: true,
      fullTime: true,
      status: "active",
    });
  });
  it("accepts a worker without subject or stage", () => {
    const { record } = check({ postType: "工勤人员", subject: "", stageTaught: "", title: "未评" });
    expect(record).toMatchObject({ postType: "worker", subject: null, stageTaught: null, title: "none" });
  });
  it("flags a wrong check digit and a missing ID", () => {
    const wrong = `${teacher.residentId!.slice(0, 17)}${teacher.residentId!.endsWith("1") ? "2" : "1"}`;
    expect(check({ residentId: wrong }).problems[0]).toMatchObject({ column: "residentId", level: "error" });
    expect(check({ residentId: wrong }).problems[0]!.message).toContain("校验位");
    expect(columns({ residentId: "" })).toEqual(["residentId"]);
  });
  it("names each enumeration that is not on the list", () => {
    expect(columns({ postType: "老师" })).toEqual(["postType"]);
    expect(columns({ establishment: "临时" })).toEqual(["establishment"]);
    expect(columns({ qualification: "博士后" })).toEqual(["qualification"]);
    expect(columns({ backboneLevel: "国家级" })).toEqual(["backboneLevel"]);
    expect(columns({ hasCertificate: "有" })).toEqual(["hasCertificate"]);
    expect(columns({ status: "调离" })).toEqual(["status"]);
  });
  it("requires a teacher's subject and stage", () => {
    expect(columns({ subject: "", stageTaught: "" })).toEqual(["subject", "stageTaught"]);
  });
  it("checks the school code and staff number formats", () => {
    expect(columns({ schoolCode: "15259900" })).toEqual(["schoolCode"]);
    expect(columns({ staffNumber: "编号1" })).toEqual(["staffNumber"]);
    expect(check({ staffNumber: "152599000123" }).record?.staffNumber).toBe("152599000123");
  });
});

describe("employmentProblems", () => {
  const base = {
    postType: "teacher" as const,
    subject: "math" as const,
    stageTaught: "junior" as const,
    status: "active" as const,
  };
  it("refuses a hire date before the sixteenth birthday, and accepts it on that day", () => {
    expect(employmentProblems({ ...base, hireDate: "2004-04-11" }, "1988-04-12", "F", rules)[0]).toMatchObject({
      column: "hireDate",
      level: "error",
    });
    expect(employmentProblems({ ...base, hireDate: "2004-04-12" }, "1988-04-12", "F", rules)).toEqual([]);
  });
  it("refuses a hire date after the statistics date", () => {
    expect(employmentProblems({ ...base, hireDate: "2026-09-02" }, "1988-04-12", "F", rules)[0]?.column).toBe(
      "hireDate",
    );
    expect(employmentProblems({ ...base, hireDate: "2026-09-01" }, "1988-04-12", "F", rules)).toEqual([]);
  });
  it("warns about someone active past the statutory retirement date (a man born May 1965 retires 2025-07-10)", () => {
    const [p] = employmentProblems({ ...base, hireDate: null }, "1965-05-10", "M", rules);
    expect(p).toMatchObject({ column: "status", level: "warning" });
    expect(p!.message).toContain("2025-07-10");
    expect(employmentProblems({ ...base, hireDate: null, status: "retired" }, "1965-05-10", "M", rules)).toEqual([]);
  });
});
