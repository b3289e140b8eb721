/**
 * The exam analysis engine (质量分析): for the county, each school, class and teacher × each subject and the total,
 * the counts, distribution, rates, bands, levels and differences from the county of methods.md §6 — over columnar
 * typed arrays.
 *
 * How: each grouping's enrolled counts are taken once for all subjects; per subject, one counting sort on the score
 * grid (such as half points) orders the scores and lists the absent; per level, those who sat are the enrolled less
 * the absent, and one scatter of the ordered scores builds a sorted run of scores per group; every figure is then
 * read from the runs: sums in one sequential pass, rates, bands and levels by binary search, quantiles by position.
 */
import {
  type AnalysisConfig,
  defaultAnalysisConfig,
  type RateKey,
  type RateThresholds,
  rateKeys,
  scoreLine,
} from "./config";
import { decilePoints, quantileSorted } from "./quantile";

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

export type Rates = Record<RateKey, number | null>;

/** The figures of one group (the county, a school, a class or a teacher's students) in one subject. */
export interface GroupStats {
  /** the group's code in the columns (0 for the county) */
  group: number;
  /** students of the group on the roster */
  enrolled: number;
  /** students with a score */
  sat: number;
  /** enrolled − sat */
  absent: number;
  /** null when nobody sat */
  mean: number | null;
  /** population standard deviation (divisor n); 0 for one student; null when nobody sat */
  sd: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
  /** first and third quartiles (p25, p75), for box plots; null when nobody sat */
  q1: number | null;
  q3: number | null;
  /** p10 … p90 (Excel PERCENTILE.INC); empty when nobody sat */
  deciles: number[];
  /** students at or above each line (below, for low) */
  counts: Record<RateKey, number>;
  /** counts over the configured denominator; null when it is 0 */
  rates: Rates;
  ratesOfSat: Rates;
  ratesOfEnrolled: Rates;
  /** students per score band, lowest band first; full marks fall in the last band */
  bands: number[];
  /** students per level (A … D), highest first */
  levels: number[];
  /** mean − county mean; null when nobody sat */
  meanDiff: number | null;
  /** (mean − county mean) / county sd; null when nobody sat or the county sd is 0 */
  standardizedDiff: number | null;
  /** rank by mean among the level's groups with a score (1 = highest, ties share); internal to the bureau */
  rank: number | null;
}

export interface SubjectAnalysis {
  code: string;
  fullMarks: number;
  /** the rate lines in points */
  lines: RateThresholds;
  /** band edges in points: bands[i] covers [edges[i], edges[i + 1]) (the last includes full marks) */
  bandEdges: number[];
  /** level cut-offs in points, highest first */
  levelLines: number[];
  county: GroupStats;
  /** the groups of each level with students on the roster (groups without any are left out), by group code */
  school: GroupStats[];
  class: GroupStats[];
  teacher: GroupStats[];
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

/**
 * Analyses an exam at every level.
 *
 * @example
 * const a = analyzeExam(columns);
 * a.subjects[0].county.mean; // the county mean of the first subject
 * a.subjects.at(-1).school[3].ratesOfEnrolled.pass; // the pass rate of the total at school 3, against enrollment
 */
export function analyzeExam(data: ExamColumns, config: AnalysisConfig = defaultAnalysisConfig): ExamAnalysis {
  const n = data.size;
  const levels = levelColumns(data);
  const none = levels.of(new Int32Array(n).fill(-1), 0);
  const scratch = new Float64Array(n);
  const subjects: SubjectAnalysis[] = data.subjects.map((s, k) => {
    const teacher = data.teacher[k] ? levels.of(data.teacher[k], data.groups.teachers) : none;
    return analyzeSubject(s.code, s.fullMarks, data.scores[k]!, levels, teacher, config, scratch);
  });
  if (data.subjects.length > 0) {
    const fullMarks = data.subjects.reduce((sum, s) => sum + s.fullMarks, 0);
    subjects.push(analyzeSubject(TOTAL, fullMarks, totalScores(data.scores), levels, none, config, scratch));
  }
  return { subjects };
}

/** A level's grouping of the roster: each student's group (−1 for none) and each group's enrolled students. */
interface Level {
  group: Int32Array;
  groups: number;
  enrolled: Int32Array;
}

/**
 * The county, school and class levels, and a maker for teacher levels. Enrolled counts depend on the grouping only,
 * so each grouping is counted once for all subjects (subjects often share one teacher column).
 */
function levelColumns(data: ExamColumns) {
  const counted = new Map<Int32Array, Level>();
  const of = (group: Int32Array, groups: number): Level => {
    let level = counted.get(group);
    if (!level) {
      const enrolled = new Int32Array(groups);
      for (let i = 0; i < group.length; i++) {
        const g = group[i]!;
        if (g >= 0) enrolled[g]!++;
      }
      level = { group, groups, enrolled };
      counted.set(group, level);
    }
    return level;
  };
  return {
    of,
    county: of(new Int32Array(data.size), 1),
    school: of(data.school, data.groups.schools),
    klass: of(data.klass, data.groups.classes),
  };
}

function analyzeSubject(
  code: string,
  fullMarks: number,
  x: Float64Array,
  levels: ReturnType<typeof levelColumns>,
  teacher: Level,
  config: AnalysisConfig,
  scratch: Float64Array,
): SubjectAnalysis {
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
  const levelLines = config.levels.cutoffs.map((c) => scoreLine(c, fullMarks));
  const { sorted, order, scale, absent } = ascendingScores(x, fullMarks);
  const keys = scale === null ? null : new Int32Array(Math.round(fullMarks * scale) + 1);
  const shape: Shape = { x, sorted, order, absent, scale, keys, scratch, lines, bandWidth, bandCount, levelLines };
  const [county] = groupStats(shape, levels.county, config, null);
  const ref = county!;
  return {
    code,
    fullMarks,
    lines,
    bandEdges,
    levelLines,
    county: ref,
    school: groupStats(shape, levels.school, config, ref),
    class: groupStats(shape, levels.klass, config, ref),
    teacher: groupStats(shape, teacher, config, ref),
  };
}

interface Shape {
  x: Float64Array;
  /** the present scores, ascending */
  sorted: Float64Array;
  /** the rows of `sorted`, when the scores sit on a grid (null otherwise) */
  order: Int32Array | null;
  /** the rows without a score */
  absent: Int32Array;
  /** the grid the scores sit on (points × scale are integers), or null */
  scale: number | null;
  /** a counter per grid value, reused by the counting sorts of runs */
  keys: Int32Array | null;
  /** a buffer of one score per student, reused for every level's runs */
  scratch: Float64Array;
  lines: RateThresholds;
  bandWidth: number;
  bandCount: number;
  levelLines: number[];
}

/**
 * The present scores in ascending order, and the rows without a score. Scores on a grid (whole, half, quarter,
 * tenth or hundredth points) are ordered by a counting sort in O(n), which also gives the rows in that order; other
 * scores by a comparison sort.
 *
 * @example ascendingScores(new Float64Array([3, NaN, 1.5, 3]), 10).sorted // => Float64Array [1.5, 3, 3]
 */
export function ascendingScores(
  x: Float64Array,
  fullMarks: number,
): { sorted: Float64Array; order: Int32Array | null; scale: number | null; absent: Int32Array } {
  let missing = 0;
  for (let i = 0; i < x.length; i++) if (Number.isNaN(x[i])) missing++;
  const absent = new Int32Array(missing);
  for (let i = 0, j = 0; j < missing; i++) if (Number.isNaN(x[i])) absent[j++] = i;
  const sorted = new Float64Array(x.length - missing);
  const scale = gridScale(x, fullMarks);
  if (scale === null) {
    let j = 0;
    for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) sorted[j++] = x[i]!;
    return { sorted: sorted.sort(), order: null, scale: null, absent };
  }
  const keys = Math.round(fullMarks * scale) + 1;
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) start[Math.round(v * scale) + 1]!++;
  }
  for (let k = 1; k <= keys; k++) start[k]! += start[k - 1]!;
  for (let k = 0; k < keys; k++) sorted.fill(k / scale, start[k]!, start[k + 1]!);
  const order = new Int32Array(sorted.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) order[start[Math.round(v * scale)]!++] = i;
  }
  return { sorted, order, scale, absent };
}

/** The smallest grid scale (1, 2, 4, 10, 100) on which every present score in 0..full lies, or null. */
function gridScale(x: Float64Array, fullMarks: number): number | null {
  for (const scale of [1, 2, 4, 10, 100]) {
    if (fullMarks * scale > 200_000) return null;
    let fits = true;
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      // exactly on the grid, so that equal keys are equal scores and the counting sort's order is exact; NaN passes
      if (v < 0 || v > fullMarks || Math.round(v * scale) / scale !== v) {
        if (Number.isNaN(v)) continue;
        fits = false;
        break;
      }
    }
    if (fits) return scale;
  }
  return null;
}

/**
 * Each group's present scores in ascending order, as runs of one array: group g's are runs[offset[g] .. offset[g+1]).
 * For scores on a grid, the subject's ascending order is scattered into the runs in one pass over the students,
 * whatever the grouping; other scores are copied in row order and each run sorted on its own. The county's run is
 * the subject's ordering itself. `scratch` is reused across levels.
 */
function groupRuns(shape: Shape, level: Level, sat: Int32Array) {
  const { x, sorted, order, scratch: runs } = shape;
  const { group, groups } = level;
  const offset = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) offset[g + 1] = offset[g]! + sat[g]!;
  if (groups === 1 && sat[0] === sorted.length) return { runs: sorted, offset };
  const cursor = offset.slice(0, groups);
  if (order) {
    for (let j = 0; j < order.length; j++) {
      const g = group[order[j]!]!;
      if (g >= 0) runs[cursor[g]!++] = sorted[j]!;
    }
    return { runs, offset };
  }
  for (let i = 0; i < x.length; i++) {
    const g = group[i]!;
    const v = x[i]!;
    if (g >= 0 && !Number.isNaN(v)) runs[cursor[g]!++] = v;
  }
  for (let g = 0; g < groups; g++) {
    const from = offset[g]!;
    const to = offset[g + 1]!;
    if (to - from > 1) runs.subarray(from, to).sort();
  }
  return { runs, offset };
}

function groupStats(shape: Shape, level: Level, config: AnalysisConfig, county: GroupStats | null): GroupStats[] {
  const { lines, bandWidth, bandCount, levelLines, absent } = shape;
  const { group, groups, enrolled } = level;
  // those who sat: the enrolled less the few absent
  const sat = enrolled.slice();
  for (let j = 0; j < absent.length; j++) {
    const g = group[absent[j]!]!;
    if (g >= 0) sat[g]!--;
  }
  const { runs, offset } = groupRuns(shape, level, sat);
  const levelCount = levelLines.length + 1;
  const bandTops = Array.from({ length: bandCount }, (_, b) => (b + 1) * bandWidth - 1e-9 * bandWidth);
  const byEnrolled = config.denominator !== "sat";
  const countyMean = county?.mean ?? 0;
  const countySd = county?.sd ?? null;
  const mean = new Float64Array(groups).fill(Number.NaN);
  const stats: GroupStats[] = [];
  for (let g = 0; g < groups; g++) {
    const e = enrolled[g]!;
    if (e === 0) continue;
    const from = offset[g]!;
    const to = offset[g + 1]!;
    const s = to - from;
    // runs are ascending: counts at or above a line are the run's length minus the first index reaching it
    const counts = {
      excellent: to - lowerBound(runs, from, to, lines.excellent),
      good: to - lowerBound(runs, from, to, lines.good),
      pass: to - lowerBound(runs, from, to, lines.pass),
      low: lowerBound(runs, from, to, lines.low) - from,
    };
    const ratesOfSat = ratesOver(counts, s);
    const ratesOfEnrolled = ratesOver(counts, e);
    const levelCounts = new Array<number>(levelCount);
    for (let l = 0, end = to; l < levelCount; l++) {
      const start = l === levelCount - 1 ? from : lowerBound(runs, from, end, levelLines[l]!);
      levelCounts[l] = end - start;
      end = start;
    }
    const figures: GroupStats = {
      group: g,
      enrolled: e,
      sat: s,
      absent: e - s,
      mean: null,
      sd: null,
      min: null,
      max: null,
      median: null,
      q1: null,
      q3: null,
      deciles: [],
      counts,
      rates: byEnrolled ? ratesOfEnrolled : ratesOfSat,
      ratesOfSat,
      ratesOfEnrolled,
      bands: new Array<number>(bandCount).fill(0),
      levels: levelCounts,
      meanDiff: null,
      standardizedDiff: null,
      rank: null,
    };
    if (s > 0) describeRun(figures, runs, from, to, bandTops, county === null, countyMean, countySd);
    mean[g] = figures.mean ?? Number.NaN;
    stats.push(figures);
  }
  const ranks = rankByMean(mean);
  for (const st of stats) st.rank = ranks[st.group]! > 0 ? ranks[st.group]! : null;
  return stats;
}

/** Fills the score-valued figures of a group from its non-empty ascending run. */
function describeRun(
  figures: GroupStats,
  runs: Float64Array,
  from: number,
  to: number,
  bandTops: number[],
  isCounty: boolean,
  countyMean: number,
  countySd: number | null,
) {
  const s = to - from;
  let sum = 0;
  for (let j = from; j < to; j++) sum += runs[j]!;
  const m = sum / s;
  let squares = 0;
  for (let j = from; j < to; j++) {
    const d = runs[j]! - m;
    squares += d * d;
  }
  const bands = figures.bands;
  for (let b = 0, j = from; b < bands.length; b++) {
    const end = b === bands.length - 1 ? to : lowerBound(runs, j, to, bandTops[b]!);
    bands[b] = end - j;
    j = end;
  }
  const deciles = new Array<number>(decilePoints.length);
  for (let k = 0; k < decilePoints.length; k++) deciles[k] = quantileSorted(runs, decilePoints[k]!, from, to);
  const meanDiff = isCounty ? 0 : m - countyMean;
  figures.mean = m;
  figures.sd = Math.sqrt(squares / s);
  figures.min = runs[from]!;
  figures.max = runs[to - 1]!;
  figures.median = quantileSorted(runs, 0.5, from, to);
  figures.q1 = quantileSorted(runs, 0.25, from, to);
  figures.q3 = quantileSorted(runs, 0.75, from, to);
  figures.deciles = deciles;
  figures.meanDiff = meanDiff;
  figures.standardizedDiff = isCounty ? 0 : countySd ? meanDiff / countySd : null;
}

/** The first index in [from, to) of an ascending run whose value is at least `value` (to when none). */
function lowerBound(runs: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function ratesOver(counts: Record<RateKey, number>, denominator: number): Rates {
  const r = {} as Rates;
  for (const k of rateKeys) r[k] = denominator > 0 ? counts[k] / denominator : null;
  return r;
}

/**
 * Competition ranks (1, 2, 2, 4) by mean, highest first, for groups with a score (a mean); 0 for the others: a
 * group's rank is one more than the number of means above it, found in the natively sorted means.
 */
function rankByMean(mean: Float64Array): Int32Array {
  let present = 0;
  for (let g = 0; g < mean.length; g++) if (!Number.isNaN(mean[g])) present++;
  const ascending = new Float64Array(present);
  for (let g = 0, j = 0; g < mean.length; g++) if (!Number.isNaN(mean[g])) ascending[j++] = mean[g]!;
  ascending.sort();
  const rank = new Int32Array(mean.length);
  for (let g = 0; g < mean.length; g++) {
    const m = mean[g]!;
    if (Number.isNaN(m)) continue;
    // the first index above m: everything from there on is higher
    let lo = 0;
    let hi = present;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ascending[mid]! <= m) lo = mid + 1;
      else hi = mid;
    }
    rank[g] = present - lo + 1;
  }
  return rank;
}
