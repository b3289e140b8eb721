import { canWrite } from "../auth/policy";
import type { Actor } from "../auth/roles";
import { countValue, type FigureValue, missingValue, percentValue } from "./figureValue";

/**
 * The bureau's yearly inputs no other capability holds (课后服务, 图书, 高考·中考 results) and the figures computed from
 * them (methods: the catalogue entries reports.afterSchoolParticipation, reports.libraryBooksAdded,
 * reports.gaokaoUndergraduateRate, reports.zhongkaoKeySchoolRate).
 */

/** The terms of after-school service: the autumn term of a school year, then its spring term. */
export const afterSchoolTermLabels = { autumn: "秋季学期", spring: "春季学期" } as const;
export type AfterSchoolTerm = keyof typeof afterSchoolTermLabels;

/** The exams whose results the admissions office returns. */
export const examResultLabels = { gaokao: "高考", zhongkao: "中考" } as const;
export type ExamResultKind = keyof typeof examResultLabels;

/** The tier a candidate was admitted to, as the admissions office's list writes it. */
export const admissionTierLabels = {
  undergraduate_first: "本科一批",
  undergraduate: "本科",
  college: "专科",
  key_high: "重点高中",
  ordinary_high: "普通高中",
  vocational: "中职",
  none: "未录取",
} as const;
export type AdmissionTier = keyof typeof admissionTierLabels;

/** The tiers a row of each exam may carry. */
export const tiersOfExam: Record<ExamResultKind, readonly AdmissionTier[]> = {
  gaokao: ["undergraduate_first", "undergraduate", "college", "none"],
  zhongkao: ["key_high", "ordinary_high", "vocational", "none"],
};

/**
 * The tier a label names, for the exam: also the usual other spellings (一本, 本科二批, 高职专科, 未被录取).
 *
 * @example admissionTierOf("gaokao", "一本") // => "undergraduate_first"
 * @example admissionTierOf("zhongkao", "本科") // => null
 */
export function admissionTierOf(exam: ExamResultKind, label: string): AdmissionTier | null {
  const t = label.trim();
  const spelled: Record<string, AdmissionTier> = {
    一本: "undergraduate_first",
    本科一批: "undergraduate_first",
    二本: "undergraduate",
    本科二批: "undergraduate",
    本科批: "undergraduate",
    本科: "undergraduate",
    专科: "college",
    高职专科: "college",
    专科批: "college",
    重点高中: "key_high",
    重点中学: "key_high",
    普通高中: "ordinary_high",
    中职: "vocational",
    中等职业学校: "vocational",
    未录取: "none",
    未被录取: "none",
    "": "none",
  };
  const tier = spelled[t];
  return tier && tiersOfExam[exam].includes(tier) ? tier : null;
}

/**
 * Who imports after-school service and yearly counts: 基础教育股 for every school (null), a school's administrator
 * for its own (its id); anyone else may not (undefined).
 *
 * @example schoolDataImportScope(basicEducationStaff) // => null
 * @example schoolDataImportScope(teacher) // => undefined
 */
export function schoolDataImportScope(actor: Actor): string | null | undefined {
  if (actor.role === "section" && actor.section === "basic_education") return null;
  if (actor.role === "school_admin" && actor.schoolId) return actor.schoolId;
  return undefined;
}

/**
 * Who imports 高考 and 中考 results: 招生办 (the section owning admissions).
 *
 * @example mayImportExamResults(admissionsStaff) // => true
 * @example mayImportExamResults(schoolAdmin) // => false
 */
export function mayImportExamResults(actor: Actor): boolean {
  return actor.role === "section" && canWrite(actor, "admissions");
}

/** A school's after-school service in the autumn term, as the figure reads it. */
export interface AfterSchoolInput {
  participants: number;
}

/**
 * 课后服务: the schools taking part (at least one student) as the numerator, the students taking part as the value,
 * in the autumn term of the school year. Incomplete while a school has not reported the term.
 *
 * @example afterSchoolFigure([{ participants: 900 }, { participants: 0 }], 0, 2026)
 * // => { status: "ok", value: 900, numerator: 1, denominator: null }
 */
export function afterSchoolFigure(rows: readonly AfterSchoolInput[], unreported: number, year: number): FigureValue {
  if (rows.length === 0) return missingValue("本学年秋季学期课后服务数据尚未导入");
  if (unreported > 0) return missingValue(`${unreported}所学校尚未填报${year}学年秋季学期课后服务`);
  const taking = rows.filter((r) => r.participants > 0);
  const participants = taking.reduce((n, r) => n + r.participants, 0);
  return { status: "ok", value: participants, numerator: taking.length, denominator: null };
}

/**
 * 补充图书: the books the schools added in the calendar year. Incomplete while a school has not reported the year.
 *
 * @example libraryBooksFigure([{ booksAdded: 1200 }, { booksAdded: 300 }], 0, 2026) // => countValue(1500)
 */
export function libraryBooksFigure(rows: readonly { booksAdded: number }[], unreported: number, year: number) {
  if (rows.length === 0) return missingValue("本年度图书数据尚未导入");
  if (unreported > 0) return missingValue(`${unreported}所学校尚未填报${year}年新增图书`);
  return countValue(rows.reduce((n, r) => n + r.booksAdded, 0));
}

/** A candidate's result as the rates read it. */
export interface ExamResultInput {
  sat: boolean;
  matched: boolean;
  tier: AdmissionTier;
}

/**
 * 本科升学率 (高考) or 重点高中录取率 (中考): the candidates admitted to an undergraduate tier (一本 included), or to a
 * key high school, over the candidates who sat, both counted among those matched to the register; candidates who
 * registered but did not sit, and unmatched candidates, are left out. One decimal.
 *
 * @example examRateFigure("gaokao", [{ sat: true, matched: true, tier: "undergraduate" }, { sat: true, matched: true, tier: "college" }])
 * // => { status: "ok", value: 50, numerator: 1, denominator: 2 }
 */
export function examRateFigure(exam: ExamResultKind, rows: readonly ExamResultInput[]): FigureValue {
  const counted = rows.filter((r) => r.sat && r.matched);
  const admitted = counted.filter((r) =>
    exam === "gaokao" ? r.tier === "undergraduate_first" || r.tier === "undergraduate" : r.tier === "key_high",
  );
  return percentValue(admitted.length, counted.length, `本年度${examResultLabels[exam]}录取结果尚未导入`);
}
