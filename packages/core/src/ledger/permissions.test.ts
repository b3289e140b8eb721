import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/roles";
import {
  isLedgerSupervisor,
  ledgerPartyOf,
  mayConfigureLedger,
  mayCreateInspection,
  mayRaiseFindings,
} from "./permissions";

const REGION = "130123";
const base: Actor = {
  userId: "u",
  username: "u",
  role: "leader",
  section: null,
  schoolId: null,
  staffId: null,
  regionCode: REGION,
};
const actor = (over: Partial<Actor>): Actor => ({ ...base, ...over });
const dudao = actor({ role: "section", section: "supervision" });
const anquan = actor({ role: "section", section: "safety" });
const jcjy = actor({ role: "section", section: "basic_education" });
const duxue = actor({ role: "inspector" });
const leader = actor({ role: "leader" });
const school1 = actor({ role: "school_admin", schoolId: "s1" });
const school2 = actor({ role: "school_admin", schoolId: "s2" });
const teacher = actor({ role: "teacher", schoolId: "s1", staffId: "t1" });
const admin = actor({ role: "admin" });
const otherCountyInspector = actor({ role: "inspector", regionCode: "130124" });

const atS1 = { regionCode: REGION, schoolId: "s1" };
const atInstitution = { regionCode: REGION, schoolId: null };

describe("ledgerPartyOf", () => {
  it("makes inspectors and the owning sections supervisors", () => {
    for (const a of [dudao, anquan, duxue]) {
      expect(isLedgerSupervisor(a)).toBe(true);
      expect(ledgerPartyOf(a, atS1)).toBe("supervisor");
      expect(ledgerPartyOf(a, atInstitution)).toBe("supervisor");
    }
  });
  it("lets leadership and other sections read", () => {
    expect(ledgerPartyOf(leader, atS1)).toBe("reader");
    expect(ledgerPartyOf(jcjy, atS1)).toBe("reader");
    expect(isLedgerSupervisor(jcjy)).toBe(false);
  });
  it("makes a school responsible for its own findings and blind to the others", () => {
    expect(ledgerPartyOf(school1, atS1)).toBe("responsible");
    expect(ledgerPartyOf(school2, atS1)).toBeNull();
    expect(ledgerPartyOf(school1, atInstitution)).toBeNull();
  });
  it("shows nothing to teachers, the system administrator and another county", () => {
    expect(ledgerPartyOf(teacher, atS1)).toBeNull();
    expect(ledgerPartyOf(admin, atS1)).toBeNull();
    expect(ledgerPartyOf(otherCountyInspector, atS1)).toBeNull();
  });
});

describe("mayCreateInspection", () => {
  const visit = { selfInspection: false, schoolIds: ["s1", "s2"], institutionCount: 0 };
  it("lets supervisors run any inspection", () => {
    for (const a of [dudao, anquan, duxue]) expect(mayCreateInspection(a, visit)).toEqual({ ok: true });
  });
  it("lets a school run only a self-inspection of itself", () => {
    expect(mayCreateInspection(school1, { selfInspection: true, schoolIds: ["s1"], institutionCount: 0 })).toEqual({
      ok: true,
    });
    expect(mayCreateInspection(school1, visit)).toEqual({
      ok: false,
      message: "学校只能开展本校自查,督导检查和隐患排查由督学、督导室或安全股组织",
    });
    expect(mayCreateInspection(school1, { selfInspection: true, schoolIds: ["s2"], institutionCount: 0 })).toEqual({
      ok: false,
      message: "学校自查的对象只能是本校",
    });
    expect(
      mayCreateInspection(school1, { selfInspection: true, schoolIds: ["s1", "s2"], institutionCount: 0 }).ok,
    ).toBe(false);
    expect(mayCreateInspection(school1, { selfInspection: true, schoolIds: ["s1"], institutionCount: 1 }).ok).toBe(
      false,
    );
  });
  it("refuses readers and everyone else", () => {
    for (const a of [leader, jcjy, teacher, admin]) {
      expect(mayCreateInspection(a, visit)).toEqual({ ok: false, message: "您没有权限开展检查" });
    }
  });
});

describe("mayRaiseFindings and mayConfigureLedger", () => {
  it("lets supervisors raise findings in any inspection of their county", () => {
    expect(mayRaiseFindings(duxue, { selfInspection: false, schoolId: null, regionCode: REGION })).toBe(true);
    expect(mayRaiseFindings(otherCountyInspector, { selfInspection: false, schoolId: null, regionCode: REGION })).toBe(
      false,
    );
  });
  it("lets a school raise findings only in its own self-inspection", () => {
    expect(mayRaiseFindings(school1, { selfInspection: true, schoolId: "s1", regionCode: REGION })).toBe(true);
    expect(mayRaiseFindings(school1, { selfInspection: false, schoolId: null, regionCode: REGION })).toBe(false);
    expect(mayRaiseFindings(school2, { selfInspection: true, schoolId: "s1", regionCode: REGION })).toBe(false);
    expect(mayRaiseFindings(leader, { selfInspection: true, schoolId: "s1", regionCode: REGION })).toBe(false);
  });
  it("lets only supervisors configure types and the institution register", () => {
    expect([dudao, anquan, duxue].every(mayConfigureLedger)).toBe(true);
    expect([leader, jcjy, school1, teacher, admin].some(mayConfigureLedger)).toBe(false);
  });
});
