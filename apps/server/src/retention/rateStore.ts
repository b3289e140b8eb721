/** The queries of the rates (入学率、巩固率): the stored snapshots and the roster children behind the enrollment rates. */
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { retentionExplanation, retentionRateSnapshot, retentionRosterEntry } from "./tables";

// ---------------------------------------------------------------- rates

export async function latestRates(db: Db, regionCode: string, schoolYear: number) {
  const [row] = await db
    .select()
    .from(retentionRateSnapshot)
    .where(and(eq(retentionRateSnapshot.regionCode, regionCode), eq(retentionRateSnapshot.schoolYear, schoolYear)))
    .orderBy(desc(retentionRateSnapshot.computedAt))
    .limit(1);
  return row ?? null;
}

/** Roster children of a roster with their outcome and explanation, for the enrollment rates. */
export async function rosterChildrenForRates(db: Db, roster: { id: string; regionCode: string; schoolYear: number }) {
  return db
    .select({
      id: retentionRosterEntry.id,
      residentIdHash: retentionRosterEntry.residentIdHash,
      birthDate: retentionRosterEntry.birthDate,
      townCode: retentionRosterEntry.townCode,
      nameMasked: retentionRosterEntry.nameMasked,
      residentIdMasked: retentionRosterEntry.residentIdMasked,
      studentId: retentionRosterEntry.studentId,
      enrollmentId: retentionRosterEntry.enrollmentId,
      schoolId: retentionRosterEntry.schoolId,
      grade: retentionRosterEntry.grade,
      outcome: retentionRosterEntry.outcome,
      explanationKind: retentionExplanation.kind,
      explanationStage: retentionExplanation.stage,
    })
    .from(retentionRosterEntry)
    .leftJoin(
      retentionExplanation,
      and(
        eq(retentionExplanation.regionCode, roster.regionCode),
        eq(retentionExplanation.schoolYear, roster.schoolYear),
        eq(retentionExplanation.residentIdHash, retentionRosterEntry.residentIdHash),
      ),
    )
    .where(eq(retentionRosterEntry.rosterId, roster.id));
}
