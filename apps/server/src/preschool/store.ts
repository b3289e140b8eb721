/**
 * Preschool store (学前教育): every query of the preschool tables, each scoped by the caller's data scope. The
 * register's part (kindergartens, classes, children, teachers, towns) is read through registry/preschoolIntake.
 */
import { type auth, preschool } from "@edubureau/core";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { preschoolBirths, preschoolPopulation, preschoolReport, preschoolSettings, preschoolSurvey } from "./tables";

export type PreschoolReportRow = typeof preschoolReport.$inferSelect;

/** The county's preschool settings, or the national values when it has none. */
export async function preschoolConfigOf(db: Db, regionCode: string): Promise<preschool.PreschoolConfig> {
  const [row] = await db.select().from(preschoolSettings).where(eq(preschoolSettings.regionCode, regionCode));
  // settings saved before a field existed take the national value for it
  return row ? { ...preschool.nationalPreschoolConfig, ...row.config } : preschool.nationalPreschoolConfig;
}

export async function preschoolConfigInfo(db: Db, regionCode: string) {
  const [row] = await db
    .select({ updatedAt: preschoolSettings.updatedAt })
    .from(preschoolSettings)
    .where(eq(preschoolSettings.regionCode, regionCode));
  return { customized: row !== undefined, updatedAt: row?.updatedAt ?? null };
}

/** The yearly reports of the kindergartens in scope, by school. */
export async function reportsOf(db: Db, scope: auth.DataScope, schoolYear: number) {
  const rows = await db
    .select()
    .from(preschoolReport)
    .where(
      and(
        schoolScopeCondition(scope, { regionCode: preschoolReport.regionCode, schoolId: preschoolReport.schoolId }),
        eq(preschoolReport.schoolYear, schoolYear),
      ),
    );
  return new Map(rows.map((r) => [r.schoolId, r]));
}

/** One kindergarten's report of a year, within the scope, or undefined. */
export async function reportOf(db: Db, scope: auth.DataScope, schoolId: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(preschoolReport)
    .where(
      and(
        schoolScopeCondition(scope, { regionCode: preschoolReport.regionCode, schoolId: preschoolReport.schoolId }),
        eq(preschoolReport.schoolId, schoolId),
        eq(preschoolReport.schoolYear, schoolYear),
      ),
    );
  return row;
}

/** Population aged 3–5 per township for a year. */
export async function populationOf(db: Db, regionCode: string, schoolYear: number) {
  return db
    .select()
    .from(preschoolPopulation)
    .where(and(eq(preschoolPopulation.regionCode, regionCode), eq(preschoolPopulation.schoolYear, schoolYear)))
    .orderBy(asc(preschoolPopulation.townCode));
}

/** Births per township for the calendar years a school year's forecast reads (Y−5 … Y). */
export async function birthsOf(db: Db, regionCode: string, schoolYear: number) {
  return db
    .select()
    .from(preschoolBirths)
    .where(
      and(
        eq(preschoolBirths.regionCode, regionCode),
        gte(preschoolBirths.birthYear, schoolYear - 5),
        lte(preschoolBirths.birthYear, schoolYear),
      ),
    )
    .orderBy(asc(preschoolBirths.townCode), asc(preschoolBirths.birthYear));
}

export async function surveyOf(db: Db, regionCode: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(preschoolSurvey)
    .where(and(eq(preschoolSurvey.regionCode, regionCode), eq(preschoolSurvey.schoolYear, schoolYear)));
  return row;
}
