/**
 * The preschool vocabularies (学前教育), each with its Chinese label. Codes are stable English words stored in the
 * database; labels are what people read.
 */

/**
 * Kind of kindergarten by who runs it and whether it is 普惠 (办园性质). The first three are public (公办);
 * `inclusive_private` is a private kindergarten the county recognised as 普惠性 (with its date and document).
 */
export const kindergartenKindLabels = {
  education_public: "教育部门办",
  other_public: "其他部门办(公办)",
  collective: "集体办",
  inclusive_private: "普惠性民办",
  private: "非普惠性民办",
} as const;
export type KindergartenKind = keyof typeof kindergartenKindLabels;
export const kindergartenKinds = Object.keys(kindergartenKindLabels) as KindergartenKind[];

/**
 * Is a kind public (公办)? Education-run, other public and collective kindergartens are.
 *
 * @example isPublicKind("collective") // => true; isPublicKind("inclusive_private") // => false
 */
export function isPublicKind(kind: KindergartenKind): boolean {
  return kind === "education_public" || kind === "other_public" || kind === "collective";
}

/**
 * Is a kind 普惠 (public, or private recognised as 普惠)?
 *
 * @example isInclusiveKind("inclusive_private") // => true; isInclusiveKind("private") // => false
 */
export function isInclusiveKind(kind: KindergartenKind): boolean {
  return isPublicKind(kind) || kind === "inclusive_private";
}

/** Age band of a kindergarten class (班型); the class-size limit depends on it (幼儿园工作规程, 2016). */
export const ageBandLabels = { small: "小班", middle: "中班", large: "大班", mixed: "混龄班" } as const;
export type AgeBand = keyof typeof ageBandLabels;
export const ageBands = Object.keys(ageBandLabels) as AgeBand[];

/**
 * The age band of a register grade: −3 小班, −2 中班, −1 大班; anything else is not a kindergarten grade.
 *
 * @example ageBandOfGrade(-3) // => "small"; ageBandOfGrade(1) // => null
 */
export function ageBandOfGrade(grade: number): AgeBand | null {
  return grade === -3 ? "small" : grade === -2 ? "middle" : grade === -1 ? "large" : null;
}

/** Employment type of a kindergarten teacher for the pay indicator (在编 / 非在编). */
export const employmentTypeLabels = { established: "在编", non_established: "非在编" } as const;
