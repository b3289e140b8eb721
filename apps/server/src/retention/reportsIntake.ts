/**
 * What retention hands the reports' figures: the dropout cases verified back in school (劝返复学) in a calendar
 * year. Read-only; the caller has checked the reader's right to the figures.
 */
import { and, between, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { retentionCase, retentionReminder } from "./tables";

/** Cases whose return to school is dated in the year, for a county (or one school), with what a list shows. */
export async function returnedCases(db: Db, regionCode: string, year: number, schoolId?: string) {
  return db
    .select({
      id: retentionCase.id,
      number: retentionCase.number,
      nameMasked: retentionCase.nameMasked,
      schoolId: retentionCase.schoolId,
      returnedOn: retentionCase.returnedOn,
    })
    .from(retentionCase)
    .where(
      and(
        eq(retentionCase.regionCode, regionCode),
        between(retentionCase.returnedOn, `${year}-01-01`, `${year}-12-31`),
        schoolId ? eq(retentionCase.schoolId, schoolId) : undefined,
      ),
    )
    .orderBy(retentionCase.returnedOn);
}

/** Open dropout cases escalated to leadership (局领导督办) by the reminder job, not closed since. */
export async function casesEscalatedToLeadership(db: Db, regionCode: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${retentionReminder.caseId})::int` })
    .from(retentionReminder)
    .innerJoin(retentionCase, eq(retentionCase.id, retentionReminder.caseId))
    .where(
      and(
        eq(retentionReminder.regionCode, regionCode),
        eq(retentionReminder.kind, "case_overdue"),
        eq(retentionReminder.level, "leadership"),
        isNull(retentionCase.closedOn),
      ),
    );
  return row?.n ?? 0;
}
