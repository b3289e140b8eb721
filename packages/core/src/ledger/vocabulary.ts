/**
 * The ledger's controlled vocabularies (督导·隐患排查·整改台账), each with its Chinese label.
 * Codes are stable English words stored in the database; labels are what people read.
 */

function labels<const T extends Record<string, string>>(map: T) {
  return { labels: map, codes: Object.keys(map) as (keyof T & string)[] };
}

/**
 * Kind of inspection (检查类型). Each inspection type configured by the county belongs to one kind; the kind names
 * the activity in the speech sentence ("开展隐患排查47次").
 */
export const inspectionKind = labels({
  supervision: "督导检查",
  hazard: "隐患排查",
  fee: "收费自查",
  statistics: "统计自查",
  teaching: "教学常规检查",
  tutoring: "校外培训机构检查",
});
export type InspectionKind = (typeof inspectionKind.codes)[number];

/** Whether an inspection's targets are schools or off-campus tutoring institutions (校外培训机构). */
export const targetKindOf = (kind: InspectionKind): "school" | "institution" =>
  kind === "tutoring" ? "institution" : "school";

/** Severity of a check item or a finding (严重程度), lowest first. */
export const severity = labels({ minor: "一般", major: "较大", critical: "重大" });
export type Severity = (typeof severity.codes)[number];

/**
 * State of a finding's rectification (整改状态). 待整改 → 整改中 → 待复查 → 已销号; 复查不通过 sends it back to
 * 整改中; the inspector may withdraw (撤销) a finding raised in error. 已销号 and 已撤销 are final.
 */
export const findingState = labels({
  pending: "待整改",
  in_progress: "整改中",
  awaiting_review: "待复查",
  closed: "已销号",
  withdrawn: "已撤销",
});
export type FindingState = (typeof findingState.codes)[number];

/** The states a finding is still open in (it counts toward overdue). */
export const openFindingStates: readonly FindingState[] = ["pending", "in_progress", "awaiting_review"];

/** Common (共性, raised for many targets at once) or individual (个性) finding. */
export const findingScope = labels({ common: "共性问题", individual: "个性问题" });
export type FindingScope = (typeof findingScope.codes)[number];

/** Result of one check item at one target (检查结果). */
export const checkResult = labels({ pass: "符合", fail: "不符合", na: "不适用" });
export type CheckResult = (typeof checkResult.codes)[number];

/** Type of an off-campus tutoring institution (校外培训机构类型). */
export const institutionType = labels({
  academic: "学科类",
  arts: "艺术类",
  sports: "体育类",
  science: "科技类",
  other: "其他",
});
export type InstitutionType = (typeof institutionType.codes)[number];

/** Status of an off-campus tutoring institution in the register. */
export const institutionStatus = labels({
  operating: "正常营业",
  suspended: "停业整顿",
  closed: "已注销",
});
export type InstitutionStatus = (typeof institutionStatus.codes)[number];
