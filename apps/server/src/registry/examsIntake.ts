/**
 * What exams reads from the register: the enrolled cohort of a grade and the class–subject–teacher assignments of its
 * classes (copied when an exam is created), the order of seats for exam numbers (school code, class number, national
 * student number), students by national student number, and the names of schools, classes, teachers and students
 * the reports show. Callers check scope first; the lookups take plain ids.
 *
 * The cohort, the assignments and the seat keys are relations (SQL to select from or join), not rows: exams copies
 * and numbers up to a million students in one statement each, inside the database.
 */
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { classTeacher, enrollment, person, school, schoolClass, staff, student } from "./tables";

/** The classes a teacher teaches or heads in a school year (their data scope), and the county's name for reports. */
export { teacherClassIds } from "./scope";
export { regionName } from "./store";

const anyId = (column: AnyPgColumn, ids: readonly string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;

/**
 * The students enrolled in a grade of a county in a school year, one row each (the latest entry when a student has
 * two), as a relation of (student_id, region_code, school_id, class_id) ordered by student id.
 */
export function enrolledCohort(regionCode: string, schoolYear: number, grade: number): SQL {
  return sql`(select distinct on (${enrollment.studentId}) ${enrollment.studentId} as student_id,
      ${enrollment.regionCode} as region_code, ${enrollment.schoolId} as school_id, ${enrollment.classId} as class_id
    from ${enrollment}
    where ${enrollment.regionCode} = ${regionCode} and ${enrollment.schoolYear} = ${schoolYear}
      and ${enrollment.grade} = ${grade} and ${enrollment.status} = 'enrolled'
    order by ${enrollment.studentId}, ${enrollment.enteredOn} desc nulls last)`;
}

/**
 * The class–subject–teacher assignments of a grade's classes in a county and school year for the given subjects, as
 * a relation of (class_id, subject, staff_id, region_code, school_id).
 */
export function gradeAssignments(regionCode: string, schoolYear: number, grade: number, subjects: string[]): SQL {
  return sql`(select ${classTeacher.classId} as class_id, ${classTeacher.subject} as subject,
      ${classTeacher.staffId} as staff_id, ${classTeacher.regionCode} as region_code,
      ${classTeacher.schoolId} as school_id
    from ${classTeacher} join ${schoolClass} on ${schoolClass.id} = ${classTeacher.classId}
    where ${schoolClass.regionCode} = ${regionCode} and ${schoolClass.schoolYear} = ${schoolYear}
      and ${schoolClass.grade} = ${grade}
      and ${classTeacher.subject} in (${sql.join(
        subjects.map((c) => sql`${c}`),
        sql`, `,
      )}))`;
}

/** Schools with their identification code (学校标识码), as a relation of (id, code). */
export const schoolCodes: SQL = sql`(select ${school.id} as id, ${school.code} as code from ${school})`;

/** Students with their national student number (学籍号), as a relation of (id, student_number). */
export const studentNumbers: SQL = sql`(select ${student.id} as id, ${student.studentNumber} as student_number
  from ${student})`;

/** Classes with their number within the grade, as a relation of (id, number). */
export const classNumbers: SQL = sql`(select ${schoolClass.id} as id, ${schoolClass.number} as number
  from ${schoolClass})`;

/**
 * Students with their name and national student number, as a relation of (id, student_number, name), to join to a
 * list of students.
 */
export const studentPeople: SQL = sql`(select ${student.id} as id, ${student.studentNumber} as student_number,
    ${person.name} as name
  from ${student} join ${person} on ${person.id} = ${student.personId})`;

/** Schools with their name, as a relation of (id, name). */
export const schoolNameList: SQL = sql`(select ${school.id} as id, ${school.name} as name from ${school})`;

/** Classes with their name, as a relation of (id, name). */
export const classNameList: SQL = sql`(select ${schoolClass.id} as id, ${schoolClass.name} as name
  from ${schoolClass})`;

/** Students of a county with the given national student numbers: id, number and name. */
export async function studentsByNumber(
  db: Db,
  regionCode: string,
  numbers: string[],
): Promise<{ id: string; n: string; name: string }[]> {
  const result = await db.execute(
    sql`select s.id, s.student_number as n, p.name from ${student} s
      join person p on p.id = s.person_id
      where s.region_code = ${regionCode} and s.student_number = any(${sql.param(numbers)}::text[])`,
  );
  // both drivers answer { rows }
  return (result as unknown as { rows: { id: string; n: string; name: string }[] }).rows;
}

/** Where those of the given students enrolled in a grade in a school year stand: school and class. */
export async function enrolledInGrade(db: Db, studentIds: string[], schoolYear: number, grade: number) {
  return db
    .select({ id: enrollment.studentId, schoolId: enrollment.schoolId, classId: enrollment.classId })
    .from(enrollment)
    .where(
      and(
        sql`${enrollment.studentId} = any(${sql.param(studentIds)}::uuid[])`,
        eq(enrollment.schoolYear, schoolYear),
        eq(enrollment.grade, grade),
        eq(enrollment.status, "enrolled"),
      ),
    );
}

/** School names by id (names are public; the ids come from a scoped query). */
export async function schoolNamesById(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: school.id, name: school.name }).from(school).where(anyId(school.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Class names by id. */
export async function classNamesById(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: schoolClass.id, name: schoolClass.name })
    .from(schoolClass)
    .where(anyId(schoolClass.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Teachers' (staff) names by id. */
export async function staffNamesById(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, name: person.name })
    .from(staff)
    .innerJoin(person, eq(person.id, staff.personId))
    .where(anyId(staff.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names and national student numbers of students (no personal data beyond the register's student list). */
export async function studentNamesById(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; studentNumber: string }>();
  const rows = await db
    .select({ id: student.id, name: person.name, studentNumber: student.studentNumber })
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(anyId(student.id, ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, studentNumber: r.studentNumber }]));
}
