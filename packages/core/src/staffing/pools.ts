/**
 * Talent pools (人才梯队): backbone tiers with recognition and expiry, the reserve-cadre pool, 名师工作室,
 * part-time researchers, and the 双师型 share of vocational teachers.
 *
 * Conventions (method note and README): a recognition counts on a date when recognised on or before it and expiring
 * after it (no expiry: always); a teacher with several recognitions counts once, at the highest tier. The 双师型 share
 * = 在岗 专任教师 of vocational schools holding the 双师型 recognition ÷ all 在岗 专任教师 of those schools, one decimal.
 */
import { oneDecimal } from "./settings";

/** Backbone tiers (骨干梯队), lowest first. */
export const backboneTiers = { backbone: "骨干教师", leader: "学科带头人", master: "名师" } as const;
export type BackboneTier = keyof typeof backboneTiers;
/** Levels of recognition. */
export const recognitionLevels = { county: "县级", city: "市级", province: "省级" } as const;
export type RecognitionLevel = keyof typeof recognitionLevels;

export interface Recognition {
  staffId: string;
  tier: BackboneTier;
  recognisedOn: string;
  expiresOn: string | null;
}

/** Whether a recognition is in force on a date. @example recognitionActive({ recognisedOn: "2023-09-10", expiresOn: "2026-09-09" }, "2026-12-01") // => false */
export function recognitionActive(r: Pick<Recognition, "recognisedOn" | "expiresOn">, on: string): boolean {
  return r.recognisedOn <= on && (r.expiresOn === null || r.expiresOn > on);
}

/**
 * Teachers per tier on a date, each at their highest tier in force.
 *
 * @example tierCounts([{ staffId: "a", tier: "backbone", ... }, { staffId: "a", tier: "master", ... }], "2026-12-01") // => { backbone: 0, leader: 0, master: 1 }
 */
export function tierCounts(recognitions: Recognition[], on: string): Record<BackboneTier, number> {
  const order: BackboneTier[] = ["backbone", "leader", "master"];
  const best = new Map<string, number>();
  for (const r of recognitions) {
    if (!recognitionActive(r, on)) continue;
    best.set(r.staffId, Math.max(best.get(r.staffId) ?? -1, order.indexOf(r.tier)));
  }
  const out: Record<BackboneTier, number> = { backbone: 0, leader: 0, master: 0 };
  for (const i of best.values()) out[order[i] as BackboneTier] += 1;
  return out;
}

/** The 双师型 share in percent, or null without vocational teachers. @example doubleQualifiedShare(12, 40) // => 30 */
export function doubleQualifiedShare(doubleQualified: number, vocationalTeachers: number): number | null {
  return vocationalTeachers > 0 ? oneDecimal((doubleQualified / vocationalTeachers) * 100) : null;
}
