/**
 * The figures of the report's own inputs (课后服务, 图书, 高考·中考 results), computed with core's rules from the
 * imported rows for a county (or one school) and year. A school's figure counts its own rows; a county's is
 * incomplete while an open primary or secondary school has not reported (after-school, books).
 */
import { reports } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { schoolsWithTown } from "../registry/fitnessIntake";
import type { Provider, Values } from "./providerKit";
import { reportAfterSchool, reportExamResult, reportSchoolCount } from "./tables";

/** The open primary and secondary schools the figures expect a row from. */
async function expectedSchools(db: Db, scope: ReadableScope): Promise<Set<string>> {
  const schools = (await schoolsWithTown(db, scope.regionCode)).filter((s) => s.kind !== "kindergarten");
  return new Set(schools.map((s) => s.id).filter((id) => scope.kind === "county" || id === scope.schoolId));
}

const unreportedOf = (expected: Set<string>, rows: { schoolId: string | null }[]) => {
  const reported = new Set(rows.map((r) => r.schoolId));
  return [...expected].filter((id) => !reported.has(id)).length;
};

/** The figures of the reports capability itself. */
export const schoolDataProvider: Provider = async (db, scope, year) => {
  const school = <T extends { schoolId: unknown }>(t: T) =>
    scope.kind === "school" ? eq(t.schoolId as never, scope.schoolId) : undefined;
  const [expected, afterSchool, counts, exams] = await Promise.all([
    expectedSchools(db, scope),
    db
      .select({ schoolId: reportAfterSchool.schoolId, participants: reportAfterSchool.participants })
      .from(reportAfterSchool)
      .where(
        and(
          eq(reportAfterSchool.regionCode, scope.regionCode),
          eq(reportAfterSchool.year, year),
          eq(reportAfterSchool.term, "autumn"),
          school(reportAfterSchool),
        ),
      ),
    db
      .select({ schoolId: reportSchoolCount.schoolId, booksAdded: reportSchoolCount.booksAdded })
      .from(reportSchoolCount)
      .where(
        and(
          eq(reportSchoolCount.regionCode, scope.regionCode),
          eq(reportSchoolCount.year, year),
          school(reportSchoolCount),
        ),
      ),
    db
      .select({
        exam: reportExamResult.exam,
        sat: reportExamResult.sat,
        studentId: reportExamResult.studentId,
        tier: reportExamResult.tier,
      })
      .from(reportExamResult)
      .where(
        and(
          eq(reportExamResult.regionCode, scope.regionCode),
          eq(reportExamResult.year, year),
          school(reportExamResult),
        ),
      ),
  ]);
  const examRows = (exam: reports.ExamResultKind) =>
    exams
      .filter((r) => r.exam === exam)
      .map((r) => ({ sat: r.sat, matched: r.studentId !== null, tier: r.tier as reports.AdmissionTier }));
  const values: Values = new Map();
  values.set(
    "reports.afterSchoolParticipation",
    reports.afterSchoolFigure(afterSchool, unreportedOf(expected, afterSchool), year),
  );
  values.set("reports.libraryBooksAdded", reports.libraryBooksFigure(counts, unreportedOf(expected, counts), year));
  values.set("reports.gaokaoUndergraduateRate", reports.examRateFigure("gaokao", examRows("gaokao")));
  values.set("reports.zhongkaoKeySchoolRate", reports.examRateFigure("zhongkao", examRows("zhongkao")));
  return values;
};
