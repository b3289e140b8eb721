/**
 * Score import (成绩导入): a wide file (one row per student, one column per subject, optional item columns
 * "数学-1") or a long file (学籍号, 科目, 成绩, optional item columns by item number) is checked completely against the
 * exam and the register — students matched by national student number (全国学籍号) or exam number (考号), absent
 * (缺考) kept distinct from 0, scores within 0..full marks, item scores within their maximum and summing to the
 * subject score, unknown or duplicate students, students outside the uploader's scope — and nothing is written
 * unless the whole file is clean (all or nothing).
 */
import { type auth, exams as core } from "@edubureau/core";
import { sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import type { ImportProblem } from "../excel/problems";
import { assignExamNumbers } from "./examNumbers";
import type { ScoreTable } from "./scoreFile";
import { type Layout, readScoreHeader, type ScoreHeader, subjectIndexOf } from "./scoreHeader";
import { matchStudent, studentDirectory } from "./scoreMatch";
import { type ExamRow, rowsOf } from "./store";
import { examScore } from "./tables";

export type { Layout } from "./scoreHeader";

/** One student's values from the file: per subject a score, null for absent, undefined when the file has none. */
export interface StudentUpdate {
  studentId: string;
  schoolId: string;
  classId: string | null;
  /** not yet on the exam's roster (enrolled in the grade since the exam was created) */
  newToRoster: boolean;
  scores: (number | null | undefined)[];
  /** per flattened item, undefined when the file has none */
  items: (number | null | undefined)[];
}

export interface ScoreValidation {
  layout: Layout;
  rows: number;
  students: number;
  errors: number;
  warnings: number;
  /** subjects the file carries, by name */
  subjects: string[];
  problems: ImportProblem[];
  updates: StudentUpdate[];
}

const ABSENT = new Set(["缺考", "缺", "缺席", "缺考(缺)"]);

/** A score cell: a number of at most two decimals, "缺考" for absent; anything else is a problem. */
export function parseScore(text: string, fullMarks: number): { value: number | null } | { problem: string } {
  const t = text.replace(/[\s\u3000]/g, "");
  if (t === "") return { problem: "成绩为空:请填写分数;未参加考试请填写「缺考」(0 分请填 0)" };
  if (ABSENT.has(t)) return { value: null };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) {
    return { problem: `「${text}」不是有效的分数:请填写数字(最多两位小数),未参加考试填写「缺考」` };
  }
  const v = Number(t);
  if (v > fullMarks) return { problem: `分数 ${v} 超过满分 ${fullMarks}:请核对后改正` };
  return { value: v };
}

/**
 * Validates a score table for an exam within the uploader's scope.
 *
 * @returns the problems (row by row), and the updates it would write when there are no errors
 */
export async function validateScores(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  row: ExamRow,
  table: ScoreTable,
): Promise<ScoreValidation> {
  const header = table.header;
  const head = readScoreHeader(row, header);
  const problems = head.problems;
  const { layout, columns } = head;
  if (problems.some((p) => p.level === "error")) return summarize(layout, table, problems, []);

  const dir = await studentDirectory(db, actor, row, table, head);
  const updates = new Map<string, StudentUpdate>();
  const seen = new Map<string, number>();
  const k = row.subjects.length;
  for (const r of table.rows) {
    const err = (column: string, value: string, message: string) =>
      problems.push({ row: r.rowNumber, column, value, message, level: "error" });
    const match = matchStudent(dir, row, scope, head, header, r);
    if (!match.ok) {
      problems.push(match.problem);
      continue;
    }
    const { who, place } = match;
    if (head.nameCol >= 0) {
      const name = (r.cells[head.nameCol] ?? "").replace(/\s/g, "");
      if (name && name !== who.name) {
        problems.push({
          row: r.rowNumber,
          column: "姓名",
          value: name,
          message: `姓名与学籍不一致(学籍中为「${who.name}」):请核对${match.column}是否填错`,
          level: "warning",
        });
      }
    }
    let update = updates.get(who.id);
    if (!update) {
      update = {
        studentId: who.id,
        schoolId: place.schoolId,
        classId: place.classId,
        newToRoster: !match.onRoster,
        scores: new Array(k).fill(undefined),
        items: new Array(head.itemTotal).fill(undefined),
      };
      updates.set(who.id, update);
    }
    if (layout === "wide") {
      const first = seen.get(who.id);
      if (first !== undefined) {
        err(match.column, match.raw, `该学生重复出现(第${first}行已有):每名学生只填一行,请删除重复行`);
        continue;
      }
      seen.set(who.id, r.rowNumber);
      // a subject with a wrong item cell is not summed: the wrong cell is the one problem to fix
      const badItems = new Set<number>();
      for (const c of columns) {
        const text = r.cells[c.index] ?? "";
        if (c.item >= 0 && text.trim() === "") {
          update.items[c.item] = null;
          continue;
        }
        const parsed = parseScore(
          text,
          c.item >= 0 ? itemMax(row, head, c.subject, c.item) : row.subjects[c.subject]!.fullMarks,
        );
        if ("problem" in parsed) {
          err(c.header, text, parsed.problem);
          if (c.item >= 0) badItems.add(c.subject);
        } else if (c.item >= 0) update.items[c.item] = parsed.value;
        else update.scores[c.subject] = parsed.value;
      }
      row.subjects.forEach((_, s) => {
        if (badItems.has(s)) return;
        const column = columns.find((c) => c.subject === s && c.item === -1)?.header ?? row.subjects[s]!.name;
        checkItemSum(row, head, update, s, r.rowNumber, column, problems);
      });
    } else {
      const subjectText = r.cells[head.subjectCol] ?? "";
      const s = subjectIndexOf(row, subjectText.trim());
      if (s < 0) {
        err(
          "科目",
          subjectText,
          `「${subjectText}」不是本次考试的科目:应为 ${row.subjects.map((x) => x.name).join("、")} 之一`,
        );
        continue;
      }
      const key = `${who.id}:${s}`;
      const first = seen.get(key);
      if (first !== undefined) {
        err("科目", subjectText, `该学生的${row.subjects[s]!.name}成绩重复(第${first}行已有):请删除重复行`);
        continue;
      }
      seen.set(key, r.rowNumber);
      const text = r.cells[head.scoreCol] ?? "";
      const parsed = parseScore(text, row.subjects[s]!.fullMarks);
      if ("problem" in parsed) err(header[head.scoreCol]!, text, parsed.problem);
      else update.scores[s] = parsed.value;
      if (readLongItems(row, head, r, s, update, err)) {
        checkItemSum(row, head, update, s, r.rowNumber, header[head.scoreCol]!, problems);
      }
    }
  }
  const subjects =
    layout === "wide"
      ? columns.filter((c) => c.item === -1).map((c) => row.subjects[c.subject]!.name)
      : [...new Set(table.rows.map((r) => (r.cells[head.subjectCol] ?? "").trim()))].filter(
          (s) => subjectIndexOf(row, s) >= 0,
        );
  return summarize(layout, table, problems, [...updates.values()], subjects);
}

/** The maximum of a flattened item of a subject. */
function itemMax(row: ExamRow, head: ScoreHeader, subject: number, item: number) {
  return row.subjects[subject]!.items![item - head.itemBase[subject]!]!.maxScore;
}

/**
 * A long row's item scores: the item columns of the row's subject (by number, or "数学-1" naming it). All empty:
 * the row carries no items. Otherwise each is checked against its maximum; an empty one is left unfilled (reported
 * by the sum check). A value in a column that is not an item of the row's subject is an error.
 *
 * @returns whether the row carries item scores that can be summed (some given, none of them wrong)
 */
function readLongItems(
  row: ExamRow,
  head: ScoreHeader,
  r: ScoreTable["rows"][number],
  s: number,
  u: StudentUpdate,
  err: (column: string, value: string, message: string) => void,
): boolean {
  const subject = row.subjects[s]!;
  const specs = subject.items ?? [];
  const mine: { header: string; text: string; item: number }[] = [];
  for (const c of head.columns) {
    const text = (r.cells[c.index] ?? "").trim();
    if (c.subject === s) mine.push({ header: c.header, text, item: c.item });
    else if (text !== "")
      err(c.header, text, `本行科目是${subject.name},「${c.header}」列应留空(每行只填本行科目的小题分)`);
  }
  for (const c of head.itemColumns) {
    const text = (r.cells[c.index] ?? "").trim();
    const j = specs.findIndex((it) => core.itemNumberKey(it.number) === c.number);
    if (j >= 0) mine.push({ header: c.header, text, item: head.itemBase[s]! + j });
    else if (text !== "") {
      err(
        c.header,
        text,
        specs.length > 0
          ? `${subject.name}没有第 ${c.number} 小题(小题为 ${specs.map((it) => it.number).join("、")}):该格应留空`
          : `${subject.name}没有设置小题结构:该格应留空,或请教研室在考试设置中添加小题`,
      );
    }
  }
  if (mine.every((m) => m.text === "")) return false;
  let clean = true;
  for (const m of mine) {
    if (m.text === "") {
      u.items[m.item] = null;
      continue;
    }
    const parsed = parseScore(m.text, itemMax(row, head, s, m.item));
    if ("problem" in parsed) {
      err(m.header, m.text, parsed.problem);
      clean = false;
    } else u.items[m.item] = parsed.value;
  }
  return clean;
}

/** Item scores given for a subject must add up to its score, all of them filled; an absent subject has none. */
function checkItemSum(
  row: ExamRow,
  head: ScoreHeader,
  u: StudentUpdate,
  k: number,
  rowNumber: number,
  column: string,
  problems: ImportProblem[],
) {
  const s = row.subjects[k]!;
  const count = s.items?.length ?? 0;
  if (count === 0) return;
  const given = u.items.slice(head.itemBase[k]!, head.itemBase[k]! + count);
  if (given.every((v) => v === undefined)) return;
  const score = u.scores[k];
  const filled = given.filter((v): v is number => typeof v === "number");
  if (score === null) {
    if (filled.length > 0) {
      problems.push({
        row: rowNumber,
        column,
        value: "缺考",
        message: `${s.name}填为缺考,但有小题分:缺考的学生小题分应留空`,
        level: "error",
      });
    }
    return;
  }
  if (score === undefined) return;
  const sum = filled.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - score) > 1e-6 || filled.length < count) {
    problems.push({
      row: rowNumber,
      column,
      value: String(score),
      message:
        filled.length < count
          ? `${s.name}有 ${count - filled.length} 道小题未填分:请补全(得 0 分填 0)`
          : `${s.name}各小题得分之和为 ${Math.round(sum * 100) / 100},与科目成绩 ${score} 不一致:请核对`,
      level: "error",
    });
  }
}

function summarize(
  layout: Layout,
  table: ScoreTable,
  problems: ImportProblem[],
  updates: StudentUpdate[],
  subjects: string[] = [],
): ScoreValidation {
  const errors = problems.filter((p) => p.level === "error").length;
  return {
    layout,
    rows: table.rows.length,
    students: updates.length,
    errors,
    warnings: problems.length - errors,
    subjects,
    problems,
    updates,
  };
}

/**
 * Writes validated updates into a draft exam, merging into each student's row: subjects and items the file does
 * not carry keep their values. Students new to the roster are added with their class and get the next exam numbers
 * (考号) of their school. Bulk statements only.
 */
export async function writeScores(db: Db, row: ExamRow, updates: StudentUpdate[]) {
  const k = row.subjects.length;
  const fresh = updates.filter((u) => u.newToRoster);
  if (fresh.length > 0) {
    await db.execute(sql`insert into ${examScore} (exam_id, student_id, region_code, school_id, class_id, scores)
      select ${row.id}::uuid, u.s, ${row.regionCode}, u.sc, u.c, array_fill(null::double precision, array[${k}::int])
      from unnest(${sql.param(fresh.map((u) => u.studentId))}::uuid[], ${sql.param(fresh.map((u) => u.schoolId))}::uuid[],
        ${sql.param(fresh.map((u) => u.classId))}::uuid[]) as u(s, sc, c)`);
    await assignExamNumbers(db, row.id);
  }
  const itemTotal = row.subjects.reduce((m, s) => m + (s.items?.length ?? 0), 0);
  for (let i = 0; i < updates.length; i += 10_000) {
    const part = updates.slice(i, i + 10_000);
    // a file with every subject (and no items) replaces whole rows: nothing to merge, nothing to read first
    const merging = part.some((u) => u.scores.includes(undefined) || u.items.some((v) => v !== undefined));
    const existing = !merging
      ? []
      : await rowsOf<{ s: string; x: string; i: string | null }>(
          db,
          sql`select student_id as s, array_to_string(scores, ',', '') as x,
        array_to_string(items, ',', '') as i
      from ${examScore} where exam_id = ${row.id} and student_id = any(${sql.param(part.map((u) => u.studentId))}::uuid[])`,
        );
    const old = new Map(existing.map((r) => [r.s, { x: r.x, i: r.i }]));
    const ids: string[] = [];
    const scoreTexts: string[] = [];
    const itemTexts: (string | null)[] = [];
    for (const u of part) {
      const prev = old.get(u.studentId);
      const prevScores = splitRow(prev?.x ?? null, k);
      const scores = u.scores.map((v, s) => (v === undefined ? prevScores[s]! : v));
      ids.push(u.studentId);
      scoreTexts.push(`{${scores.map((v) => (v === null ? "NULL" : String(v))).join(",")}}`);
      if (itemTotal > 0 && u.items.some((v) => v !== undefined)) {
        const prevItems = splitRow(prev?.i ?? null, itemTotal);
        const items = u.items.map((v, j) => (v === undefined ? prevItems[j]! : v));
        itemTexts.push(`{${items.map((v) => (v === null ? "NULL" : String(v))).join(",")}}`);
      } else itemTexts.push(null);
    }
    await db.execute(sql`update ${examScore} e set scores = u.x::double precision[],
        items = coalesce(u.i::double precision[], e.items)
      from unnest(${sql.param(ids)}::uuid[], ${sql.param(scoreTexts)}::text[], ${sql.param(itemTexts)}::text[]) as u(s, x, i)
      where e.exam_id = ${row.id} and e.student_id = u.s`);
  }
}

function splitRow(text: string | null, n: number): (number | null)[] {
  const parts = text === null ? [] : text.split(",");
  return Array.from({ length: n }, (_, i) => (parts[i] === undefined || parts[i] === "" ? null : Number(parts[i])));
}
