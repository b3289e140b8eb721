/**
 * Household roster against the register (户籍与学籍比对, the first of 四查三比对, methods.md §4): which school-age
 * children of the county's household roster are in school, which have a recorded explanation, and which are not
 * enrolled anywhere (a roster gap, 未入学适龄儿童, a suspected dropout). The match is made by the keyed hash of the
 * resident ID on both sides, never by the clear number.
 */
import { ageOnCensusDay, COMPULSORY_AGES } from "./ageOnCensusDay";

/** Explanations recorded for a school-age child not on the county's register (未在本县就读的说明). */
export const explanationLabels = {
  outside_county: "县外就读",
  deceased: "死亡",
  emigrated: "户籍迁出",
  home_teaching: "送教上门",
  deferred: "缓学(有医疗证明)",
} as const;
export type ExplanationKind = keyof typeof explanationLabels;
export const explanationKinds = Object.keys(explanationLabels) as ExplanationKind[];

/**
 * What an explanation means for the rates:
 * - in_school: the child is in school elsewhere (县外就读, receiving school named) or taught at home (送教上门): counted
 *   as enrolled in the numerator of the enrollment rates, in the stage recorded.
 * - excluded: the child is no longer of the county's population (死亡, 户籍迁出) or deferred with a medical
 *   certificate (缓学): left out of the denominator.
 */
export const explanationEffect: Record<ExplanationKind, "in_school" | "excluded"> = {
  outside_county: "in_school",
  deceased: "excluded",
  emigrated: "excluded",
  home_teaching: "in_school",
  deferred: "excluded",
};

/** What each explanation must carry, in Chinese, for the form and the import messages. */
export const explanationRequirement: Record<ExplanationKind, string> = {
  outside_county: "须填写就读学校名称和学段",
  deceased: "须填写死亡日期或证明",
  emigrated: "须填写迁往地",
  home_teaching: "须填写负责送教的学校",
  deferred: "须填写医疗证明编号或医院",
};

export type Stage = "primary" | "junior";

export interface RosterChild {
  rosterEntryId: string;
  residentIdHash: string;
  birthDate: string;
}

/** The register's enrollment of a matched child in the school year (在读, or 休学 counted as on roll). */
export interface RegisterPlacement {
  studentId: string;
  enrollmentId: string;
  schoolId: string;
  grade: number;
  status: string;
}

export interface Explanation {
  kind: ExplanationKind;
  /** the stage the child attends elsewhere (县外就读, 送教上门); null: by age */
  stage: Stage | null;
}

export type RosterOutcome =
  | { kind: "preschool"; age: number }
  | { kind: "out_of_range"; age: number }
  | { kind: "enrolled"; age: number; placement: RegisterPlacement; stage: Stage | "other" }
  | { kind: "explained"; age: number; explanation: Explanation }
  | { kind: "gap"; age: number };

/** The stage of a grade: 1–6 primary, 7–9 junior, others (preschool, senior) "other". */
/** Whether an outcome is of a school-age child (6–14), the only ones in the registers, suspects and rates. */
export function isSchoolAgeOutcome(
  o: RosterOutcome,
): o is Exclude<RosterOutcome, { kind: "preschool" } | { kind: "out_of_range" }> {
  return o.kind !== "preschool" && o.kind !== "out_of_range";
}

/** The label of each outcome kind of the roster comparison, in Chinese. */
export const rosterOutcomeLabels: Record<RosterOutcome["kind"], string> = {
  enrolled: "在校就读",
  explained: "已说明",
  gap: "未入学(疑似)",
  preschool: "学龄前,不参与比对",
  out_of_range: "不在适龄范围",
};

export function stageOfGrade(grade: number): Stage | "other" {
  if (grade >= 1 && grade <= 6) return "primary";
  if (grade >= 7 && grade <= 9) return "junior";
  return "other";
}

const ON_ROLL = new Set(["enrolled", "suspended"]);

/**
 * Compare each roster child of compulsory age (6–14 on 31 August) with the register and the explanations.
 *
 * A child is `enrolled` when the register has a row of theirs in the school year with status 在读 or 休学;
 * otherwise `explained` when an explanation is recorded; otherwise a `gap`. Children under 6 (学龄前, listed for
 * preschool's population) are `preschool` and are not looked up on the register; any other age outside 6–14 is
 * `out_of_range`. Neither plays any part in the registers, the suspects or the rates.
 *
 * @example
 * compareRosterToRegister([{ rosterEntryId: "r1", residentIdHash: "h1", birthDate: "2018-05-01" }], new Map(), new Map(), 2026)
 * // => Map { "r1" => { kind: "gap", age: 8 } }
 */
export function compareRosterToRegister(
  children: readonly RosterChild[],
  placements: ReadonlyMap<string, readonly RegisterPlacement[]>,
  explanations: ReadonlyMap<string, Explanation>,
  schoolYear: number,
): Map<string, RosterOutcome> {
  const out = new Map<string, RosterOutcome>();
  for (const child of children) {
    const age = ageOnCensusDay(child.birthDate, schoolYear);
    if (age >= 0 && age < COMPULSORY_AGES.from) {
      out.set(child.rosterEntryId, { kind: "preschool", age });
      continue;
    }
    if (!(age >= COMPULSORY_AGES.from && age <= COMPULSORY_AGES.to)) {
      out.set(child.rosterEntryId, { kind: "out_of_range", age });
      continue;
    }
    const placement = placements.get(child.residentIdHash)?.find((p) => ON_ROLL.has(p.status));
    if (placement) {
      out.set(child.rosterEntryId, { kind: "enrolled", age, placement, stage: stageOfGrade(placement.grade) });
      continue;
    }
    const explanation = explanations.get(child.rosterEntryId);
    out.set(child.rosterEntryId, explanation ? { kind: "explained", age, explanation } : { kind: "gap", age });
  }
  return out;
}
