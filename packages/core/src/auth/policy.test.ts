import { describe, expect, it } from "vitest";
import {
  canRead,
  canRevealPersonalData,
  canWrite,
  canWriteRegistryRecord,
  dataScope,
  isTownshipContactOf,
  registryWriteCapability,
} from "./policy";
import type { Actor } from "./roles";

const base = { userId: "u", username: "u", section: null, schoolId: null, staffId: null, regionCode: "152599" };
const admin: Actor = { ...base, role: "admin" };
const leader: Actor = { ...base, role: "leader" };
const research: Actor = { ...base, role: "section", section: "research" };
const schoolA: Actor = { ...base, role: "school_admin", schoolId: "A" };
const teacher: Actor = { ...base, role: "teacher", schoolId: "A", staffId: "T1" };
const inspector: Actor = { ...base, role: "inspector" };

describe("dataScope", () => {
  it("gives leadership the whole county everywhere", () => {
    expect(dataScope(leader, "exams")).toEqual({ kind: "county", regionCode: "152599" });
  });
  it("limits a school administrator to their school", () => {
    expect(dataScope(schoolA, "registry")).toEqual({ kind: "school", regionCode: "152599", schoolId: "A" });
  });
  it("limits a teacher to their classes and refuses the ledger", () => {
    expect(dataScope(teacher, "exams")).toMatchObject({ kind: "classes", staffId: "T1" });
    expect(dataScope(teacher, "ledger")).toEqual({ kind: "none" });
  });
  it("gives a school administrator without a school nothing", () => {
    expect(dataScope({ ...schoolA, schoolId: null }, "registry")).toEqual({ kind: "none" });
  });
  it("keeps the audit log from sections and schools, and accounts from everyone but the administrator", () => {
    expect(canRead(research, "audit")).toBe(false);
    expect(canRead(leader, "users")).toBe(false);
    expect(canRead(research, "users")).toBe(false);
    expect(canRead(schoolA, "audit")).toBe(false);
    expect(canRead(leader, "audit")).toBe(true);
    expect(canRead(admin, "audit")).toBe(true);
  });
  it("keeps the system administrator out of business data other than the register", () => {
    expect(canRead(admin, "exams")).toBe(false);
    expect(canRead(admin, "registry")).toBe(true);
  });
  it("lets an inspector read the ledger and balance but not exams", () => {
    expect(canRead(inspector, "ledger")).toBe(true);
    expect(canRead(inspector, "exams")).toBe(false);
  });
});

describe("canWrite", () => {
  it("lets a section write only in what it owns", () => {
    expect(canWrite(research, "exams")).toBe(true);
    expect(canWrite(research, "registry")).toBe(false);
  });
  it("never lets leadership or teachers write", () => {
    expect(canWrite(leader, "registry")).toBe(false);
    expect(canWrite(teacher, "exams")).toBe(false);
  });
  it("lets only the system administrator manage accounts", () => {
    expect(canWrite(admin, "users")).toBe(true);
    expect(canWrite(leader, "users")).toBe(false);
    expect(canWrite({ ...base, role: "section", section: "basic_education" }, "users")).toBe(false);
  });
  it("lets an inspector write the ledger only", () => {
    expect(canWrite(inspector, "ledger")).toBe(true);
    expect(canWrite(inspector, "registry")).toBe(false);
  });
  it("does not let a school edit balance figures", () => {
    expect(canWrite(schoolA, "registry")).toBe(true);
    expect(canWrite(schoolA, "balance")).toBe(false);
  });
});

describe("canRevealPersonalData", () => {
  it("allows the owning section and the school, not leadership or teachers", () => {
    expect(canRevealPersonalData({ ...base, role: "section", section: "basic_education" }, "registry")).toBe(true);
    expect(canRevealPersonalData(schoolA, "registry")).toBe(true);
    expect(canRevealPersonalData(leader, "registry")).toBe(false);
    expect(canRevealPersonalData(teacher, "registry")).toBe(false);
    expect(canRevealPersonalData(research, "registry")).toBe(false);
  });
});

describe("register records: who writes staff", () => {
  const personnel: Actor = { ...base, role: "section", section: "personnel" };
  const basicEducation: Actor = { ...base, role: "section", section: "basic_education" };
  it("checks staff writes against the teacher workforce capability and the rest against the register", () => {
    expect(registryWriteCapability("staff")).toBe("staffing");
    for (const r of ["school", "conditions", "class", "student", "transfer"] as const) {
      expect(registryWriteCapability(r)).toBe("registry");
    }
  });
  it("lets 人事股 write staff but not students or schools", () => {
    expect(canWriteRegistryRecord(personnel, "staff")).toBe(true);
    expect(canWriteRegistryRecord(personnel, "student")).toBe(false);
    expect(canWriteRegistryRecord(personnel, "school")).toBe(false);
  });
  it("lets 基础教育股 write students and schools, and only read staff", () => {
    expect(canWriteRegistryRecord(basicEducation, "student")).toBe(true);
    expect(canWriteRegistryRecord(basicEducation, "conditions")).toBe(true);
    expect(canWriteRegistryRecord(basicEducation, "staff")).toBe(false);
    expect(canRead(basicEducation, "staffing")).toBe(true);
  });
  it("lets a school administrator write both for their own school only", () => {
    expect(canWriteRegistryRecord(schoolA, "staff")).toBe(true);
    expect(canWriteRegistryRecord(schoolA, "student")).toBe(true);
    expect(dataScope(schoolA, "staffing")).toEqual({ kind: "school", regionCode: "152599", schoolId: "A" });
    expect(dataScope(personnel, "staffing")).toEqual({ kind: "county", regionCode: "152599" });
  });
  it("refuses staff writes to leadership, other sections, teachers, inspectors and the system administrator", () => {
    for (const a of [leader, research, teacher, inspector, admin])
      expect(canWriteRegistryRecord(a, "staff")).toBe(false);
  });
  it("lets 人事股 and the school reveal staff personal data, not 基础教育股", () => {
    expect(canRevealPersonalData(personnel, "staffing")).toBe(true);
    expect(canRevealPersonalData(schoolA, "staffing")).toBe(true);
    expect(canRevealPersonalData(basicEducation, "staffing")).toBe(false);
  });
});

describe("a township contact (乡镇联络员)", () => {
  const contact: Actor = { ...base, role: "township", townCode: "152599100" };
  it("reads retention within its township and nothing else", () => {
    expect(dataScope(contact, "retention")).toEqual({ kind: "township", regionCode: "152599", townCode: "152599100" });
    for (const c of ["registry", "exams", "ledger", "preschool", "fitness", "reports", "users", "audit"] as const) {
      expect(dataScope(contact, c), c).toEqual({ kind: "none" });
    }
  });
  it("writes and reveals nothing (its visits are retention's own check)", () => {
    expect(canWrite(contact, "retention")).toBe(false);
    expect(canRevealPersonalData(contact, "retention")).toBe(false);
  });
  it("is the contact of its own township only; without a township it sees nothing", () => {
    expect(isTownshipContactOf(contact, "152599100")).toBe(true);
    expect(isTownshipContactOf(contact, "152599101")).toBe(false);
    expect(isTownshipContactOf(contact, null)).toBe(false);
    expect(isTownshipContactOf({ ...leader, townCode: "152599100" }, "152599100")).toBe(false);
    expect(dataScope({ ...contact, townCode: null }, "retention")).toEqual({ kind: "none" });
  });
});
