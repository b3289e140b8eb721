import { registry } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { enrollment, registrySetting } from "../src/registry/tables";
import {
  call,
  login,
  newStudentBody,
  openTestDatabase,
  type Session,
  type TestApp,
  testApp,
  testClock,
} from "./harness";
import { TEST_YEAR } from "./template";

/**
 * "Today" in the register is the county's calendar day (Beijing time), whatever the server's zone: at
 * 2026-08-31T17:00:00Z it is already 1 September 2026, 01:00 in Beijing — the first day of the new school year.
 */
const INSTANT = `${TEST_YEAR}-08-31T17:00:00Z`;
const BEIJING_DAY = `${TEST_YEAR}-09-01`;

let database: Database;
let app: TestApp;
const s = {} as Record<"jcjy" | "school1", Session>;
let school1Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, testClock(new Date(INSTANT))).app;
  for (const u of ["jcjy", "school1"] as const) s[u] = await login(app, u);
  school1Id = (await call(app, s.school1, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

function residentId(birth: string, seq: string) {
  const first17 = `152599${birth.replaceAll("-", "")}${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

describe("the register's today is the county's day", () => {
  it("dates a school opened with no date given on the Beijing day", async () => {
    const created = await call(app, s.jcjy, "POST", "/api/registry/schools", {
      code: "2152599981",
      name: "北原县九月小学",
      kind: "primary",
      locality: "urban",
      ownership: "public",
      address: "北原县城关镇",
      principal: "李校长",
      phone: null,
      latitude: null,
      longitude: null,
      openedOn: null,
    });
    expect(created.status).toBe(201);
    const detail = await call(app, s.jcjy, "GET", `/api/registry/schools/${created.body.id}`);
    expect(detail.body.events).toEqual([expect.objectContaining({ kind: "opened", on: BEIJING_DAY })]);
  });

  it("enters a new student on the Beijing day", async () => {
    const created = await call(
      app,
      s.school1,
      "POST",
      "/api/registry/students",
      newStudentBody(school1Id, residentId("2019-03-16", "125"), { name: "九月学生", guardianName: "九月家长" }),
    );
    expect(created.status).toBe(201);
    const [row] = await database.db
      .select({ enteredOn: enrollment.enteredOn })
      .from(enrollment)
      .where(and(eq(enrollment.studentId, created.body.id), eq(enrollment.schoolYear, TEST_YEAR)));
    expect(row?.enteredOn).toBe(BEIJING_DAY);
  });

  it("takes the calendar's school year from the Beijing day while the county has set none", async () => {
    const [county] = await database.db.select().from(registrySetting);
    await database.db
      .update(registrySetting)
      .set({ currentSchoolYear: null })
      .where(eq(registrySetting.regionCode, county!.regionCode));
    const settings = await call(app, s.school1, "GET", "/api/registry/settings");
    expect(settings.body).toMatchObject({ currentSchoolYear: TEST_YEAR, currentSchoolYearSet: false });
  });
});
