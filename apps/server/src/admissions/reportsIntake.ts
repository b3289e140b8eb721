/**
 * What admissions hands the reports' figures: the school grades whose sunshine class allocation (阳光分班) of a
 * school year has been published. Read-only; the caller has checked the reader's right to the figures.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../db/client";
import { drawEvent } from "./tables";

/** Published class allocations of a school year, one per school and grade (re-runs counted once). */
export async function publishedAllocations(db: Db, regionCode: string, schoolYear: number, schoolId?: string) {
  const rows = await db
    .selectDistinct({ schoolId: drawEvent.schoolId, grade: drawEvent.grade })
    .from(drawEvent)
    .where(
      and(
        eq(drawEvent.regionCode, regionCode),
        eq(drawEvent.kind, "class_allocation"),
        eq(drawEvent.status, "published"),
        eq(drawEvent.schoolYear, schoolYear),
        isNotNull(drawEvent.schoolId),
        schoolId ? eq(drawEvent.schoolId, schoolId) : undefined,
      ),
    );
  return rows.filter((r): r is { schoolId: string; grade: number } => r.schoolId !== null && r.grade !== null);
}
