/**
 * Which student a score row is about: matched by national student number (学籍号) against the county's register,
 * or by exam number (考号) against the exam's roster, or by both — then they must name the same student. The
 * student must be on the exam's roster or enrolled in its grade this school year, and in the uploader's scope.
 */
import { type auth, exams as core, registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import type { ImportProblem } from "../excel/problems";
import { enrolledInGrade, studentPeople, studentsByNumber } from "../registry/examsIntake";
import type { ScoreTable } from "./scoreFile";
import type { ScoreHeader } from "./scoreHeader";
import { type ExamRow, rowsOf } from "./store";
import { examScore } from "./tables";

interface Who {
  id: string;
  name: string;
}

export interface Place {
  schoolId: string;
  classId: string | null;
}

/** The students a file names, looked up in bulk. */
export interface StudentDirectory {
  byNumber: Map<string, Who>;
  byExamNumber: Map<string, Who>;
  /** on the exam's roster, with their exam number */
  roster: Map<string, Place & { examNumber: string | null }>;
  /** not on the roster but enrolled in the exam's grade this school year */
  enrolled: Map<string, Place>;
}

export type Match =
  | { ok: true; who: Who; place: Place; onRoster: boolean; column: string; raw: string }
  | { ok: false; problem: ImportProblem };

const CHUNK = 5000;

export function normalizeStudentNumber(text: string): string {
  return text.replace(/[\s\u3000]/g, "").toUpperCase();
}

const cellsOf = (table: ScoreTable, col: number, normalize: (t: string) => string) =>
  col < 0 ? [] : [...new Set(table.rows.map((r) => normalize(r.cells[col] ?? "")))].filter(Boolean);

/** Looks up every 学籍号 and 考号 of the file, and where each student stands in the exam. */
export async function studentDirectory(
  db: Db,
  actor: auth.Actor,
  row: ExamRow,
  table: ScoreTable,
  head: ScoreHeader,
): Promise<StudentDirectory> {
  const dir: StudentDirectory = {
    byNumber: new Map(),
    byExamNumber: new Map(),
    roster: new Map(),
    enrolled: new Map(),
  };
  const numbers = cellsOf(table, head.numberCol, normalizeStudentNumber);
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const part = numbers.slice(i, i + CHUNK);
    const found = await studentsByNumber(db, actor.regionCode, part);
    for (const f of found) dir.byNumber.set(f.n, { id: f.id, name: f.name });
  }
  const examNumbers = cellsOf(table, head.examNumberCol, core.normalizeExamNumber);
  for (let i = 0; i < examNumbers.length; i += CHUNK) {
    const part = examNumbers.slice(i, i + CHUNK);
    const found = await rowsOf<{ id: string; x: string; name: string }>(
      db,
      sql`select e.student_id as id, e.exam_number as x, p.name from ${examScore} e
        join ${studentPeople} p on p.id = e.student_id
        where e.exam_id = ${row.id} and e.exam_number = any(${sql.param(part)}::text[])`,
    );
    for (const f of found) dir.byExamNumber.set(f.x, { id: f.id, name: f.name });
  }
  const ids = [...new Set([...dir.byNumber.values(), ...dir.byExamNumber.values()].map((w) => w.id))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    // one array parameter per query (not one parameter per id): much faster on both databases
    const onRoster = await db
      .select({
        id: examScore.studentId,
        schoolId: examScore.schoolId,
        classId: examScore.classId,
        examNumber: examScore.examNumber,
      })
      .from(examScore)
      .where(and(eq(examScore.examId, row.id), sql`${examScore.studentId} = any(${sql.param(part)}::uuid[])`));
    for (const r of onRoster) dir.roster.set(r.id, r);
    const missing = part.filter((id) => !dir.roster.has(id));
    if (missing.length === 0) continue;
    const inGrade = await enrolledInGrade(db, missing, row.schoolYear, row.grade);
    for (const r of inGrade) dir.enrolled.set(r.id, r);
  }
  return dir;
}

/** The student of one row, or the problem that keeps the row from matching (in Chinese, with the fix). */
export function matchStudent(
  dir: StudentDirectory,
  row: ExamRow,
  scope: ReadableScope,
  head: ScoreHeader,
  header: string[],
  r: ScoreTable["rows"][number],
): Match {
  const rawNumber = head.numberCol >= 0 ? (r.cells[head.numberCol] ?? "") : "";
  const rawExam = head.examNumberCol >= 0 ? (r.cells[head.examNumberCol] ?? "") : "";
  const number = normalizeStudentNumber(rawNumber);
  const examNumber = core.normalizeExamNumber(rawExam);
  const numberColumn = header[head.numberCol] ?? "学籍号";
  const examColumn = header[head.examNumberCol] ?? "考号";
  const fail = (column: string, value: string, message: string): Match => ({
    ok: false,
    problem: { row: r.rowNumber, column, value, message, level: "error" },
  });
  if (!number && !examNumber) {
    if (head.numberCol < 0) return fail(examColumn, rawExam, "考号为空:请填写考号名单中的7位考号,或加上「学籍号」列");
    return fail(
      numberColumn,
      rawNumber,
      head.examNumberCol >= 0
        ? "学籍号和考号都为空:请至少填写其中一项(全国学籍号19位,或考号名单中的7位考号)"
        : "学籍号为空:请填写学生的全国学籍号(19位,以 G、J 或 L 开头)",
    );
  }
  const byNumber = number ? dir.byNumber.get(number) : undefined;
  if (number && !byNumber) {
    return fail(numberColumn, rawNumber, "学籍号在本县学籍中不存在:请核对学籍号(可在学生名单中查询),或先办理学籍登记");
  }
  const byExam = examNumber ? dir.byExamNumber.get(examNumber) : undefined;
  if (examNumber && !byExam) {
    return fail(
      examColumn,
      rawExam,
      `考号「${examNumber}」不在本次考试的考号名单中:请对照考号名单核对(考号共7位,如 0010023),或改填学籍号`,
    );
  }
  const who = (byNumber ?? byExam)!;
  const place = dir.roster.get(who.id) ?? dir.enrolled.get(who.id);
  const inScope = !!place && (scope.kind === "county" || place.schoolId === scope.schoolId);
  if (byNumber && byExam && byNumber.id !== byExam.id) {
    const own = inScope ? dir.roster.get(byNumber.id)?.examNumber : null;
    return fail(
      examColumn,
      rawExam,
      `考号与学籍号不是同一名学生${own ? `(该学籍号的考号是 ${own})` : ""}:请对照考号名单改正考号或学籍号;两列都填时必须一致,也可删去其中一列`,
    );
  }
  const column = byNumber ? numberColumn : examColumn;
  const raw = byNumber ? rawNumber : rawExam;
  if (!place) {
    return fail(
      column,
      raw,
      `该学生不在${registry.schoolYearLabel(row.schoolYear)}${registry.gradeLabel(row.grade)}的在籍名单中:请核对学籍号或年级`,
    );
  }
  if (!inScope) return fail(column, raw, "该学生不是本校学生:学校只能导入本校学生的成绩,请删除这一行");
  return { ok: true, who, place, onRoster: dir.roster.has(who.id), column, raw };
}
