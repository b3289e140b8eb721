import { registry } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { employment, person } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Staff writes (form): 人事股 for the county and school administrators for their own school; 基础教育股, leadership
 * and teachers read only. Every write audited; a staff member is marked as left, never deleted.
 */
type User = "renshi" | "jcjy" | "leader" | "school1" | "school2" | "teacher1";
let database: Database;
let app: TestApp;
const s = {} as Record<User, Session>;
let school1Id: string;
let school2Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ["renshi", "jcjy", "leader", "school1", "school2", "teacher1"] as const) s[u] = await login(app, u);
  school1Id = (await call(app, s.school1, "GET", "/api/auth/me")).body.user.schoolId;
  school2Id = (await call(app, s.school2, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

let sequence = 101;
/** A fresh valid resident ID of an adult born in 1990 (odd sequence = man). */
function newId(woman = false): string {
  const seq = String(sequence++ * 2 + (woman ? 0 : 1)).padStart(3, "0");
  const first17 = `15259919900415${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

const newTeacher = (schoolId: string, patch: Record<string, unknown> = {}) => ({
  name: "赵新老师",
  ethnicity: "汉族",
  residentId: newId(),
  staffNumber: null,
  schoolYear: TEST_YEAR,
  hireDate: "2014-08-28",
  schoolId,
  postType: "teacher",
  establishment: "established",
  subject: "math",
  stageTaught: "primary",
  qualification: "bachelor",
  title: "junior",
  backboneLevel: "none",
  hasCertificate: true,
  fullTime: true,
  status: "active",
  ...patch,
});
const as = (u: User, method: string, path: string, body?: unknown) => call(app, s[u], method, path, body);
const audits = (action: string, targetId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

describe("registering staff", () => {
  it("lets 人事股 register a teacher in any school, numbered by the register, audited, and masked in the list", async () => {
    const body = newTeacher(school2Id, { name: "钱人事" });
    const res = await as("renshi", "POST", "/api/registry/staff", body);
    expect(res.status).toBe(201);
    expect(res.body.staffNumber).toMatch(/^152599\d{6}$/);
    const list = await as("jcjy", "GET", `/api/registry/staff?year=${TEST_YEAR}&q=钱人事`);
    expect(list.body.rows).toHaveLength(1);
    expect(list.body.rows[0]).toMatchObject({
      schoolId: school2Id,
      gender: "M",
      birthDate: "1990-04-15",
      subject: "math",
    });
    expect(list.body.rows[0].residentIdMasked).toBe(registry.maskResidentId(body.residentId));
    const [row] = await audits("registry.staff_create", res.body.id);
    expect(row).toMatchObject({ actorName: "renshi" });
    expect(JSON.stringify(row)).not.toContain(body.residentId);
  });

  it("lets a school administrator register staff for their own school only", async () => {
    const mine = await as("school1", "POST", "/api/registry/staff", newTeacher(school1Id, { name: "孙本校" }));
    expect(mine.status).toBe(201);
    const theirs = await as("school1", "POST", "/api/registry/staff", newTeacher(school2Id));
    expect(theirs.status).toBe(400);
    expect(theirs.body.error.details[0]).toMatchObject({ field: "schoolId" });
  });

  it("refuses 基础教育股, leadership and teachers (they read staff, 人事股 writes)", async () => {
    for (const u of ["jcjy", "leader", "teacher1"] as const) {
      const res = await as(u, "POST", "/api/registry/staff", newTeacher(school1Id));
      expect(res.status, u).toBe(403);
      expect(res.body.error.message).toContain("教师队伍");
    }
  });

  it("names the field for a wrong resident ID, a teacher without subject, an unknown title and a hire date before 16", async () => {
    const id = newId();
    const badId = await as(
      "renshi",
      "POST",
      "/api/registry/staff",
      newTeacher(school1Id, { residentId: `${id.slice(0, 17)}${id[17] === "1" ? "2" : "1"}` }),
    );
    expect(badId.status).toBe(400);
    expect(badId.body.error.details).toEqual([{ field: "residentId", message: expect.stringContaining("校验位") }]);
    const noSubject = await as(
      "renshi",
      "POST",
      "/api/registry/staff",
      newTeacher(school1Id, { subject: null, stageTaught: null }),
    );
    expect(noSubject.body.error.details.map((d: { field: string }) => d.field)).toEqual(["subject", "stageTaught"]);
    const badTitle = await as("renshi", "POST", "/api/registry/staff", newTeacher(school1Id, { title: "professor" }));
    expect(badTitle.status).toBe(400);
    expect(badTitle.body.error.details[0]).toMatchObject({ field: "title", message: expect.stringContaining("职称") });
    const young = await as("renshi", "POST", "/api/registry/staff", newTeacher(school1Id, { hireDate: "2005-01-01" }));
    expect(young.body.error.details[0]).toMatchObject({
      field: "hireDate",
      message: expect.stringContaining("16周岁"),
    });
  });

  it("refuses the same resident ID twice and a staff number in use", async () => {
    const body = newTeacher(school1Id);
    expect((await as("renshi", "POST", "/api/registry/staff", body)).status).toBe(201);
    const again = await as("renshi", "POST", "/api/registry/staff", body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("DUPLICATE_STAFF");
    const list = await as("renshi", "GET", `/api/registry/staff?year=${TEST_YEAR}&pageSize=1`);
    const taken = await as(
      "renshi",
      "POST",
      "/api/registry/staff",
      newTeacher(school1Id, { staffNumber: list.body.rows[0].staffNumber }),
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("STAFF_NUMBER_TAKEN");
  });
});

describe("editing staff and marking them as left", () => {
  it("lets the school correct its staff member's employment of the year, audited before and after", async () => {
    const created = await as("school1", "POST", "/api/registry/staff", newTeacher(school1Id, { name: "周可改" }));
    const id = created.body.id;
    const res = await as("school1", "PATCH", `/api/registry/staff/${id}`, {
      schoolYear: TEST_YEAR,
      title: "intermediate",
      backboneLevel: "county",
      name: "周改名",
    });
    expect(res.status).toBe(200);
    const detail = await as("school1", "GET", `/api/registry/staff/${id}`);
    expect(detail.body.staff).toMatchObject({ name: "周改名", title: "intermediate", backboneLevel: "county" });
    const [row] = await audits("registry.staff_update", id);
    expect(row!.beforeDigest).not.toBe(row!.afterDigest);
    const [p] = await database.db
      .select({ initials: person.nameInitials })
      .from(person)
      .where(eq(person.name, "周改名"));
    expect(p!.initials).toBe("zgm");
  });

  it("answers 404 to another school's administrator and 403 to 基础教育股", async () => {
    const theirs = await as("school2", "GET", `/api/registry/staff?year=${TEST_YEAR}&pageSize=1`);
    const id = theirs.body.rows[0].id;
    expect(
      (await as("school1", "PATCH", `/api/registry/staff/${id}`, { schoolYear: TEST_YEAR, title: "senior" })).status,
    ).toBe(404);
    expect(
      (await as("jcjy", "PATCH", `/api/registry/staff/${id}`, { schoolYear: TEST_YEAR, title: "senior" })).status,
    ).toBe(403);
    expect(
      (await as("school2", "PATCH", `/api/registry/staff/${id}`, { schoolYear: TEST_YEAR, subject: "史学" })).status,
    ).toBe(400);
  });

  it("marks a staff member as left instead of deleting, keeps the row, and refuses later edits of that year", async () => {
    const created = await as("renshi", "POST", "/api/registry/staff", newTeacher(school1Id, { name: "吴调离" }));
    const id = created.body.id;
    const outside = await as("renshi", "POST", `/api/registry/staff/${id}/leave`, {
      schoolYear: TEST_YEAR,
      on: `${TEST_YEAR + 2}-01-01`,
      reason: "调往外县",
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0].field).toBe("on");
    const res = await as("renshi", "POST", `/api/registry/staff/${id}/leave`, {
      schoolYear: TEST_YEAR,
      on: `${TEST_YEAR}-12-01`,
      reason: "调往外县",
    });
    expect(res.status).toBe(200);
    const [row] = await database.db.select().from(employment).where(eq(employment.staffId, id));
    expect(row!.status).toBe("left");
    const [audit] = await audits("registry.staff_left", id);
    expect(audit!.reason).toBe("调往外县");
    const again = await as("renshi", "POST", `/api/registry/staff/${id}/leave`, {
      schoolYear: TEST_YEAR,
      on: `${TEST_YEAR}-12-02`,
      reason: "调往外县",
    });
    expect(again.status).toBe(409);
    expect(
      (await as("renshi", "PATCH", `/api/registry/staff/${id}`, { schoolYear: TEST_YEAR, title: "senior" })).status,
    ).toBe(409);
    expect((await as("renshi", "DELETE", `/api/registry/staff/${id}`)).status).toBe(404);
    const status = await as("renshi", "PATCH", `/api/registry/staff/${id}`, { schoolYear: TEST_YEAR, status: "left" });
    expect(status.status).toBe(400);
  });
});

describe("staff export", () => {
  async function exportAs(u: User, query: string) {
    const res = await app.request(`/api/registry/exports/staff.xlsx?year=${TEST_YEAR}${query}`, {
      headers: { cookie: s[u].cookie },
    });
    if (res.status !== 200)
      return { status: res.status, rows: [] as string[][], body: (await res.json()) as { error: { code: string } } };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const rows: string[][] = [];
    wb.getWorksheet("教职工名单")!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
    return { status: 200, rows, body: null };
  }

  it("exports the list masked for 基础教育股, within scope for a school, and audits it", async () => {
    const county = await exportAs("jcjy", "");
    expect(county.status).toBe(200);
    expect(county.rows[0]!.slice(0, 4)).toEqual(["学校", "学校标识码", "教职工编号", "姓名"]);
    expect(county.rows.slice(1).every((r) => /\*{8}/.test(r[7]!))).toBe(true);
    const mine = await exportAs("school1", "");
    const names = new Set(mine.rows.slice(1).map((r) => r[0]));
    expect(names.size).toBe(1);
    expect(mine.rows.length).toBeLessThan(county.rows.length);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "registry.staff_export"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("shows full resident IDs only to 人事股 or the school, with a reason that is audited", async () => {
    const body = newTeacher(school1Id, { name: "冯导出" });
    expect((await as("renshi", "POST", "/api/registry/staff", body)).status).toBe(201);
    expect((await exportAs("jcjy", "&reveal=true&reason=核对编制名单")).status).toBe(403);
    expect((await exportAs("leader", "&reveal=true&reason=核对编制名单")).status).toBe(403);
    const noReason = await exportAs("renshi", "&reveal=true");
    expect(noReason.status).toBe(400);
    expect(noReason.body?.error.code).toBe("REASON_REQUIRED");
    const full = await exportAs("renshi", `&reveal=true&reason=${encodeURIComponent("核对编制名单")}&q=冯导出`);
    expect(full.rows[1]![7]).toBe(body.residentId);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "registry.staff_export_personal_data"));
    expect(audit).toMatchObject({ actorName: "renshi", reason: "核对编制名单" });
  });
});
