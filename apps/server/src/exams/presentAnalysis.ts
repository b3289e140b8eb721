/**
 * The analysis as each reader may see it (methods.md §6 policy): the bureau sees every school, class and teacher
 * with ranks marked 内部资料; a school sees the county for comparison and its own school, classes and teachers,
 * without ranks; a teacher sees the county, their school and their own classes and teaching groups. For a
 * non-graduating grade, school- and teacher-facing views report levels (等级), not scores of students.
 */
import { exams as core, registry } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import { type ExamSnapshot, snapshotAnalysis } from "./snapshot";
import type { ExamRow } from "./store";

export type ViewKind = "bureau" | "school" | "teacher";

export interface Policy {
  view: ViewKind;
  /** "scores": graduating grade or bureau view; "levels": non-graduating grade in a school- or teacher-facing view */
  mode: "scores" | "levels";
  /** ranks among schools, classes and teachers are shown (bureau only), always marked internal */
  ranks: boolean;
  /** the page is internal material (内部资料) */
  internal: boolean;
  /** the policy in one Chinese sentence, shown on every page */
  note: string;
}

/** The reporting policy of an exam for a data scope. */
export function policyFor(row: Pick<ExamRow, "graduating">, scope: ReadableScope): Policy {
  const view: ViewKind = scope.kind === "county" ? "bureau" : scope.kind === "school" ? "school" : "teacher";
  const mode = view === "bureau" || row.graduating ? "scores" : "levels";
  const ranks = view === "bureau";
  const grade = row.graduating ? "毕业年级" : "非毕业年级";
  const note =
    view === "bureau"
      ? `${grade}·教育局内部视图:含学校、班级、教师排序,仅供内部研判,属内部资料,不得公开发布;不公布学生个人名次。`
      : mode === "levels"
        ? `${grade}:按教育部规定以等级呈现学生成绩,不排名、不公布;本页仅供本校(本人)改进教学使用。`
        : `${grade}:可查看本校(本班)学生分数,不排名、不公布学生个人名次。`;
  return { view, mode, ranks, internal: view === "bureau", note };
}

/** The school and class codes (and teacher codes) of the snapshot an actor may see. */
export function visibleGroups(snap: ExamSnapshot, scope: ReadableScope, teacherClassIds: Set<string> | null) {
  const schoolCode = scope.kind === "county" ? -1 : snap.schools.ids.indexOf(scope.schoolId);
  const schools = new Set<number>();
  const classes = new Set<number>();
  const teachers = new Set<number>();
  if (scope.kind === "county") {
    for (let i = 0; i < snap.schools.ids.length; i++) schools.add(i);
    for (let i = 0; i < snap.classes.ids.length; i++) classes.add(i);
    for (let i = 0; i < snap.teachers.ids.length; i++) teachers.add(i);
  } else if (schoolCode >= 0) {
    schools.add(schoolCode);
    snap.classes.ids.forEach((id, i) => {
      if (snap.classes.school![i] !== schoolCode) return;
      if (scope.kind === "school" || teacherClassIds?.has(id)) classes.add(i);
    });
    snap.teachers.ids.forEach((id, i) => {
      if (snap.teachers.school![i] !== schoolCode) return;
      if (scope.kind === "school" || id === scope.staffId) teachers.add(i);
    });
  }
  return { schools, classes, teachers };
}

/**
 * A group's figures as the policy allows: ranks for the bureau only; in levels mode, no score-valued figure (means,
 * quantiles, score bands) — only counts, rates, levels and the difference from the county in standard deviations.
 */
function stats(g: core.GroupStats, policy: Policy, keepScores: boolean) {
  const { group: _group, rank, ...rest } = g;
  const shown = { ...rest, rank: policy.ranks ? rank : null };
  if (policy.mode === "scores" || keepScores) return shown;
  return {
    ...shown,
    mean: null,
    sd: null,
    min: null,
    max: null,
    median: null,
    q1: null,
    q3: null,
    deciles: [],
    bands: [],
    meanDiff: null,
  };
}

/** A class's or teacher's id and name with their school's. */
function inSchool(snap: ExamSnapshot, names: ExamSnapshot["classes"], group: number) {
  const school = names.school![group]!;
  return {
    id: names.ids[group]!,
    name: names.names[group]!,
    schoolId: snap.schools.ids[school]!,
    schoolName: snap.schools.names[school]!,
  };
}

/** The figures of a level's groups in `visible`, as objects built for those groups only. */
function visibleStats(s: core.SubjectAnalysis, level: core.GroupLevel, visible: Set<number>): core.GroupStats[] {
  const figures = s[level];
  const out: core.GroupStats[] = [];
  for (let i = 0; i < figures.group.length; i++) {
    if (visible.has(figures.group[i]!)) out.push(core.groupStatsAt(s, figures, i));
  }
  return out;
}

/**
 * The analysis response for an actor: every subject and the total, at the levels the scope allows.
 *
 * @param teacherClassIds - for a teacher: the classes they teach or head in the exam's school year
 * @param options.keepScores - keep score-valued figures in levels mode (for the Word report's narrative, which
 *   itself prints only differences and levels in that mode)
 */
export async function presentAnalysis(
  snap: ExamSnapshot,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
  options: { keepScores?: boolean } = {},
) {
  const keep = options.keepScores ?? false;
  const row = snap.exam;
  const policy = policyFor(row, scope);
  const visible = visibleGroups(snap, scope, teacherClassIds);
  const analysis = await snapshotAnalysis(snap);
  const subjectName = (code: string) =>
    code === core.TOTAL ? "总分" : (row.subjects.find((s) => s.code === code)?.name ?? code);
  return {
    policy,
    config: row.config,
    levelNames: row.config.levels.names,
    subjects: analysis.subjects.map((s) => ({
      code: s.code,
      name: subjectName(s.code),
      fullMarks: s.fullMarks,
      lines: s.lines,
      bandEdges: s.bandEdges,
      levelLines: s.levelLines,
      county: stats(s.county, policy, keep),
      schools: visibleStats(s, "school", visible.schools).map((g) => ({
        id: snap.schools.ids[g.group]!,
        name: snap.schools.names[g.group]!,
        ...stats(g, policy, keep),
      })),
      classes: visibleStats(s, "class", visible.classes).map((g) => ({
        ...inSchool(snap, snap.classes, g.group),
        ...stats(g, policy, keep),
      })),
      teachers: visibleStats(s, "teacher", visible.teachers).map((g) => ({
        ...inSchool(snap, snap.teachers, g.group),
        ...stats(g, policy, keep),
      })),
    })),
  };
}

export type AnalysisView = Awaited<ReturnType<typeof presentAnalysis>>;

/** The exam as listed and shown in headers. */
export function presentExam(row: ExamRow) {
  return {
    id: row.id,
    seriesId: row.seriesId,
    version: row.version,
    name: row.name,
    heldOn: row.heldOn,
    schoolYear: row.schoolYear,
    schoolYearLabel: registry.schoolYearLabel(row.schoolYear),
    term: row.term,
    grade: row.grade,
    gradeLabel: registry.gradeLabel(row.grade),
    graduating: row.graduating,
    subjects: row.subjects,
    config: row.config,
    baselineExamId: row.baselineExamId,
    status: row.status as "draft" | "published" | "superseded",
    changeNote: row.changeNote,
    changes: row.changes,
    inputHash: row.inputHash,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
