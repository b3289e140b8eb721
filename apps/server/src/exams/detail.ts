/**
 * Figures beyond the group analysis, each from the snapshot and filtered by scope: value added against the baseline
 * exam, item analysis, and the student list (levels instead of scores where the policy asks for them).
 */
import { exams as core, registry } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { studentNamesById } from "../registry/examsIntake";
import { type Policy, policyFor, visibleGroups } from "./presentAnalysis";
import { type ExamSnapshot, snapshotAnalysis } from "./snapshot";

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

/**
 * Value added against the baseline exam: the total for schools and classes, each subject the two exams share for
 * schools and teachers. Students are matched by their register id.
 */
export function presentValueAdded(
  snap: ExamSnapshot,
  base: ExamSnapshot,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
) {
  const row = snap.exam;
  const minN = row.config.minValueAddedN;
  const policy = policyFor(row, scope);
  const visible = visibleGroups(snap, scope, teacherClassIds);
  const baseRow = new Map<string, number>();
  for (const [i, id] of base.studentIds.entries()) baseRow.set(id, i);
  const match = (prev: Float64Array) => {
    const out = new Float64Array(snap.columns.size).fill(Number.NaN);
    snap.studentIds.forEach((id, i) => {
      const j = baseRow.get(id);
      if (j !== undefined) out[i] = prev[j]!;
    });
    return out;
  };
  const present = (va: core.ValueAddedResult, kind: "schools" | "classes" | "teachers") => {
    const set = visible[kind];
    const names = snap[kind];
    return va.groups
      .filter((g) => set.has(g.group) && g.n > 0)
      .map(({ group, ...g }) => ({ id: names.ids[group]!, name: names.names[group]!, ...g }));
  };
  const subjects: {
    code: string;
    name: string;
    matched: number;
    slope: number | null;
    r2: number | null;
    schools: ReturnType<typeof present>;
    classes: ReturnType<typeof present>;
    teachers: ReturnType<typeof present>;
  }[] = [];
  const cur = snap.columns;
  const total = match(core.totalScores(base.columns.scores));
  const currentTotal = core.totalScores(cur.scores);
  const vaSchool = core.valueAdded(currentTotal, total, cur.school, cur.groups.schools, minN);
  const vaClass = core.valueAdded(currentTotal, total, cur.klass, cur.groups.classes, minN);
  subjects.push({
    code: core.TOTAL,
    name: "总分",
    matched: vaSchool.matched,
    slope: vaSchool.slope,
    r2: vaSchool.r2,
    schools: present(vaSchool, "schools"),
    classes: present(vaClass, "classes"),
    teachers: [],
  });
  row.subjects.forEach((s, k) => {
    const j = base.exam.subjects.findIndex((b) => b.code === s.code);
    if (j < 0) return;
    const prev = match(base.columns.scores[j]!);
    const x = cur.scores[k]!;
    const bySchool = core.valueAdded(x, prev, cur.school, cur.groups.schools, minN);
    const byTeacher = core.valueAdded(x, prev, cur.teacher[k]!, cur.groups.teachers, minN);
    subjects.push({
      code: s.code,
      name: s.name,
      matched: bySchool.matched,
      slope: bySchool.slope,
      r2: bySchool.r2,
      schools: present(bySchool, "schools"),
      classes: [],
      teachers: present(byTeacher, "teachers"),
    });
  });
  return {
    policy,
    baseline: { id: base.exam.id, name: base.exam.name, heldOn: base.exam.heldOn, grade: base.exam.grade },
    minN,
    subjects,
  };
}

/** Item analysis of one subject over the rows the actor may see (or one school of them). */
export function presentItems(snap: ExamSnapshot, subjectCode: string, mask: Uint8Array) {
  const k = snap.exam.subjects.findIndex((s) => s.code === subjectCode);
  const subject = snap.exam.subjects[k];
  if (!subject?.items || subject.items.length === 0) return null;
  const stats = core.itemAnalysis(snap.columns.scores[k]!, snap.items[k]!, subject.items, mask);
  let sat = 0;
  const x = snap.columns.scores[k]!;
  for (let r = 0; r < x.length; r++) if (mask[r] && !Number.isNaN(x[r]!)) sat++;
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
 * The students the actor may see with their results: scores (and T scores of the total) in scores mode, levels
 * only in levels mode; never a rank. Borderline flags (临界生) by the exam's lines on the total. The 学籍号 is
 * masked as everywhere (a G-type number is the resident ID): the full number only in the 考号名单 download asked
 * for with a reason, which the audit log keeps.
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
  const total = core.totalScores(cur.scores);
  const totalStats = analysis.subjects.at(-1)!;
  const fullTotal = totalStats.fullMarks;
  const classCode = q.classId ? snap.classes.ids.indexOf(q.classId) : null;
  const schoolCode = q.schoolId ? snap.schools.ids.indexOf(q.schoolId) : null;
  const rows: number[] = [];
  for (let r = 0; r < cur.size; r++) {
    if (!mask[r]) continue;
    if (classCode !== null && cur.klass[r] !== classCode) continue;
    if (schoolCode !== null && cur.school[r] !== schoolCode) continue;
    rows.push(r);
  }
  const borderlines = row.config.borderlines.map((b) => core.borderlineStudents(total, fullTotal, b));
  const flags = new Map<number, string[]>();
  for (const b of borderlines) for (const r of b.students) flags.set(r, [...(flags.get(r) ?? []), b.name]);
  const page = rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const names = await studentNamesById(
    db,
    page.map((r) => snap.studentIds[r]!),
  );
  const levelOf = (v: number, full: number) =>
    Number.isNaN(v) ? null : row.config.levels.names[core.levelIndex(v, full, row.config.levels)]!;
  const mean = totalStats.county.mean ?? 0;
  const sd = totalStats.county.sd ?? 0;
  const showScores = policy.mode === "scores";
  return {
    total: rows.length,
    borderlineCounts: borderlines.map((b) => ({
      name: b.name,
      line: b.line,
      from: b.from,
      count: b.students.filter((r) => mask[r]).length,
    })),
    rows: page.map((r) => {
      const id = snap.studentIds[r]!;
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
        borderline: showScores ? (flags.get(r) ?? []) : [],
      };
    }),
  };
}
