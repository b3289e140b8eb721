/**
 * What validation needs from the register, each in one query for the whole file: schools by code, their classes in
 * the year, and which resident-ID hashes and student numbers are already taken.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import { person, school, schoolClass, schoolCondition, staff, student } from "../tables";

export interface SchoolInfo {
  id: string;
  name: string;
  regionCode: string;
  kind: string;
  status: string;
  closedOn: string | null;
}

/** Schools by their 10-digit code (not scoped: the caller decides what is in the uploader's scope). */
export async function schoolsByCode(db: Db | Tx, codes: string[]): Promise<Map<string, SchoolInfo>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({
      id: school.id,
      code: school.code,
      name: school.name,
      regionCode: school.regionCode,
      kind: school.kind,
      status: school.status,
      closedOn: school.closedOn,
    })
    .from(school)
    .where(inArray(school.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

/** Classes of the schools in the year, keyed "schoolId:grade:number". */
export async function classesOf(db: Db | Tx, schoolIds: string[], schoolYear: number): Promise<Map<string, string>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: schoolClass.id,
      schoolId: schoolClass.schoolId,
      grade: schoolClass.grade,
      number: schoolClass.number,
    })
    .from(schoolClass)
    .where(and(inArray(schoolClass.schoolId, schoolIds), eq(schoolClass.schoolYear, schoolYear)));
  return new Map(rows.map((r) => [`${r.schoolId}:${r.grade}:${r.number}`, r.id]));
}

/** Which of the values are already in the register (resident-ID hashes of any person, or student numbers). */
export async function existing(db: Db | Tx, what: "hash" | "number", values: string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const column = what === "hash" ? person.residentIdHash : student.studentNumber;
  const table = what === "hash" ? person : student;
  const rows = (await db.execute(
    sql`select ${column} as v from ${table} where ${column} = any(${sql.param(values)}::text[])`,
  )) as unknown as { rows: { v: string }[] };
  return new Set(rows.rows.map((r) => r.v));
}

/** People already in the register by resident-ID hash, and whether each is already staff. */
export async function personsByHash(
  db: Db | Tx,
  hashes: string[],
): Promise<Map<string, { personId: string; staffId: string | null }>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .select({ hash: person.residentIdHash, personId: person.id, staffId: staff.id })
    .from(person)
    .leftJoin(staff, eq(staff.personId, person.id))
    .where(inArray(person.residentIdHash, hashes));
  return new Map(rows.map((r) => [r.hash!, { personId: r.personId, staffId: r.staffId }]));
}

/** Which of the staff numbers are already in use. */
export async function takenStaffNumbers(db: Db | Tx, numbers: string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db.select({ n: staff.staffNumber }).from(staff).where(inArray(staff.staffNumber, numbers));
  return new Set(rows.map((r) => r.n));
}

/** The condition rows already reported for the schools in a year, by school id. */
export async function conditionsOf(
  db: Db | Tx,
  schoolIds: string[],
  schoolYear: number,
): Promise<Map<string, typeof schoolCondition.$inferSelect>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(schoolCondition)
    .where(and(inArray(schoolCondition.schoolId, schoolIds), eq(schoolCondition.schoolYear, schoolYear)));
  return new Map(rows.map((r) => [r.schoolId, r]));
}
