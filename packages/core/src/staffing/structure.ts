/**
 * Teacher structure (队伍结构): age pyramid, titles, qualifications, backbone levels, gender and urban/rural, by stage
 * and subject, and the ageing share.
 *
 * Conventions (method note and README): the population is the 在岗 专任教师 of the school year (every employment
 * type; 离岗 excluded); ages are whole years on the statistics date, 1 September; the ageing share = teachers aged 50
 * or more ÷ all of them, one decimal of a percent; an empty population gives no share (null), not 0 %.
 */
import { ageOn } from "../registry/retirement";
import { oneDecimal } from "./settings";

export interface StructureTeacher {
  birthDate: string;
  gender: string;
  stage: string | null;
  subject: string | null;
  title: string;
  qualification: string;
  backboneLevel: string;
  /** the school's locality: urban | town | rural */
  locality: string;
}

/** Age bands of the pyramid. */
export const ageBands = ["≤29", "30–34", "35–39", "40–44", "45–49", "50–54", "55–59", "≥60"] as const;
export type AgeBand = (typeof ageBands)[number];

/** The band of an age. @example ageBand(50) // => "50–54" */
export function ageBand(age: number): AgeBand {
  if (age < 30) return "≤29";
  if (age >= 60) return "≥60";
  const lower = Math.floor(age / 5) * 5;
  return `${lower}–${lower + 4}` as AgeBand;
}

export interface TeacherStructure {
  total: number;
  /** per age band: men and women */
  pyramid: { band: AgeBand; M: number; F: number }[];
  aged50: number;
  /** percent, one decimal; null without teachers */
  ageingShare: number | null;
  averageAge: number | null;
  byTitle: Record<string, number>;
  byQualification: Record<string, number>;
  byBackbone: Record<string, number>;
  byGender: Record<string, number>;
  byLocality: Record<string, number>;
  byStage: Record<string, number>;
  bySubject: Record<string, number>;
}

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

/**
 * The structure of a set of teachers on a date.
 *
 * @example teacherStructure([{ birthDate: "1970-03-01", gender: "F", ... }], "2026-09-01").ageingShare // => 100
 */
export function teacherStructure(teachers: StructureTeacher[], asOf: string): TeacherStructure {
  const pyramid = ageBands.map((band) => ({ band, M: 0, F: 0 }));
  const out: TeacherStructure = {
    total: teachers.length,
    pyramid,
    aged50: 0,
    ageingShare: null,
    averageAge: null,
    byTitle: {},
    byQualification: {},
    byBackbone: {},
    byGender: {},
    byLocality: {},
    byStage: {},
    bySubject: {},
  };
  let ageSum = 0;
  for (const t of teachers) {
    const age = ageOn(t.birthDate, asOf);
    ageSum += age;
    const row = pyramid[ageBands.indexOf(ageBand(age))];
    if (row) row[t.gender === "F" ? "F" : "M"] += 1;
    if (age >= 50) out.aged50 += 1;
    bump(out.byTitle, t.title);
    bump(out.byQualification, t.qualification);
    bump(out.byBackbone, t.backboneLevel);
    bump(out.byGender, t.gender);
    bump(out.byLocality, t.locality);
    bump(out.byStage, t.stage ?? "unknown");
    bump(out.bySubject, t.subject ?? "unknown");
  }
  if (teachers.length > 0) {
    out.ageingShare = oneDecimal((out.aged50 / teachers.length) * 100);
    out.averageAge = oneDecimal(ageSum / teachers.length);
  }
  return out;
}
