/**
 * What admissions reads from and writes into the register: a grade's intake of a school year, the school's
 * teachers (head-teacher candidates), junior schools with their bases, and — after a class allocation is confirmed —
 * the class of every student of the intake. Callers check scope first; these take plain ids.
 */
import { registry } from "@edubureau/core";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { employment, enrollment, person, school, schoolClass, staff, student } from "./tables";

export interface IntakeStudent {
  studentId: string;
  name: string;
  gender: "M" | "F";
  birthDate: string;
  specialNeeds: boolean;
  leftBehind: boolean;
  migrant: boolean;
  guardianPhone: string | null;
}

/** Attributes of the register a class allocation may balance besides gender and special needs. */
export const registerAttributes = {
  留守儿童: (s: IntakeStudent) => (s.leftBehind ? "是" : "否"),
  随迁子女: (s: IntakeStudent) => (s.migrant ? "是" : "否"),
} as const;
export type RegisterAttribute = keyof typeof registerAttributes;

/** Students enrolled in a grade of a school in a school year, in a stable order (by student id). */
export async function gradeIntake(
  db: Db,
  schoolId: string,
  schoolYear: number,
  grade: number,
): Promise<IntakeStudent[]> {
  const rows = await db
    .select({
      studentId: student.id,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      disability: student.disability,
      leftBehind: student.leftBehind,
      migrant: student.migrant,
      guardianPhone: student.guardianPhone,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.schoolId, schoolId),
        eq(enrollment.schoolYear, schoolYear),
        eq(enrollment.grade, grade),
        eq(enrollment.status, "enrolled"),
      ),
    )
    .orderBy(asc(student.id));
  return rows.map((r) => ({
    studentId: r.studentId,
    name: r.name,
    gender: r.gender === "F" ? "F" : "M",
    birthDate: r.birthDate,
    specialNeeds: r.disability !== null,
    leftBehind: r.leftBehind,
    migrant: r.migrant,
    guardianPhone: r.guardianPhone,
  }));
}

/**
 * The students of a grade of a school in a school year already in a class (已分班): each enrolled student with a
 * class, by student id, with the class's number. Empty for a new intake not yet in classes.
 */
export async function gradeClassPlacement(
  db: Db,
  schoolId: string,
  schoolYear: number,
  grade: number,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ studentId: enrollment.studentId, number: schoolClass.number })
    .from(enrollment)
    .innerJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(
      and(
        eq(enrollment.schoolId, schoolId),
        eq(enrollment.schoolYear, schoolYear),
        eq(enrollment.grade, grade),
        eq(enrollment.status, "enrolled"),
      ),
    );
  return new Map(rows.map((r) => [r.studentId, r.number]));
}

/**
 * Twins and other multiples in an intake: students born the same day with the same guardian phone. Each family
 * gets a group code F1, F2, … in intake order; the family's choice defaults to "together" until they say otherwise.
 */
export function detectMultiples(intake: IntakeStudent[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const s of intake) {
    if (!s.guardianPhone) continue;
    const key = `${s.birthDate}|${s.guardianPhone}`;
    groups.set(key, [...(groups.get(key) ?? []), s.studentId]);
  }
  const familyOf = new Map<string, string>();
  let n = 0;
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    n++;
    for (const id of ids) familyOf.set(id, `F${n}`);
  }
  return familyOf;
}

/** Teachers employed at a school in a school year (head-teacher candidates), by name. */
export async function schoolTeachers(db: Db, schoolId: string, schoolYear: number) {
  return db
    .select({ staffId: staff.id, name: person.name, subject: employment.subject })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .where(
      and(
        eq(employment.schoolId, schoolId),
        eq(employment.schoolYear, schoolYear),
        eq(employment.postType, "teacher"),
        eq(employment.status, "active"),
      ),
    )
    .orderBy(asc(person.name));
}

/** A school of the county, or null. */
export async function countySchool(db: Db, regionCode: string, schoolId: string) {
  const rows = await db
    .select({ id: school.id, code: school.code, name: school.name, kind: school.kind, locality: school.locality })
    .from(school)
    .where(and(eq(school.id, schoolId), eq(school.regionCode, regionCode)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Open junior-stage schools of the county with their quota base for a school year: graduates (enrolled in grade 9),
 * enrolled (all enrolled students in grades 7–9) or registered (every enrollment row in grades 7–9, whatever its
 * status). Schools in towns and villages count as rural for the quota weighting (乡镇和农村初中).
 */
export async function juniorSchoolBases(
  db: Db,
  regionCode: string,
  schoolYear: number,
  baseKind: "graduates" | "enrolled" | "registered",
) {
  const juniorKinds = ["junior", "nine_year", "complete_secondary", "twelve_year"];
  const gradeCondition = baseKind === "graduates" ? eq(enrollment.grade, 9) : sql`${enrollment.grade} between 7 and 9`;
  const statusCondition = baseKind === "registered" ? undefined : eq(enrollment.status, "enrolled");
  const counts = await db
    .select({ schoolId: enrollment.schoolId, n: count() })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, schoolYear),
        gradeCondition,
        statusCondition,
      ),
    )
    .groupBy(enrollment.schoolId);
  const bySchool = new Map(counts.map((c) => [c.schoolId, c.n]));
  const schools = await db
    .select({ id: school.id, code: school.code, name: school.name, locality: school.locality })
    .from(school)
    .where(and(eq(school.regionCode, regionCode), eq(school.status, "open"), inArray(school.kind, juniorKinds)))
    .orderBy(asc(school.code));
  // quota policies tilt places to schools outside the county seat (乡镇和农村初中): town and rural localities
  return schools.map((s) => ({ ...s, base: bySchool.get(s.id) ?? 0, rural: s.locality !== "urban" }));
}

/**
 * Writes a confirmed class allocation into the register: classes 1…k of the grade exist (created when missing,
 * named by the register's rule), each intake student's enrollment row points at their class, and each class's
 * head teacher is set from the team draw. Runs inside the caller's transaction. Returns what changed.
 */
export async function writeClassAssignments(
  tx: Db,
  props: {
    regionCode: string;
    schoolId: string;
    schoolYear: number;
    grade: number;
    classes: { number: number; studentIds: string[]; headTeacherId: string | null }[];
  },
): Promise<{ classesCreated: number; studentsPlaced: number }> {
  const existing = await tx
    .select({ id: schoolClass.id, number: schoolClass.number })
    .from(schoolClass)
    .where(
      and(
        eq(schoolClass.schoolId, props.schoolId),
        eq(schoolClass.schoolYear, props.schoolYear),
        eq(schoolClass.grade, props.grade),
      ),
    );
  const idOf = new Map(existing.map((c) => [c.number, c.id]));
  let classesCreated = 0;
  let studentsPlaced = 0;
  for (const c of props.classes) {
    let classId = idOf.get(c.number);
    if (!classId) {
      const [created] = await tx
        .insert(schoolClass)
        .values({
          regionCode: props.regionCode,
          schoolId: props.schoolId,
          schoolYear: props.schoolYear,
          grade: props.grade,
          number: c.number,
          name: registry.classNameOf(props.grade, c.number),
          headTeacherId: c.headTeacherId,
        })
        .returning({ id: schoolClass.id });
      if (!created) throw new Error("class insert returned no row");
      classId = created.id;
      classesCreated++;
    } else if (c.headTeacherId) {
      await tx.update(schoolClass).set({ headTeacherId: c.headTeacherId }).where(eq(schoolClass.id, classId));
    }
    if (c.studentIds.length === 0) continue;
    const updated = await tx
      .update(enrollment)
      .set({ classId })
      .where(
        and(
          eq(enrollment.schoolId, props.schoolId),
          eq(enrollment.schoolYear, props.schoolYear),
          eq(enrollment.grade, props.grade),
          inArray(enrollment.studentId, c.studentIds),
        ),
      )
      .returning({ id: enrollment.id });
    studentsPlaced += updated.length;
  }
  return { classesCreated, studentsPlaced };
}
