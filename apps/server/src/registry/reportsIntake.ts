/**
 * What the register hands the reports' year-end statistics check (统计数据核查): totals that must agree, counted
 * the register's way (in-school students of the school year). The caller has checked the reader's right to the
 * county's figures.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { employment, enrollment, promotionRequest, school } from "./tables";

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

/**
 * Per school of a school year: students on roll and placed in a class, and teachers on post counted by post (专任
 * 教师岗位) and by subject (有任教学科的在岗教职工), kindergartens left out of the latter — totals the September
 * statistics report in two tables each.
 */
export async function agreementTotalsBySchool(db: Db, regionCode: string, schoolYear: number, schoolId?: string) {
  const [students, staff] = await Promise.all([
    db
      .select({
        schoolId: enrollment.schoolId,
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
      )
      .groupBy(enrollment.schoolId),
    db
      .select({
        schoolId: employment.schoolId,
        byPost: sql<number>`count(*) filter (where ${employment.postType} = 'teacher')::int`,
        bySubject: sql<number>`count(*) filter (where ${employment.subject} is not null)::int`,
      })
      .from(employment)
      .innerJoin(school, eq(school.id, employment.schoolId))
      .where(
        and(
          eq(employment.regionCode, regionCode),
          eq(employment.schoolYear, schoolYear),
          eq(employment.status, "active"),
          // kindergarten teachers teach no subject
          ne(school.kind, "kindergarten"),
          schoolId ? eq(employment.schoolId, schoolId) : undefined,
        ),
      )
      .groupBy(employment.schoolId),
  ]);
  return { students, staff };
}

/** Schools' promotion requests (申请升级) still waiting for the county's promotion. */
export async function pendingPromotionRequests(db: Db, regionCode: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(promotionRequest)
    .where(and(eq(promotionRequest.regionCode, regionCode), eq(promotionRequest.status, "pending")));
  return row?.n ?? 0;
}
