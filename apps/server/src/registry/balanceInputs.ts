import { type balance, registry } from "@edubureau/core";
import { and, desc, eq, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { employment, enrollment, person, school, schoolClass, schoolCondition, staff, student } from "./tables";

/**
 * What the register hands the balance method for a county and a school year, as of the statistics date
 * (1 September): schools with their students by stage, teachers, conditions this year and last, classes and
 * migrant children. The caller has already checked the reader's right to the county's figures; what each reader
 * may see of single schools is narrowed by the balance store.
 */
export interface BalanceRegister {
  schoolYear: number;
  /** the statistics date the figures are as of */
  asOf: string;
  schools: balance.SchoolBalanceInput[];
  /** last year's conditions by school, for the plausibility checks */
  previousConditions: Map<string, balance.ConditionInput>;
  previousStudents: Map<string, number>;
  classes: (balance.ClassSizeInput & { stage: registry.Stage })[];
  /** migrant children (随迁子女) by school and stage */
  migrants: { schoolId: string; stage: string; migrants: number }[];
}

/** On the roll on the statistics date: entered by then and not left before it. */
function onRollAt(asOf: string): SQL {
  return and(
    or(isNull(enrollment.enteredOn), lte(enrollment.enteredOn, asOf)),
    or(isNull(enrollment.leftOn), sql`${enrollment.leftOn} > ${asOf}`),
  ) as SQL;
}

const stageOfGradeSql = sql<string>`case when ${enrollment.grade} between 1 and 6 then 'primary'
  when ${enrollment.grade} between 7 and 9 then 'junior' when ${enrollment.grade} between 10 and 12 then 'senior'
  else 'other' end`;

async function studentsBySchoolAndStage(db: Db, regionCode: string, schoolYear: number, asOf: string) {
  return db
    .select({
      schoolId: enrollment.schoolId,
      stage: stageOfGradeSql,
      students: sql<number>`count(*)::int`,
      migrants: sql<number>`count(*) filter (where ${student.migrant})::int`,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .where(and(eq(enrollment.regionCode, regionCode), eq(enrollment.schoolYear, schoolYear), onRollAt(asOf)))
    .groupBy(enrollment.schoolId, stageOfGradeSql);
}

async function conditionsOf(db: Db, regionCode: string, schoolYear: number) {
  const rows = await db
    .select()
    .from(schoolCondition)
    .where(and(eq(schoolCondition.regionCode, regionCode), eq(schoolCondition.schoolYear, schoolYear)));
  return new Map(
    rows.map((c): [string, balance.ConditionInput] => [
      c.schoolId,
      {
        conditionId: c.id,
        schoolYear: c.schoolYear,
        teachingArea: Number(c.teachingArea),
        sportsArea: Number(c.sportsArea),
        equipmentValueFen: Number(c.equipmentValueFen),
        books: c.books,
        studentComputers: c.studentComputers,
        multimediaRooms: c.multimediaRooms,
      },
    ]),
  );
}

/**
 * Reads the register for the balance method: one query per kind of record, all of the county at once.
 *
 * @example const register = await loadBalanceRegister(db, "152599", 2026);
 */
export async function loadBalanceRegister(db: Db, regionCode: string, schoolYear: number): Promise<BalanceRegister> {
  const asOf = `${schoolYear}-09-01`;
  const [counts, previousCounts, conditions, previousConditions] = await Promise.all([
    studentsBySchoolAndStage(db, regionCode, schoolYear, asOf),
    studentsBySchoolAndStage(db, regionCode, schoolYear - 1, `${schoolYear - 1}-09-01`),
    conditionsOf(db, regionCode, schoolYear),
    conditionsOf(db, regionCode, schoolYear - 1),
  ]);
  const schoolIds = [...new Set(counts.map((c) => c.schoolId))];
  if (schoolIds.length === 0) {
    return {
      schoolYear,
      asOf,
      schools: [],
      previousConditions,
      previousStudents: new Map(),
      classes: [],
      migrants: [],
    };
  }
  const [schoolRows, teacherRows, classRows, classSizes] = await Promise.all([
    db
      .select({
        id: school.id,
        name: school.name,
        code: school.code,
        kind: school.kind,
        locality: school.locality,
        ownership: school.ownership,
      })
      .from(school)
      .where(inArray(school.id, schoolIds))
      .orderBy(school.code),
    db
      .select({
        schoolId: employment.schoolId,
        staffId: employment.staffId,
        name: person.name,
        stageTaught: employment.stageTaught,
        qualification: employment.qualification,
        title: employment.title,
        backboneLevel: employment.backboneLevel,
        subject: employment.subject,
        fullTime: employment.fullTime,
        hasCertificate: employment.hasCertificate,
      })
      .from(employment)
      .innerJoin(staff, eq(staff.id, employment.staffId))
      .innerJoin(person, eq(person.id, staff.personId))
      .where(
        and(
          eq(employment.regionCode, regionCode),
          eq(employment.schoolYear, schoolYear),
          eq(employment.status, "active"),
          eq(employment.postType, "teacher"),
        ),
      ),
    db
      .select({
        classId: schoolClass.id,
        schoolId: schoolClass.schoolId,
        name: schoolClass.name,
        grade: schoolClass.grade,
      })
      .from(schoolClass)
      .where(and(eq(schoolClass.regionCode, regionCode), eq(schoolClass.schoolYear, schoolYear))),
    db
      .select({ classId: enrollment.classId, size: sql<number>`count(*)::int` })
      .from(enrollment)
      .where(
        and(
          eq(enrollment.regionCode, regionCode),
          eq(enrollment.schoolYear, schoolYear),
          isNotNull(enrollment.classId),
          onRollAt(asOf),
        ),
      )
      .groupBy(enrollment.classId),
  ]);

  const teachersBySchool = new Map<string, balance.TeacherInput[]>();
  for (const t of teacherRows) {
    const list = teachersBySchool.get(t.schoolId) ?? [];
    list.push({
      staffId: t.staffId,
      name: t.name,
      stageTaught: t.stageTaught,
      qualification: t.qualification as registry.Qualification,
      title: t.title as registry.ProfessionalTitle,
      backboneLevel: t.backboneLevel as registry.BackboneLevel,
      subject: t.subject,
      fullTime: t.fullTime,
      hasCertificate: t.hasCertificate,
    });
    teachersBySchool.set(t.schoolId, list);
  }
  const enrollmentOf = (rows: typeof counts, schoolId: string) => {
    const e = { primary: 0, junior: 0, senior: 0 };
    for (const r of rows) if (r.schoolId === schoolId && r.stage in e) e[r.stage as keyof typeof e] += r.students;
    return e;
  };
  const names = new Map(schoolRows.map((s) => [s.id, s.name]));
  const sizeOf = new Map(classSizes.map((c) => [c.classId, c.size]));
  const previousStudents = new Map<string, number>();
  for (const r of previousCounts)
    previousStudents.set(r.schoolId, (previousStudents.get(r.schoolId) ?? 0) + r.students);

  return {
    schoolYear,
    asOf,
    schools: schoolRows.map((s) => ({
      schoolId: s.id,
      name: s.name,
      kind: s.kind as registry.SchoolKind,
      locality: s.locality as registry.Locality,
      ownership: s.ownership as registry.Ownership,
      enrollment: enrollmentOf(counts, s.id),
      teachers: teachersBySchool.get(s.id) ?? [],
      condition: conditions.get(s.id) ?? null,
    })),
    previousConditions,
    previousStudents,
    classes: classRows
      .map((c) => ({ ...c, size: sizeOf.get(c.classId) ?? 0 }))
      .filter((c) => c.size > 0)
      .map((c) => ({
        ...c,
        schoolName: names.get(c.schoolId) ?? "",
        stage: registry.stageOfGrade(c.grade),
      })),
    migrants: counts
      .filter((c) => c.migrants > 0)
      .map((c) => ({ schoolId: c.schoolId, stage: c.stage, migrants: c.migrants })),
  };
}

/** The school years the county has enrollment for, newest first. */
export async function registerYears(db: Db, regionCode: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: enrollment.schoolYear })
    .from(enrollment)
    .where(eq(enrollment.regionCode, regionCode))
    .orderBy(desc(enrollment.schoolYear));
  return rows.map((r) => r.year);
}

/**
 * The school years balance measures, newest first: the years with enrollment from the first year any school
 * reported its conditions on. Earlier enrollment (kept for retention's cohorts, nine years back) has no
 * conditions to measure, so it is not a balance year; a county with no conditions yet keeps every enrollment year.
 */
export async function balanceRegisterYears(db: Db, regionCode: string): Promise<number[]> {
  const [first] = await db
    .select({ year: sql<number | null>`min(${schoolCondition.schoolYear})` })
    .from(schoolCondition)
    .where(eq(schoolCondition.regionCode, regionCode));
  const years = await registerYears(db, regionCode);
  const from = first?.year == null ? null : Number(first.year);
  return from === null ? years : years.filter((y) => y >= from);
}

/** The county's current school year (学籍参数): the year balance shows when none is asked for. */
export { currentSchoolYear } from "./settings";
