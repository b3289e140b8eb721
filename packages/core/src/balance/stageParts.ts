import type { SchoolKind } from "../registry/vocabulary";
import { type BalanceConfig, isAboveRequiredQualification } from "./config";
import type { BalanceStage } from "./indicators";
import type { SchoolBalanceInput, TeacherInput } from "./inputs";

/** The stages of compulsory and senior schooling a kind of school teaches. */
const stagesOfKind: Partial<Record<SchoolKind, readonly ("primary" | "junior" | "senior")[]>> = {
  primary: ["primary"],
  teaching_point: ["primary"],
  junior: ["junior"],
  nine_year: ["primary", "junior"],
  complete_secondary: ["junior", "senior"],
  senior: ["senior"],
  twelve_year: ["primary", "junior", "senior"],
};

/** Why a school is left out of a stage's calculation. */
export type ExclusionReason = "special" | "vocational" | "small_teaching_point";

export const exclusionReasonLabel: Record<ExclusionReason, string> = {
  special: "特殊教育学校不参与计算",
  vocational: "中等职业学校不参与计算",
  small_teaching_point: "不足规定人数的教学点不参与计算",
};

/** Counts of people of one stage of one school, by what the indicators count. */
export interface TeacherCounts {
  teachers: number;
  /** above the required qualification for the stage */
  aboveQualification: number;
  /** backbone at county level or above */
  backbone: number;
  /** full-time PE, music and fine-arts teachers */
  peArts: number;
  /** intermediate (一级) title or higher */
  intermediateTitle: number;
  certified: number;
}

/**
 * One stage of one school, the unit the method computes on: a nine-year school is two parts.
 * Stocks are the part's share of the school's stock (split by weighted enrollment).
 */
export interface StagePart {
  schoolId: string;
  name: string;
  kind: SchoolKind;
  locality: SchoolBalanceInput["locality"];
  stage: BalanceStage;
  students: number;
  /** the part's share of the school's stocks, 1 for single-stage schools */
  stockShare: number;
  counts: TeacherCounts;
  /** null when the school has no conditions row for the year */
  stocks: {
    teachingArea: number;
    sportsArea: number;
    equipmentYuan: number;
    books: number;
    computers: number;
    multimediaRooms: number;
  } | null;
}

/**
 * The stages a school teaches.
 *
 * @example stagesOf("nine_year") // => ["primary", "junior"]
 */
export function stagesOf(kind: SchoolKind): readonly ("primary" | "junior" | "senior")[] {
  return stagesOfKind[kind] ?? [];
}

/**
 * Why a school is excluded from the stage's calculation, or null when it counts (methods.md §1.1).
 *
 * @example exclusionOf({ kind: "teaching_point", enrollment: { primary: 30, … } }, config) // => "small_teaching_point"
 */
export function exclusionOf(
  school: Pick<SchoolBalanceInput, "kind" | "enrollment">,
  config: BalanceConfig,
): ExclusionReason | null {
  if (school.kind === "special") return "special";
  if (school.kind === "vocational") return "vocational";
  const total = school.enrollment.primary + school.enrollment.junior + school.enrollment.senior;
  if (school.kind === "teaching_point" && total < config.teachingPointMinimum) return "small_teaching_point";
  return null;
}

/**
 * A stage's share of a combined school's stocks: weighted enrollment, e.g. primary of a nine-year school =
 * A / (A + 1.1·B) with A and B the primary and junior enrollment (methods.md §1.3).
 *
 * @example stockShareOf("primary", { primary: 600, junior: 300, senior: 0 }, "nine_year", config) // ≈ 0.6452
 */
export function stockShareOf(
  stage: BalanceStage,
  enrollment: SchoolBalanceInput["enrollment"],
  kind: SchoolKind,
  config: BalanceConfig,
): number {
  const stages = stagesOf(kind);
  let total = 0;
  for (const s of stages) total += config.stageWeights[s] * enrollment[s];
  if (total === 0) return stages.length === 1 ? 1 : 0;
  return (config.stageWeights[stage] * enrollment[stage]) / total;
}

/** The stage a teacher counts toward: the recorded one, or the school's only stage. */
export function stageOfTeacher(teacher: TeacherInput, kind: SchoolKind): string | null {
  if (teacher.stageTaught) return teacher.stageTaught;
  const stages = stagesOf(kind);
  return stages.length === 1 ? (stages[0] ?? null) : null;
}

const PE_ARTS = new Set(["pe", "music", "art"]);
const COUNTY_OR_ABOVE = new Set(["county", "city", "province"]);
const INTERMEDIATE_OR_ABOVE = new Set(["intermediate", "senior", "senior_high"]);

/** What a teacher counts toward in a stage's indicators. */
export function teacherCountsIn(teacher: TeacherInput, stage: BalanceStage, config: BalanceConfig) {
  return {
    aboveQualification: isAboveRequiredQualification(teacher.qualification, stage, config),
    backbone: COUNTY_OR_ABOVE.has(teacher.backboneLevel),
    peArts: teacher.fullTime && teacher.subject !== null && PE_ARTS.has(teacher.subject),
    intermediateTitle: INTERMEDIATE_OR_ABOVE.has(teacher.title),
    certified: teacher.hasCertificate,
  };
}

/** Counts a stage's teachers by what each indicator counts. */
export function countTeachers(
  teachers: readonly TeacherInput[],
  kind: SchoolKind,
  stage: BalanceStage,
  config: BalanceConfig,
): TeacherCounts {
  const counts: TeacherCounts = {
    teachers: 0,
    aboveQualification: 0,
    backbone: 0,
    peArts: 0,
    intermediateTitle: 0,
    certified: 0,
  };
  for (const t of teachers) {
    if (stageOfTeacher(t, kind) !== stage) continue;
    const c = teacherCountsIn(t, stage, config);
    counts.teachers++;
    if (c.aboveQualification) counts.aboveQualification++;
    if (c.backbone) counts.backbone++;
    if (c.peArts) counts.peArts++;
    if (c.intermediateTitle) counts.intermediateTitle++;
    if (c.certified) counts.certified++;
  }
  return counts;
}

/**
 * The part of a school that teaches a stage, or null when it does not teach it (or has no students in it).
 */
export function stagePartOf(school: SchoolBalanceInput, stage: BalanceStage, config: BalanceConfig): StagePart | null {
  if (!stagesOf(school.kind).includes(stage) || school.enrollment[stage] <= 0) return null;
  const share = stockShareOf(stage, school.enrollment, school.kind, config);
  const c = school.condition;
  return {
    schoolId: school.schoolId,
    name: school.name,
    kind: school.kind,
    locality: school.locality,
    stage,
    students: school.enrollment[stage],
    stockShare: share,
    counts: countTeachers(school.teachers, school.kind, stage, config),
    stocks: c
      ? {
          teachingArea: c.teachingArea * share,
          sportsArea: c.sportsArea * share,
          equipmentYuan: (c.equipmentValueFen / 100) * share,
          books: c.books * share,
          computers: c.studentComputers * share,
          multimediaRooms: c.multimediaRooms * share,
        }
      : null,
  };
}
