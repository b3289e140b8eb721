/**
 * What dropout control (控辍保学, `retention`) reads from the register: enrollment rows on a cohort's path for the
 * rates, the placements of a school year keyed by the resident-ID hash for matching the household roster (a relation
 * to join inside the database, never clear IDs), the county's junior pupils, transfers still pending (the old
 * suspected-dropout flag), pupils of a school for absence reports, and the names of schools and townships. Callers
 * check scope first; the functions take a county code and plain ids.
 */
import type { retention } from "@edubureau/core";
import { and, asc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { settingsOf } from "./settings";
import { enrollment, person, region, school, student, town, transfer } from "./tables";

/**
 * Enrollment rows of grades 1–9 on the paths that end in `finalYear`: the primary cohort finishing grade 6 and the
 * junior and nine-year cohort finishing grade 9 (school year − grade = finalYear − 6, resp. finalYear − 9), with the
 * school of each row. One query.
 *
 * @example const rows = await cohortPathRecords(db, "152599", 2025);
 */
export async function cohortPathRecords(
  db: Db,
  regionCode: string,
  finalYear: number,
): Promise<retention.EnrollmentRecord[]> {
  const rows = await db
    .select({
      enrollmentId: enrollment.id,
      studentId: enrollment.studentId,
      schoolId: enrollment.schoolId,
      schoolYear: enrollment.schoolYear,
      grade: enrollment.grade,
      status: enrollment.status,
      enteredOn: enrollment.enteredOn,
      fromSchoolId: enrollment.fromSchoolId,
    })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        sql`${enrollment.schoolYear} between ${finalYear - 8} and ${finalYear}`,
        sql`((${enrollment.grade} between 1 and 6 and ${enrollment.schoolYear} - ${enrollment.grade} = ${finalYear - 6})
          or (${enrollment.grade} between 1 and 9 and ${enrollment.schoolYear} - ${enrollment.grade} = ${finalYear - 9}))`,
      ),
    );
  return rows.map((r) => ({ ...r, enteredOn: r.enteredOn ?? null, fromSchoolId: r.fromSchoolId ?? null }));
}

/**
 * The register's placements of a set of resident-ID hashes in a school year, as a derived table to join inside the
 * database (`hashes`: a subquery of one column, `resident_id_hash`): one row per hash found, (resident_id_hash,
 * student_id, enrollment_id, school_id, grade, status), 在读 before 休学 before the rest, the latest entry first.
 * Set-based: the planner joins the whole set at once (hash joins over the register) instead of one look-up per row,
 * so matching a roster of 200,000 against a register of 1,000,000 is a few joins, not 200,000 sub-queries.
 */
export function placementsOfHashes(hashes: SQL, regionCode: string, schoolYear: number): SQL {
  return sql`(select distinct on (${person.residentIdHash}) ${person.residentIdHash} as resident_id_hash,
      ${enrollment.studentId} as student_id, ${enrollment.id} as enrollment_id, ${enrollment.schoolId} as school_id,
      ${enrollment.grade} as grade, ${enrollment.status} as status
    from ${person}
      join ${student} on ${student.personId} = ${person.id}
      join ${enrollment} on ${enrollment.studentId} = ${student.id} and ${enrollment.schoolYear} = ${schoolYear}
        and ${enrollment.regionCode} = ${regionCode}
    where ${person.residentIdHash} in (${hashes})
    order by ${person.residentIdHash}, case ${enrollment.status} when 'enrolled' then 0 when 'suspended' then 1 else 2 end,
      ${enrollment.enteredOn} desc nulls last)`;
}

/** Junior pupils (grades 7–9, 在读 or 休学) of the county's register in a school year: the gross rate's numerator. */
export async function juniorPupilCount(db: Db, regionCode: string, schoolYear: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${enrollment.studentId})::int` })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, schoolYear),
        sql`${enrollment.grade} between 7 and 9`,
        inArray(enrollment.status, ["enrolled", "suspended"]),
      ),
    );
  return row?.n ?? 0;
}

/** A pupil as the retention registers show them: names masked by the caller. */
export interface PupilIdentity {
  studentId: string;
  name: string;
  studentNumber: string;
  residentIdHash: string | null;
  residentIdMasked: string | null;
  birthDate: string;
}

/** Transfers pending since `initiatedOnOrBefore` or earlier (转学逾期未接收), oldest first, with the pupil. */
export async function overdueTransfers(db: Db, regionCode: string, initiatedOnOrBefore: string) {
  return db
    .select({
      transferId: transfer.id,
      fromSchoolId: transfer.fromSchoolId,
      toSchoolId: transfer.toSchoolId,
      initiatedOn: transfer.initiatedOn,
      studentId: transfer.studentId,
      name: person.name,
      residentIdHash: person.residentIdHash,
      residentIdMasked: person.residentIdMasked,
      birthDate: person.birthDate,
    })
    .from(transfer)
    .innerJoin(student, eq(student.id, transfer.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(transfer.regionCode, regionCode),
        eq(transfer.status, "pending"),
        lte(transfer.initiatedOn, initiatedOnOrBefore),
      ),
    )
    .orderBy(asc(transfer.initiatedOn));
}

/** Pupils by id, with what the registers show (name, number, masked ID, hash for the poverty comparison). */
export async function pupilsById(db: Db, studentIds: readonly string[]): Promise<Map<string, PupilIdentity>> {
  if (studentIds.length === 0) return new Map();
  const rows = await db
    .select({
      studentId: student.id,
      name: person.name,
      studentNumber: student.studentNumber,
      residentIdHash: person.residentIdHash,
      residentIdMasked: person.residentIdMasked,
      birthDate: person.birthDate,
    })
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(sql`${student.id} = any(${sql.param([...new Set(studentIds)])}::uuid[])`);
  return new Map(rows.map((r) => [r.studentId, r]));
}

/** The pupils on roll at a school in a school year (for absence reports), by grade and name. */
export async function pupilsOfSchool(db: Db, regionCode: string, schoolId: string, schoolYear: number) {
  return db
    .select({
      studentId: enrollment.studentId,
      grade: enrollment.grade,
      name: person.name,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolId, schoolId),
        eq(enrollment.schoolYear, schoolYear),
        inArray(enrollment.status, ["enrolled", "suspended"]),
      ),
    )
    .orderBy(asc(enrollment.grade), asc(person.name));
}

/** Is the pupil on roll at the school in the school year? */
export async function pupilIsAtSchool(
  db: Db,
  studentId: string,
  schoolId: string,
  schoolYear: number,
): Promise<boolean> {
  const [row] = await db
    .select({ id: enrollment.id })
    .from(enrollment)
    .where(
      and(
        eq(enrollment.studentId, studentId),
        eq(enrollment.schoolId, schoolId),
        eq(enrollment.schoolYear, schoolYear),
        inArray(enrollment.status, ["enrolled", "suspended"]),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Compulsory-education schools of the county (every kind with grades 1–9), open ones, with their township. */
export async function compulsorySchools(db: Db, regionCode: string) {
  return db
    .select({ id: school.id, name: school.name, kind: school.kind, townCode: school.townCode })
    .from(school)
    .where(
      and(
        eq(school.regionCode, regionCode),
        eq(school.status, "open"),
        inArray(school.kind, [
          "primary",
          "teaching_point",
          "junior",
          "nine_year",
          "complete_secondary",
          "twelve_year",
          "special",
        ]),
      ),
    )
    .orderBy(asc(school.code));
}

/** Schools of the county by id with name and township (any status). */
export async function schoolsOfCounty(db: Db, regionCode: string) {
  const rows = await db
    .select({ id: school.id, name: school.name, townCode: school.townCode })
    .from(school)
    .where(eq(school.regionCode, regionCode));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Townships (乡镇) of the county: code → name. */
export async function townsOfCounty(db: Db, regionCode: string): Promise<Map<string, string>> {
  const rows = await db.select({ code: town.code, name: town.name }).from(town).where(eq(town.regionCode, regionCode));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The register's settings retention follows: the days after which a pending transfer is overdue, the current year. */
export async function registerRules(db: Db, regionCode: string, now: Date) {
  const s = await settingsOf(db, regionCode, now);
  return { transferOverdueDays: s.transferOverdueDays, currentSchoolYear: s.currentSchoolYear };
}

/** The county's name (GB/T 2260), for exports and the work-report sentence. */
export { regionName } from "./store";

/** The counties of the platform (GB/T 2260 codes), for retention's scheduled reminders. */
export async function countyCodes(db: Db): Promise<string[]> {
  const rows = await db.select({ code: region.code }).from(region).where(eq(region.level, "county"));
  return rows.map((r) => r.code);
}
