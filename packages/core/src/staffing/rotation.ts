/**
 * Exchange and rotation (交流轮岗, 教师〔2014〕4号).
 *
 * Conventions (method note and README):
 * - Years at the school = whole years from the day the teacher arrived at the current school to the statistics date
 *   (1 September). Eligible: 在岗 专任教师 with at least `rotationYears` (default 6); a principal (校长) after two
 *   terms (2 × `principalTermYears`, default 6). An exemption recorded for the year (with its reason) removes a
 *   teacher from the eligible.
 * - The year's target: at least `rotationMinShare` (10 %) of the eligible at urban and high-performing schools,
 *   rounded up to whole teachers; backbone teachers at least `rotationBackboneMinShare` (20 %) of those rotating,
 *   rounded up. Rotating = decisions approved by 人事股 for the year, from those schools.
 */
import { oneDecimal, type StaffingSettings } from "./settings";

export interface RotationCandidate {
  /** the day they arrived at the current school */
  atSchoolSince: string;
  isPrincipal: boolean;
  exempt: boolean;
}

/** Whole years between two ISO dates. @example wholeYears("2018-09-01", "2026-09-01") // => 8 */
export function wholeYears(from: string, to: string): number {
  const y = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? y - 1 : y;
}

/**
 * Whether a teacher is due to rotate on the statistics date.
 *
 * @example rotationEligibility({ atSchoolSince: "2018-09-01", isPrincipal: false, exempt: false }, "2026-09-01", s) // => { years: 8, due: true, eligible: true }
 */
export function rotationEligibility(
  c: RotationCandidate,
  asOf: string,
  s: Pick<StaffingSettings, "rotationYears" | "principalTermYears">,
): { years: number; due: boolean; eligible: boolean } {
  const years = Math.max(0, wholeYears(c.atSchoolSince, asOf));
  const threshold = c.isPrincipal ? 2 * s.principalTermYears : s.rotationYears;
  const due = years >= threshold;
  return { years, due, eligible: due && !c.exempt };
}

export interface RotationFigures {
  eligibleAtTargetSchools: number;
  /** whole teachers that must rotate (10 % of the eligible, rounded up) */
  target: number;
  rotating: number;
  backboneRotating: number;
  /** backbone teachers needed among the rotating (20 %, rounded up) */
  backboneTarget: number;
  /** percent of the eligible rotating, one decimal; null without eligible teachers */
  share: number | null;
  backboneShare: number | null;
  met: boolean;
  backboneMet: boolean;
}

/**
 * The year's figures against the thresholds.
 *
 * @example rotationFigures({ eligibleAtTargetSchools: 57, rotating: 6, backboneRotating: 2 }, s) // => { target: 6, backboneTarget: 2, met: true, backboneMet: true, ... }
 */
export function rotationFigures(
  counts: { eligibleAtTargetSchools: number; rotating: number; backboneRotating: number },
  s: Pick<StaffingSettings, "rotationMinShare" | "rotationBackboneMinShare">,
): RotationFigures {
  const target = Math.ceil(counts.eligibleAtTargetSchools * s.rotationMinShare - 1e-9);
  const backboneTarget = Math.ceil(counts.rotating * s.rotationBackboneMinShare - 1e-9);
  return {
    ...counts,
    target,
    backboneTarget,
    share:
      counts.eligibleAtTargetSchools > 0 ? oneDecimal((counts.rotating / counts.eligibleAtTargetSchools) * 100) : null,
    backboneShare: counts.rotating > 0 ? oneDecimal((counts.backboneRotating / counts.rotating) * 100) : null,
    met: counts.rotating >= target,
    backboneMet: counts.backboneRotating >= backboneTarget,
  };
}
