import { balance } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { createPersonalDataCipher } from "../src/auth/personalData";
import type { Database } from "../src/db/client";
import { loadDemo } from "../src/demo/run";
import { employment, enrollment, school, schoolCondition } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_SECRET, TEST_YEAR } from "./template";

const USERS = ["jcjy", "dudao", "renshi", "leader", "duxue", "school1", "school2", "teacher1", "admin"] as const;
let database: Database;
let app: TestApp;
const s = {} as Record<(typeof USERS)[number], Session>;
let school1Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  // the tiny test county has one school per stage; coefficients need the whole demo county (29 schools)
  const cipher = createPersonalDataCipher(TEST_SECRET);
  await loadDemo({ database, cipher }, { scale: "county", seed: 7, latestYear: TEST_YEAR, reset: true });
  app = testApp(database, testClock(new Date("2026-11-23T02:00:00Z"))).app;
  for (const u of USERS) s[u] = await login(app, u);
  school1Id = (await call(app, s.school1, "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

const overview = (who: Session, stage = "primary", year = TEST_YEAR) =>
  call(app, who, "GET", `/api/balance/overview?year=${year}&stage=${stage}`);

/**
 * An independent reading of books per student (B5) straight from the tables: students on the roll on 1 September
 * by school and stage, a combined school's books split by weighted enrollment.
 */
async function booksPerStudentReference(stage: "primary" | "junior") {
  const db = database.db;
  const asOf = `${TEST_YEAR}-09-01`;
  const rows = await db
    .select({
      schoolId: enrollment.schoolId,
      grade: enrollment.grade,
      enteredOn: enrollment.enteredOn,
      leftOn: enrollment.leftOn,
    })
    .from(enrollment)
    .where(eq(enrollment.schoolYear, TEST_YEAR));
  const byStage = new Map<string, { primary: number; junior: number; senior: number }>();
  for (const r of rows) {
    if ((r.enteredOn && r.enteredOn > asOf) || (r.leftOn && r.leftOn <= asOf)) continue;
    const st =
      r.grade >= 1 && r.grade <= 6
        ? "primary"
        : r.grade <= 9 && r.grade >= 7
          ? "junior"
          : r.grade >= 10
            ? "senior"
            : null;
    if (!st) continue;
    const e = byStage.get(r.schoolId) ?? { primary: 0, junior: 0, senior: 0 };
    e[st]++;
    byStage.set(r.schoolId, e);
  }
  const schools = await db.select().from(school);
  const conditions = await db.select().from(schoolCondition).where(eq(schoolCondition.schoolYear, TEST_YEAR));
  const weights = { primary: 1, junior: 1.1, senior: 1.32 };
  const values: { students: number; value: number }[] = [];
  for (const sc of schools) {
    if (["special", "vocational", "kindergarten"].includes(sc.kind)) continue;
    const e = byStage.get(sc.id);
    const c = conditions.find((x) => x.schoolId === sc.id);
    if (!e || !c || e[stage] === 0) continue;
    if (sc.kind === "teaching_point" && e.primary + e.junior + e.senior < 50) continue;
    const taught = balance.stagesOf(sc.kind as never);
    const share = (weights[stage] * e[stage]) / taught.reduce((n, t) => n + weights[t] * e[t], 0);
    values.push({ students: e[stage], value: (c.books * share) / e[stage] });
  }
  return balance.differenceCoefficient(values);
}

describe("county overview", () => {
  it("computes both methods for a year and stage, naming the method and the data date", async () => {
    const res = await overview(s.leader);
    expect(res.status).toBe(200);
    expect(res.body.method.quality).toContain("教督〔2017〕6号");
    expect(res.body.asOf).toBe(`${TEST_YEAR}-09-01`);
    expect(res.body.quality.indicators.map((r: any) => r.indicator)).toEqual([...balance.qualityIndicators]);
    expect(res.body.basic.indicators).toHaveLength(8);
    expect(res.body.quality.limit).toBe(0.5);
    expect(res.body.schools.length).toBeGreaterThan(2);
    for (const r of res.body.quality.indicators) {
      if (r.cv !== null) expect(r.passed).toBe(r.cv <= 0.5);
    }
    const cvs = res.body.basic.indicators.map((r: any) => r.cv);
    expect(res.body.basic.composite).toBeCloseTo(cvs.reduce((a: number, b: number) => a + b, 0) / 8, 10);
    expect((await overview(s.leader, "junior")).body.quality.limit).toBe(0.45);
  });

  it("agrees with an independent reading of the tables (books per student, weighted, split by stage)", async () => {
    for (const stage of ["primary", "junior"] as const) {
      const reference = await booksPerStudentReference(stage);
      const b5 = (await overview(s.jcjy, stage)).body.basic.indicators.find((r: any) => r.indicator === "B5");
      expect(reference.kind).toBe("ok");
      if (reference.kind !== "ok") continue;
      expect(b5.cv).toBeCloseTo(reference.cv, 10);
      expect(b5.mean).toBeCloseTo(reference.mean, 10);
    }
  });

  it("lists excluded schools with the reason, and the requirements checklist", async () => {
    const res = await overview(s.jcjy);
    for (const x of res.body.excluded) expect(x.label).toMatch(/不参与计算/);
    const keys = res.body.requirements.map((r: any) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["class_size", "school_size", "certification", "migrant_public"]));
    // the demo county's two reporting slips are flagged before computing
    const fields = res.body.conditionFlags.map((f: any) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["equipmentValueFen", "sportsArea"]));
    // every class of the stage is read with its size on the statistics date
    const classSize = res.body.requirements.find((r: any) => r.key === "class_size");
    expect(classSize.status).not.toBe("unknown");
    expect(classSize.value).toMatch(/^\d+ 个班中 \d+ 个超过 45 人$/);
    expect(Number(classSize.value.split(" ")[0])).toBeGreaterThan(100);
    const exchange = res.body.requirements.find((r: any) => r.key === "exchange");
    expect(exchange.status).toBe("unknown");
    expect(exchange.value).toMatch(/^数据不足/);
  });

  it("answers each year of the trend", async () => {
    const res = await call(app, s.dudao, "GET", "/api/balance/trend?stage=junior");
    expect(res.status).toBe(200);
    expect(res.body.points.map((p: any) => p.schoolYear)).toEqual([TEST_YEAR - 2, TEST_YEAR - 1, TEST_YEAR]);
    expect(res.body.points[2].basicComposite).toBeCloseTo((await overview(s.dudao, "junior")).body.basic.composite, 10);
  });

  it("refuses a bad stage or year with a Chinese message", async () => {
    const bad = await call(app, s.leader, "GET", "/api/balance/overview?stage=senior");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("学段");
    expect((await call(app, s.leader, "GET", "/api/balance/overview?year=1999")).status).toBe(400);
    expect((await overview(s.leader, "primary", 2010)).status).toBe(404);
  });
});

describe("who sees what", () => {
  it("lets county readers in, and keeps teachers and the system administrator out", async () => {
    for (const u of ["leader", "jcjy", "dudao", "renshi", "duxue"] as const)
      expect((await overview(s[u])).status).toBe(200);
    expect((await overview(s.teacher1)).status).toBe(403);
    expect((await overview(s.admin)).status).toBe(403);
    expect((await call(app, null, "GET", "/api/balance/overview")).status).toBe(401);
  });

  it("shows a school administrator the county figures and only their own school", async () => {
    const county = await overview(s.jcjy);
    const own = await overview(s.school1);
    expect(own.status).toBe(200);
    expect(own.body.scope).toBe("school");
    expect(own.body.schools.every((x: any) => x.schoolId === school1Id)).toBe(true);
    expect(own.body.quality.indicators[0].cv).toBe(county.body.quality.indicators[0].cv);
    expect(own.body.conditionFlags.every((f: any) => f.schoolId === school1Id)).toBe(true);
    for (const r of own.body.requirements) for (const i of r.items) expect(i.schoolId).toBe(school1Id);
    const other = county.body.schools.find((x: any) => x.schoolId !== school1Id);
    expect((await call(app, s.school1, "GET", `/api/balance/schools/${other.schoolId}?year=${TEST_YEAR}`)).status).toBe(
      404,
    );
    expect((await call(app, s.school1, "GET", `/api/balance/report.xlsx?year=${TEST_YEAR}`)).status).toBe(403);
    expect(
      (
        await call(app, s.school1, "POST", "/api/balance/what-if", {
          schoolYear: TEST_YEAR,
          stage: "primary",
          adjustments: [],
        })
      ).status,
    ).toBe(403);
  });
});

describe("a school's page", () => {
  it("shows its standing and the provenance of every value", async () => {
    const county = await overview(s.jcjy);
    const row = county.body.schools.find((x: any) => x.teachers > 0 && !x.missingConditions);
    const res = await call(app, s.jcjy, "GET", `/api/balance/schools/${row.schoolId}?year=${TEST_YEAR}&stage=primary`);
    expect(res.status).toBe(200);
    expect(res.body.standing.values).toEqual(row.values);
    const p = res.body.provenance;
    expect(p.teachers).toHaveLength(row.teachers);
    const counted = p.teachers.filter((t: any) => t.countsIn.aboveQualification).length;
    expect((100 * counted) / row.students).toBeCloseTo(row.values.L1, 10);
    expect(p.condition.conditionId).toBeTruthy();
    expect((100 * p.condition.multimediaRooms * p.stockShare) / row.students).toBeCloseTo(row.values.L7, 10);
    expect(res.body.countyMeans.L4).toBeCloseTo(county.body.quality.indicators[3].mean, 10);
  });
});

describe("data checks before computing", () => {
  it("flags a school whose equipment value fell to zero, naming the school and field", async () => {
    const county = await overview(s.jcjy);
    const target = county.body.schools.find((x: any) => !x.missingConditions);
    await database.db
      .update(schoolCondition)
      .set({ equipmentValueFen: 0 })
      .where(and(eq(schoolCondition.schoolId, target.schoolId), eq(schoolCondition.schoolYear, TEST_YEAR)));
    const after = await testApp(database, testClock(new Date("2026-11-23T03:00:00Z")));
    const session = await login(after.app, "jcjy");
    const res = await call(after.app, session, "GET", `/api/balance/overview?year=${TEST_YEAR}&stage=primary`);
    const flag = res.body.conditionFlags.find(
      (f: any) => f.schoolId === target.schoolId && f.field === "equipmentValueFen",
    );
    expect(flag.message).toMatch(/^教学仪器设备值为 0/);
    expect(res.body.schools.find((x: any) => x.schoolId === target.schoolId).values.L6).toBe(0);
  });
});

describe("what-if", () => {
  it("shows the figures change without touching the register", async () => {
    const county = await overview(s.leader);
    const weakest = [...county.body.schools].sort((a: any, b: any) => a.values.L2 - b.values.L2)[0];
    const teachersBefore = await database.db.$count(employment);
    const res = await call(app, s.leader, "POST", "/api/balance/what-if", {
      schoolYear: TEST_YEAR,
      stage: "primary",
      adjustments: [{ schoolId: weakest.schoolId, stage: "primary", addBackboneTeachers: 5, addSportsArea: 2000 }],
    });
    expect(res.status).toBe(200);
    const before = res.body.before.schools.find((x: any) => x.schoolId === weakest.schoolId);
    const after = res.body.after.schools.find((x: any) => x.schoolId === weakest.schoolId);
    expect(after.values.L2).toBeCloseTo(before.values.L2 + 500 / weakest.students, 10);
    expect(after.values.L5).toBeGreaterThan(before.values.L5);
    expect(res.body.after.quality.indicators[1].cv).not.toBe(res.body.before.quality.indicators[1].cv);
    expect(await database.db.$count(employment)).toBe(teachersBefore);
    expect((await overview(s.leader)).body.quality.indicators[1].cv).toBe(county.body.quality.indicators[1].cv);
  });

  it("refuses fractional teachers, unknown schools and negative stocks field by field", async () => {
    const res = await call(app, s.jcjy, "POST", "/api/balance/what-if", {
      schoolYear: TEST_YEAR,
      stage: "primary",
      adjustments: [
        { schoolId: school1Id, stage: "primary", addPeArtsTeachers: 1.5 },
        { schoolId: "00000000-0000-4000-8000-000000000000", stage: "primary", addTeachingArea: -1e9 },
      ],
    });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: any) => d.field);
    expect(fields).toContain("adjustments.0.addPeArtsTeachers");
    const unknown = await call(app, s.jcjy, "POST", "/api/balance/what-if", {
      schoolYear: TEST_YEAR,
      stage: "primary",
      adjustments: [{ schoolId: "00000000-0000-4000-8000-000000000000", stage: "primary", addTeachingArea: 10 }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { field: "adjustments.0.schoolId", message: "该学校不在本次测算范围内" },
    ]);
  });

  it("saves a scenario others can open, audited; only its author or the owning section deletes it", async () => {
    const body = {
      name: "补充体艺教师方案",
      schoolYear: TEST_YEAR,
      stage: "primary",
      adjustments: [{ schoolId: school1Id, stage: "primary", addPeArtsTeachers: 2 }],
      note: "2027 年招聘计划",
    };
    const created = await call(app, s.leader, "POST", "/api/balance/scenarios", body);
    expect(created.status).toBe(201);
    const opened = await call(app, s.duxue, "GET", `/api/balance/scenarios/${created.body.id}`);
    expect(opened.body.adjustments).toEqual(body.adjustments);
    expect((await call(app, s.jcjy, "GET", "/api/balance/scenarios")).body.rows[0].name).toBe("补充体艺教师方案");
    expect((await call(app, s.school1, "GET", `/api/balance/scenarios/${created.body.id}`)).status).toBe(403);
    expect((await call(app, s.duxue, "DELETE", `/api/balance/scenarios/${created.body.id}`)).status).toBe(403);
    expect((await call(app, s.jcjy, "DELETE", `/api/balance/scenarios/${created.body.id}`)).status).toBe(200);
    expect((await call(app, s.leader, "GET", `/api/balance/scenarios/${created.body.id}`)).status).toBe(404);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.targetId, created.body.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["balance.scenario.create", "balance.scenario.delete"]);
    expect((await call(app, s.leader, "POST", "/api/balance/scenarios", { ...body, adjustments: [] })).status).toBe(
      400,
    );
  });
});

describe("settings", () => {
  it("starts from the national values; the owning sections change them, audited, and the figures follow", async () => {
    const got = await call(app, s.leader, "GET", "/api/balance/config");
    expect(got.body.config).toEqual(balance.nationalBalanceConfig);
    expect(got.body.customized).toBe(false);
    const stricter = {
      ...balance.nationalBalanceConfig,
      standards: {
        ...balance.nationalBalanceConfig.standards,
        primary: { ...balance.nationalBalanceConfig.standards.primary, L1: 5 },
      },
    };
    expect((await call(app, s.leader, "PUT", "/api/balance/config", stricter)).status).toBe(403);
    expect((await call(app, s.renshi, "PUT", "/api/balance/config", stricter)).status).toBe(403);
    expect((await call(app, s.school1, "PUT", "/api/balance/config", stricter)).status).toBe(403);
    const bad = await call(app, s.jcjy, "PUT", "/api/balance/config", { ...stricter, schoolMinimumMet: 9 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: "schoolMinimumMet", message: "达标项数须为 1 到 7 的整数" }]);
    expect((await call(app, s.dudao, "PUT", "/api/balance/config", stricter)).status).toBe(200);
    expect((await overview(s.leader)).body.standards.L1).toBe(5);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "balance.config.update"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.beforeDigest).not.toBe(audit[0]?.afterDigest);
    await call(app, s.dudao, "PUT", "/api/balance/config", balance.nationalBalanceConfig);
  });
});

describe("publishing", () => {
  it("freezes the figures with the inputs' digest; a correction needs a reason and a change", async () => {
    const body = { schoolYear: TEST_YEAR - 1, stage: "junior" };
    expect((await call(app, s.leader, "POST", "/api/balance/snapshots", body)).status).toBe(403);
    expect((await call(app, s.school1, "POST", "/api/balance/snapshots", body)).status).toBe(403);
    const first = await call(app, s.jcjy, "POST", "/api/balance/snapshots", body);
    expect(first.status).toBe(201);
    expect(first.body.version).toBe(1);
    expect(first.body.inputsSha256).toMatch(/^[0-9a-f]{64}$/);
    const published = await call(app, s.leader, "GET", `/api/balance/snapshots/${first.body.id}`);
    const screen = (await overview(s.leader, "junior", TEST_YEAR - 1)).body;
    expect(published.body.result.basic.composite).toBe(screen.basic.composite);
    expect((await call(app, s.jcjy, "POST", "/api/balance/snapshots", body)).body.error.code).toBe("UNCHANGED");

    // a corrected conditions row changes the inputs: the list says so, and a new version needs a reason
    const target = screen.schools[0];
    await database.db
      .update(schoolCondition)
      .set({ books: 1 })
      .where(and(eq(schoolCondition.schoolId, target.schoolId), eq(schoolCondition.schoolYear, TEST_YEAR - 1)));
    const fresh = testApp(database, testClock(new Date("2026-11-23T04:00:00Z"))).app;
    const jcjy = await login(fresh, "jcjy");
    const list = await call(fresh, jcjy, "GET", `/api/balance/snapshots?year=${TEST_YEAR - 1}&stage=junior`);
    expect(list.body.rows).toHaveLength(1);
    expect(list.body.latestMatches).toBe(false);
    const noReason = await call(fresh, jcjy, "POST", "/api/balance/snapshots", body);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("note");
    const second = await call(fresh, jcjy, "POST", "/api/balance/snapshots", { ...body, note: "更正某校图书册数" });
    expect(second.body.version).toBe(2);
    const v1 = await call(fresh, jcjy, "GET", `/api/balance/snapshots/${first.body.id}`);
    expect(v1.body.result.basic.composite).toBe(screen.basic.composite);
    expect(v1.body.inputsSha256).toBe(first.body.inputsSha256);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "balance.publish"));
    expect(audit.map((a) => a.reason)).toEqual([null, "更正某校图书册数"]);
  });
});

describe("reports", () => {
  it("exports the monitoring tables as xlsx, with the coefficients on screen, audited", async () => {
    const res = await app.request(`/api/balance/report.xlsx?year=${TEST_YEAR}&stage=junior`, {
      headers: { cookie: s.dudao.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "说明",
      "优质均衡差异系数",
      "基本均衡差异系数",
      "学校指标值",
      "缺口清单",
      "不参与计算学校",
      "数据核查",
      "其他要求",
    ]);
    expect(String(wb.getWorksheet("说明")?.getCell("B2").value)).toContain("教督〔2017〕6号");
    const screen = (await overview(s.dudao, "junior")).body;
    const l1 = wb.getWorksheet("优质均衡差异系数")?.getRow(3);
    expect(l1?.getCell(1).value).toBe("L1");
    expect(l1?.getCell(6).value).toBe(Number(screen.quality.indicators[0].cv.toFixed(4)));
    expect(l1?.getCell(6).numFmt).toBe("0.0000");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "balance.export"));
    expect(audit.some((a) => a.targetId === `${TEST_YEAR}:junior:xlsx`)).toBe(true);
  });

  it("writes a Word report with the summary, tables and chart images", async () => {
    const res = await app.request(`/api/balance/report.docx?year=${TEST_YEAR}&stage=primary`, {
      headers: { cookie: s.leader.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const names = bytes.toString("latin1");
    expect(names).toMatch(/word\/media\/[^"]+\.png/);
    expect(names).toContain("word/document.xml");
  });
});
