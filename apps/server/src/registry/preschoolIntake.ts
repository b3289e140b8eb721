import { and, eq, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { employment, enrollment, school, schoolClass, town } from "./tables";

/** A kindergarten, or a school with attached preschool classes (附设幼儿班), as the register holds it. */
export interface PreschoolUnit {
  schoolId: string;
  name: string;
  code: string;
  /** registry school kind: "kindergarten", or the kind of the school its attached classes belong to */
  schoolKind: string;
  ownership: string;
  locality: string;
  townCode: string | null;
  /** classes of a school that is not a kindergarten */
  attached: boolean;
  /** children on a preschool grade (−3..−1) roll on the statistics date, of any age */
  children: number;
  classes: { classId: string; name: string; grade: number; children: number }[];
  /** active full-time teachers teaching preschool (all of a kindergarten's; a school's preschool teachers) */
  fullTimeTeachers: number;
  certifiedTeachers: number;
  /** of the full-time teachers: established (在编) and the others (合同制, 代课) */
  establishedTeachers: number;
  nonEstablishedTeachers: number;
}

/** A township (乡镇) of the county; urban when it has an urban school (城区: the county seat, a 街道). */
export interface PreschoolTown {
  code: string;
  name: string;
  urban: boolean;
}

/**
 * What the register hands the preschool evaluation for a county and a school year, as of the statistics date
 * (1 September): kindergartens and attached classes with their children, classes and teachers, and the towns.
 * The caller has already checked the reader's right to the county's figures.
 */
export interface PreschoolRegister {
  schoolYear: number;
  asOf: string;
  units: PreschoolUnit[];
  towns: PreschoolTown[];
}

/** On the roll on the statistics date: entered by then and not left before it. */
function onRollAt(asOf: string): SQL {
  return and(
    or(isNull(enrollment.enteredOn), lte(enrollment.enteredOn, asOf)),
    or(isNull(enrollment.leftOn), sql`${enrollment.leftOn} > ${asOf}`),
  ) as SQL;
}

/**
 * Reads the register for the preschool evaluation: one query per kind of record, all of the county at once.
 *
 * @example const register = await loadPreschoolRegister(db, "152599", 2026);
 */
export async function loadPreschoolRegister(
  db: Db,
  regionCode: string,
  schoolYear: number,
): Promise<PreschoolRegister> {
  const asOf = `${schoolYear}-09-01`;
  const [children, classRows, classSizes, schools, towns] = await Promise.all([
    db
      .select({ schoolId: enrollment.schoolId, children: sql<number>`count(*)::int` })
      .from(enrollment)
      .where(
        and(
          eq(enrollment.regionCode, regionCode),
          eq(enrollment.schoolYear, schoolYear),
          lt(enrollment.grade, 0),
          onRollAt(asOf),
        ),
      )
      .groupBy(enrollment.schoolId),
    db
      .select({
        classId: schoolClass.id,
        schoolId: schoolClass.schoolId,
        name: schoolClass.name,
        grade: schoolClass.grade,
      })
      .from(schoolClass)
      .where(
        and(eq(schoolClass.regionCode, regionCode), eq(schoolClass.schoolYear, schoolYear), lt(schoolClass.grade, 0)),
      )
      .orderBy(schoolClass.grade, schoolClass.number),
    db
      .select({ classId: enrollment.classId, size: sql<number>`count(*)::int` })
      .from(enrollment)
      .where(
        and(
          eq(enrollment.regionCode, regionCode),
          eq(enrollment.schoolYear, schoolYear),
          lt(enrollment.grade, 0),
          isNotNull(enrollment.classId),
          onRollAt(asOf),
        ),
      )
      .groupBy(enrollment.classId),
    db
      .select({
        id: school.id,
        name: school.name,
        code: school.code,
        kind: school.kind,
        ownership: school.ownership,
        locality: school.locality,
        townCode: school.townCode,
        status: school.status,
      })
      .from(school)
      .where(eq(school.regionCode, regionCode))
      .orderBy(school.code),
    db
      .select({ code: town.code, name: town.name })
      .from(town)
      .where(eq(town.regionCode, regionCode))
      .orderBy(town.code),
  ]);
  const childrenOf = new Map(children.map((c) => [c.schoolId, c.children]));
  const unitSchools = schools.filter(
    (s) => (s.kind === "kindergarten" && s.status === "open") || (childrenOf.get(s.id) ?? 0) > 0,
  );
  const unitIds = new Set(unitSchools.map((s) => s.id));
  const teacherRows =
    unitIds.size === 0
      ? []
      : await db
          .select({
            schoolId: employment.schoolId,
            teachers: sql<number>`count(*)::int`,
            certified: sql<number>`count(*) filter (where ${employment.hasCertificate})::int`,
            established: sql<number>`count(*) filter (where ${employment.establishment} = 'established')::int`,
          })
          .from(employment)
          .innerJoin(school, eq(school.id, employment.schoolId))
          .where(
            and(
              eq(employment.regionCode, regionCode),
              eq(employment.schoolYear, schoolYear),
              eq(employment.status, "active"),
              eq(employment.postType, "teacher"),
              eq(employment.fullTime, true),
              or(eq(school.kind, "kindergarten"), eq(employment.stageTaught, "preschool")),
            ),
          )
          .groupBy(employment.schoolId);
  const teachersOf = new Map(teacherRows.map((t) => [t.schoolId, t]));
  const sizeOf = new Map(classSizes.map((c) => [c.classId, c.size]));
  const classesOf = new Map<string, PreschoolUnit["classes"]>();
  for (const c of classRows) {
    if (!unitIds.has(c.schoolId)) continue;
    const list = classesOf.get(c.schoolId) ?? [];
    list.push({ classId: c.classId, name: c.name, grade: c.grade, children: sizeOf.get(c.classId) ?? 0 });
    classesOf.set(c.schoolId, list);
  }
  // a town with an urban school (城区) is the county seat or a sub-district, not a rural township
  const urbanTown = new Set<string>();
  for (const s of schools) if (s.townCode && s.status === "open" && s.locality === "urban") urbanTown.add(s.townCode);
  return {
    schoolYear,
    asOf,
    units: unitSchools.map((s) => {
      const t = teachersOf.get(s.id);
      return {
        schoolId: s.id,
        name: s.name,
        code: s.code,
        schoolKind: s.kind,
        ownership: s.ownership,
        locality: s.locality,
        townCode: s.townCode,
        attached: s.kind !== "kindergarten",
        children: childrenOf.get(s.id) ?? 0,
        classes: classesOf.get(s.id) ?? [],
        fullTimeTeachers: t?.teachers ?? 0,
        certifiedTeachers: t?.certified ?? 0,
        establishedTeachers: t?.established ?? 0,
        nonEstablishedTeachers: (t?.teachers ?? 0) - (t?.established ?? 0),
      };
    }),
    towns: towns.map((t) => ({ code: t.code, name: t.name, urban: urbanTown.has(t.code) })),
  };
}

/**
 * A school of the county that reports preschool data: a kindergarten, or a school with preschool classes in the
 * year. Null when it is neither (or not in the county).
 */
export async function preschoolSchool(db: Db, regionCode: string, schoolId: string, schoolYear: number) {
  const [row] = await db
    .select({ id: school.id, name: school.name, kind: school.kind, ownership: school.ownership })
    .from(school)
    .where(and(eq(school.regionCode, regionCode), eq(school.id, schoolId)));
  if (!row) return null;
  if (row.kind === "kindergarten") return row;
  const [cls] = await db
    .select({ id: schoolClass.id })
    .from(schoolClass)
    .where(and(eq(schoolClass.schoolId, schoolId), eq(schoolClass.schoolYear, schoolYear), lt(schoolClass.grade, 0)))
    .limit(1);
  return cls ? row : null;
}

/** The towns of a county by code, to check entered township figures. */
export async function countyTowns(db: Db, regionCode: string): Promise<Map<string, string>> {
  const rows = await db.select({ code: town.code, name: town.name }).from(town).where(eq(town.regionCode, regionCode));
  return new Map(rows.map((r) => [r.code, r.name]));
}
