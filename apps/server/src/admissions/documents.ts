/**
 * Builds the published input document of an event from its private roster and settings (codes only, no names),
 * and reads results back into lists with names for the people allowed to see them.
 */
import { admissions, calendar } from "@edubureau/core";
import type { RosterEntry, TeamEntry } from "./tables";

export interface AllocationSettings {
  classes: number;
  balance: string[];
  scoreBalancing: boolean;
}
export interface LotterySettings {
  places: number;
  tiers: { tier: number; label: string }[];
}
export interface QuotaSettings {
  seniorSchool: { code: string; name: string };
  plan: number;
  sharePercent: number;
  baseKind: admissions.QuotaBaseKind;
  ruralWeightPercent: number;
  juniorSchools: admissions.QuotaJuniorSchool[];
  floorLine: number;
  tieBreakNames: string[];
  candidates: admissions.QuotaCandidate[];
}

export interface EventHeader {
  kind: admissions.DrawKind;
  code: string;
  title: string;
  eventTime: Date;
  settings: Record<string, unknown>;
  roster: RosterEntry[];
  teams: TeamEntry[];
}

/** The input document of an event. */
export function inputDocument(e: EventHeader): admissions.DrawInput {
  const header = { code: e.code, title: e.title, eventTime: calendar.beijingIso(e.eventTime) };
  if (e.kind === "class_allocation") {
    const s = e.settings as unknown as AllocationSettings;
    return admissions.allocationInput({
      ...header,
      classes: s.classes,
      balance: s.balance,
      scoreBalancing: s.scoreBalancing,
      students: e.roster.map((r) => ({
        code: r.code,
        gender: r.gender,
        specialNeeds: r.specialNeeds,
        family: r.family,
        familyChoice: r.familyChoice,
        attributes: r.attributes,
        score: s.scoreBalancing ? (r.score ?? null) : null,
      })),
      headTeacherTeams: e.teams.map((t) => t.code),
    });
  }
  if (e.kind === "lottery") {
    const s = e.settings as unknown as LotterySettings;
    return admissions.lotteryInput({
      ...header,
      places: s.places,
      tiers: s.tiers,
      applicants: e.roster.map((r) => ({ code: r.code, tier: r.tier ?? 1, family: r.family })),
    });
  }
  const s = e.settings as unknown as QuotaSettings;
  return admissions.quotaInput({ ...header, ...s });
}

/** The input's problems as the API reports them. */
export function inputProblems(doc: admissions.DrawInput): admissions.Problem[] {
  if (doc.kind === "class_allocation") return admissions.allocationProblems(doc);
  if (doc.kind === "lottery") return admissions.lotteryProblems(doc);
  return admissions.quotaProblems(doc);
}
