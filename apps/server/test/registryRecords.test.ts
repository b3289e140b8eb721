import { registry } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { person, student } from "../src/registry/tables";
import { call, login, newStudentBody, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

let database: Database;
let app: TestApp;
const s = {} as Record<"jcjy" | "leader" | "school1" | "school2" | "teacher1", Session>;
let school1Id: string;
let school2Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ["jcjy", "leader", "school1", "school2", "teacher1"] as const) s[u] = await login(app, u);
  school1Id = (await call(app, s.school1, "GET", "/api/auth/me")).body.user.schoolId;
  school2Id = (await call(app, s.school2, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

/** A valid fictitious resident ID for a birth date and sequence (odd sequence = male). */
function residentId(birth: string, seq: string) {
  const first17 = `152599${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

describe("staff", () => {
  it("lists staff with a derived retirement date, masked, scoped to the school", async () => {
    const county = await call(app, s.leader, "GET", `/api/registry/staff?year=${TEST_YEAR}&pageSize=200`);
    const mine = await call(app, s.school1, "GET", `/api/registry/staff?year=${TEST_YEAR}&pageSize=200`);
    expect(county.status).toBe(200);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.total).toBeLessThan(county.body.total);
    for (const r of mine.body.rows) {
      expect(r.schoolId).toBe(school1Id);
      expect(r.residentIdMasked).toMatch(/\*{8}/);
      const category = r.postType === "worker" ? "worker" : "cadre";
      expect(r.retirementDate).toBe(registry.retirementDate(r.birthDate, r.gender, category));
    }
  });

  it("shows a teacher only themselves", async () => {
    const res = await call(app, s.teacher1, "GET", `/api/registry/staff?year=${TEST_YEAR}`);
    expect(res.body.total).toBe(1);
    const detail = await call(app, s.teacher1, "GET", `/api/registry/staff/${res.body.rows[0].id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.classes.length).toBeGreaterThan(0);
  });

  it("answers 404 for another school's staff member", async () => {
    const theirs = await call(app, s.school2, "GET", `/api/registry/staff?year=${TEST_YEAR}&pageSize=1`);
    const res = await call(app, s.school1, "GET", `/api/registry/staff/${theirs.body.rows[0].id}`);
    expect(res.status).toBe(404);
  });
});

describe("classes and class sizes", () => {
  it("gives each class its size and category, matching the register", async () => {
    const res = await call(app, s.school1, "GET", `/api/registry/classes?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
    for (const c of res.body.rows) {
      expect(c.schoolId).toBe(school1Id);
      expect(c.sizeCategory).toBe(registry.classSizeCategory(c.size));
    }
    const students = await call(app, s.school1, "GET", `/api/registry/students?year=${TEST_YEAR}&pageSize=1`);
    const inClasses = res.body.rows.reduce((n: number, c: any) => n + c.size, 0);
    expect(inClasses).toBeLessThanOrEqual(students.body.total);
  });

  it("summarizes class sizes per school and stage, consistent with the county totals", async () => {
    const res = await call(app, s.leader, "GET", `/api/registry/class-sizes?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    const sumSchools = res.body.bySchool.reduce((n: number, r: any) => n + r.classes, 0);
    expect(sumSchools).toBe(res.body.county.classes);
    const large = res.body.county.byCategory.large + res.body.county.byCategory.super_large;
    expect(res.body.county.largeShare).toBeCloseTo(large / res.body.county.classes, 10);
  });
});

describe("student records", () => {
  const newStudent = (overrides: Record<string, unknown> = {}) =>
    newStudentBody(school1Id, residentId("2019-03-15", "123"), {
      householdType: "rural",
      leftBehind: true,
      guardianPhone: "13800001234",
      ...overrides,
    });

  it("registers a student with birth date and gender from the ID, audited, and shows the record masked", async () => {
    const res = await call(app, s.school1, "POST", "/api/registry/students", newStudent());
    expect(res.status).toBe(201);
    const detail = await call(app, s.school1, "GET", `/api/registry/students/${res.body.id}`);
    expect(detail.body.student).toMatchObject({
      name: "测试学生",
      birthDate: "2019-03-15",
      gender: "M",
      leftBehind: true,
      guardianPhone: "138****1234",
      studentNumber: "G152599********1234".replace("1234", newStudent().residentId.slice(-4)),
    });
    expect(detail.body.enrollments[0]).toMatchObject({ schoolYear: TEST_YEAR, grade: 1, status: "enrolled" });
    const [p] = await database.db.select().from(person).where(eq(person.name, "测试学生"));
    expect(p?.nameInitials).toBe("csxs");
    expect(p?.residentIdCipher).not.toContain(newStudent().residentId);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registry.student_create"), eq(auditLog.targetId, res.body.id)));
    expect(audit).toHaveLength(1);
  });

  it("refuses the same ID twice, a bad check digit, an implausible age and another school", async () => {
    const dup = await call(app, s.jcjy, "POST", "/api/registry/students", newStudent());
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/已登记/);
    const bad = await call(app, s.school1, "POST", "/api/registry/students", {
      ...newStudent(),
      residentId: "152599201903151230",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ field: "residentId" });
    const old = await call(
      app,
      s.school1,
      "POST",
      "/api/registry/students",
      newStudent({ residentId: residentId("2010-01-01", "245") }),
    );
    expect(old.status).toBe(400);
    expect(old.body.error.details[0].field).toBe("grade");
    expect(old.body.error.details[0].message).toMatch(/周岁/);
    const other = await call(
      app,
      s.school1,
      "POST",
      "/api/registry/students",
      newStudent({ residentId: residentId("2019-05-05", "351"), schoolId: school2Id }),
    );
    expect(other.status).toBe(400);
    expect(other.body.error.details[0]).toMatchObject({ field: "schoolId" });
  });

  it("refuses writes by leadership and teachers", async () => {
    const body = newStudent({ residentId: residentId("2019-06-06", "461") });
    expect((await call(app, s.leader, "POST", "/api/registry/students", body)).status).toBe(403);
    expect((await call(app, s.teacher1, "POST", "/api/registry/students", body)).status).toBe(403);
  });

  it("updates flags with before/after audit, and hides another school's student", async () => {
    const list = await call(app, s.school1, "GET", `/api/registry/students?year=${TEST_YEAR}&pageSize=1`);
    const id = list.body.rows[0].id;
    const res = await call(app, s.school1, "PATCH", `/api/registry/students/${id}`, { dibao: true, name: "改名后" });
    expect(res.status).toBe(200);
    const detail = await call(app, s.jcjy, "GET", `/api/registry/students/${id}`);
    expect(detail.body.student).toMatchObject({ dibao: true, name: "改名后" });
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registry.student_update"), eq(auditLog.targetId, id)));
    expect(audit?.beforeDigest).not.toBe(audit?.afterDigest);
    expect((await call(app, s.school2, "GET", `/api/registry/students/${id}`)).status).toBe(404);
    expect((await call(app, s.school2, "PATCH", `/api/registry/students/${id}`, { dibao: false })).status).toBe(404);
  });

  it("refuses a malformed phone with a Chinese message on the field", async () => {
    const list = await call(app, s.school1, "GET", `/api/registry/students?year=${TEST_YEAR}&pageSize=1`);
    const res = await call(app, s.school1, "PATCH", `/api/registry/students/${list.body.rows[0].id}`, {
      guardianPhone: "12345",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ field: "guardianPhone" });
    expect(res.body.error.details[0].message).toMatch(/电话号码格式不正确/);
  });

  it("clears a masked address and phone when asked to, and keeps them when the fields are left out", async () => {
    const list = await call(app, s.school1, "GET", `/api/registry/students?year=${TEST_YEAR}&pageSize=5`);
    const id = list.body.rows[1].id;
    const set = { address: "某某镇某某村1号", guardianPhone: "13900000000" };
    expect((await call(app, s.school1, "PATCH", `/api/registry/students/${id}`, set)).status).toBe(200);
    const [before] = await database.db.select().from(student).where(eq(student.id, id));
    expect(before).toMatchObject(set);
    expect((await call(app, s.school1, "PATCH", `/api/registry/students/${id}`, { dibao: false })).status).toBe(200);
    const [kept] = await database.db.select().from(student).where(eq(student.id, id));
    expect(kept).toMatchObject(set);
    const cleared = await call(app, s.school1, "PATCH", `/api/registry/students/${id}`, {
      address: null,
      guardianPhone: null,
    });
    expect(cleared.status).toBe(200);
    const [after] = await database.db.select().from(student).where(eq(student.id, id));
    expect(after).toMatchObject({ address: null, guardianPhone: null });
  });
});
