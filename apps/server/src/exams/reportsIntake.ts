/**
 * What exams hands the reports' figures: the county's main exam of a school year (the published exam with the
 * most students on its roster; the later one when two tie) and its analysis, computed exactly as the analysis
 * page computes it. Read-only; the caller has checked the reader's right to the figures.
 */
import { exams as examsCore } from "@edubureau/core";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { examSnapshot, snapshotAnalysis } from "./snapshot";
import { exam, examScore } from "./tables";

/** The main exam of a school year and its analysis, or null when none is published. */
export async function mainExamAnalysis(db: Db, regionCode: string, schoolYear: number) {
  const [main] = await db
    .select({
      id: exam.id,
      students: sql<number>`(select count(*)::int from ${examScore} where ${examScore.examId} = ${exam.id})`,
    })
    .from(exam)
    .where(and(eq(exam.regionCode, regionCode), eq(exam.schoolYear, schoolYear), eq(exam.status, "published")))
    .orderBy(desc(sql`2`), desc(exam.heldOn))
    .limit(1);
  if (!main) return null;
  const [row] = await db.select().from(exam).where(eq(exam.id, main.id));
  if (!row) return null;
  const snap = await examSnapshot(db, row);
  const analysis = await snapshotAnalysis(snap);
  const name = (code: string) =>
    code === examsCore.TOTAL ? "总分" : (row.subjects.find((s) => s.code === code)?.name ?? code);
  return {
    exam: { id: row.id, name: row.name, heldOn: row.heldOn, grade: row.grade },
    subjects: analysis.subjects.map((s) => ({
      code: s.code,
      name: name(s.code),
      isTotal: s.code === examsCore.TOTAL,
      /** what the rates are counted over: the roster (enrolled, the default) or those who sat */
      denominator: s.denominator,
      county: s.county,
      schools: Array.from(s.school.group).map((g, i) => ({
        schoolId: snap.schools.ids[g]!,
        stats: examsCore.groupStatsAt(s, s.school, i),
      })),
    })),
  };
}
