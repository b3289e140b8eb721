import { and, eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Fitness on the test county (its demo results of the latest school year and the one before): who reads what, the
 * county's correction of a table cell (audited, a new version for new runs), scores explained, exports.
 */
const USERS = ["jcjy", "leader", "renshi", "school1", "school2", "teacher1", "admin", "duxue"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) sessions[u] = await login(app, u);
});
afterAll(async () => {
  await database?.close();
});

describe("who reads the figures", () => {
  it("gives 基础教育股 and leadership the county: every school, townships, schools below the county", async () => {
    for (const u of ["jcjy", "leader", "renshi"] as const) {
      const r = await as(u, "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`);
      expect(r.status, u).toBe(200);
      expect(r.body.scope).toBe("county");
      expect(r.body.bySchool.length).toBeGreaterThan(1);
      expect(r.body.total.scored).toBeGreaterThan(0);
      expect(r.body.total.passRate).toBeGreaterThan(0);
      expect(r.body.sentence).toContain("及格率");
      expect(r.body.versions).toEqual(["GB2014"]);
    }
    const county = (await as("jcjy", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;
    // the rates' denominator is the scored students: exempt and deferred are counted apart
    const t = county.total;
    expect(t.scored).toBe(t.excellent + t.good + t.pass + t.fail);
    expect(t.tested + t.exempt + t.deferred).toBe(t.records);
    expect(t.passRate).toBeCloseTo((t.excellent + t.good + t.pass) / t.scored, 5);
    for (const s of county.schoolsBelow) expect(s.passRate).toBeLessThan(t.passRate);
    expect(county.trend.map((y: { testYear: number }) => y.testYear)).toEqual([TEST_YEAR]);
  });

  it("gives a school its own school and classes only", async () => {
    const r = await as("school1", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`);
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe("school");
    expect(r.body.bySchool).toHaveLength(1);
    expect(r.body.byTown).toEqual([]);
    expect(r.body.schoolsBelow).toEqual([]);
    expect(r.body.byClass.length).toBeGreaterThan(0);
    const county = (await as("jcjy", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;
    expect(r.body.total.records).toBeLessThan(county.total.records);
  });

  it("gives a teacher their classes only", async () => {
    const r = await as("teacher1", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`);
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe("classes");
    const school = (await as("school1", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;
    expect(r.body.total.records).toBeGreaterThan(0);
    expect(r.body.total.records).toBeLessThan(school.total.records);
  });

  it("refuses the system administrator and the inspector, in Chinese", async () => {
    for (const u of ["admin", "duxue"] as const) {
      const r = await as(u, "GET", "/api/fitness/figures");
      expect(r.status, u).toBe(403);
      expect(r.body.error.message).toMatch(/您没有权限/);
    }
    const anon = await call(app, null, "GET", "/api/fitness/figures");
    expect(anon.status).toBe(401);
  });
});

describe("results and a student's page", () => {
  it("lists results with the 学籍号 masked and explains every figure of a result", async () => {
    const list = await as("school1", "GET", `/api/fitness/results?testYear=${TEST_YEAR}&status=tested&pageSize=5`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    for (const row of list.body.rows) expect(row.studentNumber).toMatch(/\*/);
    const scored = list.body.rows.find((r: { total: number | null }) => r.total !== null);
    const d = await as("school1", "GET", `/api/fitness/results/${scored.id}`);
    expect(d.status).toBe(200);
    expect(d.body.components.length).toBeGreaterThanOrEqual(5);
    const weights = d.body.components.reduce((n: number, c: { weight: number }) => n + c.weight, 0);
    expect(weights).toBe(100);
    const sum = d.body.components.reduce((n: number, c: { weighted: number }) => n + c.weighted, 0);
    expect(Math.round(sum * 10) / 10).toBeCloseTo(d.body.result.standardScore, 5);
    expect(d.body.components[1].explanation).toMatch(/分 × 权重/);
  });

  it("hides another school's result from a school (404, as if it did not exist)", async () => {
    const other = await as("school2", "GET", `/api/fitness/results?testYear=${TEST_YEAR}&pageSize=1`);
    const id = other.body.rows[0].id;
    expect((await as("school1", "GET", `/api/fitness/results/${id}`)).status).toBe(404);
    expect((await as("jcjy", "GET", `/api/fitness/results/${id}`)).status).toBe(200);
  });

  it("keeps exempt and deferred students apart from incomplete ones", async () => {
    const county = (await as("jcjy", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body.total;
    const exempt = await as("jcjy", "GET", `/api/fitness/results?testYear=${TEST_YEAR}&status=exempt`);
    expect(exempt.body.total).toBe(county.exempt);
    for (const r of exempt.body.rows) {
      expect(r.exemptReason).toBeTruthy();
      expect(r.total).toBeNull();
    }
    const incomplete = await as("jcjy", "GET", `/api/fitness/results?testYear=${TEST_YEAR}&status=incomplete`);
    expect(incomplete.body.total).toBe(county.incomplete);
    for (const r of incomplete.body.rows) expect(r.missing.length).toBeGreaterThan(0);
  });

  it("downloads a report card as Word, audited", async () => {
    const list = await as("school1", "GET", `/api/fitness/results?testYear=${TEST_YEAR}&status=tested&pageSize=1`);
    const id = list.body.rows[0].id;
    const f = await download("school1", `/api/fitness/results/${id}/card`);
    expect(f.status).toBe(200);
    expect(f.type).toContain("wordprocessingml");
    expect(f.bytes.subarray(0, 2).toString()).toBe("PK");
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "fitness.card.export"), eq(auditLog.targetId, id)));
    expect(audit).toHaveLength(1);
  });

  it("exports the county's figures as xlsx with numbers as numbers and the county's name", async () => {
    const f = await download("jcjy", `/api/fitness/figures/export?testYear=${TEST_YEAR}`);
    expect(f.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("汇总");
    expect(String(summary?.getCell(1, 1).value)).toMatch(/县.*学年学生体质健康测试汇总/);
    const passRate = summary?.getRow(3).getCell(12).value;
    expect(typeof passRate).toBe("number");
    expect(wb.getWorksheet("分学校")).toBeDefined();
    expect(wb.getWorksheet("说明")?.getCell(3, 1).value).toMatch(/评分依据/);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "fitness.figures.export"));
    expect(audit.length).toBeGreaterThan(0);
  });
});

describe("the national upload file", () => {
  it("gives the file with full 学籍号 only to those who may reveal personal data, with a reason, audited", async () => {
    const path = `/api/fitness/national-upload.xlsx?testYear=${TEST_YEAR}`;
    expect((await download("leader", `${path}&reason=${encodeURIComponent("上报体测数据")}`)).status).toBe(403);
    expect((await download("teacher1", `${path}&reason=${encodeURIComponent("上报体测数据")}`)).status).toBe(403);
    const masked = await download("leader", path);
    expect(masked.status).toBe(200);
    const mwb = new ExcelJS.Workbook();
    await mwb.xlsx.load(masked.bytes as unknown as ArrayBuffer);
    expect(String(mwb.getWorksheet("体测数据上报")?.getRow(2).getCell(4).value)).toMatch(/\*/);
    const shortReason = await as("school1", "GET", `${path}&reason=ab`);
    expect(shortReason.status).toBe(400);
    expect(JSON.stringify(shortReason.body)).toMatch(/导出事由/);
    const f = await download("school1", `${path}&reason=${encodeURIComponent("2026年体测数据上报")}`);
    expect(f.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("体测数据上报");
    expect(ws?.getRow(1).getCell(1).value).toBe("年级编号");
    expect(String(ws?.getRow(2).getCell(4).value)).not.toMatch(/\*/);
    expect(typeof ws?.getRow(2).getCell(1).value).toBe("number");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "fitness.national.export"));
    expect(audit.map((a) => a.reason)).toContain("2026年体测数据上报");
  });
});

describe("the standard as settings", () => {
  it("shows the tables of a grade and sex with disputed cells marked", async () => {
    const r = await as("school1", "GET", "/api/fitness/standard?grade=10&sex=female");
    expect(r.status).toBe(200);
    expect(r.body.version).toBe("GB2014");
    expect(r.body.mayCorrect).toBe(false);
    const run50 = r.body.items.find((i: { item: string }) => i.item === "run50");
    const cell = run50.levels.find((l: { score: number }) => l.score === 74);
    expect(cell).toMatchObject({ threshold: 9.2, disputed: true, alternatives: [{ value: 9.1 }] });
    const pullups = (await as("jcjy", "GET", "/api/fitness/standard?grade=9&sex=male")).body.items.find(
      (i: { item: string }) => i.item === "pullup",
    );
    expect(pullups.levels.find((l: { score: number }) => l.score === 78).threshold).toBeNull();
  });

  it("refuses a correction from a school, leadership and another section", async () => {
    const body = {
      kind: "item",
      item: "run50",
      grade: 10,
      sex: "female",
      score: 74,
      threshold: 9.1,
      reason: "按印刷版标准核对",
      effectiveFrom: "2026-12-01",
    };
    for (const u of ["school1", "leader", "renshi", "teacher1"] as const) {
      const r = await as(u, "POST", "/api/fitness/corrections", body);
      expect(r.status, u).toBe(403);
      expect(r.body.error.message).toMatch(/您没有权限/);
    }
  });

  it("answers a correction that breaks the table's order in Chinese, naming the field, and writes nothing", async () => {
    const r = await as("jcjy", "POST", "/api/fitness/corrections", {
      kind: "item",
      item: "vital",
      grade: 1,
      sex: "male",
      score: 90,
      threshold: 1650,
      reason: "核对印刷版",
      effectiveFrom: "2026-12-01",
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].field).toBe("threshold");
    expect(r.body.error.message).toMatch(/档次顺序/);
    const missingReason = await as("jcjy", "POST", "/api/fitness/corrections", {
      kind: "item",
      item: "vital",
      grade: 1,
      sex: "male",
      score: 90,
      threshold: 1500,
      reason: "",
      effectiveFrom: "2026-12-01",
    });
    expect(missingReason.status).toBe(400);
    expect(JSON.stringify(missingReason.body)).toMatch(/更正原因/);
    expect((await as("jcjy", "GET", "/api/fitness/corrections")).body.rows).toHaveLength(0);
  });

  it("corrects a disputed cell (audited), names the new version, and a rescoring run uses it", async () => {
    const r = await as("jcjy", "POST", "/api/fitness/corrections", {
      kind: "item",
      item: "run50",
      grade: 10,
      sex: "female",
      score: 74,
      threshold: 9.1,
      reason: "按印刷版标准第38页核对",
      effectiveFrom: "2026-12-01",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ previous: "9.2", next: "9.1" });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "fitness.correction.create"), eq(auditLog.targetId, r.body.id)));
    expect(audit[0]?.reason).toBe("按印刷版标准第38页核对");
    const std = (await as("leader", "GET", "/api/fitness/standard?grade=10&sex=female")).body;
    expect(std.version).toBe("GB2014+1");
    const cell = std.items
      .find((i: { item: string }) => i.item === "run50")
      .levels.find((l: { score: number }) => l.score === 74);
    expect(cell).toMatchObject({ threshold: 9.1, disputed: false, corrected: true });
    // results already scored keep their version until rescored
    const schoolId = (await as("school1", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body.bySchool[0]
      .schoolId;
    expect((await as("school2", "POST", "/api/fitness/rescore", { schoolId, testYear: TEST_YEAR })).status).toBe(403);
    const run = await as("school1", "POST", "/api/fitness/rescore", { schoolId, testYear: TEST_YEAR });
    expect(run.status).toBe(200);
    expect(run.body.version).toBe("GB2014+1");
    const after = (await as("school1", "GET", `/api/fitness/figures?testYear=${TEST_YEAR}`)).body;
    expect(after.versions).toEqual(["GB2014+1"]);
    const rescored = await database.db.select().from(auditLog).where(like(auditLog.action, "fitness.rescore"));
    expect(rescored).toHaveLength(1);
  });
});
