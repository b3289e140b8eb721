import { preschool } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { classSizeChecks } from "../src/preschool/evaluation";
import { preschoolBirths, preschoolPopulation, preschoolReport, preschoolSurvey } from "../src/preschool/tables";
import { school, town } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Preschool (学前教育普及普惠) on the tiny test county: one kindergarten ({县}第一幼儿园, 3 grades of about 22
 * children in classes of at most 25). Every role's access, the kindergarten's own report, the county's township
 * figures, the evaluation against a hand count of the register, what-if, files and the audit rows.
 */
const USERS = ["jcjy", "renshi", "leader", "duxue", "school1", "teacher1", "admin"] as const;
let database: Database;
let app: TestApp;
const s = {} as Record<(typeof USERS)[number] | "kg", Session>;
let kgId: string;
let towns: { code: string; name: string }[];

const report = {
  schoolYear: TEST_YEAR,
  kind: "education_public",
  licenceNumber: "教幼证字第001号",
  feeYuanPerMonth: 350,
  ruralCentral: false,
  principalCertified: true,
  establishedPayYuan: 6000,
  nonEstablishedPayYuan: 4200,
  fundingPerChildYuan: 800,
  buildingArea: 900,
  playArea: 400,
};

beforeAll(async () => {
  database = await openTestDatabase();
  // start from a county that has reported nothing (the demo fills these tables)
  for (const t of [preschoolReport, preschoolPopulation, preschoolBirths, preschoolSurvey]) await database.db.delete(t);
  app = testApp(database, testClock(new Date("2026-11-23T02:00:00Z"))).app;
  for (const u of USERS) s[u] = await login(app, u);
  const [kg] = await database.db.select().from(school).where(eq(school.kind, "kindergarten"));
  if (!kg) throw new Error("the test county has a kindergarten");
  kgId = kg.id;
  towns = await database.db.select({ code: town.code, name: town.name }).from(town).orderBy(town.code);
  // a kindergarten administrator, created by the system administrator
  const created = await call(app, s.admin, "POST", "/api/users", {
    username: "kg1admin",
    displayName: "第一幼儿园·园长",
    role: "school_admin",
    schoolId: kgId,
    password: "Kg1-Admin-Strong-2026!",
  });
  expect(created.status).toBe(201);
  s.kg = await login(app, "kg1admin", "Kg1-Admin-Strong-2026!");
});
afterAll(() => database.close());

const overview = (who: Session) => call(app, who, "GET", `/api/preschool/overview?year=${TEST_YEAR}`);
const indicator = (body: any, key: string) => body.evaluation.indicators.find((i: any) => i.key === key);

describe("reading the evaluation, by role", () => {
  it("gives county readers (section, leadership, inspector) every kindergarten; refuses teachers and the system administrator", async () => {
    for (const who of ["jcjy", "renshi", "leader", "duxue"] as const) {
      const res = await overview(s[who]);
      expect(res.status, who).toBe(200);
      expect(res.body.kindergartens.map((k: any) => k.schoolId)).toContain(kgId);
    }
    for (const who of ["teacher1", "admin"] as const) {
      const res = await overview(s[who]);
      expect(res.status, who).toBe(403);
      expect(res.body.error.message).toBe("您没有权限查看学前教育");
    }
  });

  it("gives a school the county's figures but only its own kindergarten's row", async () => {
    const own = await overview(s.kg);
    expect(own.status).toBe(200);
    expect(own.body.kindergartens.map((k: any) => k.schoolId)).toEqual([kgId]);
    const other = await overview(s.school1);
    expect(other.status).toBe(200);
    expect(other.body.kindergartens).toEqual([]);
    expect(other.body.evaluation.children).toBe(own.body.evaluation.children);
    expect((await call(app, s.school1, "GET", `/api/preschool/kindergartens/${kgId}?year=${TEST_YEAR}`)).status).toBe(
      404,
    );
  });

  it("before anything is reported, the coverage and enrollment indicators say what is missing instead of a number", async () => {
    const { body } = await overview(s.jcjy);
    const coverage = indicator(body, "inclusive_coverage");
    expect(coverage.status).toBe("missing");
    expect(coverage.value).toBeNull();
    expect(coverage.missing).toContain("第一幼儿园");
    expect(indicator(body, "gross_enrollment").missing).toContain("3–5 周岁人口");
  });
});

describe("the kindergarten's own report", () => {
  it("lets the kindergarten save its report and audits it; refuses another school, leadership and the inspector", async () => {
    expect((await call(app, s.kg, "PUT", `/api/preschool/kindergartens/${kgId}/report`, report)).status).toBe(200);
    expect((await call(app, s.school1, "PUT", `/api/preschool/kindergartens/${kgId}/report`, report)).status).toBe(404);
    for (const who of ["leader", "duxue", "renshi"] as const) {
      const res = await call(app, s[who], "PUT", `/api/preschool/kindergartens/${kgId}/report`, report);
      expect(res.status, who).toBe(403);
      expect(res.body.error.message).toBe("您没有权限修改学前教育");
    }
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "preschool.report.create"), eq(auditLog.actorName, "kg1admin")));
    expect(rows).toHaveLength(1);
  });

  it("lets the section correct it (an update, audited with before and after)", async () => {
    const res = await call(app, s.jcjy, "PUT", `/api/preschool/kindergartens/${kgId}/report`, {
      ...report,
      feeYuanPerMonth: 380,
    });
    expect(res.status).toBe(200);
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.action, "preschool.report.update"));
    expect(row?.beforeDigest).toBeTruthy();
    expect(row?.afterDigest).not.toBe(row?.beforeDigest);
    const detail = await call(app, s.kg, "GET", `/api/preschool/kindergartens/${kgId}?year=${TEST_YEAR}`);
    expect(detail.body.kindergarten.report.feeYuanPerMonth).toBe(380);
  });

  it("answers bad input in Chinese naming the field and the fix, and writes nothing", async () => {
    const privateKind = await call(app, s.kg, "PUT", `/api/preschool/kindergartens/${kgId}/report`, {
      ...report,
      kind: "private",
    });
    expect(privateKind.status).toBe(400);
    expect(privateKind.body.error.message).toContain("登记为公办");
    const negative = await call(app, s.kg, "PUT", `/api/preschool/kindergartens/${kgId}/report`, {
      ...report,
      playArea: -5,
    });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(negative.body.error)).toContain("户外活动场地面积不能为负数");
    const detail = await call(app, s.kg, "GET", `/api/preschool/kindergartens/${kgId}?year=${TEST_YEAR}`);
    expect(detail.body.kindergarten.report.kind).toBe("education_public");
    expect(detail.body.kindergarten.report.playArea).toBe(400);
  });
});

describe("the county's township figures and the evaluation", () => {
  it("lets only the section enter population, births and the survey", async () => {
    const rows = towns.map((t, i) => ({ townCode: t.code, age3: 10 + i, age4: 10, age5: 10, source: "公安户籍" }));
    for (const who of ["kg", "leader", "duxue"] as const) {
      const res = await call(app, s[who], "PUT", "/api/preschool/population", { schoolYear: TEST_YEAR, rows });
      expect(res.status, who).toBe(403);
    }
    expect((await call(app, s.jcjy, "PUT", "/api/preschool/population", { schoolYear: TEST_YEAR, rows })).status).toBe(
      200,
    );
    const bad = await call(app, s.jcjy, "PUT", "/api/preschool/population", {
      schoolYear: TEST_YEAR,
      rows: [{ townCode: "999999999", age3: 1, age4: 1, age5: 1, source: "公安户籍" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("第 1 行:乡镇代码 999999999 不在本县,请从乡镇列表中选择");
    expect(
      (
        await call(app, s.jcjy, "PUT", "/api/preschool/survey", {
          schoolYear: TEST_YEAR,
          satisfaction: 0.92,
          source: "2026年满意度调查",
        })
      ).status,
    ).toBe(200);
  });

  it("computes the gross enrollment rate as the register's children ÷ the entered population", async () => {
    const { body } = await overview(s.leader);
    const kg = body.kindergartens[0];
    const population = towns.reduce((sum, _t, i) => sum + 30 + i, 0);
    const gross = indicator(body, "gross_enrollment");
    expect(gross.numerator).toBe(kg.children);
    expect(gross.denominator).toBe(population);
    expect(gross.value).toBeCloseTo(kg.children / population, 12);
    // the only kindergarten is public: coverage and public share are 100 %
    expect(indicator(body, "inclusive_coverage")).toMatchObject({ value: 1, status: "pass" });
    expect(indicator(body, "satisfaction")).toMatchObject({ value: 0.92, status: "pass" });
    // classes of at most 25 in the test county
    expect(indicator(body, "class_within_limit").status).toBe("pass");
  });

  it("runs what-if for county readers only, never changing the data", async () => {
    const body = { schoolYear: TEST_YEAR, adjustments: [{ type: "newPublic", townCode: towns[1]?.code, places: 120 }] };
    const res = await call(app, s.leader, "POST", "/api/preschool/what-if", body);
    expect(res.status).toBe(200);
    expect(res.body.after.children).toBeGreaterThan(res.body.before.children);
    const refused = await call(app, s.kg, "POST", "/api/preschool/what-if", body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("您没有权限进行全县学前教育模拟测算");
    const again = await overview(s.leader);
    expect(again.body.evaluation.children).toBe(res.body.before.children);
  });

  it("lets only the section change the settings, checked and audited", async () => {
    const { body } = await call(app, s.jcjy, "GET", "/api/preschool/config");
    const config = { ...body.config, grossEnrollmentMin: 0.9 };
    expect((await call(app, s.leader, "PUT", "/api/preschool/config", config)).status).toBe(403);
    const bad = await call(app, s.jcjy, "PUT", "/api/preschool/config", { ...config, publicShareMin: 50 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("0.85");
    expect((await call(app, s.jcjy, "PUT", "/api/preschool/config", config)).status).toBe(200);
    expect(indicator((await overview(s.jcjy)).body, "gross_enrollment").threshold).toBe(0.9);
  });
});

describe("files", () => {
  it("gives county readers the workbook with numbers as numbers and audits the download; refuses a school", async () => {
    const res = await app.request(`/api/preschool/report.xlsx?year=${TEST_YEAR}`, {
      headers: { cookie: s.leader.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet("评估指标");
    expect(sheet?.getRow(1).getCell(1).value).toBe("指标");
    expect(sheet?.getRow(2).getCell(1).value).toBe("学前三年毛入园率");
    expect(typeof sheet?.getRow(2).getCell(2).value).toBe("number");
    expect(String(wb.getWorksheet("说明")?.getRow(1).getCell(1).value)).toContain("学前教育普及普惠督导评估");
    const refused = await call(app, s.kg, "GET", `/api/preschool/report.xlsx?year=${TEST_YEAR}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("您没有权限下载全县学前教育普及普惠评估表和自评报告");
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, "preschool.export"));
    expect(audits.map((a) => a.targetId)).toEqual([`${TEST_YEAR}:xlsx`]);
  });

  it("gives the Word self-evaluation report", async () => {
    const res = await app.request(`/api/preschool/report.docx?year=${TEST_YEAR}`, {
      headers: { cookie: s.duxue.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });
});

describe("preschool data checks", () => {
  it("flags a class nearly double its limit as a slip to verify, and leaves crowded classes to the indicator", () => {
    const unit = {
      schoolId: "k1",
      name: "达来镇启航幼儿园",
      code: "2152599901",
      schoolKind: "kindergarten",
      ownership: "private",
      locality: "town",
      townCode: "152599101",
      attached: false,
      children: 48 + 28 + 80,
      classes: [
        { classId: "c1", name: "小(1)班", grade: -3, children: 48 },
        { classId: "c2", name: "中(1)班", grade: -2, children: 28 },
        { classId: "c3", name: "大(1)班", grade: -1, children: 80 },
      ],
      fullTimeTeachers: 6,
      certifiedTeachers: 6,
      establishedTeachers: 0,
      nonEstablishedTeachers: 6,
    };
    const checks = classSizeChecks([unit], preschool.nationalPreschoolConfig);
    expect(checks.map((c) => c.message)).toEqual([
      "班额48人超过小班上限25人近一倍,请核实",
      "班额80人超过大班上限35人一倍以上,请核实",
    ]);
    expect(checks[0]?.className).toBe("小(1)班");
  });
});
