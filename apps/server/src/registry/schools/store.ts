import type { auth } from "@edubureau/core";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { employment, enrollment, school, schoolClass, schoolCondition, schoolEvent } from "../tables";

/**
 * A school with its history (events), its yearly conditions and its yearly size (classes, enrolled students,
 * active staff), within scope; null when outside it.
 */
export async function schoolDetail(db: Db, actor: auth.Actor | null, schoolId: string) {
  const scope = scopeOf(actor, "registry");
  const [found] = await db
    .select()
    .from(school)
    .where(
      and(eq(school.id, schoolId), schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id })),
    );
  if (!found) return null;
  const events = await db
    .select({
      id: schoolEvent.id,
      on: schoolEvent.on,
      kind: schoolEvent.kind,
      note: schoolEvent.note,
      otherSchoolId: schoolEvent.otherSchoolId,
    })
    .from(schoolEvent)
    .where(eq(schoolEvent.schoolId, schoolId))
    .orderBy(desc(schoolEvent.on));
  const conditions = await db
    .select()
    .from(schoolCondition)
    .where(eq(schoolCondition.schoolId, schoolId))
    .orderBy(desc(schoolCondition.schoolYear));
  const classes = await db
    .select({ schoolYear: schoolClass.schoolYear, n: count() })
    .from(schoolClass)
    .where(eq(schoolClass.schoolId, schoolId))
    .groupBy(schoolClass.schoolYear);
  const students = await db
    .select({ schoolYear: enrollment.schoolYear, n: count() })
    .from(enrollment)
    .where(and(eq(enrollment.schoolId, schoolId), eq(enrollment.status, "enrolled")))
    .groupBy(enrollment.schoolYear);
  const staffCount = await db
    .select({ schoolYear: employment.schoolYear, n: count() })
    .from(employment)
    .where(and(eq(employment.schoolId, schoolId), eq(employment.status, "active")))
    .groupBy(employment.schoolYear);
  const years = [...new Set([...classes, ...students, ...staffCount].map((r) => r.schoolYear))].sort((a, b) => b - a);
  const byYear = (rows: { schoolYear: number; n: number }[], y: number) => rows.find((r) => r.schoolYear === y)?.n ?? 0;
  return {
    school: found,
    events,
    conditions,
    years: years.map((y) => ({
      schoolYear: y,
      classes: byYear(classes, y),
      students: byYear(students, y),
      staff: byYear(staffCount, y),
    })),
  };
}

/** Yearly conditions of every school in scope for a school year (the balance capability's input). */
export async function listConditions(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const scope = scopeOf(actor, "registry");
  return db
    .select({
      condition: schoolCondition,
      schoolId: school.id,
      schoolName: school.name,
      schoolCode: school.code,
      kind: school.kind,
    })
    .from(school)
    .leftJoin(schoolCondition, and(eq(schoolCondition.schoolId, school.id), eq(schoolCondition.schoolYear, schoolYear)))
    .where(
      and(
        eq(school.status, "open"),
        schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
      ),
    )
    .orderBy(asc(school.code));
}
