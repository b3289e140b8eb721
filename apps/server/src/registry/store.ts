import type { auth } from "@edubureau/core";
import { registry } from "@edubureau/core";
import { and, asc, count, eq, ilike, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { scopeOf } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { keptStudentList, MAX_ROWS, matchesSearchText } from "./keptStudentLists";
import { classScopeCondition } from "./scope";
import { currentSchoolYear } from "./settings";
import { employment, enrollment, person, region, school, schoolClass, student } from "./tables";

/** A school's name by id (for headers and account lists); null when unknown. Not scoped: names are public. */
export async function schoolName(db: Db, id: string): Promise<string | null> {
  const rows = await db.select({ name: school.name }).from(school).where(eq(school.id, id)).limit(1);
  return rows[0]?.name ?? null;
}

export async function regionName(db: Db, code: string): Promise<string | null> {
  const rows = await db.select({ name: region.name }).from(region).where(eq(region.code, code)).limit(1);
  return rows[0]?.name ?? null;
}

/** The county a fresh account belongs to: the only county-level region in a single-county installation. */
export async function defaultRegionCode(db: Db): Promise<string | null> {
  const rows = await db.select({ code: region.code }).from(region).where(eq(region.level, "county")).limit(1);
  return rows[0]?.code ?? null;
}

/** School years that have classes, newest first, within the actor's scope. */
export async function schoolYears(db: Db, actor: auth.Actor | null): Promise<number[]> {
  const scope = scopeOf(actor, "registry");
  const rows = await db
    .selectDistinct({ year: schoolClass.schoolYear })
    .from(schoolClass)
    .where(schoolScopeCondition(scope, schoolClass))
    .orderBy(sql`${schoolClass.schoolYear} desc`);
  return rows.map((r) => r.year);
}

/**
 * The school year a list shows when the caller names none: the county's current school year (学籍参数), the same
 * for every user of the county. Never the newest year some school has data in: one school's classes or promotion
 * must not move what everyone else sees.
 */
export async function defaultSchoolYear(db: Db, actor: auth.Actor | null, now: Date): Promise<number> {
  return currentSchoolYear(db, scopeOf(actor, "registry").regionCode, now);
}

/** Schools within the actor's scope. */
export async function listSchools(db: Db, actor: auth.Actor | null) {
  const scope = scopeOf(actor, "registry");
  return db
    .select({
      id: school.id,
      code: school.code,
      name: school.name,
      kind: school.kind,
      locality: school.locality,
      ownership: school.ownership,
      status: school.status,
      principal: school.principal,
      address: school.address,
    })
    .from(school)
    .where(and(schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id })))
    .orderBy(asc(school.code));
}

/**
 * The county's open schools by name, kind and locality, for choosing a school elsewhere (a transfer's destination).
 * Every signed-in register reader sees the whole county here: it lists no figures and no people.
 */
export async function schoolDirectory(db: Db, actor: auth.Actor | null) {
  scopeOf(actor, "registry");
  return db
    .select({ id: school.id, code: school.code, name: school.name, kind: school.kind, locality: school.locality })
    .from(school)
    .where(and(eq(school.regionCode, actor!.regionCode), eq(school.status, "open")))
    .orderBy(asc(school.code));
}

/** One school within scope; null when it does not exist or is outside the scope (the caller answers 404 for both). */
export async function findSchool(db: Db, actor: auth.Actor | null, id: string) {
  const scope = scopeOf(actor, "registry");
  const rows = await db
    .select()
    .from(school)
    .where(and(eq(school.id, id), schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id })))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * The county at a glance for a school year, within the actor's scope: schools by kind and locality, enrolled
 * students by stage and locality, staff by post, and class sizes by category (methods.md §2).
 */
export async function registryOverview(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const scope = scopeOf(actor, "registry");
  const schoolCols = { regionCode: school.regionCode, schoolId: school.id };
  const enrolled = and(
    eq(enrollment.schoolYear, schoolYear),
    eq(enrollment.status, "enrolled"),
    schoolScopeCondition(scope, enrollment),
    classScopeCondition(scope, enrollment.classId, schoolYear),
  );

  const schoolsByKind = await db
    .select({ kind: school.kind, locality: school.locality, n: count() })
    .from(school)
    .where(and(eq(school.status, "open"), schoolScopeCondition(scope, schoolCols)))
    .groupBy(school.kind, school.locality);

  const studentsByGrade = await db
    .select({ grade: enrollment.grade, locality: school.locality, n: count() })
    .from(enrollment)
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .where(enrolled)
    .groupBy(enrollment.grade, school.locality);

  const classSizes = await db
    .select({ classId: enrollment.classId, grade: enrollment.grade, n: count() })
    .from(enrollment)
    .where(and(enrolled, sql`${enrollment.classId} is not null`))
    .groupBy(enrollment.classId, enrollment.grade);

  const staffByPost = await db
    .select({ postType: employment.postType, n: count() })
    .from(employment)
    .where(
      and(
        eq(employment.schoolYear, schoolYear),
        eq(employment.status, "active"),
        schoolScopeCondition(scope, employment),
        scope.kind === "classes" ? eq(employment.staffId, scope.staffId) : undefined,
      ),
    )
    .groupBy(employment.postType);

  const stageTotals = new Map<registry.Stage, number>();
  const localityTotals = new Map<string, number>();
  for (const r of studentsByGrade) {
    const stage = registry.stageOfGrade(r.grade);
    stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + r.n);
    localityTotals.set(r.locality, (localityTotals.get(r.locality) ?? 0) + r.n);
  }
  const sizesByStage = new Map<registry.Stage, number[]>();
  for (const r of classSizes) {
    const stage = registry.stageOfGrade(r.grade);
    sizesByStage.set(stage, [...(sizesByStage.get(stage) ?? []), r.n]);
  }

  return {
    schoolYear,
    scope: scope.kind,
    schools: {
      total: schoolsByKind.reduce((s, r) => s + r.n, 0),
      byKindAndLocality: schoolsByKind,
    },
    students: {
      total: [...stageTotals.values()].reduce((a, b) => a + b, 0),
      byStage: [...stageTotals].map(([stage, n]) => ({ stage, n })),
      byLocality: [...localityTotals].map(([locality, n]) => ({ locality, n })),
    },
    staff: {
      total: staffByPost.reduce((s, r) => s + r.n, 0),
      teachers: staffByPost.find((r) => r.postType === "teacher")?.n ?? 0,
      byPost: staffByPost,
    },
    classes: {
      total: classSizes.length,
      sizeSummary: registry.summarizeClassSizes(classSizes.map((r) => r.n)),
      byStage: [...sizesByStage].map(([stage, sizes]) => ({ stage, ...registry.summarizeClassSizes(sizes) })),
    },
  };
}

export interface StudentQuery {
  schoolYear: number;
  /** one enrollment status; all statuses when absent */
  status?: string;
  schoolId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * `column ILIKE pattern`, written as LIKE when the search text has no letters with case (Chinese characters,
 * digits, the middle dot of minority names): the same rows, since no character folds to or from those, without
 * lower-casing every value the pattern is tried on (about five times faster over a county's names on the
 * embedded database).
 */
function textLike(column: AnyPgColumn, pattern: string, text: string) {
  return /^[\p{Script=Han}0-9·]+$/u.test(text) ? like(column, pattern) : ilike(column, pattern);
}

/**
 * What a search text matches on a person: the name (substring), pinyin initials (prefix, when the text is letters),
 * the last four of the resident ID (when the text is four such characters). The full student number is matched
 * on the student row beside it.
 *
 * Each part also carries a condition an index answers (registry/tables.ts), implied by the match itself so that the
 * rows found are the same: a name holding the text holds each of its characters (lower-cased, as ILIKE compares
 * them), found in the GIN index of the names' characters, which works for a single character as well as for a whole
 * name (a trigram index finds nothing to look up in a text of one or two Chinese characters); the initials by a
 * prefix of the pattern-ops index; the last four of the resident ID by equality with an index of them.
 */
function personTextMatch(text: string) {
  return or(
    and(
      sql`string_to_array(lower(${person.name}), null) @> string_to_array(lower(${text}), null)`,
      textLike(person.name, `%${text}%`, text),
    ),
    registry.looksLikeInitials(text) ? like(person.nameInitials, `${text.toLowerCase()}%`) : undefined,
    /^\d{3}[\dXx]$/.test(text)
      ? and(
          sql`lower(right(${person.residentIdMasked}, 4)) = lower(${text})`,
          textLike(person.residentIdMasked, `%${text.toUpperCase()}`, text),
        )
      : undefined,
  );
}

/**
 * One page of the student list in school, grade, class and name order.
 *
 * For a search (`matches`), the rows come with their total (a window count, so the matches are read once: a
 * search sorts all of them anyway), and the school code is sorted as text: the same order (codes are ten digits),
 * but not one the school code index yields, so the planner sorts the matches rather than walking every school of
 * the city in code order in the hope of meeting twenty of them early (they are all in one county, which may come
 * last).
 */
function studentPage(db: Db, where: SQL | undefined, query: StudentQuery, matches: boolean) {
  const total = { total: sql<number>`count(*) over ()`.mapWith(Number) };
  return db
    .select({ ...listedColumns, ...(matches ? total : {}) })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(where)
    .orderBy(
      matches ? asc(sql`${school.code}::text`) : asc(school.code),
      asc(enrollment.grade),
      asc(schoolClass.number),
      asc(person.name),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
}

/** What the student list shows of each student (the student number before masking). */
const listedColumns = {
  id: student.id,
  name: person.name,
  gender: person.gender,
  birthDate: person.birthDate,
  residentIdMasked: person.residentIdMasked,
  studentNumber: student.studentNumber,
  schoolId: enrollment.schoolId,
  schoolName: school.name,
  grade: enrollment.grade,
  className: schoolClass.name,
  status: enrollment.status,
};

/** A scope's whole list, in the list's order, with what a search matches on (keptStudentLists.ts). */
async function studentsToKeep(db: Db, inScope: SQL | undefined) {
  const rows = await db
    .select({ ...listedColumns, initials: person.nameInitials, regionCode: person.regionCode })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(inScope)
    .orderBy(asc(school.code), asc(enrollment.grade), asc(schoolClass.number), asc(person.name))
    .limit(MAX_ROWS + 1);
  return rows.map(({ initials, regionCode, ...shown }) => ({
    shown,
    nameLower: shown.name.toLowerCase(),
    initials,
    regionCode,
  }));
}

function countStudents(db: Db, where: SQL | undefined) {
  return db
    .select({ n: count() })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(where);
}

/**
 * Enrolled students within scope, with the resident ID masked. A search text matches the name, pinyin initials,
 * full student number or last four of the resident ID.
 *
 * A search in a county's scope starts from the county's people (person.region_code, the county key every writer
 * gives a student's person, student and enrollment rows alike) and from the one student with that number, and
 * reads only the matches' enrollments: a short range of the region index instead of walking each of the county's
 * ~20,000 enrollments to its person (measured in bench/studentSearch.ts). A school's or a teacher's scope is small
 * enough to be checked row by row.
 */
export async function listStudents(db: Db, actor: auth.Actor | null, query: StudentQuery) {
  const scope = scopeOf(actor, "registry");
  const text = query.q?.trim().replace(/[%_\\]/g, "");
  const inScope = and(
    eq(enrollment.schoolYear, query.schoolYear),
    query.status ? eq(enrollment.status, query.status) : undefined,
    schoolScopeCondition(scope, enrollment),
    classScopeCondition(scope, enrollment.classId, query.schoolYear),
    query.schoolId ? eq(enrollment.schoolId, query.schoolId) : undefined,
  );
  const mask = <T extends { studentNumber: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, studentNumber: registry.maskStudentNumber(r.studentNumber) }));

  if (!text) {
    const [rows, total] = await Promise.all([studentPage(db, inScope, query, false), countStudents(db, inScope)]);
    return { rows: mask(rows), total: total[0]?.n ?? 0 };
  }

  const kept = keptStudentList(db, JSON.stringify([scope, query.schoolYear, query.status, query.schoolId]), () =>
    studentsToKeep(db, inScope),
  );
  if (kept) {
    const matches = kept.filter(matchesSearchText(text, scope.kind === "county" ? scope.regionCode : null));
    const from = (query.page - 1) * query.pageSize;
    return { rows: mask(matches.slice(from, from + query.pageSize).map((s) => s.shown)), total: matches.length };
  }

  let textMatch: SQL | undefined;
  if (scope.kind === "county") {
    const numberOwner = db
      .select({ personId: student.personId })
      .from(student)
      .where(eq(student.studentNumber, text.toUpperCase()));
    textMatch = or(
      and(eq(person.regionCode, scope.regionCode), personTextMatch(text)),
      eq(person.id, sql`(${numberOwner})`),
    );
  } else {
    textMatch = or(personTextMatch(text), eq(student.studentNumber, text.toUpperCase()));
  }
  const where = and(inScope, textMatch);
  const page = await studentPage(db, where, query, true);
  // past the last page there is no row to carry the total
  const total = page[0]?.total ?? (query.page > 1 ? ((await countStudents(db, where))[0]?.n ?? 0) : 0);
  return { rows: mask(page.map(({ total: _, ...row }) => row)), total };
}

/**
 * The encrypted resident ID of a student within the actor's scope, for an audited reveal. A school reaches the
 * students it has now (the student's latest enrollment), not those who have moved on to another school.
 * Null when the student does not exist or is outside the scope.
 */
export async function studentResidentIdCipher(db: Db, actor: auth.Actor | null, studentId: string) {
  const scope = scopeOf(actor, "registry");
  const rows = await db
    .select({ cipher: person.residentIdCipher, name: person.name })
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(student.id, studentId),
        sql`exists (select 1 from ${enrollment} where ${enrollment.studentId} = ${student.id}
          and ${enrollment.schoolYear} = (select max(e2.school_year) from ${enrollment} e2 where e2.student_id = ${student.id})
          and ${schoolScopeCondition(scope, enrollment)})`,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Names of schools by id, for lists that show which school an account or record belongs to. */
export async function schoolNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: school.id, name: school.name }).from(school).where(inArray(school.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether a school exists in the county (to validate an account's scope). */
export async function schoolIsInCounty(db: Db, regionCode: string, schoolId: string): Promise<boolean> {
  const rows = await db
    .select({ id: school.id })
    .from(school)
    .where(and(eq(school.id, schoolId), eq(school.regionCode, regionCode)))
    .limit(1);
  return rows.length > 0;
}

/** Whether a staff member has ever been employed at a school (to validate a teacher account). */
export async function staffWorksAt(db: Db, staffId: string, schoolId: string): Promise<boolean> {
  const rows = await db
    .select({ id: employment.id })
    .from(employment)
    .where(and(eq(employment.staffId, staffId), eq(employment.schoolId, schoolId)))
    .limit(1);
  return rows.length > 0;
}
