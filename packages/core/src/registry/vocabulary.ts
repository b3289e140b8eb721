/**
 * The register's controlled vocabularies, each with its Chinese label.
 * Codes are stable English words stored in the database; labels are what people read.
 */

function labels<const T extends Record<string, string>>(map: T) {
  return { labels: map, codes: Object.keys(map) as (keyof T & string)[] };
}

/** Kind of school (办学类型). Combined kinds are split into stages by the balance method. */
export const schoolKind = labels({
  kindergarten: "幼儿园",
  primary: "小学",
  teaching_point: "教学点",
  junior: "初级中学",
  nine_year: "九年一贯制学校",
  complete_secondary: "完全中学",
  senior: "高级中学",
  twelve_year: "十二年一贯制学校",
  vocational: "中等职业学校",
  special: "特殊教育学校",
});
export type SchoolKind = (typeof schoolKind.codes)[number];

/** Urban / town / rural (城乡分类). */
export const locality = labels({ urban: "城区", town: "镇区", rural: "乡村" });
export type Locality = (typeof locality.codes)[number];

/** Public or private (办学性质). */
export const ownership = labels({ public: "公办", private: "民办" });
export type Ownership = (typeof ownership.codes)[number];

/** Stage of education (学段). */
export const stage = labels({
  preschool: "学前",
  primary: "小学",
  junior: "初中",
  senior: "高中",
  vocational: "中职",
  special: "特教",
});
export type Stage = (typeof stage.codes)[number];

export const gender = labels({ M: "男", F: "女" });
export type Gender = (typeof gender.codes)[number];

/** Status of a student's enrollment row in a school year (学籍状态). */
export const enrollmentStatus = labels({
  enrolled: "在读",
  suspended: "休学",
  transferred_out: "转出",
  graduated: "毕业",
  dropped_out: "辍学",
  deceased: "死亡",
});
export type EnrollmentStatus = (typeof enrollmentStatus.codes)[number];

/** Highest qualification (最高学历). */
export const qualification = labels({
  postgraduate: "研究生",
  bachelor: "本科",
  college: "专科",
  secondary: "高中及中专",
  below: "高中以下",
});
export type Qualification = (typeof qualification.codes)[number];

/** Professional title (专业技术职称). */
export const professionalTitle = labels({
  senior_high: "正高级",
  senior: "高级",
  intermediate: "一级",
  junior: "二级",
  entry: "三级",
  none: "未评",
});
export type ProfessionalTitle = (typeof professionalTitle.codes)[number];

/** Backbone-teacher level (骨干教师级别). */
export const backboneLevel = labels({
  none: "无",
  school: "校级",
  county: "县级",
  city: "市级",
  province: "省级",
});
export type BackboneLevel = (typeof backboneLevel.codes)[number];

/** Post type (岗位类别). */
export const postType = labels({
  teacher: "专任教师",
  admin: "行政人员",
  support: "教辅人员",
  worker: "工勤人员",
});
export type PostType = (typeof postType.codes)[number];

/** Establishment (编制类型) of an employment. */
export const establishment = labels({ established: "在编", contract: "合同制", substitute: "代课" });
export type Establishment = (typeof establishment.codes)[number];

/** Status of a staff member's employment in a school year (任职状态); "left" is set by marking them as left. */
export const employmentStatus = labels({ active: "在岗", leave: "离岗", retired: "退休", left: "调离" });
export type EmploymentStatus = (typeof employmentStatus.codes)[number];

/** Subjects taught (任教学科). */
export const subject = labels({
  chinese: "语文",
  math: "数学",
  english: "英语",
  physics: "物理",
  chemistry: "化学",
  biology: "生物",
  history: "历史",
  geography: "地理",
  politics: "道德与法治",
  science: "科学",
  pe: "体育",
  music: "音乐",
  art: "美术",
  it: "信息技术",
  psychology: "心理健康",
  preschool: "学前教育",
  vocational: "专业课",
  special: "特殊教育",
});
export type Subject = (typeof subject.codes)[number];

/**
 * The Chinese name of a grade. Grades 1–12 are school grades; kindergarten levels are −3..−1.
 *
 * @example gradeLabel(7) // => "七年级"; gradeLabel(10) // => "高一"; gradeLabel(-1) // => "大班"
 */
export function gradeLabel(grade: number): string {
  const kindergarten: Record<number, string> = { [-3]: "小班", [-2]: "中班", [-1]: "大班" };
  if (grade < 0) return kindergarten[grade] ?? `${grade}`;
  if (grade >= 10 && grade <= 12) return ["高一", "高二", "高三"][grade - 10]!;
  const digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  return grade >= 1 && grade <= 9 ? `${digits[grade]}年级` : `${grade}`;
}

/** The stage a grade belongs to. */
export function stageOfGrade(grade: number): Stage {
  if (grade < 1) return "preschool";
  if (grade <= 6) return "primary";
  if (grade <= 9) return "junior";
  return "senior";
}

/**
 * The school year containing a date, named by the calendar year it starts in (2024 = 2024–2025 学年).
 * The statistics date is 1 September, so a date from September on belongs to the year starting then.
 *
 * @example schoolYearOf("2025-03-01") // => 2024
 */
export function schoolYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

/** "2024—2025学年" */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}—${startYear + 1}学年`;
}
