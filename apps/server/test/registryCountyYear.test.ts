import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { schoolClass } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The county's current school year (学籍参数) and the county's promotion: what every user sees by default is the
 * county's year, which a school's data cannot move; promotion runs for every school at once, by 基础教育股, on or
 * after the date the county set (the test county's: 10 July of the next calendar year). The clock starts in
 * December, when a school administrator once promoted its school and moved the county's default year with it.
 */
const USERS = ["school1", "school2", "jcjy", "leader"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
let school1: string;

async function loginAll() {
  for (const u of USERS) sessions[u] = await login(app, u);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-12-06T02:00:00Z`))));
  await loginAll();
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const overview = (u: User) => as(u, "GET", "/api/registry/overview");
const students = (u: User, query = "") => as(u, "GET", `/api/registry/students?pageSize=1${query}`);
const preview = (u: User, query = "") => as(u, "GET", `/api/registry/promotion/preview${query}`);
/** past the overview's 15-second cache, so that a read shows the database as it is now */
const later = () => clock.advance(60_000);

/** What the leader sees by default: the overview's year and counts, and the student list. */
async function leaderDefaults() {
  const o = (await overview("leader")).body;
  const list = (await students("leader")).body;
  return { year: o.schoolYear, students: o.students.total, classes: o.classes.total, listed: list.total };
}

describe("the county's current school year", () => {
  let before: Awaited<ReturnType<typeof leaderDefaults>>;

  it("is the register setting the demo county starts with", async () => {
    const settings = await as("school1", "GET", "/api/registry/settings");
    expect(settings.body).toMatchObject({
      currentSchoolYear: TEST_YEAR,
      currentSchoolYearSet: true,
      promotionDate: `${TEST_YEAR + 1}-07-10`,
    });
    before = await leaderDefaults();
    expect(before.year).toBe(TEST_YEAR);
    expect(before.students).toBeGreaterThan(0);
    expect(before.listed).toBe(before.students);
  });

  it("is moved by no school: a school administrator can neither promote nor set the year", async () => {
    const preview1 = (await preview("school1")).body;
    expect(preview1).toMatchObject({ fromYear: TEST_YEAR, canPromote: false });
    expect(preview1.refusal.code).toBe("PROMOTION_COUNTY_ONLY");
    const confirm = { promote: preview1.totals.promote, graduate: preview1.totals.graduate };
    const promoted = await as("school1", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR, confirm });
    expect(promoted.status).toBe(403);
    expect(promoted.body.error.code).toBe("PROMOTION_COUNTY_ONLY");
    expect(promoted.body.error.message).toContain("基础教育股");
    const set = await as("school1", "PUT", "/api/registry/settings", { currentSchoolYear: TEST_YEAR + 1 });
    expect(set.status).toBe(403);
    const [nextYear] = await database.db
      .select()
      .from(schoolClass)
      .where(and(eq(schoolClass.schoolId, school1), eq(schoolClass.schoolYear, TEST_YEAR + 1)));
    expect(nextYear).toBeUndefined();
    later();
    expect(await leaderDefaults()).toEqual(before);
  });

  it("is not the newest year some school has data in: one school's classes set up for next year move nobody", async () => {
    await database.db.insert(schoolClass).values({
      regionCode: (await as("leader", "GET", "/api/auth/me")).body.user.regionCode,
      schoolId: school1,
      schoolYear: TEST_YEAR + 1,
      grade: 1,
      number: 9,
      name: "一年级(9)班",
    });
    later();
    expect(await leaderDefaults()).toEqual(before);
    expect((await overview("school1")).body.schoolYear).toBe(TEST_YEAR);
    expect((await overview("school2")).body.schoolYear).toBe(TEST_YEAR);
    expect((await students("school1")).body.total).toBe((await students("school1", `&year=${TEST_YEAR}`)).body.total);
    const sizes = await as("leader", "GET", "/api/registry/class-sizes");
    const sizesNow = await as("leader", "GET", `/api/registry/class-sizes?year=${TEST_YEAR}`);
    expect(sizes.body).toEqual(sizesNow.body);
    expect((await as("leader", "GET", "/api/balance/years")).body.years[0]).toBe(TEST_YEAR);
  });

  it("lets a school ask for the promotion (申请升级) once, and shows the request to the section", async () => {
    expect((await preview("school1")).body.canRequest).toBe(true);
    const asked = await as("school1", "POST", "/api/registry/promotion/requests", { note: "本学年学籍变动已全部办结" });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ schoolYear: TEST_YEAR, status: "pending", note: "本学年学籍变动已全部办结" });
    const again = await as("school1", "POST", "/api/registry/promotion/requests", {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("PROMOTION_REQUESTED");
    expect(again.body.error.message).toContain(`本校已于${TEST_YEAR}年12月6日申请`);
    expect((await as("jcjy", "POST", "/api/registry/promotion/requests", {})).status).toBe(403);
    expect((await as("leader", "POST", "/api/registry/promotion/requests", {})).status).toBe(403);

    const own = (await preview("school1")).body;
    expect(own.canRequest).toBe(false);
    expect(own.schools[0].request).toMatchObject({ id: asked.body.id, status: "pending" });
    const other = (await preview("school2")).body;
    expect(other.canRequest).toBe(true);
    expect(other.schools[0].request).toBeNull();
    const county = (await preview("jcjy")).body.schools;
    expect(county.filter((s: any) => s.request).map((s: any) => s.schoolId)).toEqual([school1]);
    // asking moves nothing: the county's year and what the leader sees stay
    later();
    expect(await leaderDefaults()).toEqual(before);
    expect((await as("jcjy", "GET", "/api/registry/settings")).body.currentSchoolYear).toBe(TEST_YEAR);
  });

  it("takes a promotion date only within the current year's range, from the section alone", async () => {
    const bad = await as("jcjy", "PUT", "/api/registry/settings", { promotionDate: `${TEST_YEAR}-08-01` });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("PROMOTION_DATE_INVALID");
    expect(bad.body.error.message).toContain(`${TEST_YEAR}年9月2日`);
    expect((await as("leader", "PUT", "/api/registry/settings", { promotionDate: null })).status).toBe(403);
    const settings = (await as("jcjy", "GET", "/api/registry/settings")).body;
    expect(settings.promotionDate).toBe(`${TEST_YEAR + 1}-07-10`);
  });
});

describe("the county's promotion", () => {
  it("is refused before the date the county set, naming the date", async () => {
    const p = (await preview("jcjy")).body;
    expect(p).toMatchObject({
      fromYear: TEST_YEAR,
      currentSchoolYear: TEST_YEAR,
      promotionDate: `${TEST_YEAR + 1}-07-10`,
      canPromote: false,
    });
    expect(p.refusal.code).toBe("PROMOTION_TOO_EARLY");
    const confirm = { promote: p.totals.promote, graduate: p.totals.graduate };
    const res = await as("jcjy", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR, confirm });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("PROMOTION_TOO_EARLY");
    expect(res.body.error.message).toContain(`全县升级日期为${TEST_YEAR + 1}年7月10日`);
    const [nextYear] = await database.db
      .select()
      .from(schoolClass)
      .where(eq(schoolClass.schoolYear, TEST_YEAR + 2));
    expect(nextYear).toBeUndefined();
  });

  it("on the date, promotes every school at once after the preview's confirmation, and moves the year for everyone", async () => {
    clock.advance(Date.parse(`${TEST_YEAR + 1}-07-10T01:00:00Z`) - clock.now().getTime());
    await loginAll();
    const p = (await preview("jcjy")).body;
    expect(p.canPromote).toBe(true);
    const waiting = p.schools.filter((s: any) => !s.done && s.promote + s.graduate > 0).map((s: any) => s.schoolId);
    expect(waiting.length).toBeGreaterThan(2);
    expect(waiting).toContain(school1);

    const promote = (body: unknown) => as("jcjy", "POST", "/api/registry/promotion", body);
    const unconfirmed = await promote({ fromYear: TEST_YEAR });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.code).toBe("PROMOTION_UNCONFIRMED");
    const stale = await promote({ fromYear: TEST_YEAR, confirm: { promote: p.totals.promote + 1, graduate: 0 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("PROMOTION_CHANGED");
    const oneSchool = await promote({ fromYear: TEST_YEAR, schoolId: school1, confirm: p.totals });
    expect(oneSchool.status).toBe(409);
    expect(oneSchool.body.error.code).toBe("PROMOTION_COUNTY_ONLY");

    const res = await promote({
      fromYear: TEST_YEAR,
      confirm: { promote: p.totals.promote, graduate: p.totals.graduate },
    });
    expect(res.status).toBe(200);
    expect(res.body.schools.map((s: any) => s.schoolId).sort()).toEqual(waiting.sort());
    expect(res.body.totals).toMatchObject({ promoted: p.totals.promote, graduated: p.totals.graduate });

    const settings = (await as("school2", "GET", "/api/registry/settings")).body;
    expect(settings).toMatchObject({ currentSchoolYear: TEST_YEAR + 1, promotionDate: null });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "registry.promotion.current_year"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ currentSchoolYear: { from: TEST_YEAR, to: TEST_YEAR + 1 } });

    later();
    const now = await leaderDefaults();
    expect(now.year).toBe(TEST_YEAR + 1);
    expect(now.students).toBe(p.totals.promote);
    expect(now.listed).toBe(p.totals.promote);
    for (const u of ["school1", "school2", "jcjy"] as const) {
      expect((await overview(u)).body.schoolYear, u).toBe(TEST_YEAR + 1);
    }
    // school1's request is confirmed by the county's promotion
    const asked = (await preview("jcjy", `?fromYear=${TEST_YEAR}`)).body.schools.find(
      (s: any) => s.schoolId === school1,
    );
    expect(asked.request).toMatchObject({ status: "confirmed" });
    expect((await as("leader", "GET", "/api/balance/years")).body.years[0]).toBe(TEST_YEAR + 1);
  });

  it("is not run twice, and waits for the section's next date", async () => {
    const again = (await preview("jcjy")).body;
    expect(again).toMatchObject({ fromYear: TEST_YEAR + 1, canPromote: false });
    expect(again.refusal.code).toBe("PROMOTION_DATE_UNSET");
    const res = await as("jcjy", "POST", "/api/registry/promotion", {
      fromYear: TEST_YEAR,
      confirm: { promote: 0, graduate: 0 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("PROMOTION_NOT_CURRENT_YEAR");
  });
});
