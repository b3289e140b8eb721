/**
 * The queries of the suspected-dropout register and the persuasion cases (疑似辍学名册、劝返个案), scoped: county-wide
 * rows through the actor's county, a school's through `schoolScopeCondition`. The case list and the case detail are
 * each one function (listCases, findCase), so a further scope (a township's villages) is one condition in each.
 */
import { retention } from "@edubureau/core";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { ReadableScope, TownshipScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { retentionCase, retentionCaseEvent, retentionEvidence, retentionSuspect, retentionVisit } from "./tables";

// ---------------------------------------------------------------- suspects

const suspectScope = (scope: ReadableScope) =>
  schoolScopeCondition(scope, { regionCode: retentionSuspect.regionCode, schoolId: retentionSuspect.schoolId });

/** The suspected-dropout register within scope, with each suspect's case. */
export async function listSuspects(
  db: Db,
  scope: ReadableScope,
  f: { status: "open" | "cleared" | "all"; source?: retention.SuspectSource },
) {
  const conds: SQL[] = [suspectScope(scope)];
  if (f.status !== "all") conds.push(eq(retentionSuspect.status, f.status));
  if (f.source) conds.push(eq(retentionSuspect.source, f.source));
  return db
    .select({ suspect: retentionSuspect, caseId: retentionCase.id, caseNumber: retentionCase.number })
    .from(retentionSuspect)
    .leftJoin(retentionCase, eq(retentionCase.suspectId, retentionSuspect.id))
    .where(and(...conds))
    .orderBy(desc(retentionSuspect.createdAt), asc(retentionSuspect.id))
    .limit(2000);
}

export async function findSuspect(db: Db, scope: ReadableScope, id: string) {
  const [row] = await db
    .select()
    .from(retentionSuspect)
    .where(and(suspectScope(scope), eq(retentionSuspect.id, id)));
  return row ?? null;
}

/** Open suspects of a kind of source in the county (for clearing those a run no longer raises). */
export async function openSuspectsOf(db: Db, regionCode: string, source: retention.SuspectSource) {
  return db
    .select({ id: retentionSuspect.id, sourceId: retentionSuspect.sourceId })
    .from(retentionSuspect)
    .where(
      and(
        eq(retentionSuspect.regionCode, regionCode),
        eq(retentionSuspect.source, source),
        eq(retentionSuspect.status, "open"),
      ),
    );
}

// ---------------------------------------------------------------- cases

/** The scope of a case: the county, a school's, or a township contact's township (乡镇联络员). */
const caseScope = (scope: ReadableScope | TownshipScope) =>
  schoolScopeCondition(scope, {
    regionCode: retentionCase.regionCode,
    schoolId: retentionCase.schoolId,
    townCode: retentionCase.townCode,
  });

const caseColumns = {
  c: retentionCase,
  source: retentionSuspect.source,
  detail: retentionSuspect.detail,
  visits: sql<number>`(select count(*)::int from ${retentionVisit} v where v.case_id = ${retentionCase.id})`,
  lastVisitOn: sql<
    string | null
  >`(select max(v.visited_on)::text from ${retentionVisit} v where v.case_id = ${retentionCase.id})`,
};

/** Cases within scope: all, the open ones, or the confirmed-dropout register (确认辍学名册). */
export async function listCases(
  db: Db,
  scope: ReadableScope | TownshipScope,
  f: { state?: retention.CaseState; register: "confirmed" | "open" | "all" },
) {
  const conds: SQL[] = [caseScope(scope)];
  if (f.state) conds.push(eq(retentionCase.state, f.state));
  if (f.register === "confirmed") conds.push(inArray(retentionCase.state, ["confirmed", "returned"]));
  if (f.register === "open") conds.push(inArray(retentionCase.state, [...retention.openCaseStates]));
  return db
    .select(caseColumns)
    .from(retentionCase)
    .innerJoin(retentionSuspect, eq(retentionSuspect.id, retentionCase.suspectId))
    .where(and(...conds))
    .orderBy(asc(retentionCase.deadline), asc(retentionCase.number))
    .limit(2000);
}

export async function findCase(db: Db, scope: ReadableScope | TownshipScope, id: string) {
  const [row] = await db
    .select(caseColumns)
    .from(retentionCase)
    .innerJoin(retentionSuspect, eq(retentionSuspect.id, retentionCase.suspectId))
    .where(and(caseScope(scope), eq(retentionCase.id, id)));
  return row ?? null;
}

export async function lockCase(tx: Db, id: string) {
  const [row] = await tx.select().from(retentionCase).where(eq(retentionCase.id, id)).for("update");
  return row ?? null;
}

export async function caseHistory(db: Db, caseId: string) {
  const [events, visits, evidence] = await Promise.all([
    db
      .select()
      .from(retentionCaseEvent)
      .where(eq(retentionCaseEvent.caseId, caseId))
      .orderBy(asc(retentionCaseEvent.at)),
    db.select().from(retentionVisit).where(eq(retentionVisit.caseId, caseId)).orderBy(asc(retentionVisit.visitedOn)),
    db
      .select({
        id: retentionEvidence.id,
        visitId: retentionEvidence.visitId,
        fileName: retentionEvidence.fileName,
        contentType: retentionEvidence.contentType,
        size: retentionEvidence.size,
      })
      .from(retentionEvidence)
      .where(eq(retentionEvidence.caseId, caseId))
      .orderBy(asc(retentionEvidence.uploadedAt)),
  ]);
  return { events, visits, evidence };
}

/** The next case number of a county and year (2026-0001). */
export async function nextCaseNumber(tx: Db, regionCode: string, year: number): Promise<string> {
  const [row] = await tx
    .select({ n: count() })
    .from(retentionCase)
    .where(and(eq(retentionCase.regionCode, regionCode), sql`${retentionCase.number} like ${`${year}-%`}`));
  return `${year}-${String(Number(row?.n ?? 0) + 1).padStart(4, "0")}`;
}

/** An evidence file within scope (through its case). */
export async function evidenceFile(db: Db, scope: ReadableScope | TownshipScope, id: string) {
  const [row] = await db
    .select({
      fileName: retentionEvidence.fileName,
      contentType: retentionEvidence.contentType,
      bytes: retentionEvidence.bytes,
      caseId: retentionEvidence.caseId,
    })
    .from(retentionEvidence)
    .innerJoin(retentionCase, eq(retentionCase.id, retentionEvidence.caseId))
    .where(and(caseScope(scope), eq(retentionEvidence.id, id)));
  return row ?? null;
}

/** The visits of a set of cases (for the case register's export), by case and date. */
export async function visitsOfCases(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(retentionVisit)
    .where(inArray(retentionVisit.caseId, [...caseIds]))
    .orderBy(asc(retentionVisit.caseId), asc(retentionVisit.visitedOn));
}

/** A county's cases still being persuaded (核查中, 劝返中), with what a reminder names: for the scheduled reminders. */
export async function casesBeingPersuaded(db: Db, regionCode: string) {
  return db
    .select({
      id: retentionCase.id,
      number: retentionCase.number,
      nameMasked: retentionCase.nameMasked,
      state: retentionCase.state,
      deadline: retentionCase.deadline,
      schoolId: retentionCase.schoolId,
      townCode: retentionCase.townCode,
    })
    .from(retentionCase)
    .where(and(eq(retentionCase.regionCode, regionCode), inArray(retentionCase.state, ["verifying", "confirmed"])));
}
