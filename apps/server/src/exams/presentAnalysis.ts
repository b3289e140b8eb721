/**
 * The analysis as each reader may see it (methods.md §6 policy): the bureau sees every school, class and teacher
 * with ranks marked 内部资料; a school sees the county for comparison and its own school, classes and teachers,
 * without ranks; a teacher sees the county, their school and their own classes and teaching groups. For a
 * non-graduating grade, school- and teacher-facing views report levels (等级), not scores of students.
 */
import { exams as core, registry } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import { type JsonText, jsonText } from "../http/openapi";
import type { ExamChanges } from "./schemas";
import { type ExamSnapshot, keptWith, snapshotAnalysis } from "./snapshot";
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

/** The group codes of one kind an actor may see. */
export type VisibleCodes = Pick<ReadonlySet<number>, "has">;

/** The bureau's: every group (a province has some 100,000 teachers, too many to list for each request). */
const EVERY_GROUP: VisibleCodes = { has: () => true };

/** The school and class codes (and teacher codes) of the snapshot an actor may see. */
export function visibleGroups(
  snap: ExamSnapshot,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
): { schools: VisibleCodes; classes: VisibleCodes; teachers: VisibleCodes } {
  if (scope.kind === "county") return { schools: EVERY_GROUP, classes: EVERY_GROUP, teachers: EVERY_GROUP };
  const schoolCode = snap.schools.ids.indexOf(scope.schoolId);
  const schools = new Set<number>();
  const classes = new Set<number>();
  const teachers = new Set<number>();
  if (schoolCode >= 0) {
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
 * Built field by field: a province's overview shows some 5,500 school figures, and a destructuring rest and two
 * spreads a group took a third of its time (bench/exams.ts).
 */
function stats(g: core.GroupStats, policy: Policy, keepScores: boolean) {
  const scores = policy.mode === "scores" || keepScores;
  return {
    enrolled: g.enrolled,
    sat: g.sat,
    absent: g.absent,
    mean: scores ? g.mean : null,
    sd: scores ? g.sd : null,
    min: scores ? g.min : null,
    max: scores ? g.max : null,
    median: scores ? g.median : null,
    q1: scores ? g.q1 : null,
    q3: scores ? g.q3 : null,
    deciles: scores ? g.deciles : [],
    counts: g.counts,
    rates: g.rates,
    ratesOfSat: g.ratesOfSat,
    ratesOfEnrolled: g.ratesOfEnrolled,
    bands: scores ? g.bands : [],
    levels: g.levels,
    meanDiff: scores ? g.meanDiff : null,
    standardizedDiff: g.standardizedDiff,
    rank: policy.ranks ? g.rank : null,
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
function visibleStats(s: core.SubjectAnalysis, level: core.GroupLevel, visible: VisibleCodes): core.GroupStats[] {
  const figures = s[level];
  const out: core.GroupStats[] = [];
  for (let i = 0; i < figures.group.length; i++) {
    const group = figures.group[i]!;
    if (visible.has(group)) out.push(core.groupStatsAt(s, figures, i));
  }
  return out;
}

/** What every view of the analysis shares: the policy, the lines and level names, and a subject's display name. */
function frame(snap: ExamSnapshot, scope: ReadableScope, teacherClassIds: Set<string> | null) {
  const row = snap.exam;
  const policy = policyFor(row, scope);
  const visible = visibleGroups(snap, scope, teacherClassIds);
  const subjectName = (code: string) =>
    code === core.TOTAL ? "总分" : (row.subjects.find((s) => s.code === code)?.name ?? code);
  return { row, policy, visible, subjectName };
}

/** A subject's shape, county and schools as a reader may see them. */
function subjectOverview(snap: ExamSnapshot, s: core.SubjectAnalysis, f: ReturnType<typeof frame>, keep: boolean) {
  return {
    code: s.code,
    name: f.subjectName(s.code),
    fullMarks: s.fullMarks,
    lines: s.lines,
    bandEdges: s.bandEdges,
    levelLines: s.levelLines,
    county: stats(s.county, f.policy, keep),
    schools: visibleStats(s, "school", f.visible.schools).map((g) =>
      Object.assign({ id: snap.schools.ids[g.group]!, name: snap.schools.names[g.group]! }, stats(g, f.policy, keep)),
    ),
  };
}

/** A level's visible groups in a subject, with their names and schools'. */
function nestedGroups(
  snap: ExamSnapshot,
  s: core.SubjectAnalysis,
  level: "class" | "teacher",
  f: ReturnType<typeof frame>,
  keep: boolean,
) {
  const names = level === "class" ? snap.classes : snap.teachers;
  const visible = level === "class" ? f.visible.classes : f.visible.teachers;
  // Object.assign, not a spread of the two: a county's answers name thousands of groups, and the spread took
  // about half the time of building and serializing them (bench/exams.ts)
  return visibleStats(s, level, visible).map((g) =>
    Object.assign(inSchool(snap, names, g.group), stats(g, f.policy, keep)),
  );
}

/**
 * The whole analysis for an actor: every subject and the total, at every level the scope allows (the exports: the
 * county tables, a school's Word report). A page reads the overview and asks for classes and teachers as it shows
 * them (presentGroups): a county of 50,000 students has some 16,000 class and teacher groups, 15 MB as JSON.
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
  const f = frame(snap, scope, teacherClassIds);
  const analysis = await snapshotAnalysis(snap);
  return {
    policy: f.policy,
    config: f.row.config,
    levelNames: f.row.config.levels.names,
    subjects: analysis.subjects.map((s) => ({
      ...subjectOverview(snap, s, f, keep),
      classes: nestedGroups(snap, s, "class", f, keep),
      teachers: nestedGroups(snap, s, "teacher", f, keep),
    })),
  };
}

export type AnalysisView = Awaited<ReturnType<typeof presentAnalysis>>;

/**
 * The analysis page's overview for an actor: every subject and the total for the county and the schools the scope
 * allows. Classes and teachers come from presentGroups, a school or a page at a time: a province's class names alone
 * (some 22,000) were 3 MB of the overview.
 */
export async function presentOverview(snap: ExamSnapshot, scope: ReadableScope, teacherClassIds: Set<string> | null) {
  const f = frame(snap, scope, teacherClassIds);
  const analysis = await snapshotAnalysis(snap);
  return {
    policy: f.policy,
    config: f.row.config,
    levelNames: f.row.config.levels.names,
    subjects: analysis.subjects.map((s) => subjectOverview(snap, s, f, false)),
  };
}

export type Overview = Awaited<ReturnType<typeof presentOverview>>;

/**
 * The overview as the JSON text the page receives, the exam as it stands now in front. The bureau's overview of a
 * version is the same for every bureau reader, so its text is made once and kept with the snapshot (a province's is
 * 4.4 MB, some 70–100 ms to build and serialize: bench/exams.ts); a school's or a teacher's is small and made each
 * time. The exam's own fields are not kept: a published version's status changes when a correction supersedes it.
 */
export async function overviewJson(
  snap: ExamSnapshot,
  row: ExamRow,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
): Promise<JsonText<{ exam: ReturnType<typeof presentExam> } & Overview>> {
  const body =
    scope.kind === "county"
      ? await keptWith(snap, "bureauOverview", () => presentOverview(snap, scope, null).then(jsonText))
      : jsonText(await presentOverview(snap, scope, teacherClassIds));
  // {"exam":{…}} and {"policy":…} joined as {"exam":{…},"policy":…}
  return `${jsonText({ exam: presentExam(row) }).slice(0, -1)},${body.slice(1)}`;
}

/** What a list of groups can be ordered by: the engine's order (by code) when none is given. */
export type GroupSort = "mean" | "rank" | core.RateKey;

export interface GroupsQuery {
  level: "class" | "teacher";
  /** one subject (or the total) by code; every subject when absent */
  subject?: string;
  /** the groups of one school */
  schoolId?: string;
  /** one group (a class or a teacher) by id */
  groupId?: string;
  /** ordered by a figure (rank 1 is the highest mean), highest first unless `order` is "asc"; groups nobody sat in
   * come last either way */
  sort?: GroupSort;
  order?: "asc" | "desc";
  /** one page of each subject's groups (1-based) when `pageSize` is given; every group otherwise */
  page?: number;
  pageSize?: number;
}

/** Why a reader may not order groups by a figure their view hides, or null when they may. */
function hiddenSort(sort: GroupSort | undefined, policy: Policy): string | null {
  if (sort === "rank" && !policy.ranks) return "均分排序仅在教育局内部视图中提供,不能按排序查看";
  if ((sort === "mean" || sort === "rank") && policy.mode === "levels") {
    return "非毕业年级以等级呈现,不显示平均分,不能按平均分排序;可按优秀率、及格率等比率排序";
  }
  return null;
}

/**
 * The entries of a level's figures in the order asked, narrowed to `keep`: the order is worked out on the columns,
 * so that only the page's groups are built as objects (a province's subject has some 11,000 teachers).
 */
function orderedEntries(
  s: core.SubjectAnalysis,
  figures: core.LevelFigures,
  keep: (group: number) => boolean,
  q: GroupsQuery,
) {
  const entries: number[] = [];
  for (let i = 0; i < figures.group.length; i++) if (keep(figures.group[i]!)) entries.push(i);
  const sort = q.sort;
  if (!sort) return entries;
  const rateAt = (k: number) => (i: number) => {
    const denominator = s.denominator === "sat" ? figures.sat[i]! : figures.enrolled[i]!;
    return denominator > 0 ? figures.counts[4 * i + k]! / denominator : Number.NaN;
  };
  const key =
    sort === "mean"
      ? (i: number) => figures.mean[i]!
      : sort === "rank"
        ? (i: number) => (figures.rank[i]! > 0 ? figures.rank[i]! : Number.NaN)
        : rateAt(core.rateKeys.indexOf(sort));
  const keys = new Float64Array(figures.group.length);
  for (const i of entries) keys[i] = key(i);
  const sign = q.order === "asc" ? 1 : -1;
  // nobody sat (NaN) last in either order; ties in the engine's order (a stable sort)
  return entries.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return sign * (x - y);
  });
}

/**
 * The classes or teachers an actor may see, subject by subject, narrowed to a subject, a school or one group, in the
 * order and the page asked. A school, class or teacher outside the actor's scope is reported as not found, as one
 * that does not exist; an order by a figure the reader's view hides is refused.
 *
 * @returns null and what was not found ("科目", "学校", "班级", "教师"), or why the order is refused, or the groups
 */
export async function presentGroups(
  snap: ExamSnapshot,
  scope: ReadableScope,
  teacherClassIds: Set<string> | null,
  q: GroupsQuery,
) {
  const f = frame(snap, scope, teacherClassIds);
  const refused = hiddenSort(q.sort, f.policy);
  if (refused) return { refused };
  const analysis = await snapshotAnalysis(snap);
  const subjects = q.subject ? analysis.subjects.filter((s) => s.code === q.subject) : analysis.subjects;
  if (subjects.length === 0) return { missing: "科目" as const };
  const names = q.level === "class" ? snap.classes : snap.teachers;
  const visible = q.level === "class" ? f.visible.classes : f.visible.teachers;
  let school = -1;
  if (q.schoolId) {
    school = snap.schools.ids.indexOf(q.schoolId);
    if (school < 0 || !f.visible.schools.has(school)) return { missing: "学校" as const };
  }
  let one = -1;
  if (q.groupId) {
    one = names.ids.indexOf(q.groupId);
    if (one < 0 || !visible.has(one)) return { missing: q.level === "class" ? ("班级" as const) : ("教师" as const) };
  }
  const keep = (g: number) => visible.has(g) && (school < 0 || names.school![g] === school) && (one < 0 || g === one);
  const page = q.pageSize ? { from: ((q.page ?? 1) - 1) * q.pageSize, size: q.pageSize } : null;
  return {
    groups: {
      policy: f.policy,
      level: q.level,
      page: page ? (q.page ?? 1) : null,
      pageSize: page?.size ?? null,
      subjects: subjects.map((s) => {
        const figures = s[q.level];
        const entries = orderedEntries(s, figures, keep, q);
        const shown = page ? entries.slice(page.from, page.from + page.size) : entries;
        return {
          code: s.code,
          name: f.subjectName(s.code),
          total: entries.length,
          groups: shown.map((i) =>
            Object.assign(
              inSchool(snap, names, figures.group[i]!),
              stats(core.groupStatsAt(s, figures, i), f.policy, false),
            ),
          ),
        };
      }),
    },
  };
}

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
    changes: row.changes as ExamChanges | null,
    inputHash: row.inputHash,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
