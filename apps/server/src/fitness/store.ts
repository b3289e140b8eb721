/**
 * Every query of fitness (体质健康). Reads take the caller's data scope: the county's results for county roles, one
 * school's for its administrator, a teacher's own classes for a teacher.
 */
import { fitness } from "@edubureau/core";
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { classScopeCondition } from "../registry/fitnessIntake";
import { fitnessBatch, fitnessCorrection, fitnessResult } from "./tables";

/** The results a scope reaches in a test year: the county's, a school's, or a teacher's classes. */
export function resultScopeCondition(scope: ReadableScope, testYear: number): SQL {
  return and(
    schoolScopeCondition(scope, fitnessResult),
    classScopeCondition(scope, fitnessResult.classId, testYear),
  ) as SQL;
}

// ---------------------------------------------------------------- the standard

export type CorrectionRow = typeof fitnessCorrection.$inferSelect;

/** The county's corrections, oldest first (the order they apply in). */
export async function listCorrections(db: Db | Tx, regionCode: string): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(fitnessCorrection)
    .where(eq(fitnessCorrection.regionCode, regionCode))
    .orderBy(asc(fitnessCorrection.createdAt), asc(fitnessCorrection.id));
}

/** A correction row as core's correction. */
export function correctionOf(r: CorrectionRow): fitness.StandardCorrection {
  return r.kind === "bmi"
    ? {
        kind: "bmi",
        grade: r.grade,
        sex: r.sex,
        level: r.bmiLevel as fitness.BmiLevel,
        min: r.bmiMin,
        max: r.bmiMax,
        effectiveFrom: r.effectiveFrom,
      }
    : {
        kind: "item",
        item: r.item as fitness.FitnessItem,
        grade: r.grade,
        sex: r.sex,
        score: r.score ?? 0,
        threshold: r.threshold,
        effectiveFrom: r.effectiveFrom,
      };
}

/** The version of the tables a run on a date uses: the 2014 tables with the corrections effective by then. */
export async function standardAsOf(db: Db | Tx, regionCode: string, date: string): Promise<fitness.FitnessStandard> {
  const rows = await listCorrections(db, regionCode);
  return fitness.applyCorrections(fitness.defaultStandard(), rows.map(correctionOf), date);
}

// ---------------------------------------------------------------- results

/** The test years with results in a scope, newest first. */
export async function testYears(db: Db, scope: ReadableScope): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: fitnessResult.testYear })
    .from(fitnessResult)
    .where(schoolScopeCondition(scope, fitnessResult))
    .orderBy(desc(fitnessResult.testYear));
  return rows.map((r) => r.year);
}

/** The rows the figures read, for every result a scope reaches in a test year. */
export async function figureRows(db: Db, scope: ReadableScope, testYear: number) {
  return db
    .select({
      schoolId: fitnessResult.schoolId,
      classId: fitnessResult.classId,
      grade: fitnessResult.grade,
      sex: fitnessResult.sex,
      status: fitnessResult.status,
      total: fitnessResult.total,
      band: fitnessResult.band,
      bmiLevel: fitnessResult.bmiLevel,
      scores: fitnessResult.scores,
    })
    .from(fitnessResult)
    .where(and(eq(fitnessResult.testYear, testYear), resultScopeCondition(scope, testYear)));
}

/**
 * The graduating students (grades 6, 9 and 12) a scope reaches in a test year, each with the totals of the stage's
 * earlier test years recorded for them in the county (any school of it: a student who moved keeps their years; null
 * for a year without a total), for the graduation score.
 */
export async function graduationRows(db: Db, scope: ReadableScope, testYear: number) {
  const rows = await db
    .select({
      schoolId: fitnessResult.schoolId,
      classId: fitnessResult.classId,
      grade: fitnessResult.grade,
      status: fitnessResult.status,
      total: fitnessResult.total,
      // written out in full: inside a select list the query builder drops the table names a correlated subquery needs
      earlier: sql<(number | null)[]>`coalesce((
        select json_agg(e.total order by e.test_year) from fitness_result e
        where e.region_code = "fitness_result"."region_code" and e.student_id = "fitness_result"."student_id"
          and e.test_year < "fitness_result"."test_year"
          and e.grade between (case "fitness_result"."grade" when 6 then 1 when 9 then 7 else 10 end)
            and "fitness_result"."grade"
      ), '[]'::json)`,
    })
    .from(fitnessResult)
    .where(
      and(
        eq(fitnessResult.testYear, testYear),
        inArray(fitnessResult.grade, [...fitness.graduatingGrades]),
        resultScopeCondition(scope, testYear),
      ),
    );
  return rows.map((r) => ({
    ...r,
    earlier: (typeof r.earlier === "string" ? JSON.parse(r.earlier) : r.earlier) as (number | null)[],
  }));
}

/** Pass, good and excellent counts per test year (the trend), over the results a scope reaches. */
export async function yearlyBands(db: Db, scope: ReadableScope, years: readonly number[]) {
  const rows = await db
    .select({
      testYear: fitnessResult.testYear,
      scored: sql<number>`count(${fitnessResult.total})::int`,
      passed: sql<number>`count(*) filter (where ${fitnessResult.band} in ('excellent','good','pass'))::int`,
      good: sql<number>`count(*) filter (where ${fitnessResult.band} in ('excellent','good'))::int`,
      excellent: sql<number>`count(*) filter (where ${fitnessResult.band} = 'excellent')::int`,
      meanTotal: sql<number | null>`avg(${fitnessResult.total})::float8`,
      overweight: sql<number>`count(*) filter (where ${fitnessResult.bmiLevel} = '超重')::int`,
      obese: sql<number>`count(*) filter (where ${fitnessResult.bmiLevel} = '肥胖')::int`,
      bmiMeasured: sql<number>`count(${fitnessResult.bmiLevel})::int`,
    })
    .from(fitnessResult)
    .where(
      and(
        schoolScopeCondition(scope, fitnessResult),
        scope.kind === "classes"
          ? or(
              ...years.map((y) =>
                and(eq(fitnessResult.testYear, y), classScopeCondition(scope, fitnessResult.classId, y)),
              ),
            )
          : undefined,
      ),
    )
    .groupBy(fitnessResult.testYear)
    .orderBy(asc(fitnessResult.testYear));
  return rows.map((r) => ({
    testYear: r.testYear,
    scored: Number(r.scored),
    passRate: r.scored > 0 ? Number(r.passed) / Number(r.scored) : null,
    excellentGoodRate: r.scored > 0 ? Number(r.good) / Number(r.scored) : null,
    excellentRate: r.scored > 0 ? Number(r.excellent) / Number(r.scored) : null,
    meanTotal: r.meanTotal === null ? null : Number(r.meanTotal),
    overweightRate: r.bmiMeasured > 0 ? Number(r.overweight) / Number(r.bmiMeasured) : null,
    obesityRate: r.bmiMeasured > 0 ? Number(r.obese) / Number(r.bmiMeasured) : null,
  }));
}

export type ResultRow = typeof fitnessResult.$inferSelect;

export interface ResultQuery {
  testYear: number;
  schoolId?: string;
  classId?: string;
  grade?: number;
  status?: "tested" | "exempt" | "deferred" | "incomplete" | "fail";
  page: number;
  pageSize: number;
}

/** A page of results in a scope, by school, grade and class. */
export async function listResults(db: Db, scope: ReadableScope, q: ResultQuery) {
  const where = and(
    eq(fitnessResult.testYear, q.testYear),
    resultScopeCondition(scope, q.testYear),
    q.schoolId ? eq(fitnessResult.schoolId, q.schoolId) : undefined,
    q.classId ? eq(fitnessResult.classId, q.classId) : undefined,
    q.grade ? eq(fitnessResult.grade, q.grade) : undefined,
    q.status === "incomplete"
      ? and(eq(fitnessResult.status, "tested"), sql`${fitnessResult.total} is null`)
      : q.status === "fail"
        ? eq(fitnessResult.band, "fail")
        : q.status
          ? eq(fitnessResult.status, q.status)
          : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(fitnessResult)
      .where(where)
      .orderBy(asc(fitnessResult.schoolId), asc(fitnessResult.grade), asc(fitnessResult.classId), asc(fitnessResult.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(fitnessResult).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One result in a scope, or null. */
export async function findResult(db: Db, scope: ReadableScope, id: string): Promise<ResultRow | null> {
  const row = await db
    .select({ testYear: fitnessResult.testYear })
    .from(fitnessResult)
    .where(and(eq(fitnessResult.id, id), schoolScopeCondition(scope, fitnessResult)))
    .limit(1);
  const year = row[0]?.testYear;
  if (year === undefined) return null;
  const rows = await db
    .select()
    .from(fitnessResult)
    .where(and(eq(fitnessResult.id, id), resultScopeCondition(scope, year)))
    .limit(1);
  return rows[0] ?? null;
}

/** A student's results over the years (for the graduation score and the history), oldest first. */
export async function studentHistory(db: Db, regionCode: string, studentId: string) {
  return db
    .select({
      id: fitnessResult.id,
      testYear: fitnessResult.testYear,
      grade: fitnessResult.grade,
      status: fitnessResult.status,
      total: fitnessResult.total,
      band: fitnessResult.band,
      standardVersion: fitnessResult.standardVersion,
    })
    .from(fitnessResult)
    .where(and(eq(fitnessResult.regionCode, regionCode), eq(fitnessResult.studentId, studentId)))
    .orderBy(asc(fitnessResult.testYear));
}

/** The scoring runs of a test year in a scope, newest first. */
export async function listBatches(db: Db, scope: ReadableScope, testYear: number) {
  return db
    .select()
    .from(fitnessBatch)
    .where(and(eq(fitnessBatch.testYear, testYear), schoolScopeCondition(scope, fitnessBatch)))
    .orderBy(desc(fitnessBatch.createdAt));
}

/** The versions of the tables that scored a test year's results in a scope. */
export async function versionsOf(db: Db, scope: ReadableScope, testYear: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ v: fitnessResult.standardVersion })
    .from(fitnessResult)
    .where(and(eq(fitnessResult.testYear, testYear), schoolScopeCondition(scope, fitnessResult)))
    .orderBy(asc(fitnessResult.standardVersion));
  return rows.map((r) => r.v);
}

/**
 * The 考号 kept on results (each file that named a student by 学籍号 and 考号 keeps the pair), in the county or one
 * school, newest test year first: what a file naming a student by 考号 alone is matched against.
 */
export async function keptExamNumbers(db: Db | Tx, regionCode: string, schoolId: string | null) {
  return db
    .select({
      examNumber: sql<string>`${fitnessResult.examNumber}`,
      studentId: fitnessResult.studentId,
      schoolId: fitnessResult.schoolId,
      testYear: fitnessResult.testYear,
    })
    .from(fitnessResult)
    .where(
      and(
        eq(fitnessResult.regionCode, regionCode),
        schoolId ? eq(fitnessResult.schoolId, schoolId) : undefined,
        sql`${fitnessResult.examNumber} is not null`,
      ),
    )
    .orderBy(desc(fitnessResult.testYear));
}

/** The test date of a scoring run (the date whose tables scored it). */
export async function batchTestDate(db: Db, batchId: string): Promise<string | null> {
  const rows = await db.select({ d: fitnessBatch.testDate }).from(fitnessBatch).where(eq(fitnessBatch.id, batchId));
  return rows[0]?.d ?? null;
}
