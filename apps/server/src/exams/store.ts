/**
 * Exams store: the scoped queries of the capability. Exams belong to the county; the cohort and scores belong to
 * schools and are read through the snapshot (snapshot.ts), filtered per scope. The writes are in commands.ts.
 */
import type { auth } from "@edubureau/core";
import { and, desc, eq, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type ReadableScope, scopeOf } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { teacherClassIds } from "../registry/examsIntake";
import { exam, examScore } from "./tables";

export type ExamRow = typeof exam.$inferSelect;

/**
 * `column = any($1::uuid[])`: one array parameter however many ids (an IN list binds one parameter per id and
 * fails beyond 65,535 of them).
 */
export const anyId = (column: AnyPgColumn, ids: readonly string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;

/** The rows of a raw SQL query (both drivers answer { rows }). */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Exams of the actor's county, newest first; teachers see published exams only. */
export async function listExams(db: Db, actor: auth.Actor | null, q: { schoolYear?: number }) {
  const scope = scopeOf(actor, "exams");
  const rows = await db
    .select()
    .from(exam)
    .where(
      and(
        eq(exam.regionCode, scope.regionCode),
        q.schoolYear ? eq(exam.schoolYear, q.schoolYear) : undefined,
        scope.kind === "classes" ? ne(exam.status, "draft") : undefined,
      ),
    )
    .orderBy(desc(exam.heldOn), desc(exam.version));
  return rows;
}

/** One exam within scope, or null (the caller answers 404 for both missing and out of scope). */
export async function findExam(db: Db, actor: auth.Actor | null, id: string): Promise<ExamRow | null> {
  const scope = scopeOf(actor, "exams");
  const rows = await db
    .select()
    .from(exam)
    .where(and(eq(exam.id, id), eq(exam.regionCode, scope.regionCode)))
    .limit(1);
  const row = rows[0] ?? null;
  if (!row || (scope.kind === "classes" && row.status === "draft")) return null;
  return row;
}

/** Every version of an exam's series, oldest first. */
export async function examVersions(db: Db, row: ExamRow) {
  return db
    .select({
      id: exam.id,
      version: exam.version,
      status: exam.status,
      changeNote: exam.changeNote,
      changes: exam.changes,
      publishedAt: exam.publishedAt,
      createdAt: exam.createdAt,
    })
    .from(exam)
    .where(and(eq(exam.seriesId, row.seriesId), eq(exam.regionCode, row.regionCode)))
    .orderBy(exam.version);
}

/** Students on the exam's roster and with at least one score, per school within the actor's scope. */
export async function importProgress(db: Db, actor: auth.Actor | null, row: ExamRow) {
  const scope = scopeOf(actor, "exams");
  const rows = await db
    .select({
      schoolId: examScore.schoolId,
      enrolled: sql<number>`count(*)::int`,
      withScores: sql<number>`count(*) filter (where exists (select 1 from unnest(${examScore.scores}) v where v is not null))::int`,
    })
    .from(examScore)
    .where(
      and(
        eq(examScore.examId, row.id),
        schoolScopeCondition(scope, { regionCode: examScore.regionCode, schoolId: examScore.schoolId }),
      ),
    )
    .groupBy(examScore.schoolId);
  return rows;
}

/** For a teacher: the classes they teach or head in the exam's school year; null for other scopes. */
export async function teacherClasses(db: Db, scope: ReadableScope, row: ExamRow): Promise<Set<string> | null> {
  if (scope.kind !== "classes") return null;
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select x.class_id as id from ${teacherClassIds(scope.staffId, row.schoolYear)} x(class_id)`,
  );
  return new Set(rows.map((r) => r.id));
}
