/**
 * Figures beyond the group analysis, each from the snapshot and filtered by scope: value added against the baseline
 * exam, item analysis, and the student list (levels instead of scores where the policy asks for them).
 */
import { exams as core, registry } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { studentNamesById } from "../registry/examsIntake";
import { rowsIn, studentIdAt, studentIdBytes } from "./matchStudents";
import { type Policy, policyFor, visibleGroups } from "./presentAnalysis";
import { type ExamSnapshot, keptOn, snapshotAnalysis } from "./snapshot";

/** Rows of the snapshot an actor may see: the county, their school, or a teacher's classes. */
export function visibleRows(snap: ExamSnapshot, scope: ReadableScope, teacherClassIds: Set<string> | null) {
  const mask = new Uint8Array(snap.columns.size);
  if (scope.kind === "county") return mask.fill(1);
  const schoolCode = snap.schools.ids.indexOf(scope.schoolId);
  const classOk = new Uint8Array(snap.classes.ids.length);
  snap.classes.ids.forEach((id, i) => {
    classOk[i] = scope.kind === "school" || teacherClassIds?.has(id) ? 1 : 0;
  });
  const { school, klass } = snap.columns;
  for (let r = 0; r < mask.length; r++) {
    if (school[r] !== schoolCode) continue;
    if (scope.kind === "school" || (klass[r]! >= 0 && classOk[klass[r]!])) mask[r] = 1;
  }
  return mask;
}

/** One subject's (or the total's) value added by level, before any reader's scope; null for a level not reported. */
interface ValueAddedOfSubject {
  code: string;
  name: string;
  schools: core.ValueAddedResult;
  classes: core.ValueAddedResult | null;
  teachers: core.ValueAddedResult | null;
}

/**
 * Value added against the baseline exam, for every group: the total for schools and classes, each subject the two
 * exams share for schools and teachers; or only the subject asked for. Students are matched by their register id,
 * once per pair; each subject is worked out when first asked and kept with the snapshot, as every reader and page
 * asks again (at a province's scale the first subject takes about half a second with the matching, all of them
 * 1.8 s; bench/exams.ts).
 */
function valueAddedOf(snap: ExamSnapshot, base: ExamSnapshot, only?: string): ValueAddedOfSubject[] {
  const rowInBase = () =>
    keptOn(snap, `valueAdded:${base.key}:rows`, () => rowsIn(studentIdBytes(snap), studentIdBytes(base)));
  const out: ValueAddedOfSubject[] = [];
  for (const code of [core.TOTAL, ...snap.exam.subjects.map((s) => s.code)]) {
    if (only && code !== only) continue;
    const figures = keptOn(snap, `valueAdded:${base.key}:${code}`, () =>
      subjectValueAdded(snap, base, rowInBase(), code),
    );
    if (figures) out.push(figures);
  }
  return out;
}

/**
 * One subject's value added (the total's for schools and classes, a subject's for schools and teachers: one
 * regression for both levels), keeping only the groups with matched students (a province's teacher codes are
 * 100,000 in every subject); null when the baseline lacks the subject.
 */
function subjectValueAdded(
  snap: ExamSnapshot,
  base: ExamSnapshot,
  rowInBase: Int32Array,
  code: string,
): ValueAddedOfSubject | null {
  const cur = snap.columns;
  const match = (prev: Float64Array) => {
    const out = new Float64Array(cur.size);
    for (let i = 0; i < out.length; i++) out[i] = rowInBase[i]! < 0 ? Number.NaN : prev[rowInBase[i]!]!;
    return out;
  };
  const minN = snap.exam.config.minValueAddedN;
  const schools = { group: cur.school, groups: cur.groups.schools };
  if (code === core.TOTAL) {
    const [bySchool, byClass] = core.valueAddedByGroupings(
      core.totalScores(cur.scores),
      match(core.totalScores(base.columns.scores)),
      [schools, { group: cur.klass, groups: cur.groups.classes }],
      minN,
    );
    return { code, name: "总分", schools: bySchool!, classes: byClass!, teachers: null };
  }
  const k = snap.exam.subjects.findIndex((s) => s.code === code);
  const j = base.exam.subjects.findIndex((b) => b.code === code);
  if (j < 0) return null;
  const [bySchool, byTeacher] = core.valueAddedByGroupings(
    cur.scores[k]!,
    match(base.columns.scores[j]!),
    [schools, { group: cur.teacher[k]!, groups: cur.groups.teachers }],
    minN,
  );
  return { code, name: snap.exam.subjects[k]!.name, schools: bySchool!, classes: null, teachers: byTeacher! };
}

export interface ValueAddedQuery {
  /** one subject (or the total) by code; every subject when absent */
  subject?: string;
  /** one level's groups (the others sent empty); every level when absent */
  level?: "school" | "class" | "teacher";
  /** the school, classes and teachers of one school */
  schoolId?: string;
  /** these groups only (a page of teachers) */
  groupIds?: string[];
}

/**
 * Value added against the baseline exam as a reader may see it, narrowed to a subject, a level, a school or some
 * groups (a province's in full is some 30 MB). A subject the exam does not have, or a school outside the reader's
 * scope, is reported as not found; a subject the baseline lacks is left out, as in the whole answer.
 *
 * @returns what was not found ("科目", "学校"), or the view
 */
export function presentValueAdded(
  snap: ExamSnapshot,
  base: ExamSnapshot,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
  q: ValueAddedQuery = {},
) {
  const row = snap.exam;
  if (q.subject && q.subject !== core.TOTAL && !row.subjects.some((s) => s.code === q.subject)) {
    return { missing: "科目" as const };
  }
  const visible = visibleGroups(snap, scope, teacherClassIds);
  let school = -1;
  if (q.schoolId) {
    school = snap.schools.ids.indexOf(q.schoolId);
    if (school < 0 || !visible.schools.has(school)) return { missing: "学校" as const };
  }
  const only = q.groupIds ? new Set(q.groupIds) : null;
  const levelOf = { schools: "school", classes: "class", teachers: "teacher" } as const;
  const present = (va: core.ValueAddedResult | null, kind: "schools" | "classes" | "teachers") => {
    if (!va || (q.level && q.level !== levelOf[kind])) return [];
    const set = visible[kind];
    const names = snap[kind];
    const inSchool = (group: number) => school < 0 || (kind === "schools" ? group : names.school![group]) === school;
    return va.groups
      .filter((g) => set.has(g.group) && inSchool(g.group) && (!only || only.has(names.ids[g.group]!)))
      .map(({ group, ...g }) => ({ id: names.ids[group]!, name: names.names[group]!, ...g }));
  };
  const subjects = valueAddedOf(snap, base, q.subject).map((s) => ({
    code: s.code,
    name: s.name,
    matched: s.schools.matched,
    slope: s.schools.slope,
    r2: s.schools.r2,
    schools: present(s.schools, "schools"),
    classes: present(s.classes, "classes"),
    teachers: present(s.teachers, "teachers"),
  }));
  return {
    view: {
      policy: policyFor(row, scope),
      baseline: { id: base.exam.id, name: base.exam.name, heldOn: base.exam.heldOn, grade: base.exam.grade },
      minN: row.config.minValueAddedN,
      subjects,
    },
  };
}

/**
 * Item analysis of one subject over the rows the reader may see, or one school of them. The bureau's whole cohort is
 * the same for every bureau reader and is kept with the snapshot (a province's 20 items take a few hundred ms); a
 * school's or a teacher's rows are counted each time.
 *
 * @returns what was not found ("学校": not one the reader may see; "该科目的小题结构"), or the view
 */
export function presentItems(
  snap: ExamSnapshot,
  subjectCode: string,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
  schoolId?: string,
) {
  let items: ReturnType<typeof itemsOf>;
  if (scope.kind === "county" && !schoolId) {
    items = keptOn(snap, `items:${subjectCode}`, () => itemsOf(snap, subjectCode, null));
  } else {
    const mask = visibleRows(snap, scope, teacherClassIds);
    if (schoolId) {
      const code = snap.schools.ids.indexOf(schoolId);
      if (code < 0 || (scope.kind !== "county" && scope.schoolId !== schoolId)) return { missing: "学校" as const };
      for (let r = 0; r < mask.length; r++) if (snap.columns.school[r] !== code) mask[r] = 0;
    }
    items = itemsOf(snap, subjectCode, mask);
  }
  return items ? { view: items } : { missing: "该科目的小题结构" as const };
}

function itemsOf(snap: ExamSnapshot, subjectCode: string, mask: Uint8Array | null) {
  const k = snap.exam.subjects.findIndex((s) => s.code === subjectCode);
  const subject = snap.exam.subjects[k];
  if (!subject?.items || subject.items.length === 0) return null;
  const x = snap.columns.scores[k]!;
  const stats = core.itemAnalysis(x, snap.items[k]!, subject.items, mask ?? undefined);
  let sat = 0;
  for (let r = 0; r < x.length; r++) if ((!mask || mask[r]) && !Number.isNaN(x[r]!)) sat++;
  return {
    subject: { code: subject.code, name: subject.name, fullMarks: subject.fullMarks },
    sat,
    items: stats.map((s) => ({
      ...s,
      qualityLabel: s.quality ? core.discriminationQualityLabels[s.quality] : null,
      difficultyLabel: s.difficultyBand ? core.difficultyBandLabels[s.difficultyBand] : null,
    })),
  };
}

/**
 * What every reader's student list starts from, the same for a snapshot and kept with it (a province's are a million
 * rows each): each student's total, and each borderline line's students (for the counts).
 */
function studentListBasis(snap: ExamSnapshot, fullTotal: number) {
  return keptOn(snap, "studentList", () => {
    const total = core.totalScores(snap.columns.scores);
    return {
      total,
      borderlines: snap.exam.config.borderlines.map((b) => core.borderlineStudents(total, fullTotal, b)),
    };
  });
}

/**
 * The students the actor may see with their results: scores (and T scores of the total) in scores mode, levels
 * only in levels mode; never a rank. Borderline flags (临界生) by the exam's lines on the total. The 学籍号 is
 * masked as everywhere (a G-type number is the resident ID): the full number only in the 考号名单 download asked
 * for with a reason, which the audit log keeps. One pass over the rows counts them and keeps the page's; only the
 * page's students are looked up.
 */
export async function presentStudents(
  db: Db,
  snap: ExamSnapshot,
  policy: Policy,
  mask: Uint8Array,
  q: { classId?: string; schoolId?: string; page: number; pageSize: number },
) {
  const row = snap.exam;
  const analysis = await snapshotAnalysis(snap);
  const cur = snap.columns;
  const totalStats = analysis.subjects.at(-1)!;
  const fullTotal = totalStats.fullMarks;
  const { total, borderlines } = studentListBasis(snap, fullTotal);
  const classCode = q.classId ? snap.classes.ids.indexOf(q.classId) : null;
  const schoolCode = q.schoolId ? snap.schools.ids.indexOf(q.schoolId) : null;
  const from = (q.page - 1) * q.pageSize;
  const page: number[] = [];
  let count = 0;
  for (let r = 0; r < cur.size; r++) {
    if (!mask[r]) continue;
    if (classCode !== null && cur.klass[r] !== classCode) continue;
    if (schoolCode !== null && cur.school[r] !== schoolCode) continue;
    if (count >= from && page.length < q.pageSize) page.push(r);
    count++;
  }
  const ids = page.map((r) => studentIdAt(snap, r));
  const names = await studentNamesById(db, ids);
  const levelOf = (v: number, full: number) =>
    Number.isNaN(v) ? null : row.config.levels.names[core.levelIndex(v, full, row.config.levels)]!;
  const mean = totalStats.county.mean ?? 0;
  const sd = totalStats.county.sd ?? 0;
  const showScores = policy.mode === "scores";
  return {
    total: count,
    borderlineCounts: borderlines.map((b) => {
      let inView = 0;
      for (const r of b.students) if (mask[r]) inView++;
      return { name: b.name, line: b.line, from: b.from, count: inView };
    }),
    rows: page.map((r, i) => {
      const id = ids[i]!;
      const c = cur.klass[r]!;
      const t = total[r]!;
      return {
        id,
        name: names.get(id)?.name ?? "",
        studentNumber: registry.maskStudentNumber(names.get(id)?.studentNumber ?? ""),
        schoolName: snap.schools.names[cur.school[r]!]!,
        className: c >= 0 ? snap.classes.names[c]! : "未分班",
        subjects: row.subjects.map((s, k) => {
          const v = cur.scores[k]![r]!;
          return {
            code: s.code,
            absent: Number.isNaN(v),
            score: showScores && !Number.isNaN(v) ? v : null,
            level: levelOf(v, s.fullMarks),
          };
        }),
        total: showScores && !Number.isNaN(t) ? t : null,
        totalLevel: levelOf(t, fullTotal),
        tScore: showScores && !Number.isNaN(t) ? core.tScore(sd > 0 ? (t - mean) / sd : 0) : null,
        // a line's borderline students, as borderlineStudents finds them: line − buffer ≤ total < line
        borderline: showScores ? borderlines.filter((b) => t >= b.from && t < b.line).map((b) => b.name) : [],
      };
    }),
  };
}
