import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { fitnessResult } from "../src/fitness/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Matching a results file by the school's 考号 alone: the 考号 is known from an earlier file that gave it with the
 * 学籍号 (kept on the student's result of the year); unknown, ambiguous and conflicting 考号 are refused by row and
 * column with the fix, and nothing is written.
 */
const USERS = ["school1", "school2", "jcjy"] as const;
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
const students = {} as Record<"school1" | "school2", Student[]>;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) sessions[u] = await login(app, u);
  for (const u of ["school1", "school2"] as const) {
    const rows = await database.db.execute(sql`select s.id, s.student_number as number, p.name, p.gender, e.grade
      from enrollment e join student s on s.id = e.student_id join person p on p.id = s.person_id
      join app_user u on u.school_id = e.school_id
      where u.username = ${u} and e.school_year = ${TEST_YEAR} and e.status = 'enrolled' and e.grade in (3, 4, 7, 8)
      order by s.student_number limit 4`);
    students[u] = (rows as unknown as { rows: Student[] }).rows;
  }
});
afterAll(async () => {
  await database?.close();
});

/** The template filled with rows (columns by header). */
async function filled(u: User, rows: Record<string, string | number>[]) {
  const res = await app.request(`/api/fitness/imports/template.xlsx?year=${TEST_YEAR}`, {
    headers: { cookie: sessions[u].cookie },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
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

async function importRows(u: User, rows: Record<string, string | number>[]) {
  const r = await upload(u, await filled(u, rows));
  expect(r.status).toBe(201);
  return r.body;
}

/** The values of a grade 3–4 or 7–8 student, by grade and sex (every item the grade tests). */
function values(s: Student, run50: number): Record<string, string | number> {
  const base = { 身高: 150.5, 体重: 40, 肺活量: 2200, "50米跑": run50, 坐位体前屈: 9.5 };
  if (s.grade <= 6) return { ...base, "1分钟跳绳": 130, "1分钟仰卧起坐": 38 };
  return s.gender === "F"
    ? { ...base, 立定跳远: 180, "1分钟仰卧起坐": 40, "800米跑": "3′50″" }
    : { ...base, 立定跳远: 200, 引体向上: 6, "1000米跑": "4′05″" };
}
const row = (s: Student, extra: Record<string, string | number>) => ({
  姓名: s.name,
  性别: s.gender === "F" ? "女" : "男",
  年级: s.grade,
  ...extra,
});

const problemsOf = (body: any) => body.problems as { row: number; column: string; message: string; level: string }[];

async function keptNumber(studentId: string) {
  const [r] = await database.db
    .select({ examNumber: fitnessResult.examNumber, values: fitnessResult.values })
    .from(fitnessResult)
    .where(and(eq(fitnessResult.studentId, studentId), eq(fitnessResult.testYear, TEST_YEAR)));
  return r;
}

describe("matching rows by 考号", () => {
  it("keeps the 考号 a file gives with the 学籍号, then matches a later file by 考号 alone", async () => {
    const [a, b] = students.school1 as [Student, Student];
    const first = await importRows("school1", [
      row(a, { 学籍号: a.number, 考号: "T901", ...values(a, 9.9) }),
      row(b, { 学籍号: b.number, 考号: "T902", ...values(b, 9.9) }),
    ]);
    expect(first.job.status).toBe("validated");
    expect((await as("school1", "POST", `/api/fitness/imports/${first.job.id}/commit`, {})).status).toBe(200);
    expect((await keptNumber(a.id))?.examNumber).toBe("T901");
    // a retest file from the testing machine: 考号 only (typed in full-width digits), no 学籍号
    const retest = await importRows("school1", [{ 考号: "T９０１", ...values(a, 8.8) }]);
    expect(problemsOf(retest).filter((p) => p.level === "error")).toEqual([]);
    expect((await as("school1", "POST", `/api/fitness/imports/${retest.job.id}/commit`, {})).status).toBe(200);
    const kept = await keptNumber(a.id);
    expect(kept?.values.run50).toBe(8.8);
    expect(kept?.examNumber).toBe("T901");
  });

  it("refuses an unknown 考号, a 考号 twice in the file and one held by another student, and writes nothing", async () => {
    const [a, b, c, d] = students.school1 as [Student, Student, Student, Student];
    const before = await keptNumber(c.id);
    const r = await importRows("school1", [
      { 考号: "T999", ...values(a, 9.0) }, // never given with a 学籍号
      row(c, { 学籍号: c.number, 考号: "T901", ...values(c, 9.0) }), // T901 is a's this year, and a is not in the file
      row(b, { 学籍号: b.number, 考号: "T955", ...values(b, 9.0) }),
      row(d, { 学籍号: d.number, 考号: "T955", ...values(d, 9.0) }), // the same 考号 twice in one file
    ]);
    expect(r.job.status).toBe("failed");
    const at = (rowNumber: number) => problemsOf(r).filter((p) => p.row === rowNumber && p.column === "考号");
    expect(at(3)[0]?.message).toMatch(/考号 T999 在本校还没有登记.*请填写学籍号/);
    expect(at(4)[0]?.message).toMatch(/考号 T901 本学年已登记给另一名学生.*学籍号 .*\*/);
    expect(at(5)[0]?.message).toMatch(/与第6行的考号重复/);
    expect((await as("school1", "POST", `/api/fitness/imports/${r.job.id}/commit`, {})).status).toBe(409);
    expect(await keptNumber(c.id)).toEqual(before);
  });

  it("calls a 考号 two schools both gave ambiguous in a county file, but each school finds its own", async () => {
    const [a] = students.school1 as [Student];
    const [z] = students.school2 as [Student];
    const ownFile = await importRows("school2", [row(z, { 学籍号: z.number, 考号: "T901", ...values(z, 9.9) })]);
    expect((await as("school2", "POST", `/api/fitness/imports/${ownFile.job.id}/commit`, {})).status).toBe(200);
    const county = await importRows("jcjy", [{ 考号: "T901", ...values(a, 9.1) }]);
    expect(county.job.status).toBe("failed");
    expect(problemsOf(county).find((p) => p.column === "考号")?.message).toMatch(
      /考号 T901 在全县2026学年登记给了 2 名学生,无法确定是谁:请填写学籍号/,
    );
    const school = await importRows("school1", [{ 考号: "T901", ...values(a, 9.1) }]);
    expect(problemsOf(school).filter((p) => p.level === "error")).toEqual([]);
  });
});
