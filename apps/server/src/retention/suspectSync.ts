/** Keeps the register of suspects (疑似辍学名册) current from one source's drafts, inside a comparison's transaction. */
import type { retention } from "@edubureau/core";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { openSuspectsOf } from "./caseStore";
import { retentionSuspect } from "./tables";

export interface SuspectDraft {
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
export async function syncSuspects(
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
  // one statement of arrays, whatever the number of drafts; a suspect still raised with the same detail and school is
  // left as it is (its last_run_id stays the run that last changed it), so a rerun writes only what changed
  if (drafts.length > 0) {
    const col = <K extends keyof SuspectDraft>(k: K) => sql.param(drafts.map((d) => d[k]));
    await tx.execute(sql`insert into ${retentionSuspect} (region_code, school_year, source, source_id, resident_id_hash,
        student_id, school_id, town_code, name_masked, resident_id_masked, birth_date, detail, status, first_run_id,
        last_run_id, created_at, updated_at)
      select ${regionCode}, ${schoolYear}, ${source}, d.source_id, d.resident_id_hash, d.student_id, d.school_id,
        d.town_code, d.name_masked, d.resident_id_masked, d.birth_date, d.detail, 'open', ${runId}, ${runId}, ${now},
        ${now}
      from unnest(${col("sourceId")}::uuid[], ${col("residentIdHash")}::text[], ${col("studentId")}::uuid[],
        ${col("schoolId")}::uuid[], ${col("townCode")}::text[], ${col("nameMasked")}::text[],
        ${col("residentIdMasked")}::text[], ${col("birthDate")}::date[], ${col("detail")}::text[])
        as d(source_id, resident_id_hash, student_id, school_id, town_code, name_masked, resident_id_masked,
          birth_date, detail)
      on conflict (region_code, source, source_id) do update set status = 'open', cleared_at = null,
        last_run_id = excluded.last_run_id, detail = excluded.detail, school_id = excluded.school_id,
        updated_at = excluded.updated_at
      where ${retentionSuspect.status} <> 'open' or ${retentionSuspect.detail} <> excluded.detail
        or ${retentionSuspect.schoolId} is distinct from excluded.school_id`);
  }
  return drafts.map((d) => `${source}:${d.sourceId}`);
}
