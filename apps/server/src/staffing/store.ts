/**
 * The workforce's scoped queries over its own tables. Every query of school rows passes the reader's scope through
 * the one school-scope condition; a teacher's scope (kind "classes") is narrowed to their own staff id.
 */
import { staffing } from "@edubureau/core";
import { and, asc, desc, eq, lte, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import {
  staffingExemption,
  staffingProfile,
  staffingRecognition,
  staffingRecruitArrival,
  staffingRecruitLine,
  staffingRecruitNeed,
  staffingRecruitPlan,
  staffingResearcher,
  staffingReserve,
  staffingRotation,
  staffingSchoolYear,
  staffingSetting,
  staffingStudio,
  staffingStudioActivity,
  staffingStudioMember,
  staffingTraining,
} from "./tables";

/** The scope condition of a table with region, school and staff columns (a teacher: their own rows only). */
export function ownRows(
  scope: ReadableScope,
  t: { regionCode: AnyPgColumn; schoolId: AnyPgColumn; staffId: AnyPgColumn },
): SQL {
  return and(
    schoolScopeCondition(scope, t),
    scope.kind === "classes" ? eq(t.staffId, scope.staffId) : undefined,
  ) as SQL;
}

/** The settings in force for a school year: the latest row from that year or before, else the defaults. */
export async function settingsFor(db: Db, regionCode: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(staffingSetting)
    .where(and(eq(staffingSetting.regionCode, regionCode), lte(staffingSetting.fromYear, schoolYear)))
    .orderBy(desc(staffingSetting.fromYear))
    .limit(1);
  const settings: staffing.StaffingSettings = row
    ? { ...staffing.defaultStaffingSettings, ...row.settings, fromYear: row.fromYear, province: row.province }
    : staffing.defaultStaffingSettings;
  return { settings, stored: row ?? null };
}

/** Every stored settings row of the county, newest first (the history of settings by year). */
export async function settingsHistory(db: Db, regionCode: string) {
  return db
    .select({
      fromYear: staffingSetting.fromYear,
      province: staffingSetting.province,
      updatedAt: staffingSetting.updatedAt,
    })
    .from(staffingSetting)
    .where(eq(staffingSetting.regionCode, regionCode))
    .orderBy(desc(staffingSetting.fromYear));
}

export async function profilesOf(db: Db, regionCode: string) {
  const rows = await db.select().from(staffingProfile).where(eq(staffingProfile.regionCode, regionCode));
  return new Map(rows.map((r) => [r.staffId, r]));
}

export async function schoolYearFacts(db: Db, scope: ReadableScope, schoolYear: number) {
  const rows = await db
    .select()
    .from(staffingSchoolYear)
    .where(and(eq(staffingSchoolYear.schoolYear, schoolYear), schoolScopeCondition(scope, staffingSchoolYear)));
  return new Map(rows.map((r) => [r.schoolId, r]));
}

export async function recognitionsOf(db: Db, scope: ReadableScope) {
  return db
    .select()
    .from(staffingRecognition)
    .where(ownRows(scope, staffingRecognition))
    .orderBy(desc(staffingRecognition.recognisedOn));
}

/** Training records whose end date falls in a period, within scope. */
export async function trainingIn(db: Db, scope: ReadableScope, start: string, end: string, schoolId?: string) {
  return db
    .select()
    .from(staffingTraining)
    .where(
      and(
        ownRows(scope, staffingTraining),
        sql`${staffingTraining.endDate} between ${start} and ${end}`,
        schoolId ? eq(staffingTraining.schoolId, schoolId) : undefined,
      ),
    );
}

export async function rotationsOf(db: Db, scope: ReadableScope, schoolYear?: number) {
  return db
    .select()
    .from(staffingRotation)
    .where(
      and(
        scope.kind === "county"
          ? eq(staffingRotation.regionCode, scope.regionCode)
          : and(
              eq(staffingRotation.regionCode, scope.regionCode),
              sql`(${staffingRotation.schoolId} = ${scope.schoolId} or ${staffingRotation.toSchoolId} = ${scope.schoolId})`,
              scope.kind === "classes" ? eq(staffingRotation.staffId, scope.staffId) : undefined,
            ),
        schoolYear === undefined ? undefined : eq(staffingRotation.schoolYear, schoolYear),
      ),
    )
    .orderBy(desc(staffingRotation.schoolYear), asc(staffingRotation.createdAt));
}

export async function findRotation(db: Db, regionCode: string, id: string) {
  const [row] = await db
    .select()
    .from(staffingRotation)
    .where(and(eq(staffingRotation.id, id), eq(staffingRotation.regionCode, regionCode)));
  return row ?? null;
}

export async function exemptionsOf(db: Db, scope: ReadableScope, schoolYear: number) {
  return db
    .select()
    .from(staffingExemption)
    .where(and(eq(staffingExemption.schoolYear, schoolYear), ownRows(scope, staffingExemption)));
}

export async function planOf(db: Db, regionCode: string, schoolYear: number) {
  const [plan] = await db
    .select()
    .from(staffingRecruitPlan)
    .where(and(eq(staffingRecruitPlan.regionCode, regionCode), eq(staffingRecruitPlan.schoolYear, schoolYear)));
  return plan ?? null;
}

export async function planLines(db: Db, scope: ReadableScope, planId: string) {
  return db
    .select()
    .from(staffingRecruitLine)
    .where(and(eq(staffingRecruitLine.planId, planId), schoolScopeCondition(scope, staffingRecruitLine)))
    .orderBy(asc(staffingRecruitLine.schoolId), desc(staffingRecruitLine.quantity));
}

export async function findPlanLine(db: Db, regionCode: string, id: string) {
  const [row] = await db
    .select()
    .from(staffingRecruitLine)
    .where(and(eq(staffingRecruitLine.id, id), eq(staffingRecruitLine.regionCode, regionCode)));
  return row ?? null;
}

export async function needsOf(db: Db, scope: ReadableScope, schoolYear: number) {
  return db
    .select()
    .from(staffingRecruitNeed)
    .where(and(eq(staffingRecruitNeed.schoolYear, schoolYear), schoolScopeCondition(scope, staffingRecruitNeed)))
    .orderBy(desc(staffingRecruitNeed.createdAt));
}

export async function reserveOf(db: Db, scope: ReadableScope) {
  return db
    .select()
    .from(staffingReserve)
    .where(ownRows(scope, staffingReserve))
    .orderBy(desc(staffingReserve.joinedOn));
}

export async function studiosOf(db: Db, regionCode: string) {
  const [studios, members, activities] = await Promise.all([
    db.select().from(staffingStudio).where(eq(staffingStudio.regionCode, regionCode)).orderBy(asc(staffingStudio.name)),
    db.select().from(staffingStudioMember).where(eq(staffingStudioMember.regionCode, regionCode)),
    db
      .select()
      .from(staffingStudioActivity)
      .where(eq(staffingStudioActivity.regionCode, regionCode))
      .orderBy(desc(staffingStudioActivity.on)),
  ]);
  return { studios, members, activities };
}

export async function findStudio(db: Db, regionCode: string, id: string) {
  const [row] = await db
    .select()
    .from(staffingStudio)
    .where(and(eq(staffingStudio.id, id), eq(staffingStudio.regionCode, regionCode)));
  return row ?? null;
}

export async function researchersOf(db: Db, regionCode: string) {
  return db
    .select()
    .from(staffingResearcher)
    .where(eq(staffingResearcher.regionCode, regionCode))
    .orderBy(desc(staffingResearcher.appointedOn));
}

/** The school year of the plan a line belongs to, or null. */
export async function planYearOfLine(db: Db, regionCode: string, lineId: string) {
  const [row] = await db
    .select({ schoolYear: staffingRecruitPlan.schoolYear })
    .from(staffingRecruitLine)
    .innerJoin(staffingRecruitPlan, eq(staffingRecruitPlan.id, staffingRecruitLine.planId))
    .where(and(eq(staffingRecruitLine.id, lineId), eq(staffingRecruitLine.regionCode, regionCode)));
  return row?.schoolYear ?? null;
}

/** The recruits who arrived on a plan's lines, in the reader's scope. */
export async function arrivalsOfPlan(db: Db, scope: ReadableScope, planId: string) {
  return db
    .select({
      lineId: staffingRecruitArrival.lineId,
      staffId: staffingRecruitArrival.staffId,
      arrivedOn: staffingRecruitArrival.arrivedOn,
    })
    .from(staffingRecruitArrival)
    .innerJoin(staffingRecruitLine, eq(staffingRecruitLine.id, staffingRecruitArrival.lineId))
    .where(and(eq(staffingRecruitLine.planId, planId), schoolScopeCondition(scope, staffingRecruitArrival)))
    .orderBy(asc(staffingRecruitArrival.arrivedOn), asc(staffingRecruitArrival.createdAt));
}
