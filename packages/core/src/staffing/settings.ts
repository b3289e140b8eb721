/**
 * The county's staffing settings (人事股参数), one set per county and the year they apply from. Every ratio and
 * threshold of methods.md §10 is a setting here; the defaults are the national figures (中央编办发〔2014〕72号,
 * 教师〔2014〕4号, the 2022 compulsory curriculum plan) and, where the nation leaves a rule to the province, a
 * stated example a county replaces with its province's.
 */
import type { Subject } from "../registry/vocabulary";

/** How a fractional number of posts or recruits becomes whole: half up, always up, or always down. */
export type Rounding = "round" | "ceil" | "floor";
export const roundingLabels: Record<Rounding, string> = { round: "四舍五入", ceil: "向上取整", floor: "向下取整" };

/** The stages the establishment standard covers (教职工与学生比). */
export type EstablishmentStage = "primary" | "junior" | "senior";
export const establishmentStages: readonly EstablishmentStage[] = ["primary", "junior", "senior"];

/** Weekly periods of one grade: subject → periods per week; the rest of the week (综合实践, 劳动, 地方课程) is `other`. */
export type GradePeriods = Partial<Record<Subject | "other", number>>;

export interface StaffingSettings {
  /** the province whose rules these are (e.g. 内蒙古自治区) */
  province: string;
  /** the calendar year the settings apply from (a later year's row supersedes) */
  fromYear: number;
  /** students per staff post by stage: senior 12.5, junior 13.5, primary 19 */
  studentsPerPost: Record<EstablishmentStage, number>;
  /** small rural schools and teaching points are also staffed by class: posts per class by stage */
  postsPerClass: Record<EstablishmentStage, number>;
  /** a school with fewer students than this (or a teaching point) gets the larger of the two rules */
  smallSchoolStudents: number;
  /** boarding students per extra post (寄宿制学校增加编制); 0 = no addition */
  boardingStudentsPerPost: number;
  /** students per post in special-education schools (特殊教育学校) */
  specialStudentsPerPost: number;
  /** students with a disability placed in ordinary classes (随班就读) per extra post; 0 = no addition */
  inclusiveStudentsPerPost: number;
  /** how a school's total posts owed is made whole */
  postRounding: Rounding;
  /** a teacher's full weekly workload (满工作量, periods per week) by stage */
  fullWorkload: Record<EstablishmentStage, number>;
  /** weekly periods per subject by grade 1–12 (the curriculum plan) */
  curriculum: Record<number, GradePeriods>;
  /** retirements that earn one recruit: 1 (1:1) or 2 (退二补一) */
  retirementsPerRecruit: number;
  /** how the county's total of recruits owed for retirements is made whole */
  recruitRounding: Rounding;
  /** school years ahead the retirement forecast covers */
  forecastYears: number;
  /** hours of continuing education per five-year cycle */
  cycleHours: number;
  /** the first calendar year of the current five-year cycle */
  cycleStartYear: number;
  /** the largest share of the cycle's hours that school-based training (校本研修) may count for */
  schoolBasedMaxShare: number;
  /** years at one school after which a teacher is due to rotate */
  rotationYears: number;
  /** years of one principal's term; principals rotate after two terms */
  principalTermYears: number;
  /** share of eligible teachers of urban and high-performing schools that must rotate each year */
  rotationMinShare: number;
  /** share of backbone teachers among those rotating */
  rotationBackboneMinShare: number;
}

/**
 * The 2022 compulsory curriculum plan's weekly totals (26 / 30 / 34) split by subject as a typical provincial plan.
 * Over the nine years each subject's share stays inside the plan's ranges (义务教育课程方案(2022年版) 课时比例,
 * checked in settings.test.ts): 语文 20–22 %, 数学 13–15 %, 道德与法治 6–8 %, 外语 6–8 %, 历史·地理 3–4 %,
 * 科学·物理·化学·生物 8–10 %, 信息科技 1–3 %, 体育与健康 10–11 %, 艺术 9–11 %, and 综合实践·劳动·地方与校本课程
 * (here `other`, with 心理健康) 14–18 %. Grades 3–4 have one period of mathematics fewer than grades 5–6 so that
 * mathematics stays within 15 %.
 */
const G12: GradePeriods = { chinese: 8, math: 4, politics: 2, pe: 4, music: 2, art: 2, science: 1, other: 3 };
const G34: GradePeriods = {
  chinese: 6,
  math: 4,
  english: 2,
  politics: 2,
  science: 2,
  it: 1,
  pe: 3,
  music: 2,
  art: 2,
  psychology: 1,
  other: 5,
};
const G56: GradePeriods = {
  chinese: 6,
  math: 5,
  english: 2,
  politics: 2,
  science: 2,
  it: 1,
  pe: 3,
  music: 2,
  art: 2,
  psychology: 1,
  other: 4,
};
const G7: GradePeriods = {
  chinese: 5,
  math: 5,
  english: 4,
  politics: 2,
  history: 2,
  geography: 2,
  biology: 2,
  it: 1,
  pe: 3,
  music: 1,
  art: 1,
  psychology: 1,
  other: 5,
};
const G8: GradePeriods = { ...G7, physics: 2, other: 3 };
const G9: GradePeriods = { ...G7, geography: 0, biology: 0, physics: 3, chemistry: 3, other: 3 };
const SENIOR: GradePeriods = {
  chinese: 5,
  math: 5,
  english: 5,
  physics: 2,
  chemistry: 2,
  biology: 2,
  history: 2,
  geography: 2,
  politics: 2,
  pe: 2,
  music: 1,
  art: 1,
  it: 2,
  psychology: 1,
  other: 1,
};

/** The defaults: national ratios and thresholds, an example province's additions. */
export const defaultStaffingSettings: StaffingSettings = {
  province: "",
  fromYear: 2022,
  studentsPerPost: { primary: 19, junior: 13.5, senior: 12.5 },
  postsPerClass: { primary: 1.5, junior: 2.5, senior: 3 },
  smallSchoolStudents: 100,
  boardingStudentsPerPost: 50,
  specialStudentsPerPost: 3,
  inclusiveStudentsPerPost: 10,
  postRounding: "round",
  fullWorkload: { primary: 15, junior: 13, senior: 12 },
  curriculum: {
    1: G12,
    2: G12,
    3: G34,
    4: G34,
    5: G56,
    6: G56,
    7: G7,
    8: G8,
    9: G9,
    10: SENIOR,
    11: SENIOR,
    12: SENIOR,
  },
  retirementsPerRecruit: 2,
  recruitRounding: "ceil",
  forecastYears: 5,
  cycleHours: 360,
  cycleStartYear: 2022,
  schoolBasedMaxShare: 0.5,
  rotationYears: 6,
  principalTermYears: 3,
  rotationMinShare: 0.1,
  rotationBackboneMinShare: 0.2,
};

/**
 * Makes a number whole by a rounding rule; `round` is half up (7.5 → 8). A tiny epsilon absorbs binary fractions
 * (0.1 + 0.2) so that a sum meant to be whole stays whole.
 *
 * @example roundBy(7.5, "round") // => 8; roundBy(7.2, "ceil") // => 8; roundBy(7.8, "floor") // => 7
 */
export function roundBy(value: number, rule: Rounding): number {
  const eps = 1e-9;
  if (rule === "ceil") return Math.ceil(value - eps);
  if (rule === "floor") return Math.floor(value + eps);
  return Math.floor(value + 0.5 + eps);
}

/** One decimal, half up, for display of fractional posts. @example oneDecimal(12.345) // => 12.3 */
export function oneDecimal(value: number): number {
  return Math.round((value + Number.EPSILON) * 10) / 10;
}

/** The stage of a school grade (1–6 primary, 7–9 junior, 10–12 senior), or null outside the standard. */
export function establishmentStageOf(grade: number): EstablishmentStage | null {
  if (grade >= 1 && grade <= 6) return "primary";
  if (grade >= 7 && grade <= 9) return "junior";
  if (grade >= 10 && grade <= 12) return "senior";
  return null;
}

/**
 * Problems of a settings form, each naming the field and the fix; empty when the settings are usable.
 *
 * @example settingsProblems({ ...defaultStaffingSettings, retirementsPerRecruit: 0 }) // => [{ field: "retirementsPerRecruit", ... }]
 */
export function settingsProblems(s: StaffingSettings): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const stage of establishmentStages) {
    if (!(s.studentsPerPost[stage] > 0))
      out.push({ field: `studentsPerPost.${stage}`, message: "生师比须为大于 0 的数,例如 19" });
    if (!(s.fullWorkload[stage] > 0))
      out.push({ field: `fullWorkload.${stage}`, message: "满工作量须为大于 0 的周课时数,例如 14" });
    if (!(s.postsPerClass[stage] >= 0))
      out.push({ field: `postsPerClass.${stage}`, message: "班师比不能为负数,不按班核定请填 0" });
  }
  if (!(s.retirementsPerRecruit >= 1))
    out.push({ field: "retirementsPerRecruit", message: "补充比例须不小于 1:填 1 为“退一补一”,填 2 为“退二补一”" });
  if (!(s.cycleHours > 0)) out.push({ field: "cycleHours", message: "周期学时须大于 0,国家要求不少于 360" });
  if (!(s.schoolBasedMaxShare >= 0 && s.schoolBasedMaxShare <= 1))
    out.push({ field: "schoolBasedMaxShare", message: "校本研修学时比例须在 0 到 1 之间,例如 0.5" });
  if (!(s.rotationYears >= 1)) out.push({ field: "rotationYears", message: "交流年限须不少于 1 年,通常为 6 年" });
  if (!(s.forecastYears >= 1 && s.forecastYears <= 10))
    out.push({ field: "forecastYears", message: "退休预测年数须在 1 到 10 之间,通常为 5" });
  return out;
}
