import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Every route, every role: an allowed call and a refused call. The demo accounts cover each role; school1 and
 * school2 administer different schools; teacher1 teaches in school1's school.
 */
const ROLES = [
  "admin",
  "leader",
  "jcjy",
  "renshi",
  "dudao",
  "anquan",
  "zizhu",
  "jiaoyan",
  "zhaosheng",
  "school1",
  "school2",
  "teacher1",
  "duxue",
] as const;
type Username = (typeof ROLES)[number];

let database: Database;
let app: TestApp;
const sessions = {} as Record<Username, Session>;
let schoolOf1: string;
let schoolOf2: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ROLES) sessions[u] = await login(app, u);
  schoolOf1 = (await call(app, sessions.school1, "GET", "/api/auth/me")).body.user.schoolId;
  schoolOf2 = (await call(app, sessions.school2, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

const as = (u: Username, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

describe("anonymous callers", () => {
  it.each([
    ["GET", "/api/registry/overview"],
    ["GET", "/api/registry/schools"],
    ["GET", "/api/registry/students"],
    ["GET", "/api/users"],
    ["GET", "/api/audit"],
    ["POST", "/api/users"],
  ])("%s %s → 401", async (method, path) => {
    const res = await call(app, null, method, path, method === "POST" ? {} : undefined);
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: "UNAUTHENTICATED", message: "请先登录" });
  });
});

describe("registry overview and schools", () => {
  it("shows every role its overview, scoped", async () => {
    for (const u of ROLES) {
      const res = await as(u, "GET", `/api/registry/overview?year=${TEST_YEAR}`);
      expect(res.status, u).toBe(200);
    }
    const county = (await as("leader", "GET", `/api/registry/overview?year=${TEST_YEAR}`)).body;
    const school = (await as("school1", "GET", `/api/registry/overview?year=${TEST_YEAR}`)).body;
    const teacher = (await as("teacher1", "GET", `/api/registry/overview?year=${TEST_YEAR}`)).body;
    expect(county.scope).toBe("county");
    expect(school.scope).toBe("school");
    expect(teacher.scope).toBe("classes");
    expect(school.schools.total).toBe(1);
    expect(school.students.total).toBeGreaterThan(0);
    expect(school.students.total).toBeLessThan(county.students.total);
    expect(teacher.students.total).toBeGreaterThan(0);
    expect(teacher.students.total).toBeLessThan(school.students.total);
    expect(teacher.staff.total).toBe(1);
  });

  it("lists all county schools to county-wide roles and only its own school to a school", async () => {
    const all = (await as("leader", "GET", "/api/registry/schools")).body.rows;
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const u of ["admin", "jcjy", "duxue"] as const) {
      expect((await as(u, "GET", "/api/registry/schools")).body.rows).toHaveLength(all.length);
    }
    const own1 = (await as("school1", "GET", "/api/registry/schools")).body.rows;
    expect(own1.map((s: any) => s.id)).toEqual([schoolOf1]);
    const own2 = (await as("school2", "GET", "/api/registry/schools")).body.rows;
    expect(own2.map((s: any) => s.id)).toEqual([schoolOf2]);
    expect(schoolOf1).not.toBe(schoolOf2);
  });
});

describe("student lists", () => {
  const path = (extra = "") => `/api/registry/students?year=${TEST_YEAR}&pageSize=200${extra}`;

  it("never shows school A's administrator a student of school B", async () => {
    const mine = await as("school1", "GET", path());
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(new Set(mine.body.rows.map((r: any) => r.schoolId))).toEqual(new Set([schoolOf1]));
    const theirs = await as("school1", "GET", path(`&schoolId=${schoolOf2}`));
    expect(theirs.status).toBe(200);
    expect(theirs.body.total).toBe(0);
  });

  it("shows a teacher only the students of their classes", async () => {
    const teacher = await as("teacher1", "GET", path());
    const school = await as("school1", "GET", path());
    expect(teacher.body.total).toBeGreaterThan(0);
    expect(teacher.body.total).toBeLessThan(school.body.total);
  });

  it("finds students by pinyin initials, by the last four of the ID and by name", async () => {
    const all = (await as("jcjy", "GET", path())).body.rows;
    const someone = all[0];
    const byName = await as("jcjy", "GET", path(`&q=${encodeURIComponent(someone.name)}`));
    expect(byName.body.rows.map((r: any) => r.id)).toContain(someone.id);
    const initials = (await import("@edubureau/core")).registry.nameInitials(someone.name);
    const byInitials = await as("jcjy", "GET", path(`&q=${initials}`));
    expect(byInitials.body.rows.map((r: any) => r.id)).toContain(someone.id);
    for (const r of byInitials.body.rows) expect(r.name).toBeTruthy();
    const last4 = someone.residentIdMasked.slice(-4);
    const byId = await as("jcjy", "GET", path(`&q=${last4}`));
    expect(byId.body.rows.map((r: any) => r.id)).toContain(someone.id);
    for (const r of byId.body.rows) expect(r.residentIdMasked.endsWith(last4)).toBe(true);
  });

  it("masks resident IDs in every list", async () => {
    const res = await as("jcjy", "GET", path());
    expect(res.body.rows.length).toBeGreaterThan(0);
    for (const r of res.body.rows) {
      expect(r.residentIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      // a G-type student number carries the resident ID, so it is masked too
      expect(r.studentNumber).toMatch(/^[GJL][\dA-Z]{6}\*{8}[\dA-Z]{3}[\dX]$/);
    }
  });

  it("shows the inspector the whole county, masked", async () => {
    const res = await as("duxue", "GET", path());
    expect(res.status).toBe(200);
    expect(res.body.total).toBe((await as("leader", "GET", path())).body.total);
  });
});

describe("revealing a resident ID", () => {
  async function firstStudentOf(u: Username, schoolId: string) {
    const res = await as(u, "GET", `/api/registry/students?year=${TEST_YEAR}&schoolId=${schoolId}&pageSize=1`);
    return res.body.rows[0].id as string;
  }
  const reveal = (u: Username, id: string, reason = "核对学籍信息") =>
    as(u, "POST", `/api/registry/students/${id}/reveal`, { reason });

  it("lets the owning section reveal any student, with the reason audited", async () => {
    const id = await firstStudentOf("leader", schoolOf2);
    const before = await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, id));
    const res = await reveal("jcjy", id, "核对转学材料");
    expect(res.status).toBe(200);
    expect(res.body.residentId).toMatch(/^\d{17}[\dX]$/);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(rows.length).toBe((before[0]?.n ?? 0) + 1);
    expect(rows.at(-1)).toMatchObject({
      action: "registry.reveal_resident_id",
      actorName: "jcjy",
      reason: "核对转学材料",
    });
  });

  it("lets a school reveal its own students and answers 404 for another school's", async () => {
    expect((await reveal("school1", await firstStudentOf("leader", schoolOf1))).status).toBe(200);
    const other = await reveal("school1", await firstStudentOf("leader", schoolOf2));
    expect(other.status).toBe(404);
  });

  it("refuses leadership, teachers, other sections, inspectors and the administrator", async () => {
    const id = await firstStudentOf("leader", schoolOf1);
    for (const u of ["leader", "teacher1", "jiaoyan", "duxue", "admin"] as const) {
      const res = await reveal(u, id);
      expect(res.status, u).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
  });

  it("requires a reason", async () => {
    const id = await firstStudentOf("leader", schoolOf1);
    const res = await reveal("jcjy", id, "");
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe("reason");
  });
});

describe("user management", () => {
  it("lets only the system administrator list and create accounts", async () => {
    expect((await as("admin", "GET", "/api/users")).status).toBe(200);
    for (const u of ROLES.filter((r) => r !== "admin")) {
      expect((await as(u, "GET", "/api/users")).status, u).toBe(403);
      const created = await as(u, "POST", "/api/users", {
        username: `x${u}`,
        displayName: "测试",
        role: "leader",
        password: "Valid-Password-2026",
      });
      expect(created.status, u).toBe(403);
    }
    const ok = await as("admin", "POST", "/api/users", {
      username: "newleader",
      displayName: "新局长",
      role: "leader",
      password: "Valid-Password-2026",
    });
    expect(ok.status).toBe(201);
  });

  it("refuses edits and password resets by anyone but the administrator", async () => {
    const users = (await as("admin", "GET", "/api/users")).body.rows;
    const target = users.find((u: any) => u.username === "teacher1").id;
    for (const u of ["leader", "jcjy", "school1"] as const) {
      expect((await as(u, "PATCH", `/api/users/${target}`, { displayName: "改名" })).status).toBe(403);
      expect(
        (await as(u, "POST", `/api/users/${target}/reset-password`, { password: "Valid-Password-2026" })).status,
      ).toBe(403);
    }
    expect((await as("admin", "PATCH", `/api/users/${target}`, { displayName: "王老师" })).status).toBe(200);
  });
});

describe("audit log", () => {
  it("is readable by the administrator and leadership only", async () => {
    for (const u of ["admin", "leader"] as const) {
      const res = await as(u, "GET", "/api/audit?pageSize=5");
      expect(res.status, u).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
    }
    for (const u of ["jcjy", "dudao", "school1", "teacher1", "duxue"] as const) {
      expect((await as(u, "GET", "/api/audit")).status, u).toBe(403);
    }
  });

  it("filters by action family and actor", async () => {
    const res = await as("admin", "GET", "/api/audit?action=auth&actor=leader&pageSize=200");
    expect(res.body.rows.length).toBeGreaterThan(0);
    for (const r of res.body.rows) {
      expect(r.action).toMatch(/^auth\./);
      expect(r.actorName).toBe("leader");
    }
  });
});
