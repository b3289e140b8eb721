/**
 * Presenters: an event as its readers inside the platform see it (names beside codes, special needs only as
 * counts), and as the public sees it (codes only, witnesses by role).
 */
import { admissions } from "@edubureau/core";
import type { DrawEventRow } from "./store";
import type { RosterEntry } from "./tables";

const genderLabel = (g: string) => (g === "F" ? "女" : "男");

/** The summary shared by lists and details. */
function header(e: DrawEventRow, schoolName: string | null) {
  return {
    id: e.id,
    code: e.code,
    kind: e.kind as admissions.DrawKind,
    kindLabel: admissions.drawKindLabels[e.kind as admissions.DrawKind] ?? e.kind,
    title: e.title,
    status: e.status as admissions.DrawStatus,
    statusLabel: admissions.drawStatusLabels[e.status as admissions.DrawStatus] ?? e.status,
    schoolId: e.schoolId,
    schoolName,
    schoolYear: e.schoolYear,
    grade: e.grade,
    source: e.source as "register" | "excel" | "manual",
    algorithm: e.algorithm,
    algorithmVersion: e.algorithmVersion,
    eventTime: e.eventTime.toISOString(),
    inputDigest: e.inputDigest,
    seed: e.seed,
    resultDigest: e.resultDigest,
    frozenAt: e.frozenAt?.toISOString() ?? null,
    drawnAt: e.drawnAt?.toISOString() ?? null,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    confirmedAt: e.confirmedAt?.toISOString() ?? null,
    rerunOfId: e.rerunOfId,
    rerunReason: e.rerunReason,
    settledOverrides: e.settledOverrides.map((o) => ({ ...o })),
  };
}

/** 招生办's overrides of a grade already in classes as the public sees them: without the account that made them. */
const publicOverrides = (e: DrawEventRow) =>
  e.settledOverrides.map((o) => ({
    step: o.step,
    reason: o.reason,
    studentsInClasses: o.studentsInClasses,
    studentsChanged: o.studentsChanged,
    at: o.at,
  }));

/**
 * What the page that runs a class allocation warns about: the grade's students already in classes (null when the
 * event is not an allocation from the register still to be written), and whether the reader may override it.
 */
export interface SettledGradeView {
  studentsInClasses: number;
  canOverride: boolean;
}

/** An event in full for readers within scope. */
export function presentEvent(
  e: DrawEventRow,
  schoolName: string | null,
  rerunOfCode: string | null,
  settledGrade: SettledGradeView | null = null,
) {
  const nameOf = new Map(e.roster.map((r) => [r.code, r]));
  const teamName = new Map(e.teams.map((t) => [t.code, t.name]));
  const families = new Map<
    string,
    { family: string; choice: RosterEntry["familyChoice"]; members: { code: string; name: string }[] }
  >();
  for (const r of e.roster) {
    if (!r.family) continue;
    const f = families.get(r.family) ?? { family: r.family, choice: r.familyChoice, members: [] };
    f.members.push({ code: r.code, name: r.name });
    families.set(r.family, f);
  }
  const result = e.resultText ? JSON.parse(e.resultText) : null;
  const settings = e.settings as Record<string, unknown>;
  const person = (code: string) => {
    const r = nameOf.get(code);
    return { code, name: r?.name ?? "", gender: genderLabel(r?.gender ?? "M") };
  };
  return {
    ...header(e, schoolName),
    rerunOfCode,
    settledGrade,
    settings,
    warnings: settings.scoreBalancing ? [admissions.scoreBalancingWarning] : [],
    entries: {
      total: e.roster.length,
      boys: e.roster.filter((r) => r.gender === "M").length,
      girls: e.roster.filter((r) => r.gender === "F").length,
      specialNeeds: e.roster.filter((r) => r.specialNeeds).length,
      byTier: countBy(e.roster.map((r) => r.tier ?? null)),
    },
    families: [...families.values()],
    teams: e.teams.map((t) => ({ code: t.code, name: t.name })),
    contributions: e.contributions.map((c) => ({ role: c.role, name: c.name, value: c.value, enteredAt: c.enteredAt })),
    roster:
      e.kind === "lottery"
        ? e.roster.map((r) => ({ code: r.code, name: r.name, tier: r.tier ?? null, family: r.family }))
        : e.roster.map((r) => ({ code: r.code, name: r.name, gender: genderLabel(r.gender), family: r.family })),
    classes:
      e.kind === "class_allocation" && result
        ? (result as admissions.AllocationResult).classes.map((c) => ({
            number: c.number,
            headTeacherTeam: c.headTeacherTeam,
            headTeacherName: c.headTeacherTeam ? (teamName.get(c.headTeacherTeam) ?? null) : null,
            size: c.size,
            boys: c.boys,
            girls: c.girls,
            specialNeeds: c.specialNeeds,
            students: c.students.map(person),
          }))
        : null,
    lottery:
      e.kind === "lottery" && result
        ? {
            placesLeft: (result as admissions.LotteryResult).placesLeft,
            admitted: (result as admissions.LotteryResult).admitted.map((x) => ({
              ...x,
              name: nameOf.get(x.code)?.name ?? "",
            })),
            waiting: (result as admissions.LotteryResult).waiting.map((x) => ({
              ...x,
              name: nameOf.get(x.code)?.name ?? "",
            })),
          }
        : null,
    quota: e.kind === "quota" && result ? (result as admissions.QuotaResult) : null,
  };
}

function countBy(values: (number | null)[]): { tier: number; count: number }[] {
  const m = new Map<number, number>();
  for (const v of values) if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => a[0] - b[0]).map(([tier, count]) => ({ tier, count }));
}

/**
 * An event for the public: no names of students or applicants, witnesses by role. Before publication only what
 * is published before the event (the frozen input's digest, the algorithm, the event time).
 */
export function presentPublic(e: DrawEventRow & { schoolName: string | null }, rerunOfCode: string | null) {
  const published = e.status === "published";
  return {
    status: published ? ("published" as const) : ("frozen" as const),
    code: e.code,
    kind: e.kind as admissions.DrawKind,
    kindLabel: admissions.drawKindLabels[e.kind as admissions.DrawKind] ?? e.kind,
    title: e.title,
    schoolName: e.schoolName,
    algorithm: e.algorithm,
    algorithmVersion: e.algorithmVersion,
    eventTime: e.eventTime.toISOString(),
    frozenAt: e.frozenAt?.toISOString() ?? null,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    inputDigest: e.inputDigest,
    contributions: published ? e.contributions.map((c) => ({ role: c.role, value: c.value })) : [],
    seed: published ? e.seed : null,
    resultDigest: published ? e.resultDigest : null,
    rerunOfCode,
    rerunReason: e.rerunReason,
    settledOverrides: publicOverrides(e),
    entries: e.roster.length,
  };
}
