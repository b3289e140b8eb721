import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The figures of every capability on the cockpit: each equals what the capability's own page answers on the test
 * county, each lists its records, a year without inputs says so instead of a number, and a write of the register
 * marks the figures that count its records stale.
 */
const USERS = ["leader", "jcjy", "school1"] as const;
type User = (typeof USERS)[number];
const TODAY = "2026-11-20";

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const figureOf = (cockpit: any, key: string) =>
  cockpit.cards.flatMap((c: any) => c.figures).find((f: any) => f.key === key);
const oneDecimal = (share: number) => Math.round(share * 1000) / 10;

let cockpit: any;
beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date(`${TODAY}T02:00:00Z`))));
  for (const u of USERS) sessions[u] = await login(app, u);
  const res = await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  cockpit = res.body;
});
afterAll(() => database.close());

describe("every capability's figures equal its own page", () => {
  it("shows a card for each capability with figures", () => {
    const caps = cockpit.cards.map((c: any) => c.capability);
    for (const c of [
      "registry",
      "balance",
      "exams",
      "ledger",
      "admissions",
      "staffing",
      "retention",
      "preschool",
      "fitness",
    ])
      expect(caps, c).toContain(c);
  });

  it("balance: the composite coefficients of the balance page, to four decimals", async () => {
    for (const stage of ["primary", "junior"] as const) {
      const page = (await as("leader", "GET", `/api/balance/overview?year=${TEST_YEAR}&stage=${stage}`)).body;
      const f = figureOf(cockpit, `balance.${stage}Composite`);
      expect(f.status, JSON.stringify(f)).toBe("ok");
      expect(f.value).toBe(page.basic.composite);
      expect(f.display).toBe(page.basic.composite.toFixed(4));
    }
  });

  it("staffing: teachers, shortage and training completion of the workforce overview", async () => {
    const page = (await as("leader", "GET", `/api/staffing/overview?schoolYear=${TEST_YEAR}`)).body;
    expect(figureOf(cockpit, "staffing.teachers").value).toBe(page.structure.total);
    expect(figureOf(cockpit, "staffing.shortage").value).toBe(page.establishment.shortage);
    expect(figureOf(cockpit, "staffing.retirements").value).toBe(page.proposal.retirements);
  });

  it("fitness: 优良率 and 合格率 of the fitness figures, rounded as the page prints them", async () => {
    const page = (await as("leader", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;
    const good = figureOf(cockpit, "fitness.excellentGoodRate");
    if (page.testYear !== TEST_YEAR) return expect(good.status).toBe("incomplete");
    expect(good.value).toBe(oneDecimal(page.total.excellentGoodRate));
    expect(figureOf(cockpit, "fitness.passRate").value).toBe(oneDecimal(page.total.passRate));
    expect(good.denominator).toBe(page.total.scored);
  });

  it("preschool: 毛入园率 and 普惠覆盖率 of the county evaluation", async () => {
    const page = (await as("leader", "GET", `/api/preschool/overview?year=${TEST_YEAR}`)).body;
    for (const [key, indicator] of [
      ["preschool.grossEnrollment", "gross_enrollment"],
      ["preschool.inclusiveCoverage", "inclusive_coverage"],
    ] as const) {
      const i = page.evaluation.indicators.find((x: any) => x.key === indicator);
      const f = figureOf(cockpit, key);
      if (i.value === null) expect(f.status).toBe("incomplete");
      else expect(f.value).toBe(oneDecimal(i.value));
    }
  });

  it("retention: the rates of the latest computation, or a sentence saying none was computed", async () => {
    const page = (await as("leader", "GET", `/api/retention/rates?schoolYear=${TEST_YEAR}`)).body;
    const year = page.years.find((y: any) => y.schoolYear === TEST_YEAR);
    const f = figureOf(cockpit, "retention.primaryNet");
    if (!year) {
      expect(f.status).toBe("incomplete");
      expect(f.missing).toContain("尚未计算");
    } else expect(f.value).toBe(year.county.primaryNet?.rate ?? null);
  });

  it("retention: once the section computes the rates, the cockpit states them as the rates page does", async () => {
    const computed = await as("jcjy", "POST", "/api/retention/rates/compute", { schoolYear: TEST_YEAR });
    expect(computed.status, JSON.stringify(computed.body)).toBe(200);
    const page = (await as("leader", "GET", `/api/retention/rates?schoolYear=${TEST_YEAR}`)).body;
    const county = page.years.find((y: any) => y.schoolYear === TEST_YEAR).county;
    const now = (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    for (const [key, rate] of [
      ["retention.primaryNet", county.primaryNet?.rate],
      ["retention.juniorGross", county.juniorGross?.rate],
      ["retention.nineYear", county.nineYear?.rate],
    ] as const) {
      const f = figureOf(now, key);
      if (rate === null || rate === undefined) expect(f.status, key).toBe("incomplete");
      else expect(f.value, key).toBe(rate);
    }
  });

  it("exams and admissions: rates with their counts, or why not", () => {
    for (const key of [
      "exams.participation",
      "exams.passRate",
      "admissions.newEntrants",
      "admissions.sunshineAllocation",
    ]) {
      const f = figureOf(cockpit, key);
      if (f.status === "ok") expect(f.value, key).toBeGreaterThanOrEqual(0);
      else expect(f.missing, key).toMatch(/[\u4e00-\u9fa5]/);
    }
    const entrants = figureOf(cockpit, "admissions.newEntrants");
    expect(entrants.status).toBe("ok");
    expect(entrants.value).toBeGreaterThan(0);
  });
});

describe("the records behind the new figures", () => {
  it("lists a coefficient's indicators, the schools short of staff adding up to the shortage, the starting grades", async () => {
    const cv = (await as("leader", "GET", `/api/reports/figures/balance.primaryComposite?year=${TEST_YEAR}`)).body;
    expect(cv.records.length).toBeGreaterThan(0);
    expect(cv.records[0].detail).toMatch(/差异系数|无法计算/);
    expect(cv.bySchool).toEqual([]);
    expect(cv.link).toBe("/balance");

    const short = (await as("leader", "GET", `/api/reports/figures/staffing.shortage?year=${TEST_YEAR}`)).body;
    const sum = short.records.reduce((n: number, r: any) => n + Number(/缺编(\d+)名/.exec(r.detail)?.[1] ?? 0), 0);
    expect(sum).toBe(short.figure.value);

    const grades = (await as("leader", "GET", `/api/reports/figures/admissions.sunshineAllocation?year=${TEST_YEAR}`))
      .body;
    expect(grades.records.length).toBe(grades.figure.denominator ?? grades.records.length);
  });

  it("gives a school its own exams and staffing figures, and says county figures are county-wide", async () => {
    const school = (await as("school1", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    expect(school.scope).toBe("school");
    const cv = figureOf(school, "balance.primaryComposite");
    if (cv) expect(cv.missing).toBe("全县指标,不按学校计算");
    const teachers = figureOf(school, "staffing.teachers");
    if (teachers?.status === "ok") expect(teachers.value).toBeLessThan(figureOf(cockpit, "staffing.teachers").value);
  });
});

describe("a year without inputs", () => {
  it("says what is missing for every capability instead of a number", async () => {
    const old = (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR - 12}`)).body;
    for (const key of [
      "balance.primaryComposite",
      "exams.passRate",
      "staffing.recruits",
      "fitness.passRate",
      "retention.nineYear",
    ]) {
      const f = figureOf(old, key);
      expect(f.status, key).toBe("incomplete");
      expect(f.display, key).toBeNull();
      expect(f.sentence, key).toContain("数据不全");
    }
  });
});
