/**
 * What the exams integration tests share: the test county's accounts signed in, calls as each of them, uploads and
 * downloads of real files, the roster read from the import template, and a new draft exam of the test grade.
 */
import { registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Database } from "../src/db/client";
import { examScore } from "../src/exams/tables";
import { student } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

export const users = ["jiaoyan", "leader", "jcjy", "school1", "school2", "teacher1", "duxue", "admin"] as const;
export type User = (typeof users)[number];

export const subjects = [
  { code: "chinese", name: "语文", fullMarks: 100 },
  {
    code: "math",
    name: "数学",
    fullMarks: 100,
    items: [
      { number: "1", maxScore: 40, kind: "objective" },
      { number: "2", maxScore: 60, kind: "subjective", knowledge: "应用题" },
    ],
  },
];

export interface RosterRow {
  studentNumber: string;
  name: string;
  schoolName: string;
  className: string;
  examNumber: string;
}

export interface ExamsKit {
  database: Database;
  app: TestApp;
  /** the grade of teacher1's class */
  grade: number;
  school1Id: string;
  as(u: User | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  upload(u: User, examId: string, content: Buffer | string, name: string): Promise<{ status: number; body: any }>;
  download(u: User, path: string): Promise<{ status: number; type: string | null; bytes: Buffer }>;
  /** the exam's roster in scope, read from the import template */
  roster(u: User, examId: string): Promise<RosterRow[]>;
  newExam(overrides?: Record<string, unknown>): Promise<{ id: string; status: string; version: number }>;
}

/** Reads the rows of a worksheet below its header as texts. */
export async function sheetRows(bytes: Buffer, sheetName: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const out: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(String(row.getCell(c).value ?? ""));
    out.push(cells);
  });
  return out;
}

/** A test database with the county's accounts signed in. */
export async function openExamsKit(): Promise<ExamsKit> {
  const database = await openTestDatabase();
  const app = testApp(database).app;
  const s = {} as Record<User, Session>;
  for (const u of users) s[u] = await login(app, u);
  const as: ExamsKit["as"] = (u, method, path, body) => call(app, u ? s[u] : null, method, path, body);
  const school1Id = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  const classes = await as("teacher1", "GET", `/api/registry/classes?year=${TEST_YEAR}`);
  const grade: number = classes.body.rows[0].grade;
  const kit: ExamsKit = {
    database,
    app,
    grade,
    school1Id,
    as,
    async upload(u, examId, content, name) {
      const form = new FormData();
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      form.append("file", new File([new Uint8Array(bytes)], name));
      const res = await app.request(`/api/exams/${examId}/imports`, {
        method: "POST",
        headers: { cookie: s[u].cookie, "x-csrf-token": s[u].csrf },
        body: form,
      });
      return { status: res.status, body: (await res.json()) as any };
    },
    async download(u, path) {
      const res = await app.request(path, { headers: { cookie: s[u].cookie } });
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        bytes: Buffer.from(await res.arrayBuffer()),
      };
    },
    async roster(u, examId) {
      const t = await kit.download(u, `/api/exams/${examId}/template.xlsx`);
      expect(t.status).toBe(200);
      const rows = await sheetRows(t.bytes, "成绩");
      expect(rows[0]!.slice(0, 5)).toEqual(["考号", "学籍号(核对用)", "姓名", "学校", "班级"]);
      // the template masks the 学籍号; the tests also build files matched by the full number, read from the register
      const full = await database.db
        .select({ examNumber: examScore.examNumber, studentNumber: student.studentNumber })
        .from(examScore)
        .innerJoin(student, eq(student.id, examScore.studentId))
        .where(eq(examScore.examId, examId));
      const byExamNumber = new Map(full.map((r) => [r.examNumber, r.studentNumber]));
      return rows.slice(1).map(([examNumber, masked, name, schoolName, className]) => {
        const studentNumber = byExamNumber.get(examNumber!)!;
        expect(masked).toBe(registry.maskStudentNumber(studentNumber));
        return { studentNumber, name: name!, schoolName: schoolName!, className: className!, examNumber: examNumber! };
      });
    },
    async newExam(overrides = {}) {
      const res = await as("jiaoyan", "POST", "/api/exams", {
        name: `${grade}年级期末质量检测`,
        heldOn: `${TEST_YEAR + 1}-01-10`,
        schoolYear: TEST_YEAR,
        term: 1,
        grade,
        graduating: false,
        subjects,
        ...overrides,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string; status: string; version: number };
    },
  };
  return kit;
}
