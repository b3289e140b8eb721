import type { auth } from "@edubureau/core";
import { registry } from "@edubureau/core";
import { and, desc, eq, sql } from "drizzle-orm";
import { scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { classScopeCondition } from "../scope";
import { enrollment, person, school, schoolClass, student } from "../tables";

/** Masks a phone number: 138****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}

/**
 * A student's record with the enrollment timeline, within scope. A school sees the students whose latest
 * enrollment is with it; a teacher those in their classes this year. Personal data is masked: resident ID,
 * student number, guardian phone, address.
 */
export async function studentDetail(db: Db, actor: auth.Actor | null, studentId: string) {
  const scope = scopeOf(actor, "registry");
  const history = await db
    .select({
      schoolYear: enrollment.schoolYear,
      schoolId: enrollment.schoolId,
      schoolName: school.name,
      grade: enrollment.grade,
      classId: enrollment.classId,
      className: schoolClass.name,
      status: enrollment.status,
      enteredOn: enrollment.enteredOn,
      leftOn: enrollment.leftOn,
      fromSchoolId: enrollment.fromSchoolId,
      toSchoolId: enrollment.toSchoolId,
    })
    .from(enrollment)
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(eq(enrollment.studentId, studentId))
    .orderBy(desc(enrollment.schoolYear), desc(enrollment.enteredOn));
  const latest = history[0];
  if (!latest) return null;
  const [inScope] = await db
    .select({ ok: sql<number>`1` })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.studentId, studentId),
        eq(enrollment.schoolYear, latest.schoolYear),
        schoolScopeCondition(scope, enrollment),
        classScopeCondition(scope, enrollment.classId, latest.schoolYear),
      ),
    )
    .limit(1);
  if (!inScope) return null;
  const [row] = await db
    .select({ student, person })
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(eq(student.id, studentId));
  if (!row) return null;
  const s = row.student;
  const p = row.person;
  return {
    student: {
      id: s.id,
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate,
      ethnicity: p.ethnicity,
      residentIdMasked: p.residentIdMasked,
      studentNumber: registry.maskStudentNumber(s.studentNumber),
      householdType: s.householdType,
      householdInCounty: s.householdInCounty,
      leftBehind: s.leftBehind,
      migrant: s.migrant,
      disability: s.disability,
      disabilityPlacement: s.disabilityPlacement,
      orphan: s.orphan,
      povertyRegistered: s.povertyRegistered,
      dibao: s.dibao,
      address: s.address ? `${s.address.slice(0, 6)}…` : null,
      guardianName: s.guardianName,
      guardianPhone: maskPhone(s.guardianPhone),
    },
    enrollments: history,
  };
}
