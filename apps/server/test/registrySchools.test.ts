import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { schoolCondition } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

let database: Database;
let app: TestApp;
const s = {} as Record<"jcjy" | "leader" | "school1" | "school2", Session>;
let school1Id: string;
let school2Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, testClock(new Date("2026-11-23T02:00:00Z"))).app;
  for (const u of ["jcjy", "leader", "school1", "school2"] as const) s[u] = await login(app, u);
  school1Id = (await call(app, s.school1, "GET", "/api/auth/me")).body.user.schoolId;
  school2Id = (await call(app, s.school2, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

const conditions = {
  buildingArea: 5200,
  teachingArea: 3100.5,
  sportsArea: 8000,
  equipmentValueFen: 180_000_000,
  books: 21000,
  studentComputers: 90,
  multimediaRooms: 20,
  musicRooms: 1,
  musicRoomArea: 96,
  artRooms: 1,
  artRoomArea: 90,
};

describe("schools", () => {
  it("shows a school with its years, history and conditions, and hides it from another school", async () => {
    const res = await call(app, s.school1, "GET", `/api/registry/schools/${school1Id}`);
    expect(res.status).toBe(200);
    expect(res.body.school.id).toBe(school1Id);
    expect(res.body.years.map((y: any) => y.schoolYear)).toEqual([TEST_YEAR, TEST_YEAR - 1, TEST_YEAR - 2]);
    expect(res.body.years[0].students).toBeGreaterThan(0);
    expect(res.body.conditions.length).toBe(3);
    expect((await call(app, s.school2, "GET", `/api/registry/schools/${school1Id}`)).status).toBe(404);
  });

  it("lets the section add a school, refusing a duplicate code and a school administrator", async () => {
    const school = {
      code: "2152599901",
      name: "北原县新城小学",
      kind: "primary",
      locality: "urban",
      ownership: "public",
      address: "北原县新城区",
      principal: "张校长",
      phone: null,
      latitude: null,
      longitude: null,
      openedOn: "2026-09-01",
    };
    const created = await call(app, s.jcjy, "POST", "/api/registry/schools", school);
    expect(created.status).toBe(201);
    expect((await call(app, s.jcjy, "POST", "/api/registry/schools", school)).status).toBe(409);
    expect(
      (await call(app, s.school1, "POST", "/api/registry/schools", { ...school, code: "2152599902" })).status,
    ).toBe(400);
    expect((await call(app, s.leader, "POST", "/api/registry/schools", { ...school, code: "2152599903" })).status).toBe(
      403,
    );
    const bad = await call(app, s.jcjy, "POST", "/api/registry/schools", { ...school, code: "12345", kind: "castle" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.field)).toEqual(expect.arrayContaining(["code", "kind"]));
  });

  it("records a merger: the merged school leaves the open list and keeps its history", async () => {
    const list = (await call(app, s.jcjy, "GET", "/api/registry/schools")).body.rows;
    const newSchool = list.find((r: any) => r.code === "2152599901");
    const res = await call(app, s.jcjy, "POST", `/api/registry/schools/${newSchool.id}/events`, {
      kind: "merged",
      on: "2026-12-31",
      intoSchoolId: school1Id,
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("merged");
    const detail = await call(app, s.jcjy, "GET", `/api/registry/schools/${newSchool.id}`);
    expect(detail.body.events.map((e: any) => e.kind)).toEqual(["merged", "opened"]);
    const again = await call(app, s.jcjy, "POST", `/api/registry/schools/${newSchool.id}/events`, {
      kind: "closed",
      on: "2027-01-01",
    });
    expect(again.status).toBe(409);
  });

  it("lets a school edit its own contact details only", async () => {
    expect(
      (await call(app, s.school1, "PATCH", `/api/registry/schools/${school1Id}`, { phone: "0479-1234567" })).status,
    ).toBe(200);
    expect(
      (await call(app, s.school1, "PATCH", `/api/registry/schools/${school2Id}`, { phone: "0479-1234567" })).status,
    ).toBe(404);
  });
});

describe("school directory and the calendar", () => {
  it("lets a school see the names of every open school of the county, for choosing a transfer's destination", async () => {
    const directory = await call(app, s.school1, "GET", "/api/registry/school-directory");
    const county = await call(app, s.leader, "GET", "/api/registry/schools");
    const open = county.body.rows.filter((r: any) => r.status === "open").map((r: any) => r.id);
    expect(directory.body.rows.map((r: any) => r.id).sort()).toEqual(open.sort());
    expect(Object.keys(directory.body.rows[0]).sort()).toEqual(["code", "id", "kind", "locality", "name"]);
  });

  it("refuses to promote a school year that has not begun", async () => {
    const res = await call(app, s.jcjy, "POST", "/api/registry/promotion", { fromYear: TEST_YEAR + 3 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("PROMOTION_TOO_EARLY");
    expect(res.body.error.message).toMatch(/尚未开始/);
  });
});

describe("yearly conditions", () => {
  it("lists every open school for a year, reported or not", async () => {
    const res = await call(app, s.leader, "GET", `/api/registry/conditions?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThanOrEqual(4);
    expect(res.body.rows.every((r: any) => r.reported)).toBe(true);
  });

  it("reports a new year without touching earlier years, and requires a reason to correct", async () => {
    const next = TEST_YEAR + 1;
    const before = await database.db.select().from(schoolCondition).where(eq(schoolCondition.schoolId, school1Id));
    const first = await call(
      app,
      s.school1,
      "PUT",
      `/api/registry/schools/${school1Id}/conditions/${next}`,
      conditions,
    );
    expect(first.status).toBe(200);
    const noReason = await call(app, s.school1, "PUT", `/api/registry/schools/${school1Id}/conditions/${next}`, {
      ...conditions,
      books: 22000,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("reason");
    const corrected = await call(app, s.school1, "PUT", `/api/registry/schools/${school1Id}/conditions/${next}`, {
      ...conditions,
      books: 22000,
      reason: "图书册数漏报一批",
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.books).toBe(22000);
    const after = await database.db.select().from(schoolCondition).where(eq(schoolCondition.schoolId, school1Id));
    expect(after.length).toBe(before.length + 1);
    for (const row of before) expect(after.find((r) => r.id === row.id)).toEqual(row);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registry.conditions_correct"), eq(auditLog.reason, "图书册数漏报一批")));
    expect(audit).toHaveLength(1);
  });

  it("refuses negative and inconsistent figures, and another school's conditions", async () => {
    const bad = await call(app, s.school1, "PUT", `/api/registry/schools/${school1Id}/conditions/2030`, {
      ...conditions,
      books: -1,
      teachingArea: 9999,
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["books"]));
    const inconsistent = await call(app, s.school1, "PUT", `/api/registry/schools/${school1Id}/conditions/2030`, {
      ...conditions,
      teachingArea: 9999,
    });
    expect(inconsistent.body.error.details[0]).toMatchObject({ field: "teachingArea" });
    const other = await call(app, s.school1, "PUT", `/api/registry/schools/${school2Id}/conditions/2030`, conditions);
    expect(other.status).toBe(404);
  });
});
