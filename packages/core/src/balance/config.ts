import type { Qualification } from "../registry/vocabulary";
import type { BalanceStage, QualityIndicator } from "./indicators";

/**
 * The configurable parts of the balance method. Provinces publish stricter variants, so every number here is a
 * setting; `nationalBalanceConfig` holds the national values of methods.md §1.
 */
export interface BalanceConfig {
  /** per-school standard of each high-quality indicator, per stage (methods.md §1.1) */
  standards: Record<BalanceStage, Record<QualityIndicator, number>>;
  /** county limit of each high-quality indicator's difference coefficient */
  qualityCoefficientLimit: Record<BalanceStage, number>;
  /** county limit of the basic-balance composite coefficient */
  basicCompositeLimit: Record<BalanceStage, number>;
  /** the lowest qualification that counts as "above the required qualification" */
  qualificationAbove: Record<BalanceStage, Qualification>;
  /** a school meets the standards when at least this many of the 7 reach the standard … */
  schoolMinimumMet: number;
  /** … and every other one reaches at least this share of its standard */
  schoolRemainderShare: number;
  /** weights that split a combined school's stocks by weighted enrollment (primary : junior : senior) */
  stageWeights: { primary: number; junior: number; senior: number };
  /** teaching points with fewer students than this are excluded */
  teachingPointMinimum: number;
  /** largest class allowed by the high-quality requirements (methods.md §1.4) */
  classSizeMax: Record<BalanceStage, number>;
  /** largest school allowed; nine-year schools have their own limit */
  schoolSizeMax: number;
  nineYearSchoolSizeMax: number;
}

export const nationalBalanceConfig: BalanceConfig = {
  standards: {
    primary: { L1: 4.2, L2: 1.0, L3: 0.9, L4: 4.5, L5: 7.5, L6: 2000, L7: 2.3 },
    junior: { L1: 5.3, L2: 1.0, L3: 0.9, L4: 5.8, L5: 10.2, L6: 2500, L7: 2.4 },
  },
  qualityCoefficientLimit: { primary: 0.5, junior: 0.45 },
  basicCompositeLimit: { primary: 0.65, junior: 0.55 },
  qualificationAbove: { primary: "college", junior: "bachelor" },
  schoolMinimumMet: 6,
  schoolRemainderShare: 0.85,
  stageWeights: { primary: 1, junior: 1.1, senior: 1.32 },
  teachingPointMinimum: 50,
  classSizeMax: { primary: 45, junior: 50 },
  schoolSizeMax: 2000,
  nineYearSchoolSizeMax: 2500,
};

const qualificationRank: Record<Qualification, number> = {
  below: 0,
  secondary: 1,
  college: 2,
  bachelor: 3,
  postgraduate: 4,
};

/**
 * Does a teacher's qualification count as above the required one for a stage?
 *
 * @example isAboveRequiredQualification("college", "primary", nationalBalanceConfig) // => true
 */
export function isAboveRequiredQualification(q: Qualification, stage: BalanceStage, config: BalanceConfig): boolean {
  return (qualificationRank[q] ?? -1) >= qualificationRank[config.qualificationAbove[stage]];
}

export interface ConfigProblem {
  field: string;
  message: string;
}

/**
 * Checks a configuration an administrator edits: every number positive and finite, shares within (0, 1].
 *
 * @example validateBalanceConfig(nationalBalanceConfig) // => []
 */
export function validateBalanceConfig(config: BalanceConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const positive = (field: string, v: number) => {
    if (!Number.isFinite(v) || v <= 0) problems.push({ field, message: `${field} 必须是大于 0 的数` });
  };
  for (const stage of ["primary", "junior"] as const) {
    for (const [k, v] of Object.entries(config.standards[stage])) positive(`standards.${stage}.${k}`, v);
    positive(`qualityCoefficientLimit.${stage}`, config.qualityCoefficientLimit[stage]);
    positive(`basicCompositeLimit.${stage}`, config.basicCompositeLimit[stage]);
    if (!(config.qualificationAbove[stage] in qualificationRank)) {
      problems.push({ field: `qualificationAbove.${stage}`, message: "学历要求不在可选范围内" });
    }
  }
  if (!Number.isInteger(config.schoolMinimumMet) || config.schoolMinimumMet < 1 || config.schoolMinimumMet > 7) {
    problems.push({ field: "schoolMinimumMet", message: "达标项数须为 1 到 7 的整数" });
  }
  if (!(config.schoolRemainderShare > 0 && config.schoolRemainderShare <= 1)) {
    problems.push({ field: "schoolRemainderShare", message: "其余指标的最低比例须在 0 到 1 之间" });
  }
  positive("stageWeights.primary", config.stageWeights.primary);
  positive("stageWeights.junior", config.stageWeights.junior);
  positive("stageWeights.senior", config.stageWeights.senior);
  for (const stage of ["primary", "junior"] as const) positive(`classSizeMax.${stage}`, config.classSizeMax[stage]);
  positive("schoolSizeMax", config.schoolSizeMax);
  positive("nineYearSchoolSizeMax", config.nineYearSchoolSizeMax);
  if (!Number.isInteger(config.teachingPointMinimum) || config.teachingPointMinimum < 0) {
    problems.push({ field: "teachingPointMinimum", message: "教学点最低人数须为非负整数" });
  }
  return problems;
}
