import { and, eq, inArray, ne } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { graduatingStudents } from "../src/registry/examCandidatesIntake";
import { enrollment, school } from "../src/registry/tables";
import { reportAfterSchool, reportExamResult, reportSchoolCount } from "../src/reports/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The report's own inputs on the shared import pipeline: 课后服务 and 学校年度统计 (基础教育股, a school its own
 * rows) and 高考/中考 录取结果 (招生办), each from a real generated workbook, and the figures they give equal to the
 * values counted by hand; a school refused another school's rows, a bad row refused by row and field with nothing
 * written, a teacher and leadership refused; no name kept or returned.
 */
const USERS = ["jcjy", "zhaosheng", "school1", "teacher1", "leader"] as const;
type User = (typeof USERS)[number];
let database: Database;
let app: TestApp;
const s = {} as Record<User, Session>;
let schools: { id: string; code: string; name: string }[];
const EXAM_YEAR = TEST_YEAR + 1;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, testClock(new Date("2026-11-23T02:00:00Z"))).app;
  for (const u of USERS) s[u] = await login(app, u);
  schools = await database.db
    .select({ id: school.id, code: school.code, name: school.name })
    .from(school)
    .where(and(eq(school.status, "open"), ne(school.kind, "kindergarten")))
    .orderBy(school.code);
  expect(schools.length).toBeGreaterThanOrEqual(2);
});
afterAll(() => database.close());

async function template(u: User, kind: string, year = TEST_YEAR) {
  const res = await app.request(`/api/reports/data/templates/${kind}.xlsx?year=${year}`, {
    headers: { cookie: s[u].cookie },
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The template filled with rows (columns by header) below its example row. */
async function filled(kind: string, sheet: string, rows: Record<string, string | number>[], year = TEST_YEAR) {
  const t = await template(kind === "gaokao" || kind === "zhongkao" ? "zhaosheng" : "jcjy", kind, year);
  expect(t.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(t.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const headers = (ws.getRow(1).values as string[]).slice(1);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(u: User, kind: string, bytes: Buffer, year = TEST_YEAR) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], `${kind}.xlsx`));
  form.append("kind", kind);
  form.append("year", String(year));
  const res = await app.request("/api/reports/data/imports", {
    method: "POST",
    headers: { cookie: s[u].cookie, "x-csrf-token": s[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function importAll(u: User, kind: string, bytes: Buffer, year = TEST_YEAR) {
  const r = await upload(u, kind, bytes, year);
  expect(r.status).toBe(201);
  expect(r.body.problems.filter((p: any) => p.level === "error")).toEqual([]);
  const commit = await call(app, s[u], "POST", `/api/reports/data/imports/${r.body.job.id}/commit`, {});
  expect(commit.status).toBe(200);
  return r;
}

const figure = async (key: string, year = TEST_YEAR) => {
  const res = await call(app, s.leader, "GET", `/api/reports/figures/${key}?year=${year}`);
  expect(res.status).toBe(200);
  return res.body.figure;
};

const afterSchoolRow = (code: string, participants: number, term = "秋季学期") => ({
  学校代码: code,
  学期: term,
  参加学生数: participants,
  参与教师数: participants > 0 ? 12 : 0,
  服务内容: "作业辅导、书法",
  收费方式: "免费",
});

describe("who may import the report's inputs", () => {
  it("refuses a teacher and leadership, and a school the exam results", async () => {
    expect((await template("teacher1", "after-school")).status).toBe(403);
    expect((await template("leader", "school-counts")).status).toBe(403);
    expect((await template("school1", "gaokao")).status).toBe(403);
    expect((await template("jcjy", "gaokao")).status).toBe(403);
    const bytes = await filled("after-school", "课后服务", [afterSchoolRow(schools[0]!.code, 10)]);
    expect((await upload("teacher1", "after-school", bytes)).status).toBe(403);
    expect((await upload("leader", "after-school", bytes)).status).toBe(403);
  });

  it("refuses a school another school's row", async () => {
    const own = await database.db.select().from(school).where(eq(school.name, "北原县第一小学"));
    const other = schools.find((x) => x.id !== own[0]?.id);
    if (!other) throw new Error("a second school");
    const r = await upload(
      "school1",
      "after-school",
      await filled("after-school", "课后服务", [afterSchoolRow(other.code, 10)]),
    );
    expect(r.status).toBe(201);
    expect(r.body.job.status).toBe("failed");
    expect(r.body.problems[0]).toMatchObject({ row: 3, column: "学校代码", level: "error" });
    expect(r.body.problems[0].message).toMatch(/不是本校/);
  });
});

describe("after-school service and yearly counts", () => {
  it("refuses a bad row naming row and field in Chinese, and writes nothing", async () => {
    const bytes = await filled("after-school", "课后服务", [
      afterSchoolRow(schools[0]!.code, 10),
      { ...afterSchoolRow(schools[1]!.code, 10), 参加学生数: "很多", 收费方式: "看情况" },
    ]);
    const r = await upload("jcjy", "after-school", bytes);
    expect(r.body.job.status).toBe("failed");
    const at = (column: string) => r.body.problems.find((p: any) => p.row === 4 && p.column === column);
    expect(at("参加学生数")?.message).toMatch(/整数/);
    expect(at("收费方式")?.message).toMatch(/“收费”或“免费”/);
    expect((await call(app, s.jcjy, "POST", `/api/reports/data/imports/${r.body.job.id}/commit`, {})).status).toBe(409);
    expect(await database.db.select().from(reportAfterSchool)).toHaveLength(0);
  });

  it("says 数据不全 while a school has not reported, then counts the schools and students by hand", async () => {
    const before = await figure("reports.afterSchoolParticipation");
    expect(before.status).toBe("incomplete");
    const first = schools.slice(0, -1).map((x, i) => afterSchoolRow(x.code, 100 + i));
    await importAll("jcjy", "after-school", await filled("after-school", "课后服务", first));
    expect((await figure("reports.afterSchoolParticipation")).status).toBe("incomplete");
    // the last school offers none this autumn; a spring term row is kept apart
    const last = schools.at(-1)!;
    await importAll(
      "jcjy",
      "after-school",
      await filled("after-school", "课后服务", [
        afterSchoolRow(last.code, 0),
        afterSchoolRow(last.code, 55, "春季学期"),
      ]),
    );
    const f = await figure("reports.afterSchoolParticipation");
    const expected = first.reduce((n, r) => n + r.参加学生数, 0);
    expect(f.status).toBe("ok");
    expect(f.value).toBe(expected);
    expect(f.sentence).toContain(`${schools.length - 1}所学校参加课后服务,共${expected}人`);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "reports.import"));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("sums the books added by every school", async () => {
    const rows = schools.map((x, i) => ({
      学校代码: x.code,
      "当年新增图书(册)": 1000 + i * 7,
      "年末图书总数(册)": 30000,
    }));
    await importAll("jcjy", "school-counts", await filled("school-counts", "学校年度统计", rows));
    expect(await database.db.select().from(reportSchoolCount)).toHaveLength(schools.length);
    const f = await figure("reports.libraryBooksAdded");
    const expected = rows.reduce((n, r) => n + r["当年新增图书(册)"], 0);
    expect(f.value).toBe(expected);
    expect(f.sentence).toContain(`补充图书${expected}册`);
  });
});

describe("高考 and 中考 results", () => {
  it("imports the admissions office's list, matched to the register, and computes the rates by hand", async () => {
    const region = (await database.db.select().from(school).limit(1))[0]!.regionCode;
    // the test county has no senior high school: five of its 初三 students stand in for 高三 candidates
    const nine = (await graduatingStudents(database.db, region, EXAM_YEAR - 1)).filter((x) => x.grade === 9);
    await database.db
      .update(enrollment)
      .set({ grade: 12 })
      .where(
        and(
          eq(enrollment.schoolYear, EXAM_YEAR - 1),
          inArray(
            enrollment.studentId,
            nine.slice(-5).map((x) => x.studentId),
          ),
        ),
      );
    const roster = await graduatingStudents(database.db, region, EXAM_YEAR - 1);
    const seniors = roster.filter((x) => x.grade === 12).slice(0, 5);
    const juniors = roster.filter((x) => x.grade === 9).slice(0, 3);
    expect(seniors).toHaveLength(5);
    expect(juniors).toHaveLength(3);
    const st = [...seniors, ...juniors];
    const row = (i: number, sat: string, score: string, tier: string, adm = "") => ({
      考生号: `2715259900${String(i).padStart(4, "0")}`,
      学籍号: st[i]!.studentNumber,
      姓名: st[i]!.name,
      是否参考: sat,
      总分: score,
      录取层次: tier,
      录取学校: adm,
    });
    const gaokao = [
      row(0, "是", "612", "本科一批", "某大学"),
      row(1, "是", "520", "本科", "某学院"),
      row(2, "是", "410", "专科", "某职业学院"),
      row(3, "否", "", "未录取"),
      { ...row(4, "是", "600", "本科", "某大学"), 学籍号: "G000000000000000000", 姓名: "" }, // unmatched
    ];
    const r = await importAll(
      "zhaosheng",
      "gaokao",
      await filled("gaokao", "高考录取结果", gaokao, EXAM_YEAR),
      EXAM_YEAR,
    );
    expect(r.body.problems.find((p: any) => p.row === 7)).toMatchObject({ column: "学籍号", level: "warning" });
    // no name in the job's answer, none kept
    expect(JSON.stringify(r.body)).not.toContain(st[0]!.name);
    const rows = await database.db.select().from(reportExamResult);
    expect(rows).toHaveLength(5);
    expect(JSON.stringify(rows)).not.toContain(st[0]!.name);
    const g = await figure("reports.gaokaoUndergraduateRate", EXAM_YEAR);
    expect(g).toMatchObject({ status: "ok", value: 66.7 });
    expect(g.sentence).toContain("高考考生3人,本科升学率66.7%");
    const zhongkao = [
      row(5, "是", "650", "重点高中", "县一中"),
      row(6, "是", "480", "普通高中", "县二中"),
      row(7, "是", "300", "中职", "县职校"),
    ];
    await importAll("zhaosheng", "zhongkao", await filled("zhongkao", "中考录取结果", zhongkao, EXAM_YEAR), EXAM_YEAR);
    const z = await figure("reports.zhongkaoKeySchoolRate", EXAM_YEAR);
    expect(z).toMatchObject({ status: "ok", value: 33.3 });
    expect(z.sentence).toContain("中考考生3名,1名被重点中学录取");
  });

  it("refuses a tier of the other exam and an admitted candidate without a school", async () => {
    const bytes = await filled(
      "zhongkao",
      "中考录取结果",
      [{ 考生号: "27000001", 学籍号: "", 是否参考: "是", 总分: "500", 录取层次: "本科一批", 录取学校: "" }],
      EXAM_YEAR,
    );
    const r = await upload("zhaosheng", "zhongkao", bytes, EXAM_YEAR);
    expect(r.body.job.status).toBe("failed");
    expect(r.body.problems.find((p: any) => p.column === "录取层次")).toMatchObject({ row: 3, level: "error" });
  });
});
