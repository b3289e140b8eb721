import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Catchment zones on the test county: the demo gives each town a primary and a junior zone; 招生办 edits them,
 * leadership and sections read, a school sees the zones it serves, teachers and inspectors nothing.
 */
const USERS = ["zhaosheng", "school1", "school2", "leader", "jcjy", "teacher1", "duxue"] as const;
type User = (typeof USERS)[number];
let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User | null, method: string, path: string, body?: unknown) =>
  call(app, u ? sessions[u] : null, method, path, body);
let zones: any[];
let school1: string;
const NEXT = TEST_YEAR + 1;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date(`${TEST_YEAR}-11-20T02:00:00Z`))));
  for (const u of USERS) sessions[u] = await login(app, u);
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  zones = (await as("zhaosheng", "GET", `/api/admissions/zones?year=${NEXT}`)).body.rows;
});
afterAll(() => database.close());

describe("zones and the capacity check", () => {
  it("lists the demo zones with children of the entry cohort against places, and no overlapping units", async () => {
    expect(zones.length).toBeGreaterThan(0);
    const res = await as("zhaosheng", "GET", `/api/admissions/zones?year=${NEXT}`);
    expect(res.body.problems).toEqual([]);
    const primary = zones.find((z) => z.stage === "primary" && z.schools.some((s: any) => s.id === school1));
    expect(primary).toBeDefined();
    expect(primary.cohort).toEqual({ from: `${NEXT - 7}-09-01`, to: `${NEXT - 6}-08-31` });
    expect(primary.places).toBeGreaterThan(0);
    expect(["shortfall", "tight", "ok"]).toContain(primary.status);
    expect(primary.children).toBeGreaterThanOrEqual(0);
    expect(primary.gap).toBe(primary.places - primary.children);
    // kindergarten 大班 children of the cohort living in the towns' units are counted
    const children = zones.filter((z) => z.stage === "primary").reduce((n, z) => n + z.children, 0);
    expect(children).toBeGreaterThan(0);
  });

  it("finds a family's zones by address, the most specific unit first", async () => {
    const primary = zones.find((z) => z.stage === "primary");
    const res = await as(
      "jcjy",
      "GET",
      `/api/admissions/zones/lookup?address=${encodeURIComponent(`某县${primary.units[0]}幸福路3号`)}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: any) => r.id)).toContain(primary.id);
    const nowhere = await as(
      "jcjy",
      "GET",
      `/api/admissions/zones/lookup?address=${encodeURIComponent("外省某市某区")}`,
    );
    expect(nowhere.body.rows).toEqual([]);
    const bad = await as("jcjy", "GET", "/api/admissions/zones/lookup?address=x");
    expect(bad.status).toBe(400);
  });

  it("lets 招生办 carve a village out as its own zone, overrides places, and flags a shortfall", async () => {
    const primary = zones.find((z) => z.stage === "primary" && z.schools.some((s: any) => s.id === school1));
    const created = await as("zhaosheng", "POST", "/api/admissions/zones", {
      name: "红旗村学区",
      stage: "primary",
      units: ["红旗村"],
      schoolIds: [school1],
      places: { [school1]: 0 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const listed = (await as("zhaosheng", "GET", `/api/admissions/zones?year=${NEXT}`)).body.rows;
    const village = listed.find((z: any) => z.id === created.body.id);
    expect(village.places).toBe(0);
    expect(village.status).toBe("no_school");
    const lookup = await as(
      "zhaosheng",
      "GET",
      `/api/admissions/zones/lookup?address=${encodeURIComponent(`${primary.units[0]}红旗村`)}`,
    );
    expect(lookup.body.rows.map((r: any) => r.name)).toContain("红旗村学区");
    expect(lookup.body.rows.map((r: any) => r.id)).not.toContain(primary.id);
    const updated = await as("zhaosheng", "PUT", `/api/admissions/zones/${created.body.id}`, {
      name: "红旗村学区",
      stage: "primary",
      units: ["红旗村"],
      schoolIds: [school1],
      places: { [school1]: 1 },
    });
    expect(updated.status).toBe(200);
    expect((await as("zhaosheng", "DELETE", `/api/admissions/zones/${created.body.id}`)).status).toBe(204);
  });

  it("refuses a unit already in another zone of the stage, a school of the wrong stage, and empty lists", async () => {
    const primary = zones.find((z) => z.stage === "primary");
    const overlap = await as("zhaosheng", "POST", "/api/admissions/zones", {
      name: "重叠学区",
      stage: "primary",
      units: [primary.units[0]],
      schoolIds: [school1],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toContain(primary.units[0]);
    const junior = zones.find((z) => z.stage === "junior");
    const wrongStage = await as("zhaosheng", "POST", "/api/admissions/zones", {
      name: "错学段学区",
      stage: "junior",
      units: ["某某村"],
      schoolIds: [school1],
    });
    expect(wrongStage.status).toBe(400);
    expect(wrongStage.body.error.details[0].field).toBe("schoolIds.0");
    expect(junior).toBeDefined();
    const empty = await as("zhaosheng", "POST", "/api/admissions/zones", {
      name: "空学区",
      stage: "primary",
      units: [],
      schoolIds: [],
    });
    expect(empty.status).toBe(400);
  });

  it("is read by leadership and sections, narrowed for a school, refused to teachers and inspectors; only 招生办 edits", async () => {
    expect((await as("leader", "GET", `/api/admissions/zones?year=${NEXT}`)).body.rows).toHaveLength(zones.length);
    const mine = (await as("school1", "GET", `/api/admissions/zones?year=${NEXT}`)).body.rows;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((z: any) => z.schools.some((s: any) => s.id === school1))).toBe(true);
    expect((await as("teacher1", "GET", `/api/admissions/zones?year=${NEXT}`)).status).toBe(403);
    expect((await as("duxue", "GET", `/api/admissions/zones?year=${NEXT}`)).status).toBe(403);
    const body = { name: "某学区", stage: "primary", units: ["某某村"], schoolIds: [school1] };
    expect((await as("school1", "POST", "/api/admissions/zones", body)).status).toBe(403);
    expect((await as("jcjy", "POST", "/api/admissions/zones", body)).status).toBe(403);
    expect((await as("school2", "DELETE", `/api/admissions/zones/${zones[0].id}`)).status).toBe(403);
    expect((await as(null, "GET", `/api/admissions/zones?year=${NEXT}`)).status).toBe(401);
  });
});
