/**
 * What the teacher workforce (staffing) reads from the register for a county and a school year, as of the statistics
 * date (1 September): the open schools, students and classes by school and stage, students with a disability placed
 * in ordinary classes (随班就读), and the staff employed in the year with their person data (name, gender, birth
 * date, masked resident ID; never the clear ID). The caller passes the reader's scope; every query is narrowed by
 * the one school-scope condition.
 */
import { and, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { employment, enrollment, person, school, schoolClass, staff, student } from "./tables";

export { regionName } from "./store";

/** On the roll on the statistics date: entered by then and not left before it. */
function onRollAt(asOf: string): SQL {
  return and(
    eq(enrollment.status, "enrolled"),
    or(isNull(enrollment.enteredOn), lte(enrollment.enteredOn, asOf)),
    or(isNull(enrollment.leftOn), sql`${enrollment.leftOn} > ${asOf}`),
  ) as SQL;
}

const stageOfGrade = sql<string>`case when ${enrollment.grade} between 1 and 6 then 'primary'
  when ${enrollment.grade} between 7 and 9 then 'junior' when ${enrollment.grade} between 10 and 12 then 'senior'
  else 'other' end`;

export interface IntakeSchool {
  id: string;
  code: string;
  name: string;
  kind: string;
  locality: string;
}

/** The scope's open schools, by national code. */
export async function staffingSchools(db: Db, scope: ReadableScope): Promise<IntakeSchool[]> {
  return db
    .select({ id: school.id, code: school.code, name: school.name, kind: school.kind, locality: school.locality })
    .from(school)
    .where(
      and(
        eq(school.status, "open"),
        schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
      ),
    )
    .orderBy(school.code);
}

/** Students on the roll by school and stage, and of them those placed in ordinary classes with a disability. */
export async function studentsByStage(db: Db, scope: ReadableScope, schoolYear: number) {
  return db
    .select({
      schoolId: enrollment.schoolId,
      stage: stageOfGrade,
      students: sql<number>`count(*)::int`,
      inclusive: sql<number>`count(*) filter (where ${student.disabilityPlacement} = '随班就读')::int`,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .where(
      and(
        eq(enrollment.schoolYear, schoolYear),
        schoolScopeCondition(scope, enrollment),
        onRollAt(`${schoolYear}-09-01`),
      ),
    )
    .groupBy(enrollment.schoolId, stageOfGrade);
}

/** Classes by school and grade in the school year. */
export async function classesByGrade(db: Db, scope: ReadableScope, schoolYear: number) {
  return db
    .select({ schoolId: schoolClass.schoolId, grade: schoolClass.grade, classes: sql<number>`count(*)::int` })
    .from(schoolClass)
    .where(and(eq(schoolClass.schoolYear, schoolYear), schoolScopeCondition(scope, schoolClass)))
    .groupBy(schoolClass.schoolId, schoolClass.grade);
}

export interface IntakeStaff {
  staffId: string;
  staffNumber: string;
  name: string;
  gender: "M" | "F";
  birthDate: string;
  residentIdMasked: string | null;
  hireDate: string | null;
  schoolId: string;
  postType: string;
  establishment: string;
  subject: string | null;
  stageTaught: string | null;
  qualification: string;
  title: string;
  backboneLevel: string;
  hasCertificate: boolean;
  status: string;
}

/**
 * Staff employed in the school year (every status but 调离), narrowed to one staff member when given (a teacher's own
 * record).
 */
export async function staffOfYear(
  db: Db,
  scope: ReadableScope,
  schoolYear: number,
  only?: { staffId?: string; schoolId?: string },
): Promise<IntakeStaff[]> {
  const rows = await db
    .select({
      staffId: staff.id,
      staffNumber: staff.staffNumber,
      name: person.name,
      gender: person.gender,
      birthDate: person.birthDate,
      residentIdMasked: person.residentIdMasked,
      hireDate: staff.hireDate,
      schoolId: employment.schoolId,
      postType: employment.postType,
      establishment: employment.establishment,
      subject: employment.subject,
      stageTaught: employment.stageTaught,
      qualification: employment.qualification,
      title: employment.title,
      backboneLevel: employment.backboneLevel,
      hasCertificate: employment.hasCertificate,
      status: employment.status,
    })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .where(
      and(
        eq(employment.schoolYear, schoolYear),
        schoolScopeCondition(scope, employment),
        sql`${employment.status} <> 'left'`,
        only?.staffId ? eq(employment.staffId, only.staffId) : undefined,
        only?.schoolId ? eq(employment.schoolId, only.schoolId) : undefined,
      ),
    )
    .orderBy(employment.schoolId, staff.staffNumber);
  return rows.map((r) => ({ ...r, gender: r.gender === "F" ? "F" : "M" }));
}

/** Staff ids by staff number within the scope's year (for imports naming teachers by 工号). */
export async function staffIdsByNumber(db: Db | Tx, scope: ReadableScope, schoolYear: number, numbers: string[]) {
  if (numbers.length === 0) return new Map<string, { staffId: string; schoolId: string; name: string }>();
  const rows = await db
    .select({ staffNumber: staff.staffNumber, staffId: staff.id, schoolId: employment.schoolId, name: person.name })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .where(
      and(
        eq(employment.schoolYear, schoolYear),
        schoolScopeCondition(scope, employment),
        sql`${staff.staffNumber} = any(${sql.param(numbers)}::text[])`,
      ),
    );
  return new Map(rows.map((r) => [r.staffNumber, { staffId: r.staffId, schoolId: r.schoolId, name: r.name }]));
}

/** Names and staff numbers of staff members of a county by id, whatever their year (recruits, studio members). */
export async function staffNamesByIds(db: Db | Tx, regionCode: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { staffNumber: string; name: string }>();
  const rows = await db
    .select({ staffId: staff.id, staffNumber: staff.staffNumber, name: person.name })
    .from(staff)
    .innerJoin(person, eq(person.id, staff.personId))
    .where(and(eq(staff.regionCode, regionCode), sql`${staff.id} = any(${sql.param(ids)}::uuid[])`));
  return new Map(rows.map((r) => [r.staffId, { staffNumber: r.staffNumber, name: r.name }]));
}
