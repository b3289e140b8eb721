/** The queries of the schools' reports (缺课登记、零报告), the county's quarterly re-checks and the reminders. */
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { retentionAbsence, retentionRecheck, retentionZeroReport } from "./tables";

// ---------------------------------------------------------------- absences and zero-reports

export async function listAbsences(db: Db, scope: ReadableScope, month?: string) {
  const conds: SQL[] = [
    schoolScopeCondition(scope, { regionCode: retentionAbsence.regionCode, schoolId: retentionAbsence.schoolId }),
  ];
  if (month) conds.push(eq(retentionAbsence.month, month));
  return db
    .select()
    .from(retentionAbsence)
    .where(and(...conds))
    .orderBy(desc(retentionAbsence.fromDate))
    .limit(2000);
}

/** Every absence spell of the county reported for a school year's months (September to August). */
export async function absencesOfYear(db: Db, regionCode: string, schoolYear: number) {
  return db
    .select()
    .from(retentionAbsence)
    .where(
      and(
        eq(retentionAbsence.regionCode, regionCode),
        sql`${retentionAbsence.month} between ${`${schoolYear}-09`} and ${`${schoolYear + 1}-08`}`,
      ),
    );
}

export async function zeroReportsOf(db: Db, scope: ReadableScope, month: string) {
  return db
    .select()
    .from(retentionZeroReport)
    .where(
      and(
        schoolScopeCondition(scope, {
          regionCode: retentionZeroReport.regionCode,
          schoolId: retentionZeroReport.schoolId,
        }),
        eq(retentionZeroReport.month, month),
      ),
    );
}

export async function listRechecks(db: Db, regionCode: string) {
  return db
    .select()
    .from(retentionRecheck)
    .where(eq(retentionRecheck.regionCode, regionCode))
    .orderBy(desc(retentionRecheck.quarter));
}
