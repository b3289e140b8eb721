import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/roles";
import { figureByKey } from "./catalogue";
import { canEditSentence, canExportReport, cockpitCapabilities } from "./permissions";

const base: Actor = {
  userId: "u",
  username: "u",
  role: "leader",
  section: null,
  schoolId: null,
  staffId: null,
  regionCode: "140000",
};
const leader = base;
const office: Actor = { ...base, role: "section", section: "office" };
const supervision: Actor = { ...base, role: "section", section: "supervision" };
const basic: Actor = { ...base, role: "section", section: "basic_education" };
const school: Actor = { ...base, role: "school_admin", schoolId: "s1" };
const teacher: Actor = { ...base, role: "teacher", schoolId: "s1", staffId: "t1" };
const students = figureByKey("registry.students");
const rate = figureByKey("ledger.rectificationRate");
if (!students || !rate) throw new Error("catalogue");

describe("cockpitCapabilities", () => {
  const all = ["registry", "ledger", "reports"] as const;
  it("gives a section head their section's capabilities only", () => {
    expect(cockpitCapabilities(supervision, all)).toEqual(["ledger"]);
    expect(cockpitCapabilities(basic, all)).toEqual(["registry"]);
  });
  it("gives leadership and 办公室 every capability", () => {
    expect(cockpitCapabilities(leader, all)).toEqual(all);
    expect(cockpitCapabilities(office, all)).toEqual(all);
  });
  it("gives a teacher only what they read", () => {
    expect(cockpitCapabilities(teacher, all)).toEqual(["registry", "reports"]);
  });
});

describe("canEditSentence", () => {
  it("lets 办公室 edit every sentence", () => {
    expect(canEditSentence(office, students)).toBe(true);
    expect(canEditSentence(office, rate)).toBe(true);
  });
  it("lets a section head edit their own figures' sentences only", () => {
    expect(canEditSentence(supervision, rate)).toBe(true);
    expect(canEditSentence(supervision, students)).toBe(false);
  });
  it("refuses leadership and schools", () => {
    expect(canEditSentence(leader, students)).toBe(false);
    expect(canEditSentence(school, students)).toBe(false);
  });
});

describe("canExportReport", () => {
  it("lets 办公室 and leadership export, not schools or other sections", () => {
    expect(canExportReport(office)).toBe(true);
    expect(canExportReport(leader)).toBe(true);
    expect(canExportReport(school)).toBe(false);
    expect(canExportReport(supervision)).toBe(false);
  });
});
