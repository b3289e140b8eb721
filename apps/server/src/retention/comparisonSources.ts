/**
 * Three comparisons of 四查三比对 — attendance, overdue transfers, the poverty lists — keeping the register of suspects
 * current (the household roster's is rosterMatching.ts). Run inside runComparison's transaction.
 */
import { calendar, retention } from "@edubureau/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { overdueTransfers, pupilsById, schoolsOfCounty } from "../registry/retentionIntake";
import type { CommandContext } from "./commands";
import { absencesOfYear } from "./reportStore";
import type { RetentionSettings } from "./store";
import { type SuspectDraft, syncSuspects } from "./suspectSync";
import { retentionCase, retentionPovertyEntry, retentionSuspect } from "./tables";

/** The register against attendance: absence spells of the year through core's absenceSuspects. */
export async function compareAttendance(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  ctx: CommandContext,
) {
  const spells = await absencesOfYear(tx, regionCode, schoolYear);
  const suspects = retention.absenceSuspects(
    spells.map((s) => ({
      absenceId: s.id,
      studentId: s.studentId,
      fromDate: s.fromDate,
      toDate: s.toDate,
      schoolDays: s.schoolDays,
      approvedLeave: s.approvedLeave,
    })),
    settings.absenceThresholdDays,
  );
  const pupils = await pupilsById(tx, [...suspects.keys()]);
  const bySpell = new Map(spells.map((s) => [s.id, s]));
  const schools = await schoolsOfCounty(tx, regionCode);
  const drafts: SuspectDraft[] = [...suspects.values()].map((s) => {
    const p = pupils.get(s.studentId);
    const row = bySpell.get(s.absenceId)!;
    return {
      sourceId: s.absenceId,
      residentIdHash: p?.residentIdHash ?? null,
      studentId: s.studentId,
      schoolId: row.schoolId,
      townCode: schools.get(row.schoolId)?.townCode ?? null,
      nameMasked: retention.maskName(p?.name ?? ""),
      residentIdMasked: p?.residentIdMasked ?? null,
      birthDate: p?.birthDate ?? null,
      detail: `${s.fromDate}至${s.toDate}连续缺课${s.schoolDays}个上学日,未请假或请假未获批准(认定标准:连续${settings.absenceThresholdDays}天)`,
    };
  });
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "absence", drafts, runId, ctx.now);
  return { flagged, summary: { spells: spells.length, threshold: settings.absenceThresholdDays } };
}

/** Transfers pending beyond the register's overdue days (the old suspected-dropout flag) feed the register. */
export async function compareTransfers(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  today: string,
  ctx: CommandContext,
) {
  const before = calendar.addDays(today, -settings.transferOverdueDays);
  const rows = await overdueTransfers(tx, regionCode, before);
  const schools = await schoolsOfCounty(tx, regionCode);
  const drafts: SuspectDraft[] = rows.map((t) => {
    const to = t.toSchoolId ? schools.get(t.toSchoolId)?.name : null;
    return {
      sourceId: t.transferId,
      residentIdHash: t.residentIdHash,
      studentId: t.studentId,
      schoolId: t.fromSchoolId,
      townCode: schools.get(t.fromSchoolId)?.townCode ?? null,
      nameMasked: retention.maskName(t.name),
      residentIdMasked: t.residentIdMasked,
      birthDate: t.birthDate,
      detail: `${t.initiatedOn}转出${to ? `至${to}` : ""},${calendar.daysBetween(t.initiatedOn, today)}天未被接收(认定标准:${settings.transferOverdueDays}天)`,
    };
  });
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "transfer", drafts, runId, ctx.now);
  return { flagged, summary: { overdue: rows.length, days: settings.transferOverdueDays } };
}

/** Open suspects and open cases against the poverty lists: matches are priority cases (重点). */
export async function comparePoverty(tx: Db, regionCode: string, ctx: CommandContext) {
  const suspects = await tx
    .select({ id: retentionSuspect.id, hash: retentionSuspect.residentIdHash })
    .from(retentionSuspect)
    .leftJoin(retentionCase, eq(retentionCase.suspectId, retentionSuspect.id))
    .where(
      and(
        eq(retentionSuspect.regionCode, regionCode),
        sql`(${retentionSuspect.status} = 'open' or ${retentionCase.state} in ('verifying', 'confirmed', 'returned'))`,
      ),
    );
  const hashes = [...new Set(suspects.flatMap((s) => (s.hash ? [s.hash] : [])))];
  const lists =
    hashes.length === 0
      ? []
      : await tx
          .select({ residentIdHash: retentionPovertyEntry.residentIdHash, list: retentionPovertyEntry.list })
          .from(retentionPovertyEntry)
          .where(
            and(
              eq(retentionPovertyEntry.regionCode, regionCode),
              inArray(retentionPovertyEntry.residentIdHash, hashes),
            ),
          );
  const matches = retention.priorityMatches(hashes, lists);
  const flagged: string[] = [];
  for (const s of suspects) {
    const on = s.hash ? (matches.get(s.hash) ?? []) : [];
    await tx
      .update(retentionSuspect)
      .set({ priorityLists: on, updatedAt: ctx.now })
      .where(eq(retentionSuspect.id, s.id));
    await tx
      .update(retentionCase)
      .set({ priority: on.length > 0 })
      .where(eq(retentionCase.suspectId, s.id));
    if (on.length > 0) flagged.push(`poverty:${s.id}`);
  }
  return { flagged, summary: { checked: suspects.length, listed: lists.length } };
}
