/**
 * Exam numbers (考号) on the real database: given when an exam is created, in school-code and class order, kept by
 * corrections and continued for students who join later, the same as the migration gave existing exams; the
 * 考号名单 download as each role may have it (masked, or revealed with a reason, always audited); and score files
 * matched by 考号 instead of or beside 学籍号.
 */
import { readFileSync } from "node:fs";
import { registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { examScore } from "../src/exams/tables";
import { student } from "../src/registry/tables";
import { type ExamsKit, openExamsKit, type RosterRow, sheetRows } from "./examsKit";

let kit: ExamsKit;
let examId: string;
let all: RosterRow[];
let mine: RosterRow[];

beforeAll(async () => {
  kit = await openExamsKit();
  examId = (await kit.newExam({ name: "考号测试" })).id;
  all = await kit.roster("jiaoyan", examId);
  mine = await kit.roster("school1", examId);
});
afterAll(() => kit.database.close());

const rowsOf = async <T>(query: ReturnType<typeof sql>) =>
  ((await kit.database.db.execute(query)) as unknown as { rows: T[] }).rows;

/** The roster as stored, in exam-number order, with what decides the order. */
async function stored(id: string) {
  return rowsOf<{ x: string; code: string; n: number | null; sn: string; school: string; student: string }>(
    sql`select e.exam_number as x, s.code, c.number as n, st.student_number as sn, e.school_id as school,
        e.student_id as student
      from exam_score e join school s on s.id = e.school_id join student st on st.id = e.student_id
      left join school_class c on c.id = e.class_id
      where e.exam_id = ${id} order by e.exam_number`,
  );
}

describe("exam numbers", () => {
  it("gives every student of a new exam a seven-digit number: school by school code, seat by class and 学籍号", async () => {
    const rows = await stored(examId);
    expect(rows.length).toBe(all.length);
    expect(rows.every((r) => /^\d{7}$/.test(r.x))).toBe(true);
    expect(new Set(rows.map((r) => r.x)).size).toBe(rows.length);
    const codes = [...new Set(rows.map((r) => r.code))];
    expect(codes).toEqual([...codes].sort());
    codes.forEach((code, i) => {
      const school = rows.filter((r) => r.code === code);
      expect(school.map((r) => r.x.slice(0, 3))).toEqual(school.map(() => String(i + 1).padStart(3, "0")));
      expect(school.map((r) => Number(r.x.slice(3)))).toEqual(school.map((_, k) => k + 1));
      const order = [...school].sort((a, b) => (a.n ?? 999) - (b.n ?? 999) || (a.sn < b.sn ? -1 : a.sn > b.sn ? 1 : 0));
      expect(school.map((r) => r.student)).toEqual(order.map((r) => r.student));
    });
  });

  it("puts the 考号 into the import template beside the 学籍号", () => {
    expect(all.every((r) => /^\d{7}$/.test(r.examNumber))).toBe(true);
    expect(mine.length).toBeLessThan(all.length);
  });

  it("numbers the demo's exams too, and the migration numbers existing exams exactly as a new exam is numbered", async () => {
    const [{ n } = { n: -1 }] = await rowsOf<{ n: number }>(
      sql`select count(*)::int as n from exam_score where exam_number is null`,
    );
    expect(n).toBe(0);
    const before = await stored(examId);
    await kit.database.db.update(examScore).set({ examNumber: null }).where(eq(examScore.examId, examId));
    const migration = readFileSync(new URL("../drizzle/0012_exam_numbers.sql", import.meta.url), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((part) => part.includes("UPDATE"))!;
    await kit.database.db.execute(sql.raw(backfill));
    expect(await stored(examId)).toEqual(before);
  });

  it("gives a student who joins the roster later the next seat of their school, and keeps everyone else's", async () => {
    const exam = (await kit.newExam({ name: "考号补录" })).id;
    const before = await stored(exam);
    const school = before.find((r) => mine.some((m) => m.studentNumber === r.sn))!.school;
    const ofSchool = before.filter((r) => r.school === school);
    const leaver = ofSchool[0]!;
    await kit.database.db
      .delete(examScore)
      .where(and(eq(examScore.examId, exam), eq(examScore.studentId, leaver.student)));
    const up = await kit.upload("school1", exam, `学籍号,语文\n${leaver.sn},80\n`, "补录.csv");
    expect(up.body.summary.errors).toBe(0);
    const commit = await kit.as("school1", "POST", `/api/exams/${exam}/imports/${up.body.job.id}/commit`);
    expect(commit.body).toEqual({ written: 1, added: 1 });
    const after = await stored(exam);
    const last = Math.max(...ofSchool.map((r) => Number(r.x.slice(3))));
    expect(after.find((r) => r.student === leaver.student)!.x).toBe(
      `${leaver.x.slice(0, 3)}${String(last + 1).padStart(4, "0")}`,
    );
    const unchanged = after.filter((r) => r.student !== leaver.student);
    expect(unchanged).toEqual(before.filter((r) => r.student !== leaver.student));
  });
});

describe("the 考号 roster download", () => {
  const url = (id: string, q = "") => `/api/exams/${id}/roster.xlsx${q}`;

  it("gives 教研室 the whole county in exam-number order with masked 学籍号, and audits the download", async () => {
    const res = await kit.download("jiaoyan", url(examId));
    expect(res.status).toBe(200);
    expect(res.type).toContain("spreadsheetml");
    const rows = await sheetRows(res.bytes, "考号名单");
    expect(rows[0]).toEqual(["考号", "学籍号", "姓名", "学校", "班级"]);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(all.map((r) => r.examNumber).sort());
    const byNumber = new Map(all.map((r) => [r.examNumber, r]));
    for (const [x, number, name, schoolName] of body) {
      const r = byNumber.get(x!)!;
      expect(number).toBe(registry.maskStudentNumber(r.studentNumber));
      expect(number).not.toBe(r.studentNumber);
      expect([name, schoolName]).toEqual([r.name, r.schoolName]);
    }
    const audit = await kit.database.db.select().from(auditLog).where(eq(auditLog.action, "exams.export_roster"));
    expect(audit.some((a) => a.targetId === examId && (a.details as any).rows === all.length)).toBe(true);
  });

  it("gives a school only its own students, and leadership the county masked", async () => {
    const school = await sheetRows((await kit.download("school1", url(examId))).bytes, "考号名单");
    expect(school.slice(1).map((r) => r[0])).toEqual(mine.map((r) => r.examNumber).sort());
    expect(new Set(school.slice(1).map((r) => r[3]))).toEqual(new Set([mine[0]!.schoolName]));
    const leader = await sheetRows((await kit.download("leader", url(examId))).bytes, "考号名单");
    expect(leader.length - 1).toBe(all.length);
  });

  it("reveals full 学籍号 only to those allowed, with a reason, recorded in the audit log", async () => {
    const noReason = await kit.as("jiaoyan", "GET", url(examId, "?reveal=true"));
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatchObject({ code: "REASON_REQUIRED" });
    expect(noReason.body.error.message).toContain("须填写事由(至少4个字)");
    const bad = await kit.as("jiaoyan", "GET", url(examId, "?reveal=maybe"));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ field: "reveal", message: "reveal 只能为 true 或 false" }),
    ]);
    expect((await kit.as("leader", "GET", url(examId, "?reveal=true&reason=核对考场安排"))).status).toBe(403);
    const reason = encodeURIComponent("打印考场座位标签");
    const full = await kit.download("school1", url(examId, `?reveal=true&reason=${reason}`));
    expect(full.status).toBe(200);
    const rows = (await sheetRows(full.bytes, "考号名单")).slice(1);
    expect(rows.map((r) => r[1]).sort()).toEqual(mine.map((r) => r.studentNumber).sort());
    const audit = await kit.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "exams.export_roster_personal_data"));
    expect(audit.map((a) => a.reason)).toContain("打印考场座位标签");
  });

  it("refuses inspectors, the administrator and anonymous callers; hides drafts from teachers", async () => {
    expect((await kit.as("duxue", "GET", url(examId))).status).toBe(403);
    expect((await kit.as("admin", "GET", url(examId))).status).toBe(403);
    expect((await kit.as(null, "GET", url(examId))).status).toBe(401);
    expect((await kit.as("teacher1", "GET", url(examId))).status).toBe(404);
    expect((await kit.as("jiaoyan", "GET", url("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await kit.as("jiaoyan", "GET", url("not-a-uuid"))).status).toBe(400);
  });

  it("gives a teacher the students of their own classes of a published exam", async () => {
    const list = await kit.as("teacher1", "GET", "/api/exams");
    const theirs = list.body.rows.find((r: any) => r.grade === kit.grade && r.status === "published");
    const students = await kit.as("teacher1", "GET", `/api/exams/${theirs.id}/students?pageSize=200`);
    const res = await kit.download("teacher1", url(theirs.id));
    expect(res.status).toBe(200);
    const rows = (await sheetRows(res.bytes, "考号名单")).slice(1);
    expect(rows.length).toBe(students.body.total);
    expect(rows.map((r) => r[2]).sort()).toEqual(students.body.rows.map((r: any) => r.name).sort());
    expect((await kit.as("teacher1", "GET", url(theirs.id, "?reveal=true&reason=核对学生名单"))).status).toBe(403);
  });
});

describe("the 学籍号 in the student list (学生成绩)", () => {
  it("is masked for every reader, those who may reveal included; the full number only in the audited roster", async () => {
    const published = (await kit.as("jiaoyan", "GET", "/api/exams")).body.rows.find(
      (r: any) => r.grade === kit.grade && r.status === "published",
    );
    const numbers = new Map(
      (
        await kit.database.db
          .select({ id: student.id, studentNumber: student.studentNumber })
          .from(examScore)
          .innerJoin(student, eq(student.id, examScore.studentId))
          .where(eq(examScore.examId, published.id))
      ).map((r) => [r.id, r.studentNumber]),
    );
    for (const who of ["jiaoyan", "leader", "school1", "teacher1"] as const) {
      const res = await kit.as(who, "GET", `/api/exams/${published.id}/students?pageSize=200&reveal=true`);
      expect(res.status).toBe(200);
      expect(res.body.rows.length).toBeGreaterThan(0);
      for (const r of res.body.rows) {
        const full = numbers.get(r.id)!;
        expect(full).toMatch(/^G\d{17}[\dX]$/);
        expect(r.studentNumber).toBe(registry.maskStudentNumber(full));
      }
    }
  });
});

describe("score files matched by 考号", () => {
  it("imports a file with a 考号 column and no 学籍号, reading numbers Excel stored without leading zeros", async () => {
    const exam = (await kit.newExam({ name: "按考号导入" })).id;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("成绩");
    sheet.addRow(["考号", "姓名", "语文"]);
    mine.forEach((r, i) => {
      sheet.addRow([Number(r.examNumber), r.name, 60 + (i % 40)]);
    });
    const up = await kit.upload("school1", exam, Buffer.from(await wb.xlsx.writeBuffer()), "按考号.xlsx");
    expect(up.status).toBe(201);
    expect(up.body.summary).toMatchObject({ errors: 0, warnings: 0, students: mine.length, subjects: ["语文"] });
    const commit = await kit.as("school1", "POST", `/api/exams/${exam}/imports/${up.body.job.id}/commit`);
    expect(commit.body).toEqual({ written: mine.length, added: 0 });
    const analysis = await kit.as("jiaoyan", "GET", `/api/exams/${exam}/analysis`);
    expect(analysis.body.subjects[0].county.sat).toBe(mine.length);
  });

  it("reports a 考号 that disagrees with the 学籍号, an unknown 考号, another school's 考号 and a row with neither", async () => {
    const other = all.find((r) => r.schoolName !== mine[0]!.schoolName)!;
    const lines = [
      "学籍号,考号,语文",
      `${mine[0]!.studentNumber},${mine[0]!.examNumber},70`, // row 2: both, agreeing
      `${mine[1]!.studentNumber},${mine[2]!.examNumber},70`, // row 3: both, disagreeing
      `,9990001,70`, // row 4: unknown 考号
      `,${other.examNumber},70`, // row 5: another school's student
      `,,70`, // row 6: neither
      `,${mine[3]!.examNumber},70`, // row 7: 考号 only
      `${mine[4]!.studentNumber},,70`, // row 8: 学籍号 only
      `${mine[3]!.studentNumber},,71`, // row 9: the student of row 7 again
    ];
    const res = await kit.upload("school1", examId, lines.join("\n"), "考号核对.csv");
    expect(res.status).toBe(201);
    const at = (row: number) => res.body.problems.filter((p: any) => p.row === row);
    expect(at(2)).toEqual([]);
    expect(at(3)[0]).toMatchObject({ column: "考号", value: mine[2]!.examNumber, level: "error" });
    expect(at(3)[0].message).toBe(
      `考号与学籍号不是同一名学生(该学籍号的考号是 ${mine[1]!.examNumber}):请对照考号名单改正考号或学籍号;两列都填时必须一致,也可删去其中一列`,
    );
    expect(at(4)[0]).toMatchObject({ column: "考号", value: "9990001" });
    expect(at(4)[0].message).toContain("不在本次考试的考号名单中");
    expect(at(5)[0].message).toContain("不是本校学生");
    expect(at(6)[0].message).toContain("学籍号和考号都为空");
    expect(at(7)).toEqual([]);
    expect(at(8)).toEqual([]);
    expect(at(9)[0].message).toContain("重复出现(第7行已有)");
    expect(res.body.summary.errors).toBe(5);
  });

  it("reads 考号 in a long file and says so when a file has neither identifying column", async () => {
    const long = ["考号,科目,成绩", `${mine[0]!.examNumber},语文,88`, `${mine[0]!.examNumber},数学,缺考`];
    const res = await kit.upload("school1", examId, long.join("\n"), "长表.csv");
    expect(res.body.summary).toMatchObject({ layout: "long", errors: 0, students: 1 });
    const none = await kit.upload("school1", examId, "姓名,语文\n张三,80\n", "x.csv");
    expect(none.body.problems[0].message).toContain("没有「学籍号」列(也没有「考号」列)");
    const empty = await kit.upload("school1", examId, "考号,语文\n,80\n", "x.csv");
    expect(empty.body.problems[0].message).toContain("考号为空");
  });

  it("keeps the exam numbers in a correction version", async () => {
    const list = await kit.as("jiaoyan", "GET", "/api/exams");
    const published = list.body.rows.find((r: any) => r.status === "published" && r.grade === kit.grade);
    const corr = await kit.as("jiaoyan", "POST", `/api/exams/${published.id}/corrections`, { note: "核对考号沿用" });
    expect(corr.status).toBe(201);
    const a = (await stored(published.id)).map((r) => `${r.student}:${r.x}`);
    const b = (await stored(corr.body.id)).map((r) => `${r.student}:${r.x}`);
    expect(b).toEqual(a);
  });
});
