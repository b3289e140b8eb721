/**
 * What preschool (学前教育) reads from the household roster that 控辍保学 imports: the children under 6 on
 * 31 August of a school year, counted by township and birth cohort, from the latest roster of that year, and which
 * roster it was. Read-only; no personal data leaves this module (counts only). Callers check the reader's scope.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { retentionRoster, retentionRosterEntry } from "./tables";

/** The roster a count came from, to name beside the figure. */
export interface PreschoolRosterSource {
  rosterId: string;
  schoolYear: number;
  source: string;
  fileName: string;
  importedAt: Date;
}

/**
 * The roster's children aged 0–5 on 31 August of `schoolYear` by township and cohort (the school year in which the
 * child is 0 on 31 August: born 1 September of the year before to 31 August of that year), from the latest roster of
 * the year; `roster` is null when the year has none. Empty `cohorts` mean the roster lists no child under 6.
 */
export async function preschoolRosterCohorts(
  db: Db,
  regionCode: string,
  schoolYear: number,
): Promise<{
  roster: PreschoolRosterSource | null;
  cohorts: { townCode: string; cohort: number; children: number }[];
}> {
  const [roster] = await db
    .select({
      rosterId: retentionRoster.id,
      schoolYear: retentionRoster.schoolYear,
      source: retentionRoster.source,
      fileName: retentionRoster.fileName,
      importedAt: retentionRoster.importedAt,
    })
    .from(retentionRoster)
    .where(and(eq(retentionRoster.regionCode, regionCode), eq(retentionRoster.schoolYear, schoolYear)))
    .orderBy(desc(retentionRoster.importedAt))
    .limit(1);
  if (!roster) return { roster: null, cohorts: [] };
  const cohort = sql<number>`(extract(year from ${retentionRosterEntry.birthDate})::int
    + case when extract(month from ${retentionRosterEntry.birthDate}) > 8 then 1 else 0 end)`;
  const rows = await db
    .select({ townCode: retentionRosterEntry.townCode, cohort, children: sql<number>`count(*)::int` })
    .from(retentionRosterEntry)
    .where(and(eq(retentionRosterEntry.rosterId, roster.rosterId), sql`${cohort} > ${schoolYear - 6}`))
    .groupBy(retentionRosterEntry.townCode, cohort);
  return {
    roster,
    cohorts: rows.map((r) => ({ townCode: r.townCode, cohort: Number(r.cohort), children: Number(r.children) })),
  };
}
