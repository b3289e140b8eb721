import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { fitnessResult } from "../src/fitness/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The fitness results import on the shared pipeline: the school's own layout (template downloaded, filled like a
 * school would), matched to the register, plausibility checks with a marked-up report, all or nothing.
 */
const USERS = ["school1", "school2", "jcjy", "leader", "teacher1"] as const;
type User = (typeof USERS)[number];
let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

interface Student {
  id: string;
  number: string;
  name: string;
  gender: string;
  grade: number;
}
let students: Student[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) sessions[u] = await login(app, u);
  // four students of school1's school (a primary school), read straight from the register
  const rows = await database.db.execute(sql`select s.id, s.student_number as number, p.name, p.gender, e.grade
    from enrollment e join student s on s.id = e.student_id join person p on p.id = s.person_id
    join app_user u on u.school_id = e.school_id
    where u.username = 'school1' and e.school_year = ${TEST_YEAR} and e.status = 'enrolled' and e.grade between 3 and 4
    order by s.student_number limit 4`);
  students = (rows as unknown as { rows: Student[] }).rows;
});
afterAll(async () => {
  await database?.close();
});

async function template(u: User) {
  const res = await app.request(`/api/fitness/imports/template.xlsx?year=${TEST_YEAR}`, {
    headers: { cookie: sessions[u].cookie },
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The template filled with rows (columns by header), the example row left in place. */
async function filled(rows: Record<string, string | number>[]) {
  const t = await template("school1");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(t.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("体质测试成绩");
  if (!ws) throw new Error("no data sheet");
  const headers = (ws.getRow(1).values as string[]).slice(1);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(u: User, bytes: Buffer) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "体测成绩.xlsx"));
  form.append("year", String(TEST_YEAR));
  const res = await app.request("/api/fitness/imports", {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

const sexOf = (s: Student) => (s.gender === "F" ? "女" : "男");
const good = (s: Student) => ({
  学籍号: s.number,
  姓名: s.name,
  性别: sexOf(s),
  年级: s.grade,
  身高: 138.5,
  体重: 32,
  肺活量: 1800,
  "50米跑": 9.9,
  坐位体前屈: 9.5,
  "1分钟跳绳": 130,
  "1分钟仰卧起坐": 38,
});

describe("fitness results import", () => {
  it("refuses leadership and teachers, and gives a school the template in its own layout", async () => {
    expect((await template("leader")).status).toBe(403);
    expect((await template("teacher1")).status).toBe(403);
    const t = await template("school1");
    expect(t.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("体质测试成绩");
    if (!sheet) throw new Error("模板缺少「体质测试成绩」表");
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(["学籍号", "考号", "身高", "体重", "50米×8往返跑", "1000米跑", "800米跑", "测试状态"]),
    );
  });

  it("reports every bad row by row, column and fix, marks the report, and writes nothing", async () => {
    const [a, b, c, d] = students as [Student, Student, Student, Student];
    const before = await database.db.select().from(fitnessResult).where(eq(fitnessResult.studentId, a.id));
    const bytes = await filled([
      { ...good(a), 身高: 1.385 }, // centimetres typed as metres
      { ...good(b), "50米跑": 3 }, // a 50 m in 3 s
      { ...good(c), "1000米跑": "4′05″" }, // a 1000 m in grade 3
      { ...good(d), 测试状态: "免测", "免测/缓测原因": "哮喘" }, // exempt without proof
      { ...good(a), 学籍号: "G000000000000000000" }, // not on the register
    ]);
    const r = await upload("school1", bytes);
    expect(r.status).toBe(201);
    expect(r.body.job.status).toBe("failed");
    const problems = r.body.problems as { row: number; column: string; message: string; level: string }[];
    const at = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column);
    expect(at(3, "身高")?.message).toMatch(/像是以米填写.*改为 138\.5/);
    expect(at(4, "50米跑")?.message).toMatch(/不合理/);
    expect(at(5, "1000米跑")?.message).toMatch(/不测1000米跑/);
    expect(at(6, "证明材料")?.message).toMatch(/免测须注明证明材料/);
    expect(at(7, "学籍号")?.message).toMatch(/找不到/);
    // the marked-up report
    const res = await app.request(`/api/fitness/imports/${r.body.job.id}/report.xlsx`, {
      headers: { cookie: sessions.school1.cookie },
    });
    expect(res.status).toBe(200);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const data = report.getWorksheet("体质测试成绩");
    if (!data) throw new Error("报告缺少「体质测试成绩」表");
    const heightColumn = (data.getRow(1).values as string[]).indexOf("身高");
    expect(data.getRow(3).getCell(heightColumn).note).toBeTruthy();
    // all or nothing
    const commit = await as("school1", "POST", `/api/fitness/imports/${r.body.job.id}/commit`, {});
    expect(commit.status).toBe(409);
    expect(commit.body.error.message).toMatch(/尚未写入任何数据/);
    const partial = await as("school1", "POST", `/api/fitness/imports/${r.body.job.id}/commit`, {
      onlyValidRows: true,
    });
    expect(partial.status).toBe(400);
    const after = await database.db.select().from(fitnessResult).where(eq(fitnessResult.studentId, a.id));
    expect(after).toEqual(before);
  });

  it("refuses another school's students to a school", async () => {
    const r = await upload("school2", await filled([good(students[0] as Student)]));
    expect(r.status).toBe(201);
    expect(r.body.problems[0]).toMatchObject({ column: "学籍号", level: "error" });
  });

  it("imports a clean file in one transaction: scores, exempt kept apart, missing items as warnings, audited", async () => {
    const [a, b, c, d] = students as [Student, Student, Student, Student];
    const bytes = await filled([
      good(a),
      { ...good(b), "50米跑": "", 坐位体前屈: "" }, // two items missing: incomplete, a warning
      { ...good(c), 测试状态: "免测", "免测/缓测原因": "先天性心脏病", 证明材料: "县人民医院诊断证明" },
      { ...good(d), 测试状态: "缓测", "免测/缓测原因": "急性肠胃炎" },
    ]);
    const r = await upload("school1", bytes);
    expect(r.status).toBe(201);
    expect(r.body.job.status).toBe("validated");
    expect(r.body.summary.warnings).toBeGreaterThan(0);
    const commit = await as("school1", "POST", `/api/fitness/imports/${r.body.job.id}/commit`, {});
    expect(commit.status).toBe(200);
    expect(commit.body.written).toBe(4);
    const rows = await database.db
      .select()
      .from(fitnessResult)
      .where(
        and(
          eq(fitnessResult.testYear, TEST_YEAR),
          sql`${fitnessResult.studentId} in (${sql.join(
            [a.id, b.id, c.id, d.id].map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        ),
      );
    const byStudent = new Map(rows.map((x) => [x.studentId, x]));
    expect(byStudent.get(a.id)?.total).not.toBeNull();
    expect(byStudent.get(a.id)?.standardVersion).toBe("GB2014");
    expect(byStudent.get(b.id)?.total).toBeNull();
    expect(byStudent.get(b.id)?.missing).toEqual(expect.arrayContaining(["run50", "sit_reach"]));
    expect(byStudent.get(c.id)).toMatchObject({ status: "exempt", exemptProof: "县人民医院诊断证明", total: null });
    expect(byStudent.get(d.id)).toMatchObject({ status: "deferred", total: null });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "fitness.import"));
    expect(audit).toHaveLength(1);
    // a second commit of the same job is refused
    expect((await as("school1", "POST", `/api/fitness/imports/${r.body.job.id}/commit`, {})).status).toBe(409);
  });
});
