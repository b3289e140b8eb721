import { type AgeBand, ageBands } from "./vocabulary";

/**
 * The configurable parts of the preschool evaluation (学前教育普及普惠督导评估, 教督〔2020〕1号, methods.md §11).
 * Provinces publish stricter variants and fix several standards themselves, so every number here is a setting;
 * `nationalPreschoolConfig` holds the national values, and for the standards the province fixes, the defaults a
 * county replaces with its province's (they are marked so on the settings page).
 */
export interface PreschoolConfig {
  /** 学前三年毛入园率 at least this share (national 0.85; some provinces 0.90) */
  grossEnrollmentMin: number;
  /** 普惠性幼儿园覆盖率 at least this share (0.80) */
  inclusiveCoverageMin: number;
  /** 公办园在园幼儿占比 at least this share (0.50) */
  publicShareMin: number;
  /** largest class per age band (幼儿园工作规程 2016: 小班 25, 中班 30, 大班 35, 混龄 30) */
  classLimits: Record<AgeBand, number>;
  /** share of classes within their limit the county must reach (the province fixes it; default 0.95) */
  classWithinLimitShareMin: number;
  /** children per full-time teacher at most (≤ 1:15 → 15) */
  childrenPerTeacherMax: number;
  /** certified full-time teachers at least this share (1.00) */
  certifiedTeacherShareMin: number;
  /** kindergartens whose principal holds 园长任职资格 at least this share (1.00) */
  certifiedPrincipalShareMin: number;
  /** non-established teachers' average pay ÷ established teachers', public kindergartens (province; default 0.80) */
  payShareMin: number;
  /** per-child public funding of a public kindergarten, yuan a year (province; default 600) */
  publicFundingPerChildYuan: number;
  /** per-child subsidy of a 普惠 private kindergarten, yuan a year (province; default 300) */
  inclusiveSubsidyPerChildYuan: number;
  /** building floor area per child, m² (province; default 7) */
  buildingAreaPerChild: number;
  /** outdoor play area per child, m² (province; default 4) */
  playAreaPerChild: number;
  /** share of kindergartens meeting both area standards the county must reach (province; default 1.00) */
  buildingStandardShareMin: number;
  /** public satisfaction (survey) at least this share (0.85) */
  satisfactionMin: number;
}

export const nationalPreschoolConfig: PreschoolConfig = {
  grossEnrollmentMin: 0.85,
  inclusiveCoverageMin: 0.8,
  publicShareMin: 0.5,
  classLimits: { small: 25, middle: 30, large: 35, mixed: 30 },
  classWithinLimitShareMin: 0.95,
  childrenPerTeacherMax: 15,
  certifiedTeacherShareMin: 1,
  certifiedPrincipalShareMin: 1,
  payShareMin: 0.8,
  publicFundingPerChildYuan: 600,
  inclusiveSubsidyPerChildYuan: 300,
  buildingAreaPerChild: 7,
  playAreaPerChild: 4,
  buildingStandardShareMin: 1,
  satisfactionMin: 0.85,
};

/** The settings whose national value the province replaces (shown as 省定标准 on the settings page). */
export const provinceFixedSettings: readonly (keyof PreschoolConfig)[] = [
  "classWithinLimitShareMin",
  "payShareMin",
  "publicFundingPerChildYuan",
  "inclusiveSubsidyPerChildYuan",
  "buildingAreaPerChild",
  "playAreaPerChild",
  "buildingStandardShareMin",
];

export interface PreschoolConfigProblem {
  field: string;
  message: string;
}

const shares: (keyof PreschoolConfig)[] = [
  "grossEnrollmentMin",
  "inclusiveCoverageMin",
  "publicShareMin",
  "classWithinLimitShareMin",
  "certifiedTeacherShareMin",
  "certifiedPrincipalShareMin",
  "payShareMin",
  "buildingStandardShareMin",
  "satisfactionMin",
];
const positives: (keyof PreschoolConfig)[] = [
  "childrenPerTeacherMax",
  "publicFundingPerChildYuan",
  "inclusiveSubsidyPerChildYuan",
  "buildingAreaPerChild",
  "playAreaPerChild",
];

/**
 * Checks settings an administrator edits: shares within (0, 1], standards positive, class limits whole numbers
 * from 1 to 60. Returns the problems, each naming its field and the fix.
 *
 * @example validatePreschoolConfig(nationalPreschoolConfig) // => []
 */
export function validatePreschoolConfig(config: PreschoolConfig): PreschoolConfigProblem[] {
  const problems: PreschoolConfigProblem[] = [];
  for (const f of shares) {
    const v = config[f] as number;
    if (!(Number.isFinite(v) && v > 0 && v <= 1)) {
      problems.push({ field: f, message: `${f} 应为 0 到 1 之间的比例(如 85% 填 0.85)` });
    }
  }
  for (const f of positives) {
    const v = config[f] as number;
    if (!(Number.isFinite(v) && v > 0)) problems.push({ field: f, message: `${f} 应为大于 0 的数` });
  }
  for (const band of ageBands) {
    const v = config.classLimits[band];
    if (!(Number.isInteger(v) && v >= 1 && v <= 60)) {
      problems.push({ field: `classLimits.${band}`, message: `班额上限 classLimits.${band} 应为 1 到 60 的整数` });
    }
  }
  return problems;
}
