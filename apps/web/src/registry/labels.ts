import { registry } from "@edubureau/core";

/**
 * The options of a select over one of core's vocabularies, in the vocabulary's order with its Chinese labels.
 *
 * @example vocabularyOptions(registry.postType) // [{ value: "teacher", label: "专任教师" }, …]
 */
export const vocabularyOptions = <T extends string>(v: { codes: readonly T[]; labels: Record<T, string> }) =>
  v.codes.map((c) => ({ value: c, label: v.labels[c] }));

/** School status (办学状态): not in core's vocabulary yet, so labelled here; unknown codes show raw. */
export const schoolStatusLabels: Record<string, { label: string; color: string }> = {
  open: { label: "正常办学", color: "green" },
  merged: { label: "已合并", color: "orange" },
  closed: { label: "已撤销", color: "default" },
};

/** Tag colour of a class-size category: 正常 green, 偏大 gold, 大班额 orange, 超大班额 red. */
export const classSizeTagColors: Record<registry.ClassSizeCategory, string> = {
  normal: "green",
  oversized: "gold",
  large: "orange",
  super_large: "red",
};

/** Chart colour of a class-size category (the same hues as the tags). */
export const classSizeChartColors: Record<registry.ClassSizeCategory, string> = {
  normal: "#52c41a",
  oversized: "#faad14",
  large: "#fa8c16",
  super_large: "#f5222d",
};

/** Class-size categories in order, from core's vocabulary. */
export const classSizeCategories = Object.keys(registry.classSizeCategoryLabel) as registry.ClassSizeCategory[];

const rule = registry.defaultClassSizeRule;
/** The rule the class-size pages name (methods.md §2). */
export const classSizeRuleText = `依据:GB 50099-2011 标准班额,${rule.oversizedFrom}–${rule.largeFrom - 1}人偏大,${rule.largeFrom}–${rule.superLargeFrom - 1}人大班额,${rule.superLargeFrom}人及以上超大班额`;

/** National targets (methods.md §2): large classes at most 5%, no super-large classes. */
export const LARGE_CLASS_SHARE_TARGET = 0.05;

/** Tag colour of a student's enrollment status (学籍状态). */
export const enrollmentStatusColors: Partial<Record<registry.EnrollmentStatus, string>> = {
  enrolled: "green",
  suspended: "orange",
  transferred_out: "blue",
  graduated: "default",
  dropped_out: "red",
  deceased: "default",
};

/** Special-group flags of a student (特殊群体), in the order the detail page shows them, with tag colours. */
export const studentFlagLabels = {
  leftBehind: { label: "留守儿童", color: "orange" },
  migrant: { label: "随迁子女", color: "blue" },
  disability: { label: "残疾", color: "purple" },
  orphan: { label: "孤儿", color: "magenta" },
  povertyRegistered: { label: "建档立卡", color: "red" },
  dibao: { label: "低保", color: "volcano" },
} as const;
export type StudentFlag = keyof typeof studentFlagLabels;

/** 户口性质 (core's vocabulary, keyed by any code so unknown codes show raw). */
export const householdTypeLabels: Record<string, string> = registry.householdTypeLabels;

/** Tag colour of a transfer status (转学状态); the label comes from core (and with each row from the server). */
export const transferStatusColors: Record<registry.TransferStatus, string> = {
  pending: "processing",
  received: "success",
  rejected: "warning",
  cancelled: "default",
  left_county: "purple",
};

/** 编制 of an employment. */
export const establishmentLabels: Record<string, string> = {
  established: "在编",
  contract: "合同制",
  substitute: "代课",
};

/** Status of an employment year. */
export const employmentStatusLabels: Record<string, string> = {
  active: "在岗",
  leave: "离岗",
  retired: "退休",
  left: "调离",
};

/** Years ahead in which a coming retirement is highlighted on the staff list. */
export const RETIREMENT_WARNING_YEARS = 5;
