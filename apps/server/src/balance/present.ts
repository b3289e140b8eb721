import { balance } from "@edubureau/core";

/** An indicator's result as the web and the reports read it: the coefficient's parts spelled out. */
function presentIndicator(r: balance.IndicatorResult) {
  const c = r.coefficient;
  const info = balance.indicatorInfo[r.indicator];
  return {
    indicator: r.indicator,
    name: info.name,
    shortName: info.shortName,
    unit: info.unit,
    digits: info.digits,
    mean: c.kind === "ok" ? c.mean : null,
    sd: c.kind === "ok" ? c.sd : null,
    cv: c.kind === "ok" ? c.cv : null,
    noDataReason: c.kind === "no_data" ? c.reason : null,
    schools: c.kind === "ok" ? c.schools : 0,
    limit: r.limit,
    passed: r.passed,
    missing: r.missing,
  };
}

export type PresentedIndicator = ReturnType<typeof presentIndicator>;

/** One school's standing: values, value ÷ standard, standards met, the per-school rule and the shortfall. */
export function presentStanding(s: balance.SchoolStanding) {
  return {
    schoolId: s.part.schoolId,
    name: s.part.name,
    kind: s.part.kind,
    locality: s.part.locality,
    students: s.part.students,
    stockShare: s.part.stockShare,
    teachers: s.part.counts.teachers,
    values: s.values,
    ratios: s.ratios,
    met: s.met,
    metCount: s.metCount,
    passes: s.passes,
    shortfalls: s.shortfalls,
    missingConditions: s.missingConditions,
  };
}

export type PresentedStanding = ReturnType<typeof presentStanding>;

/**
 * A stage's evaluation for the web and the reports, naming the method and the data date; `visible` narrows the
 * per-school rows to what the reader may see (county figures are shown to every reader of balance).
 */
export function presentEvaluation(
  e: balance.BalanceEvaluation,
  config: balance.BalanceConfig,
  asOf: string,
  visible: (schoolId: string) => boolean,
) {
  return {
    schoolYear: Number(asOf.slice(0, 4)),
    stage: e.stage,
    asOf,
    method: balance.methodNames,
    standards: config.standards[e.stage],
    rule: {
      schoolMinimumMet: config.schoolMinimumMet,
      schoolRemainderShare: config.schoolRemainderShare,
      qualificationAbove: config.qualificationAbove[e.stage],
      stageWeights: config.stageWeights,
    },
    students: e.students,
    schoolsEvaluated: e.schools.length,
    incomplete: e.incomplete,
    quality: {
      indicators: e.quality.indicators.map(presentIndicator),
      composite: e.quality.composite,
      passed: e.quality.passed,
      schoolsPassing: e.quality.schoolsPassing,
      limit: config.qualityCoefficientLimit[e.stage],
    },
    basic: {
      indicators: e.basic.indicators.map(presentIndicator),
      composite: e.basic.composite,
      limit: e.basic.limit,
      passed: e.basic.passed,
    },
    schools: e.schools.filter((s) => visible(s.part.schoolId)).map(presentStanding),
    excluded: e.excluded
      .filter((x) => visible(x.schoolId))
      .map((x) => ({ ...x, label: balance.exclusionReasonLabel[x.reason] })),
  };
}

export type PresentedEvaluation = ReturnType<typeof presentEvaluation>;
