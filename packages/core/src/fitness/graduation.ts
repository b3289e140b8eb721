import { type FitnessBand, fitnessBand, graduationScore } from "./scoreStudent";

/** One student of a graduating grade (6, 9, 12) in a test year: the final year's result and the stage's earlier ones. */
export interface GraduateInput {
  /** the final year's status: tested, exempt (免测) or deferred (缓测) */
  status: "tested" | "exempt" | "deferred";
  /** the final year's total (null when incomplete, exempt or deferred) */
  finalTotal: number | null;
  /** totals of the stage's earlier years recorded for the student (null: that year had no total) */
  earlierTotals: readonly (number | null)[];
}

/**
 * The graduation-year figures (毕业成绩) of a group of graduating students. Who counts: students of a graduating
 * grade whose final year has a total; exempt, deferred and incomplete final years are counted apart (`noScore`) and
 * left out of every rate. Earlier years count when they have a total; a student with none counts on the final year
 * alone (`finalYearOnly`, shown beside the rates). Rates are fractions over `scored`, unrounded.
 */
export interface GraduationFigures {
  students: number;
  scored: number;
  noScore: number;
  finalYearOnly: number;
  excellent: number;
  good: number;
  pass: number;
  fail: number;
  passRate: number | null;
  excellentGoodRate: number | null;
  excellentRate: number | null;
  meanScore: number | null;
}

/**
 * The graduation figures of a group (see `GraduationFigures` for who counts), each student's score by
 * `graduationScore` (final × 50 % + mean of the earlier years × 50 %, one decimal).
 *
 * @example graduationFigures([{ status: "tested", finalTotal: 80, earlierTotals: [70, 90] }]).meanScore // => 80
 */
export function graduationFigures(students: Iterable<GraduateInput>): GraduationFigures {
  const bands: Record<FitnessBand, number> = { excellent: 0, good: 0, pass: 0, fail: 0 };
  let count = 0;
  let noScore = 0;
  let finalYearOnly = 0;
  let sum = 0;
  for (const s of students) {
    count++;
    const g = s.status === "tested" ? graduationScore(s.finalTotal, s.earlierTotals) : null;
    if (!g) {
      noScore++;
      continue;
    }
    if (g.finalYearOnly) finalYearOnly++;
    bands[fitnessBand(g.score)]++;
    sum += g.score;
  }
  const scored = bands.excellent + bands.good + bands.pass + bands.fail;
  const rate = (x: number) => (scored > 0 ? x / scored : null);
  return {
    students: count,
    scored,
    noScore,
    finalYearOnly,
    ...bands,
    passRate: rate(bands.excellent + bands.good + bands.pass),
    excellentGoodRate: rate(bands.excellent + bands.good),
    excellentRate: rate(bands.excellent),
    meanScore: scored > 0 ? sum / scored : null,
  };
}
