import type { BalanceConfig } from "./config";
import { type DifferenceCoefficient, differenceCoefficient } from "./differenceCoefficient";
import {
  type BalanceStage,
  type BasicIndicator,
  basicIndicators,
  type Indicator,
  type QualityIndicator,
  qualityIndicators,
} from "./indicators";
import { type IndicatorValues, indicatorValues } from "./indicatorValues";
import type { SchoolBalanceInput } from "./inputs";
import { type Shortfall, shortfallOf } from "./shortfall";
import { type ExclusionReason, exclusionOf, type StagePart, stagePartOf, stagesOf } from "./stageParts";

/** One school's standing against the high-quality standards (per school, methods.md §1.1). */
export interface SchoolStanding {
  part: StagePart;
  values: IndicatorValues;
  /** value ÷ standard per quality indicator, null when the data is missing */
  ratios: Record<QualityIndicator, number | null>;
  met: QualityIndicator[];
  metCount: number;
  /** at least 6 of 7 met and the others at ≥ 85% of their standard; null when data is missing */
  passes: boolean | null;
  shortfalls: Shortfall[];
  /** stock indicators cannot be computed: no conditions row */
  missingConditions: boolean;
}

export interface IndicatorResult {
  indicator: Indicator;
  coefficient: DifferenceCoefficient;
  /** county limit for quality indicators; basic indicators have only the composite limit */
  limit: number | null;
  passed: boolean | null;
  /** schools left out of this indicator because their data is missing */
  missing: number;
}

export interface BalanceEvaluation {
  stage: BalanceStage;
  schools: SchoolStanding[];
  excluded: { schoolId: string; name: string; reason: ExclusionReason }[];
  quality: {
    indicators: IndicatorResult[];
    /** mean of the seven coefficients (informational) */
    composite: number | null;
    /** every indicator within its limit */
    passed: boolean | null;
    /** schools meeting the per-school rule / schools evaluated */
    schoolsPassing: number;
  };
  basic: {
    indicators: IndicatorResult[];
    /** plain mean of the eight coefficients */
    composite: number | null;
    limit: number;
    passed: boolean | null;
  };
  students: number;
  /** some school lacks data: figures are computed over the schools that have it */
  incomplete: boolean;
}

function mean(xs: readonly (number | null)[]): number | null {
  if (xs.length === 0 || xs.some((x) => x === null)) return null;
  return (xs as number[]).reduce((s, x) => s + x, 0) / xs.length;
}

function standingOf(part: StagePart, config: BalanceConfig): SchoolStanding {
  const values = indicatorValues(part);
  const standards = config.standards[part.stage];
  const ratios = {} as Record<QualityIndicator, number | null>;
  const met: QualityIndicator[] = [];
  for (const k of qualityIndicators) {
    const v = values[k];
    ratios[k] = v === null ? null : v / standards[k];
    if (v !== null && v >= standards[k] - 1e-12) met.push(k);
  }
  const missingConditions = part.stocks === null;
  const others = qualityIndicators.filter((k) => !met.includes(k));
  const passes = missingConditions
    ? null
    : met.length >= config.schoolMinimumMet &&
      others.every((k) => (ratios[k] ?? 0) >= config.schoolRemainderShare - 1e-12);
  const shortfalls = qualityIndicators
    .map((k) => shortfallOf(part, k, config))
    .filter((s): s is Shortfall => s !== null);
  return { part, values, ratios, met, metCount: met.length, passes, shortfalls, missingConditions };
}

function coefficientOf(standings: readonly SchoolStanding[], k: Indicator) {
  const present = standings.filter((s) => s.values[k] !== null);
  return {
    coefficient: differenceCoefficient(present.map((s) => ({ students: s.part.students, value: s.values[k]! }))),
    missing: standings.length - present.length,
  };
}

/**
 * Evaluates a county's schools for one stage and school year by the balance methods (methods.md §1): each school's
 * values and standing, each indicator's enrollment-weighted difference coefficient against its limit, and the
 * composites. Combined schools are split into stages; excluded schools are listed with the reason.
 *
 * @example evaluateBalance(schools, "primary", nationalBalanceConfig).quality.passed // => true | false | null
 */
export function evaluateBalance(
  schools: readonly SchoolBalanceInput[],
  stage: BalanceStage,
  config: BalanceConfig,
): BalanceEvaluation {
  const excluded: BalanceEvaluation["excluded"] = [];
  const standings: SchoolStanding[] = [];
  for (const school of schools) {
    const reason = exclusionOf(school, config);
    if (reason) {
      if (reason !== "special" && reason !== "vocational" && !stagesOf(school.kind).includes(stage)) continue;
      excluded.push({ schoolId: school.schoolId, name: school.name, reason });
      continue;
    }
    const part = stagePartOf(school, stage, config);
    if (part) standings.push(standingOf(part, config));
  }
  const limit = config.qualityCoefficientLimit[stage];
  const quality = qualityIndicators.map((k): IndicatorResult => {
    const { coefficient, missing } = coefficientOf(standings, k);
    const passed = coefficient.kind === "ok" ? coefficient.cv <= limit : null;
    return { indicator: k, coefficient, limit, passed, missing };
  });
  const basic = basicIndicators.map((k: BasicIndicator): IndicatorResult => {
    const { coefficient, missing } = coefficientOf(standings, k);
    return { indicator: k, coefficient, limit: null, passed: null, missing };
  });
  const cvs = (rs: IndicatorResult[]) => rs.map((r) => (r.coefficient.kind === "ok" ? r.coefficient.cv : null));
  const qualityComposite = mean(cvs(quality));
  const basicComposite = mean(cvs(basic));
  const basicLimit = config.basicCompositeLimit[stage];
  return {
    stage,
    schools: standings,
    excluded,
    quality: {
      indicators: quality,
      composite: qualityComposite,
      passed: quality.some((r) => r.passed === null) ? null : quality.every((r) => r.passed),
      schoolsPassing: standings.filter((s) => s.passes === true).length,
    },
    basic: {
      indicators: basic,
      composite: basicComposite,
      limit: basicLimit,
      passed: basicComposite === null ? null : basicComposite <= basicLimit,
    },
    students: standings.reduce((n, s) => n + s.part.students, 0),
    incomplete: standings.some((s) => s.missingConditions),
  };
}
