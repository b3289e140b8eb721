/**
 * The four comparisons of 四查三比对, each against its source — the household roster, attendance, overdue transfers,
 * the poverty lists — keeping the register of suspects current. Run inside runComparison's transaction.
 */
import { type auth, calendar, retention } from "@edubureau/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { badRequest } from "../http/errors";
import { overdueTransfers, placementOfHash, pupilsById, schoolsOfCounty } from "../registry/retentionIntake";
import type { CommandContext } from "./commands";
import { absencesOfYear, latestRoster, openSuspectsOf, type RetentionSettings } from "./store";
import {
  retentionCase,
  retentionExplanation,
  retentionPovertyEntry,
  retentionRoster,
  retentionRosterEntry,
  retentionSuspect,
} from "./tables";

interface SuspectDraft {
  sourceId: string;
  residentIdHash: string | null;
  studentId: string | null;
  schoolId: string | null;
  townCode: string | null;
  nameMasked: string;
  residentIdMasked: string | null;
  birthDate: string | null;
  detail: string;
}

/**
 * Keeps a source's suspects current: inserts the new ones, refreshes the still-raised ones, clears those the run no
 * longer raises (their cases stay as they are). Returns the keys flagged.
 */
async function syncSuspects(
  tx: Db,
  regionCode: string,
  schoolYear: number,
  source: retention.SuspectSource,
  drafts: SuspectDraft[],
  runId: string,
  now: Date,
): Promise<string[]> {
  const open = await openSuspectsOf(tx, regionCode, source);
  const wanted = new Set(drafts.map((d) => d.sourceId));
  const gone = open.filter((o) => !wanted.has(o.sourceId)).map((o) => o.id);
  if (gone.length > 0) {
    await tx
      .update(retentionSuspect)
      .set({ status: "cleared", clearedAt: now, lastRunId: runId, updatedAt: now })
      .where(inArray(retentionSuspect.id, gone));
  }
  // 17 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 parameters of one statement
  for (let i = 0; i < drafts.length; i += 2000) {
    const batch = drafts.slice(i, i + 2000);
    await tx
      .insert(retentionSuspect)
      .values(
        batch.map((d) => ({
          regionCode,
          schoolYear,
          source,
          ...d,
          status: "open",
          firstRunId: runId,
          lastRunId: runId,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [retentionSuspect.regionCode, retentionSuspect.source, retentionSuspect.sourceId],
        set: {
          status: "open",
          clearedAt: null,
          lastRunId: runId,
          detail: sql`excluded.detail`,
          schoolId: sql`excluded.school_id`,
          updatedAt: now,
        },
      });
  }
  return drafts.map((d) => `${source}:${d.sourceId}`);
}

/**
 * Household roster against the register: matched by keyed hash in the database, sorted by core's
 * compareRosterToRegister, gaps to the suspected register; then the clear data of matched children is purged unless
 * the county keeps the roster.
 */
export async function compareRoster(
  tx: Db,
  a: auth.Actor,
  schoolYear: number,
  settings: RetentionSettings,
  runId: string,
  ctx: CommandContext,
) {
  const regionCode = a.regionCode;
  const roster = await latestRoster(tx, regionCode, schoolYear);
  if (!roster) {
    throw badRequest(
      "NO_ROSTER",
      `${schoolYear}学年尚未导入户籍适龄人口名单,请先在“适龄儿童”页导入公安、民政提供的名单`,
    );
  }
  const rows = (await tx.execute(sql`
    select e.id, e.resident_id_hash, e.birth_date::text as birth_date, e.town_code, e.name_masked,
      e.resident_id_masked, e.village_name,
      p.student_id, p.enrollment_id, p.school_id, p.grade, p.status,
      x.kind as explanation_kind, x.stage as explanation_stage
    from ${retentionRosterEntry} e
      left join ${placementOfHash(sql`e.resident_id_hash`, regionCode, schoolYear)} p on true
      left join ${retentionExplanation} x on x.region_code = ${regionCode} and x.school_year = ${schoolYear}
        and x.resident_id_hash = e.resident_id_hash
    where e.roster_id = ${roster.id}`)) as unknown as { rows: unknown[] };
  const list = rows.rows as {
    id: string;
    resident_id_hash: string;
    birth_date: string;
    town_code: string;
    name_masked: string;
    resident_id_masked: string;
    village_name: string;
    student_id: string | null;
    enrollment_id: string | null;
    school_id: string | null;
    grade: number | null;
    status: string | null;
    explanation_kind: retention.ExplanationKind | null;
    explanation_stage: retention.Stage | null;
  }[];
  const placements = new Map<string, retention.RegisterPlacement[]>();
  const explanations = new Map<string, retention.Explanation>();
  for (const r of list) {
    if (r.student_id) {
      placements.set(r.resident_id_hash, [
        {
          studentId: r.student_id,
          enrollmentId: r.enrollment_id!,
          schoolId: r.school_id!,
          grade: r.grade!,
          status: r.status!,
        },
      ]);
    }
    if (r.explanation_kind) explanations.set(r.id, { kind: r.explanation_kind, stage: r.explanation_stage });
  }
  const outcomes = retention.compareRosterToRegister(
    list.map((r) => ({ rosterEntryId: r.id, residentIdHash: r.resident_id_hash, birthDate: r.birth_date })),
    placements,
    explanations,
    schoolYear,
  );
  const ids: string[] = [];
  const kinds: string[] = [];
  const students: (string | null)[] = [];
  const enrollments: (string | null)[] = [];
  const schools: (string | null)[] = [];
  const grades: (number | null)[] = [];
  const drafts: SuspectDraft[] = [];
  const counts = { enrolled: 0, explained: 0, gap: 0, out_of_range: 0 };
  for (const r of list) {
    const o = outcomes.get(r.id)!;
    counts[o.kind]++;
    const p = o.kind === "enrolled" ? o.placement : null;
    ids.push(r.id);
    kinds.push(o.kind);
    students.push(p?.studentId ?? null);
    enrollments.push(p?.enrollmentId ?? null);
    schools.push(p?.schoolId ?? null);
    grades.push(p?.grade ?? null);
    if (o.kind === "gap") {
      drafts.push({
        sourceId: r.id,
        residentIdHash: r.resident_id_hash,
        studentId: r.student_id,
        schoolId: null,
        townCode: r.town_code,
        nameMasked: r.name_masked,
        residentIdMasked: r.resident_id_masked,
        birthDate: r.birth_date,
        detail: `户籍在${r.village_name},截至8月31日${o.age}周岁,未在本县任何学校就读,也无登记的说明`,
      });
    }
  }
  for (let i = 0; i < ids.length; i += 20_000) {
    const s = (arr: unknown[]) => arr.slice(i, i + 20_000);
    await tx.execute(sql`update ${retentionRosterEntry} e set outcome = u.outcome, student_id = u.student_id,
        enrollment_id = u.enrollment_id, school_id = u.school_id, grade = u.grade
      from unnest(${sql.param(s(ids))}::uuid[], ${sql.param(s(kinds))}::text[], ${sql.param(s(students))}::uuid[],
        ${sql.param(s(enrollments))}::uuid[], ${sql.param(s(schools))}::uuid[], ${sql.param(s(grades))}::smallint[])
        as u(id, outcome, student_id, enrollment_id, school_id, grade)
      where e.id = u.id`);
  }
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "roster_gap", drafts, runId, ctx.now);
  let purged = 0;
  if (!settings.keepRoster) {
    const res = await tx
      .update(retentionRosterEntry)
      .set({ residentIdCipher: null, detailsCipher: null })
      .where(
        and(
          eq(retentionRosterEntry.rosterId, roster.id),
          eq(retentionRosterEntry.outcome, "enrolled"),
          sql`${retentionRosterEntry.residentIdCipher} is not null`,
        ),
      )
      .returning({ id: retentionRosterEntry.id });
    purged = res.length;
    if (purged > 0) {
      await recordAudit(tx, {
        actor: a,
        action: "retention.roster.purge",
        targetType: "retention_roster",
        targetId: roster.id,
        details: { purged, reason: "比对成功的儿童已在学籍中,户籍名单中的身份信息按规定清除" },
        ip: ctx.ip,
        at: ctx.now,
      });
    }
  }
  await tx
    .update(retentionRoster)
    .set({ matchedAt: ctx.now, purgedAt: settings.keepRoster ? null : ctx.now })
    .where(eq(retentionRoster.id, roster.id));
  return { flagged, summary: { children: list.length, ...counts, purged } };
}

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
