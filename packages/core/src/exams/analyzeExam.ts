/**
 * The exam analysis engine (质量分析): for the county, each school, class and teacher × each subject and the total,
 * the counts, distribution, rates, bands, levels and differences from the county of methods.md §6 — over columnar
 * typed arrays, into columnar results.
 *
 * How: per subject the scores become integer keys (score × grid scale, or the rank among distinct scores), counted
 * for the county as they are read; each school's keys are sorted by counting (in place when the roster lies in
 * school order, as a snapshot's does), and classes and teachers within a school are split off that order already
 * sorted (_lib/sortedGroups.ts); one walk up each group's sorted keys then gives every figure (_lib/describeLevel.ts).
 * Results are columns per level; `groupStatsAt` and `levelGroups` (groupStats.ts) build objects only for the groups
 * a page shows. An analysis can cover part of the exam (AnalysisPart), for a server to share a large one between
 * threads.
 */

import { describeCounts, describeLevel, describeSorted, type KeyTable } from "./_lib/describeLevel";
import { type GroupRows, type GroupSizes, groupRows, sizesOf } from "./_lib/groupRows";
import { type LevelFigures, noGroups } from "./_lib/levelFigures";
import { firstAtLeast, scoreKeys, tallyKeys } from "./_lib/scoreKeys";
import { growCounters, scratchFor } from "./_lib/scratch";
import { nesting, satPerGroup, sortWithinGroups, splitSorted } from "./_lib/sortedGroups";
import {
  type AnalysisConfig,
  defaultAnalysisConfig,
  type RateDenominator,
  type RateThresholds,
  scoreLine,
} from "./config";
import { type GroupStats, groupStatsAt } from "./groupStats";

export type { LevelFigures } from "./_lib/levelFigures";
/** One exam's scores as columns: row i of every array is the same student of the enrolled cohort. */
export interface ExamColumns {
  /** students on the roster: the enrolled cohort of the exam's grade (those who sat and those who did not) */
  size: number;
  subjects: readonly { code: string; fullMarks: number }[];
  /** per subject: each student's score, NaN when absent (缺考); 0 is a score */
  scores: readonly Float64Array[];
  /** each student's school, 0 … groups.schools − 1 */
  school: Int32Array;
  /** each student's class, 0 … groups.classes − 1, or −1 when not placed in a class */
  klass: Int32Array;
  /** per subject: each student's teacher through the class–subject–teacher assignment, −1 when none */
  teacher: readonly Int32Array[];
  groups: { schools: number; classes: number; teachers: number };
}

export type AnalysisLevel = "county" | "school" | "class" | "teacher";
export const analysisLevels: readonly AnalysisLevel[] = ["county", "school", "class", "teacher"];

export interface SubjectAnalysis {
  code: string;
  fullMarks: number;
  /** the rate lines in points */
  lines: RateThresholds;
  /** band edges in points: bands[i] covers [edges[i], edges[i + 1]) (the last includes full marks) */
  bandEdges: number[];
  /** level cut-offs in points, highest first */
  levelLines: number[];
  /** which rates `rates` of a group reports */
  denominator: RateDenominator;
  county: GroupStats;
  /** the groups of each level with students on the roster (groups without any are left out), by group code */
  school: LevelFigures;
  class: LevelFigures;
  teacher: LevelFigures;
}

export interface ExamAnalysis {
  /** each subject, then the total ("total") */
  subjects: SubjectAnalysis[];
}

/** Code of the total in an analysis. */
export const TOTAL = "total";

/**
 * The total score of each student: the sum of the subjects for a student who sat all of them, NaN otherwise (a
 * student absent from any subject has no total and counts as absent from the total).
 *
 * @example totalScores([new Float64Array([50, NaN]), new Float64Array([40, 30])]) // => Float64Array [90, NaN]
 */
export function totalScores(scores: readonly Float64Array[]): Float64Array {
  const n = scores[0]?.length ?? 0;
  const total = new Float64Array(n);
  for (const column of scores) for (let i = 0; i < n; i++) total[i]! += column[i]!;
  return total;
}

/** The part of an exam one analysis covers: subjects by index, and whether the total (to share the work of a large
 * exam between threads; the parts' subjects put together in order make the whole analysis). */
export interface AnalysisPart {
  subjects: readonly number[];
  total: boolean;
}

/** Every subject and the total. */
export function wholeExam(data: Pick<ExamColumns, "subjects">): AnalysisPart {
  return { subjects: data.subjects.map((_, k) => k), total: true };
}

/**
 * Analyses an exam at every level.
 *
 * @example
 * const a = analyzeExam(columns);
 * a.subjects[0].county.mean; // the county mean of the first subject
 * levelGroups(a.subjects.at(-1), "school")[3].ratesOfEnrolled.pass; // the pass rate of the total at a school
 */
export function analyzeExam(
  data: ExamColumns,
  config: AnalysisConfig = defaultAnalysisConfig,
  part: AnalysisPart = wholeExam(data),
): ExamAnalysis {
  const n = data.size;
  const school = groupRows(data.school, data.groups.schools);
  const schoolSizes = sizesOf(school);
  const klass = nestedLevel(data.klass, data.groups.classes, data.school);
  // subjects often share one teacher column: each column is laid out once
  const teacherLevels = new Map<Int32Array, NestedLevel>();
  const teachersOf = (column: Int32Array) => {
    let level = teacherLevels.get(column);
    if (!level) {
      level = nestedLevel(column, data.groups.teachers, data.school);
      teacherLevels.set(column, level);
    }
    return level;
  };
  const fullTotal = data.subjects.reduce((sum, s) => sum + s.fullMarks, 0);
  // buffers reused by every subject (and the next analysis): the figures are taken from them before the next subject
  const work = scratchFor(n);
  // the students' totals, added up as each subject is read, when this part takes the total
  const total = part.total ? work.total.fill(0) : null;
  const analyse = (code: string, fullMarks: number, x: Float64Array, teacher: NestedLevel | null): SubjectAnalysis => {
    const shape = subjectShape(fullMarks, config);
    const { keys, values } = scoreKeys(x, fullMarks, work.keys);
    growCounters(work, values.length);
    const table = keyTable(keys, values, shape);
    // the total itself adds nothing to the totals
    const absent = tallyKeys(keys, values, work.hist, work.absent, x === total ? null : total);
    const countyFigures = describeCounts(work.hist, n, table, work);
    const bySchool = sortWithinGroups(school, keys, work.hist, work.sorted);
    const nested = (level: NestedLevel) => {
      if (!level.nested) return describeLevel(level.rows!, table, work);
      const { present, enrolled } = level.sizes;
      const sat = satPerGroup(level.column, enrolled, absent);
      return describeSorted(splitSorted(bySchool, level.column, sat, work.split), present, enrolled, table);
    };
    const shaped = {
      code,
      fullMarks,
      lines: shape.lines,
      bandEdges: shape.bandEdges,
      levelLines: shape.levelLines,
      denominator: config.denominator,
    };
    const subject: SubjectAnalysis = {
      ...shaped,
      county: groupStatsAt({ ...shaped, county: null }, countyFigures, 0),
      school: describeSorted(bySchool, schoolSizes.present, schoolSizes.enrolled, table),
      class: nested(klass),
      teacher: teacher ? nested(teacher) : noGroups(table),
    };
    return subject;
  };
  // subjects in their order, so that the totals add up in one order whatever the part (the subjects of other parts
  // count in them too)
  const analysed = new Map<number, SubjectAnalysis>();
  for (let k = 0; k < data.subjects.length; k++) {
    const { code, fullMarks } = data.subjects[k]!;
    if (part.subjects.includes(k)) {
      const column = data.teacher[k];
      analysed.set(k, analyse(code, fullMarks, data.scores[k]!, column ? teachersOf(column) : null));
    } else if (total) addScores(total, data.scores[k]!);
  }
  const subjects = part.subjects.map((k) => analysed.get(k)!);
  if (total && data.subjects.length > 0) subjects.push(analyse(TOTAL, fullTotal, total, null));
  return { subjects };
}

/** Adds a subject's scores to the totals (NaN, absent, leaves no total). */
function addScores(total: Float64Array, x: Float64Array) {
  for (let i = 0; i < total.length; i++) total[i]! += x[i]!;
}

/** A level below the schools: split off the schools' order when nested in them, laid out on its own otherwise. */
interface NestedLevel {
  column: Int32Array;
  groups: number;
  nested: boolean;
  sizes: GroupSizes;
  rows: GroupRows | null;
}

function nestedLevel(column: Int32Array, groups: number, school: Int32Array): NestedLevel {
  const { nested, sizes } = nesting(column, school, groups);
  if (nested) return { column, groups, nested, sizes, rows: null };
  const rows = groupRows(column, groups);
  return { column, groups, nested, sizes, rows };
}

/** The lines, bands and levels of a subject, in points. */
function subjectShape(fullMarks: number, config: AnalysisConfig) {
  const t = config.thresholds;
  const lines: RateThresholds = {
    excellent: scoreLine(t.excellent, fullMarks),
    good: scoreLine(t.good, fullMarks),
    pass: scoreLine(t.pass, fullMarks),
    low: scoreLine(t.low, fullMarks),
  };
  const bandWidth = scoreLine(config.bandShare, fullMarks);
  const bandCount = Math.max(1, Math.ceil(fullMarks / bandWidth - 1e-9));
  const bandEdges = Array.from({ length: bandCount + 1 }, (_, i) =>
    Math.min(fullMarks, scoreLine(i * config.bandShare, fullMarks)),
  );
  // a score falls below the top of its band, by a hair so that an edge itself opens the next band
  const bandTops = Array.from({ length: bandCount }, (_, b) => (b + 1) * bandWidth - 1e-9 * bandWidth);
  const levelLines = config.levels.cutoffs.map((c) => scoreLine(c, fullMarks));
  return { lines, bandEdges, bandTops, levelLines };
}

/** The first keys reaching the rate lines, the band edges and the level lines. */
function keyTable(keys: Int32Array, values: Float64Array, shape: ReturnType<typeof subjectShape>): KeyTable {
  const { lines, bandTops, levelLines } = shape;
  const firstKeys = (scores: number[]) => Int32Array.from(scores, (score) => firstAtLeast(values, score));
  // the order finishGroup reads them in: rate lines, band starts, level lines
  const thresholds = firstKeys([
    lines.excellent,
    lines.good,
    lines.pass,
    lines.low,
    ...bandTops.slice(0, -1),
    ...levelLines,
  ]);
  const thresholdOrder = Int32Array.from(thresholds.keys()).sort((a, b) => thresholds[a]! - thresholds[b]!);
  return {
    keys,
    values,
    thresholds,
    thresholdOrder,
    bandCount: bandTops.length,
    levelCount: levelLines.length + 1,
  };
}
