/**
 * What the import pipeline hands the cockpit's "needs you now": uploads whose check found problems and that were
 * not committed (nor discarded) yet. Read-only; the caller has checked the reader's right to the capability.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { importJob } from "./tables";

/** Failed, uncommitted imports of a county (or one school), per capability, with the latest upload's time. */
export async function failingImports(db: Db, regionCode: string, capabilities: readonly string[], schoolId?: string) {
  if (capabilities.length === 0) return [];
  return db
    .select({
      capability: importJob.capability,
      count: sql<number>`count(*)::int`,
      errors: sql<number>`coalesce(sum(${importJob.errorCount}), 0)::int`,
    })
    .from(importJob)
    .where(
      and(
        eq(importJob.regionCode, regionCode),
        eq(importJob.status, "failed"),
        inArray(importJob.capability, [...capabilities]),
        schoolId ? eq(importJob.schoolId, schoolId) : undefined,
      ),
    )
    .groupBy(importJob.capability);
}
