/**
 * One group's figures as an object (GroupStats), built from the columnar results of the engine only for the groups
 * a page or a report shows: a province has hundreds of thousands of class and teacher groups, most of which nobody
 * reads at once.
 */
import type { LevelFigures } from "./_lib/levelFigures";
import type { SubjectAnalysis } from "./analyzeExam";
import { type RateKey, rateKeys } from "./config";
import { decilePoints } from "./quantile";

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

export type GroupLevel = "school" | "class" | "teacher";

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

/** Entries from … from + length of a column as a plain array (a loop: subarray and Array.from cost more at this size). */
function entries(column: ArrayLike<number>, from: number, length: number): number[] {
  const out = new Array<number>(length);
  for (let k = 0; k < length; k++) out[k] = column[from + k]!;
  return out;
}

function ratesOver(counts: Record<RateKey, number>, denominator: number): Rates {
  const r = {} as Rates;
  for (const k of rateKeys) r[k] = denominator > 0 ? counts[k] / denominator : null;
  return r;
}

/**
 * The figures of entry i of a level as an object.
 *
 * @param subject - the subject's shape and its county figures; `county: null` when entry i is the county itself
 *   (its differences from the county are then 0)
 * @example groupStatsAt(subject, subject.school, 0).mean // the mean of the first school with students
 */
export function groupStatsAt(
  subject: Pick<SubjectAnalysis, "bandEdges" | "levelLines" | "denominator"> & { county: GroupStats | null },
  level: LevelFigures,
  i: number,
): GroupStats {
  const bandCount = subject.bandEdges.length - 1;
  const levelCount = subject.levelLines.length + 1;
  const enrolled = level.enrolled[i]!;
  const sat = level.sat[i]!;
  const counts = {
    excellent: level.counts[4 * i]!,
    good: level.counts[4 * i + 1]!,
    pass: level.counts[4 * i + 2]!,
    low: level.counts[4 * i + 3]!,
  };
  const ratesOfSat = ratesOver(counts, sat);
  const ratesOfEnrolled = ratesOver(counts, enrolled);
  const mean = orNull(level.mean[i]!);
  const isCounty = subject.county === null;
  const countyMean = isCounty ? mean : subject.county!.mean;
  const countySd = isCounty ? null : subject.county!.sd;
  const meanDiff = mean === null || countyMean === null ? null : isCounty ? 0 : mean - countyMean;
  const d = decilePoints.length;
  return {
    group: level.group[i]!,
    enrolled,
    sat,
    absent: enrolled - sat,
    mean,
    sd: orNull(level.sd[i]!),
    min: orNull(level.min[i]!),
    max: orNull(level.max[i]!),
    median: orNull(level.median[i]!),
    q1: orNull(level.q1[i]!),
    q3: orNull(level.q3[i]!),
    deciles: sat > 0 ? entries(level.deciles, d * i, d) : [],
    counts,
    rates: subject.denominator === "sat" ? ratesOfSat : ratesOfEnrolled,
    ratesOfSat,
    ratesOfEnrolled,
    bands: entries(level.bands, bandCount * i, bandCount),
    levels: entries(level.levels, levelCount * i, levelCount),
    meanDiff,
    standardizedDiff: meanDiff === null ? null : isCounty ? 0 : countySd ? meanDiff / countySd : null,
    rank: level.rank[i]! > 0 ? level.rank[i]! : null,
  };
}

/**
 * Every group of a level as objects, by group code (for small exams, tests and exports that list them all).
 *
 * @example levelGroups(subject, "class").map((g) => g.mean)
 */
export function levelGroups(subject: SubjectAnalysis, level: GroupLevel): GroupStats[] {
  const figures = subject[level];
  return Array.from(figures.group, (_, i) => groupStatsAt(subject, figures, i));
}

/**
 * The entry of a group code in a level, or −1 when the group has no students on the roster.
 *
 * @example groupIndex(subject.school, 7) // the entry of school 7
 */
export function groupIndex(level: LevelFigures, group: number): number {
  let lo = 0;
  let hi = level.group.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (level.group[mid]! < group) lo = mid + 1;
    else hi = mid;
  }
  return lo < level.group.length && level.group[lo] === group ? lo : -1;
}
