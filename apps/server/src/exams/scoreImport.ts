/**
 * Score import (成绩导入): a wide file (one row per student, one column per subject, optional item columns
 * "数学-1") or a long file (学籍号, 科目, 成绩) is checked completely against the exam and the register — students
 * matched by national student number (全国学籍号), absent (缺考) kept distinct from 0, scores within 0..full marks,
 * item scores summing to the subject score, unknown or duplicate students, students outside the uploader's scope —
 * and nothing is written unless the whole file is clean (all or nothing).
 */
import { type auth, registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { enrollment, student } from "../registry/tables";
import type { ScoreTable } from "./scoreFile";
import { type ExamRow, rowsOf } from "./store";
import { examScore } from "./tables";

export type Layout = "wide" | "long";

export interface ScoreProblem {
  row: number;
  column: string;
  value: string;
  message: string;
  level: "error" | "warning";
}

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
  problems: ScoreProblem[];
  updates: StudentUpdate[];
}

const ABSENT = new Set(["缺考", "缺", "缺席", "缺考(缺)"]);
const NUMBER_HEADERS = ["全国学籍号", "学籍号", "学生学籍号"];

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

interface Column {
  index: number;
  header: string;
  subject: number;
  /** flattened item index, or −1 for the subject score */
  item: number;
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
  const problems: ScoreProblem[] = [];
  const header = table.header;
  const numberCol = header.findIndex((h) => NUMBER_HEADERS.includes(h));
  const nameCol = header.indexOf("姓名");
  const subjectCol = header.indexOf("科目");
  const scoreCol = header.findIndex((h) => h === "成绩" || h === "分数");
  const layout: Layout = subjectCol >= 0 && scoreCol >= 0 ? "long" : "wide";
  const fileProblem = (message: string) =>
    problems.push({ row: 1, column: "表头", value: "", message, level: "error" });
  if (numberCol < 0) {
    fileProblem("表头中没有「学籍号」列:请使用成绩模板,或在第一行加上「学籍号」列(全国学籍号,19位)");
  }
  const subjectIndex = (text: string) =>
    row.subjects.findIndex((s) => s.name === text || s.code === text.toLowerCase());
  // the flattened item index of each subject's first item
  const itemBase: number[] = [];
  let itemTotal = 0;
  for (const s of row.subjects) {
    itemBase.push(itemTotal);
    itemTotal += s.items?.length ?? 0;
  }
  const columns: Column[] = [];
  if (layout === "wide") {
    header.forEach((h, index) => {
      if (index === numberCol || index === nameCol || ["学校", "班级", "考号", "序号"].includes(h) || h === "") return;
      const k = subjectIndex(h);
      if (k >= 0) {
        columns.push({ index, header: h, subject: k, item: -1 });
        return;
      }
      const m = /^(.+?)[-—_](?:第)?([^-—_]+?)(?:题)?$/.exec(h);
      const ks = m ? subjectIndex(m[1]!) : -1;
      const items = ks >= 0 ? (row.subjects[ks]!.items ?? []) : [];
      const it = m ? items.findIndex((x) => x.number === m[2]) : -1;
      if (ks >= 0 && it >= 0) columns.push({ index, header: h, subject: ks, item: itemBase[ks]! + it });
      else {
        problems.push({
          row: 1,
          column: h,
          value: h,
          message: `表头「${h}」不是本次考试的科目或小题(科目:${row.subjects.map((s) => s.name).join("、")};小题写作「数学-1」):该列已忽略`,
          level: "warning",
        });
      }
    });
    if (!columns.some((c) => c.item === -1) && numberCol >= 0) {
      fileProblem(
        `表头中没有本次考试的科目列:请使用成绩模板,科目列名为 ${row.subjects.map((s) => `「${s.name}」`).join("")}`,
      );
    }
    for (const c of columns) {
      if (c.item >= 0 && !columns.some((d) => d.item === -1 && d.subject === c.subject)) {
        fileProblem(
          `有「${row.subjects[c.subject]!.name}」的小题分,但没有该科目的总分列:请加上「${row.subjects[c.subject]!.name}」列`,
        );
        break;
      }
    }
  }
  if (problems.some((p) => p.level === "error")) return summarize(layout, table, problems, [], row);

  // students by national number: the register, the exam's roster, and enrollment in the grade this year
  const numbers = [...new Set(table.rows.map((r) => normalizeNumber(r.cells[numberCol] ?? "")))].filter(Boolean);
  const known = new Map<string, { id: string; name: string }>();
  for (let i = 0; i < numbers.length; i += 5000) {
    const part = numbers.slice(i, i + 5000);
    const found = await rowsOf<{ id: string; n: string; name: string }>(
      db,
      sql`select s.id, s.student_number as n, p.name from ${student} s
        join person p on p.id = s.person_id
        where s.region_code = ${actor.regionCode} and s.student_number = any(${sql.param(part)}::text[])`,
    );
    for (const f of found) known.set(f.n, { id: f.id, name: f.name });
  }
  const ids = [...known.values()].map((k) => k.id);
  const roster = new Map<string, { schoolId: string; classId: string | null }>();
  const enrolled = new Map<string, { schoolId: string; classId: string | null }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const part = ids.slice(i, i + 5000);
    // one array parameter per query (not one parameter per id): much faster on both databases
    const anyOfPart = sql`any(${sql.param(part)}::uuid[])`;
    const onRoster = await db
      .select({ id: examScore.studentId, schoolId: examScore.schoolId, classId: examScore.classId })
      .from(examScore)
      .where(and(eq(examScore.examId, row.id), sql`${examScore.studentId} = ${anyOfPart}`));
    for (const r of onRoster) roster.set(r.id, r);
    const missing = part.filter((id) => !roster.has(id));
    if (missing.length === 0) continue;
    const inGrade = await db
      .select({ id: enrollment.studentId, schoolId: enrollment.schoolId, classId: enrollment.classId })
      .from(enrollment)
      .where(
        and(
          sql`${enrollment.studentId} = any(${sql.param(missing)}::uuid[])`,
          eq(enrollment.schoolYear, row.schoolYear),
          eq(enrollment.grade, row.grade),
          eq(enrollment.status, "enrolled"),
        ),
      );
    for (const r of inGrade) enrolled.set(r.id, r);
  }

  const updates = new Map<string, StudentUpdate>();
  const seen = new Map<string, number>();
  const gradeName = registry.gradeLabel(row.grade);
  const k = row.subjects.length;
  for (const r of table.rows) {
    const raw = r.cells[numberCol] ?? "";
    const number = normalizeNumber(raw);
    const err = (column: string, value: string, message: string) =>
      problems.push({ row: r.rowNumber, column, value, message, level: "error" });
    if (!number) {
      err(header[numberCol]!, raw, "学籍号为空:请填写学生的全国学籍号(19位,以 G、J 或 L 开头)");
      continue;
    }
    const who = known.get(number);
    if (!who) {
      err(header[numberCol]!, raw, "学籍号在本县学籍中不存在:请核对学籍号(可在学生名单中查询),或先办理学籍登记");
      continue;
    }
    const place = roster.get(who.id) ?? enrolled.get(who.id);
    if (!place) {
      err(
        header[numberCol]!,
        raw,
        `该学生不在${registry.schoolYearLabel(row.schoolYear)}${gradeName}的在籍名单中:请核对学籍号或年级`,
      );
      continue;
    }
    if (scope.kind !== "county" && place.schoolId !== scope.schoolId) {
      err(header[numberCol]!, raw, "该学生不是本校学生:学校只能导入本校学生的成绩,请删除这一行");
      continue;
    }
    if (nameCol >= 0) {
      const name = (r.cells[nameCol] ?? "").replace(/\s/g, "");
      if (name && name !== who.name) {
        problems.push({
          row: r.rowNumber,
          column: "姓名",
          value: name,
          message: `姓名与学籍不一致(学籍中为「${who.name}」):请核对学籍号是否填错`,
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
        newToRoster: !roster.has(who.id),
        scores: new Array(k).fill(undefined),
        items: new Array(itemTotal).fill(undefined),
      };
      updates.set(who.id, update);
    }
    if (layout === "wide") {
      const first = seen.get(who.id);
      if (first !== undefined) {
        err(header[numberCol]!, raw, `该学生重复出现(第${first}行已有):每名学生只填一行,请删除重复行`);
        continue;
      }
      seen.set(who.id, r.rowNumber);
      for (const c of columns) {
        const text = r.cells[c.index] ?? "";
        const max = c.item >= 0 ? itemMax(row, c) : row.subjects[c.subject]!.fullMarks;
        if (c.item >= 0 && text.trim() === "") {
          update.items[c.item] = null;
          continue;
        }
        const parsed = parseScore(text, max);
        if ("problem" in parsed) err(c.header, text, parsed.problem);
        else if (c.item >= 0) update.items[c.item] = parsed.value;
        else update.scores[c.subject] = parsed.value;
      }
      checkItemSums(row, itemBase, update, r.rowNumber, columns, problems);
    } else {
      const subjectText = r.cells[subjectCol] ?? "";
      const s = subjectIndex(subjectText.trim());
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
      const text = r.cells[scoreCol] ?? "";
      const parsed = parseScore(text, row.subjects[s]!.fullMarks);
      if ("problem" in parsed) err(header[scoreCol]!, text, parsed.problem);
      else update.scores[s] = parsed.value;
    }
  }
  const subjects =
    layout === "wide"
      ? columns.filter((c) => c.item === -1).map((c) => row.subjects[c.subject]!.name)
      : [...new Set(table.rows.map((r) => (r.cells[subjectCol] ?? "").trim()))].filter((s) => subjectIndex(s) >= 0);
  return summarize(layout, table, problems, [...updates.values()], row, subjects);
}

function itemMax(row: ExamRow, c: Column) {
  let base = 0;
  for (let s = 0; s < c.subject; s++) base += row.subjects[s]!.items?.length ?? 0;
  return row.subjects[c.subject]!.items![c.item - base]!.maxScore;
}

/** Item scores given for a subject must add up to its score; an absent subject has no item scores. */
function checkItemSums(
  row: ExamRow,
  itemBase: number[],
  u: StudentUpdate,
  rowNumber: number,
  columns: Column[],
  problems: ScoreProblem[],
) {
  row.subjects.forEach((s, k) => {
    const count = s.items?.length ?? 0;
    if (count === 0) return;
    const given = u.items.slice(itemBase[k]!, itemBase[k]! + count);
    if (given.every((v) => v === undefined)) return;
    const score = u.scores[k];
    const filled = given.filter((v): v is number => typeof v === "number");
    const column = columns.find((c) => c.subject === k && c.item === -1)?.header ?? s.name;
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
  });
}

function normalizeNumber(text: string): string {
  return text.replace(/[\s\u3000]/g, "").toUpperCase();
}

function summarize(
  layout: Layout,
  table: ScoreTable,
  problems: ScoreProblem[],
  updates: StudentUpdate[],
  row: ExamRow,
  subjects: string[] = [],
): ScoreValidation {
  const errors = problems.filter((p) => p.level === "error").length;
  void row;
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
 * not carry keep their values. Students new to the roster are added with their class. Bulk statements only.
 */
export async function writeScores(db: Db, row: ExamRow, updates: StudentUpdate[]) {
  const k = row.subjects.length;
  const fresh = updates.filter((u) => u.newToRoster);
  if (fresh.length > 0) {
    await db.execute(sql`insert into ${examScore} (exam_id, student_id, region_code, school_id, class_id, scores)
      select ${row.id}::uuid, u.s, ${row.regionCode}, u.sc, u.c, array_fill(null::double precision, array[${k}::int])
      from unnest(${sql.param(fresh.map((u) => u.studentId))}::uuid[], ${sql.param(fresh.map((u) => u.schoolId))}::uuid[],
        ${sql.param(fresh.map((u) => u.classId))}::uuid[]) as u(s, sc, c)`);
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
