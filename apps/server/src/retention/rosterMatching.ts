/**
 * Household roster against the register (户籍与学籍比对), the first comparison of 四查三比对: one set-based join inside
 * the database (the roster's hashes against the register's placements of the year, by keyed hash only), core's
 * compareRosterToRegister on the result, one write of what changed — the outcome and placement of each child and,
 * unless the county keeps the roster, the purge of the clear data of children found on the register — and the gaps to
 * the register of suspects. Children under 6 (学龄前) come out of core as `preschool`: never matched, never suspects, their
 * data kept for preschool's population. Run inside runComparison's transaction.
 */
import { type auth, retention } from "@edubureau/core";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { badRequest } from "../http/errors";
import { placementsOfHashes } from "../registry/retentionIntake";
import type { CommandContext } from "./commands";
import { latestRoster, type RetentionSettings } from "./store";
import { type SuspectDraft, syncSuspects } from "./suspectSync";
import { retentionExplanation, retentionRoster, retentionRosterEntry } from "./tables";

/** One roster child as the join answers: the entry, its placement (or nulls) and its explanation (or nulls). */
interface MatchedRow {
  id: string;
  resident_id_hash: string;
  birth_date: string;
  /** what the entry holds now, to write only what changes */
  outcome: string | null;
  has_clear: boolean;
  cur_student_id: string | null;
  cur_enrollment_id: string | null;
  student_id: string | null;
  enrollment_id: string | null;
  school_id: string | null;
  grade: number | null;
  status: string | null;
  explanation_kind: retention.ExplanationKind | null;
  explanation_stage: retention.Stage | null;
}

/**
 * A PostgreSQL array literal of ids, keywords and numbers (none needs quoting; null is NULL), sent as one text
 * parameter: the driver's own array encoding of 200,000 values costs seconds.
 */
function arrayLiteral(values: readonly (string | number | null)[]) {
  return `{${values.map((v) => (v === null ? "NULL" : v)).join(",")}}`;
}

/** The suspects' drafts of the children not enrolled, with what the register of suspects shows of them. */
async function gapDrafts(tx: Db, gaps: { row: MatchedRow; age: number }[]): Promise<SuspectDraft[]> {
  if (gaps.length === 0) return [];
  const shown = await tx
    .select({
      id: retentionRosterEntry.id,
      townCode: retentionRosterEntry.townCode,
      nameMasked: retentionRosterEntry.nameMasked,
      residentIdMasked: retentionRosterEntry.residentIdMasked,
      villageName: retentionRosterEntry.villageName,
    })
    .from(retentionRosterEntry)
    .where(sql`${retentionRosterEntry.id} = any(${arrayLiteral(gaps.map((g) => g.row.id))}::uuid[])`);
  const byId = new Map(shown.map((e) => [e.id, e]));
  return gaps.map(({ row, age }) => {
    const e = byId.get(row.id)!;
    return {
      sourceId: row.id,
      residentIdHash: row.resident_id_hash,
      studentId: row.student_id,
      schoolId: null,
      townCode: e.townCode,
      nameMasked: e.nameMasked,
      residentIdMasked: e.residentIdMasked,
      birthDate: row.birth_date,
      detail: `户籍在${e.villageName},截至8月31日${age}周岁,未在本县任何学校就读,也无登记的说明`,
    };
  });
}

/**
 * The roster of the school year against the register; gaps to the suspects; matched children's clear data purged
 * unless the county keeps the roster. Returns the suspects flagged and the counts.
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
  const rosterHashes = sql`select resident_id_hash from ${retentionRosterEntry} where roster_id = ${roster.id}`;
  const { rows } = (await tx.execute(sql`
    select e.id, e.resident_id_hash, e.birth_date::text as birth_date, e.outcome, e.resident_id_cipher is not null as has_clear,
      e.student_id as cur_student_id, e.enrollment_id as cur_enrollment_id,
      p.student_id, p.enrollment_id, p.school_id, p.grade, p.status,
      x.kind as explanation_kind, x.stage as explanation_stage
    from ${retentionRosterEntry} e
      left join ${placementsOfHashes(rosterHashes, regionCode, schoolYear)} p on p.resident_id_hash = e.resident_id_hash
      left join ${retentionExplanation} x on x.region_code = ${regionCode} and x.school_year = ${schoolYear}
        and x.resident_id_hash = e.resident_id_hash
    where e.roster_id = ${roster.id}`)) as unknown as { rows: MatchedRow[] };

  const placements = new Map<string, retention.RegisterPlacement[]>();
  const explanations = new Map<string, retention.Explanation>();
  for (const r of rows) {
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
    rows.map((r) => ({ rosterEntryId: r.id, residentIdHash: r.resident_id_hash, birthDate: r.birth_date })),
    placements,
    explanations,
    schoolYear,
  );

  const purge = !settings.keepRoster;
  const changed = { ids: [] as string[], kinds: [] as string[], students: [] as (string | null)[] };
  const enrollments: (string | null)[] = [];
  const schools: (string | null)[] = [];
  const grades: (number | null)[] = [];
  const gaps: { row: MatchedRow; age: number }[] = [];
  const counts = { enrolled: 0, explained: 0, gap: 0, preschool: 0, out_of_range: 0 };
  let purged = 0;
  for (const r of rows) {
    const o = outcomes.get(r.id)!;
    counts[o.kind]++;
    const p = o.kind === "enrolled" ? o.placement : null;
    const purgeNow = purge && o.kind === "enrolled" && r.has_clear;
    if (purgeNow) purged++;
    const same =
      r.outcome === o.kind &&
      r.cur_student_id === (p?.studentId ?? null) &&
      r.cur_enrollment_id === (p?.enrollmentId ?? null) &&
      !purgeNow;
    if (!same) {
      changed.ids.push(r.id);
      changed.kinds.push(o.kind);
      changed.students.push(p?.studentId ?? null);
      enrollments.push(p?.enrollmentId ?? null);
      schools.push(p?.schoolId ?? null);
      grades.push(p?.grade ?? null);
    }
    if (o.kind === "gap") gaps.push({ row: r, age: o.age });
  }
  // the changed rows go to a temporary table in one statement, then one UPDATE joins it by hash over the roster
  // (a batched UPDATE … FROM unnest(…) looks each row up by key, several times slower): the match and, for children
  // found on the register, the purge of the clear data in one write
  if (changed.ids.length > 0) {
    await tx.execute(sql`create temp table retention_match on commit drop as
      select * from unnest(${arrayLiteral(changed.ids)}::uuid[], ${arrayLiteral(changed.kinds)}::text[],
        ${arrayLiteral(changed.students)}::uuid[], ${arrayLiteral(enrollments)}::uuid[],
        ${arrayLiteral(schools)}::uuid[], ${arrayLiteral(grades)}::smallint[])
        as u(id, outcome, student_id, enrollment_id, school_id, grade)`);
    await tx.execute(sql`analyze retention_match`);
    await tx.execute(sql`update ${retentionRosterEntry} e set outcome = m.outcome, student_id = m.student_id,
        enrollment_id = m.enrollment_id, school_id = m.school_id, grade = m.grade,
        resident_id_cipher = case when ${purge} and m.outcome = 'enrolled' then null else e.resident_id_cipher end,
        details_cipher = case when ${purge} and m.outcome = 'enrolled' then null else e.details_cipher end
      from retention_match m
      where e.id = m.id and e.roster_id = ${roster.id}`);
    await tx.execute(sql`drop table retention_match`);
  }
  const drafts = await gapDrafts(tx, gaps);
  const flagged = await syncSuspects(tx, regionCode, schoolYear, "roster_gap", drafts, runId, ctx.now);
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
  await tx
    .update(retentionRoster)
    .set({ matchedAt: ctx.now, purgedAt: purge ? ctx.now : null })
    .where(eq(retentionRoster.id, roster.id));
  return { flagged, summary: { children: rows.length, ...counts, purged, written: changed.ids.length } };
}
