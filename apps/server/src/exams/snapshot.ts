/**
 * The columnar snapshot of an exam version (architecture.md, performance habits): the cohort's scores loaded from
 * the database in one query, ordered by school and class, into typed arrays with group codes, plus the names the
 * reports show. A published version never changes, so its snapshot and analysis are computed once and kept; a draft
 * is keyed by its last change.
 */
import { exams as core } from "@edubureau/core";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { person, school, schoolClass, staff, student } from "../registry/tables";
import { anyId, type ExamRow, rowsOf } from "./store";
import { examScore, examTeacher } from "./tables";

export interface GroupNames {
  ids: string[];
  names: string[];
  /** for classes and teachers: the school code they belong to */
  school?: Int32Array;
}

export interface ExamSnapshot {
  key: string;
  exam: ExamRow;
  columns: core.ExamColumns;
  /** per subject, per item: each student's item score (NaN absent); empty for a subject without items */
  items: Float64Array[][];
  studentIds: string[];
  schools: GroupNames;
  classes: GroupNames;
  teachers: GroupNames;
  /** memoized analysis of this snapshot */
  analysis?: core.ExamAnalysis;
}

const CACHE_SIZE = 8;
const cache = new Map<string, Promise<ExamSnapshot>>();

/** The snapshot of an exam version, from the cache when it is current. */
export function examSnapshot(db: Db, row: ExamRow): Promise<ExamSnapshot> {
  const key = `${row.id}:${row.status === "draft" ? row.updatedAt.getTime() : "published"}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const loading = loadSnapshot(db, row, key);
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return loading;
}

/** Drops every cached snapshot (tests; a restore). */
export function clearSnapshotCache() {
  cache.clear();
}

/** The snapshot's analysis, computed once. */
export function snapshotAnalysis(snap: ExamSnapshot): core.ExamAnalysis {
  snap.analysis ??= core.analyzeExam(snap.columns, snap.exam.config);
  return snap.analysis;
}

/** Parses "85,,92.5" (array_to_string with '' for null) into a row of a column set, NaN for empty. */
function parseInto(text: string | null, columns: Float64Array[], row: number) {
  if (!text) return;
  let k = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 44) {
      if (i > start && k < columns.length) columns[k]![row] = Number(text.slice(start, i));
      k++;
      start = i + 1;
    }
  }
}

export async function loadSnapshot(db: Db, row: ExamRow, key = row.id): Promise<ExamSnapshot> {
  // one row per class (students aggregated into strings): several times faster than a row per student, above all
  // on the embedded database, whose per-row cost dominates
  const groups = await rowsOf<{ sc: string; c: string | null; n: number; s: string; x: string; i: string | null }>(
    db,
    sql`select ${examScore.schoolId} as sc, ${examScore.classId} as c, count(*)::int as n,
        string_agg(${examScore.studentId}::text, ',' order by ${examScore.studentId}) as s,
        string_agg(array_to_string(${examScore.scores}, ',', ''), ';' order by ${examScore.studentId}) as x,
        string_agg(coalesce(array_to_string(${examScore.items}, ',', ''), ''), ';' order by ${examScore.studentId}) as i
      from ${examScore} where ${examScore.examId} = ${row.id}
      group by ${examScore.schoolId}, ${examScore.classId}
      order by ${examScore.schoolId}, ${examScore.classId} nulls last`,
  );
  const n = groups.reduce((m, g) => m + g.n, 0);
  const subjects = row.subjects;
  const scores = subjects.map(() => new Float64Array(n).fill(Number.NaN));
  const itemCount = subjects.reduce((m, s) => m + (s.items?.length ?? 0), 0);
  const flatItems = Array.from({ length: itemCount }, () => new Float64Array(n).fill(Number.NaN));
  const schoolCode = new Map<string, number>();
  const classCode = new Map<string, number>();
  const school = new Int32Array(n);
  const klass = new Int32Array(n);
  const studentIds = new Array<string>(n);
  const classSchool: number[] = [];
  let r = 0;
  for (const g of groups) {
    let sc = schoolCode.get(g.sc);
    if (sc === undefined) {
      sc = schoolCode.size;
      schoolCode.set(g.sc, sc);
    }
    let c = -1;
    if (g.c) {
      c = classCode.size;
      classCode.set(g.c, c);
      classSchool.push(sc);
    }
    const ids = g.s.split(",");
    const xs = g.x.split(";");
    const is = itemCount > 0 && g.i ? g.i.split(";") : null;
    for (let j = 0; j < ids.length; j++, r++) {
      studentIds[r] = ids[j]!;
      school[r] = sc;
      klass[r] = c;
      parseInto(xs[j] ?? null, scores, r);
      if (is) parseInto(is[j] ?? null, flatItems, r);
    }
  }
  // teachers through the class–subject–teacher assignments copied with the exam
  const assignments = await db
    .select({ classId: examTeacher.classId, subject: examTeacher.subject, staffId: examTeacher.staffId })
    .from(examTeacher)
    .where(eq(examTeacher.examId, row.id));
  const teacherCode = new Map<string, number>();
  const teacherSchool: number[] = [];
  const bySubject = new Map<string, Int32Array>();
  for (const a of assignments) {
    const c = classCode.get(a.classId);
    if (c === undefined) continue;
    let t = teacherCode.get(a.staffId);
    if (t === undefined) {
      t = teacherCode.size;
      teacherCode.set(a.staffId, t);
      teacherSchool.push(classSchool[c]!);
    }
    const perClass = bySubject.get(a.subject) ?? new Int32Array(classCode.size).fill(-1);
    perClass[c] = t;
    bySubject.set(a.subject, perClass);
  }
  const teacher = subjects.map((s) => {
    const perClass = bySubject.get(s.code);
    const out = new Int32Array(n).fill(-1);
    if (perClass) for (let r = 0; r < n; r++) if (klass[r]! >= 0) out[r] = perClass[klass[r]!]!;
    return out;
  });
  const items: Float64Array[][] = [];
  let next = 0;
  for (const s of subjects) {
    const count = s.items?.length ?? 0;
    items.push(flatItems.slice(next, next + count));
    next += count;
  }
  const [schoolNames, classNames, teacherNames] = await Promise.all([
    namesOf(db, "school", [...schoolCode.keys()]),
    namesOf(db, "class", [...classCode.keys()]),
    namesOf(db, "staff", [...teacherCode.keys()]),
  ]);
  return {
    key,
    exam: row,
    columns: {
      size: n,
      subjects: subjects.map((s) => ({ code: s.code, fullMarks: s.fullMarks })),
      scores,
      school,
      klass,
      teacher,
      groups: { schools: schoolCode.size, classes: classCode.size, teachers: teacherCode.size },
    },
    items,
    studentIds,
    schools: { ids: [...schoolCode.keys()], names: schoolNames },
    classes: { ids: [...classCode.keys()], names: classNames, school: Int32Array.from(classSchool) },
    teachers: { ids: [...teacherCode.keys()], names: teacherNames, school: Int32Array.from(teacherSchool) },
  };
}

/** Display names of schools, classes (school year grade and number) or staff, in the order of the ids. */
async function namesOf(db: Db, kind: "school" | "class" | "staff", ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  let pairs: { id: string; name: string }[];
  if (kind === "school") {
    pairs = await db.select({ id: school.id, name: school.name }).from(school).where(anyId(school.id, ids));
  } else if (kind === "class") {
    pairs = await db
      .select({ id: schoolClass.id, name: schoolClass.name })
      .from(schoolClass)
      .where(anyId(schoolClass.id, ids));
  } else {
    pairs = await db
      .select({ id: staff.id, name: person.name })
      .from(staff)
      .innerJoin(person, eq(person.id, staff.personId))
      .where(anyId(staff.id, ids));
  }
  const byId = new Map(pairs.map((p) => [p.id, p.name]));
  return ids.map((id) => byId.get(id) ?? "(未知)");
}

/** Names and national student numbers of students, for the student list (no personal data beyond the register's list). */
export async function studentNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; studentNumber: string }>();
  const rows = await db
    .select({ id: student.id, name: person.name, studentNumber: student.studentNumber })
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(anyId(student.id, ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, studentNumber: r.studentNumber }]));
}
