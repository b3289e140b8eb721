/**
 * What the register hands the reports' year-end statistics check (统计数据核查): totals that must agree, counted
 * the register's way (in-school students of the school year). The caller has checked the reader's right to the
 * county's figures.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { enrollment } from "./tables";

/** Students on roll in a school year and those of them placed in a class, for a county (or one school). */
export async function classPlacementTotals(db: Db, regionCode: string, schoolYear: number, schoolId?: string) {
  const [row] = await db
    .select({
      onRoll: sql<number>`count(*)::int`,
      inClasses: sql<number>`count(*) filter (where ${enrollment.classId} is not null)::int`,
    })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, schoolYear),
        eq(enrollment.status, "enrolled"),
        schoolId ? eq(enrollment.schoolId, schoolId) : undefined,
      ),
    );
  return { onRoll: row?.onRoll ?? 0, inClasses: row?.inClasses ?? 0 };
}

/**
 * Students on roll in the starting grades (一年级, 七年级) of a school year, per school and grade: the admissions
 * figures' denominators.
 */
export async function startingGradeCounts(db: Db, regionCode: string, schoolYear: number, schoolId?: string) {
  return db
    .select({ schoolId: enrollment.schoolId, grade: enrollment.grade, students: sql<number>`count(*)::int` })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, schoolYear),
        eq(enrollment.status, "enrolled"),
        inArray(enrollment.grade, [1, 7]),
        schoolId ? eq(enrollment.schoolId, schoolId) : undefined,
      ),
    )
    .groupBy(enrollment.schoolId, enrollment.grade);
}
