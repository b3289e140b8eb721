/**
 * Every query of the ledger (督导·隐患排查·整改台账). Reads take the caller's data scope: the county's rows for
 * county roles, one school's for its administrator (the findings about it and the inspections it was a target of).
 */
import { ledger } from "@edubureau/core";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import { displayNamesOf } from "../auth/userStore";
import type { Db } from "../db/client";
import { school } from "../registry/tables";
import {
  ledgerEvidence,
  ledgerFinding,
  ledgerInspection,
  ledgerInspectionTarget,
  ledgerInspectionType,
  ledgerInstitution,
  ledgerTransition,
} from "./tables";

// ---------------------------------------------------------------- scope

/** The findings a scope reaches: the county's, or those about one school. */
export function findingScopeCondition(scope: ReadableScope): SQL {
  return schoolScopeCondition(scope, ledgerFinding);
}

/** The inspections a scope reaches: the county's, or those the school was a target of. */
export function inspectionScopeCondition(scope: ReadableScope): SQL {
  return schoolScopeCondition(scope, {
    regionCode: ledgerInspection.regionCode,
    schoolId: (schoolId) =>
      sql`exists (select 1 from ${ledgerInspectionTarget} t where t.inspection_id = ${ledgerInspection.id}
      and t.school_id = ${schoolId})`,
  });
}

/** The targets of an inspection a scope reaches: all of them, or the school's own. */
function targetScopeCondition(scope: ReadableScope): SQL {
  return schoolScopeCondition(scope, ledgerInspectionTarget);
}

// ---------------------------------------------------------------- schools and types

/** The schools a scope reaches (open ones), for choosing inspection targets and filters. */
export async function scopeSchools(db: Db, scope: ReadableScope) {
  return db
    .select({ id: school.id, name: school.name, kind: school.kind })
    .from(school)
    .where(
      and(
        schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
        eq(school.status, "open"),
      ),
    )
    .orderBy(asc(school.code));
}

/** Schools of the county by id (to check targets). */
export async function countySchools(db: Db, regionCode: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: school.id, name: school.name, status: school.status, principal: school.principal })
    .from(school)
    .where(and(eq(school.regionCode, regionCode), inArray(school.id, [...ids])));
}

export async function listTypes(db: Db, regionCode: string) {
  return db
    .select()
    .from(ledgerInspectionType)
    .where(eq(ledgerInspectionType.regionCode, regionCode))
    .orderBy(asc(ledgerInspectionType.kind), asc(ledgerInspectionType.name));
}

export async function typeById(db: Db, regionCode: string, id: string) {
  const rows = await db
    .select()
    .from(ledgerInspectionType)
    .where(and(eq(ledgerInspectionType.id, id), eq(ledgerInspectionType.regionCode, regionCode)));
  return rows[0] ?? null;
}

export async function typeByName(db: Db, regionCode: string, name: string) {
  const rows = await db
    .select({ id: ledgerInspectionType.id })
    .from(ledgerInspectionType)
    .where(and(eq(ledgerInspectionType.regionCode, regionCode), eq(ledgerInspectionType.name, name)));
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- institutions

export interface InstitutionQuery {
  q?: string;
  status?: string;
}

export async function listInstitutions(db: Db, regionCode: string, query: InstitutionQuery = {}) {
  const q = query.q?.replace(/[%_\\]/g, "");
  return db
    .select()
    .from(ledgerInstitution)
    .where(
      and(
        eq(ledgerInstitution.regionCode, regionCode),
        q ? or(ilike(ledgerInstitution.name, `%${q}%`), ilike(ledgerInstitution.licence, `%${q}%`)) : undefined,
        query.status ? eq(ledgerInstitution.status, query.status) : undefined,
      ),
    )
    .orderBy(asc(ledgerInstitution.name));
}

export async function institutionsByIds(db: Db, regionCode: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(ledgerInstitution)
    .where(and(eq(ledgerInstitution.regionCode, regionCode), inArray(ledgerInstitution.id, [...ids])));
}

export async function institutionByLicence(db: Db, regionCode: string, licence: string) {
  const rows = await db
    .select({ id: ledgerInstitution.id })
    .from(ledgerInstitution)
    .where(and(eq(ledgerInstitution.regionCode, regionCode), eq(ledgerInstitution.licence, licence)));
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- inspections

export interface InspectionQuery {
  kind?: ledger.InspectionKind;
  from?: string;
  to?: string;
  schoolId?: string;
  page: number;
  pageSize: number;
}

const findingCounts = {
  findings: sql<number>`(select count(*) from ${ledgerFinding} f where f.inspection_id = ${ledgerInspection.id}
    and f.state <> 'withdrawn')`.mapWith(Number),
  openFindings: sql<number>`(select count(*) from ${ledgerFinding} f where f.inspection_id = ${ledgerInspection.id}
    and f.state in ('pending', 'in_progress', 'awaiting_review'))`.mapWith(Number),
  targets: sql<number>`(select count(*) from ${ledgerInspectionTarget} t
    where t.inspection_id = ${ledgerInspection.id})`.mapWith(Number),
};

const inspectionColumns = {
  id: ledgerInspection.id,
  regionCode: ledgerInspection.regionCode,
  typeId: ledgerInspection.typeId,
  typeName: ledgerInspectionType.name,
  kind: ledgerInspection.kind,
  title: ledgerInspection.title,
  inspectedOn: ledgerInspection.inspectedOn,
  inspectors: ledgerInspection.inspectors,
  selfInspection: ledgerInspection.selfInspection,
  schoolId: ledgerInspection.schoolId,
  summary: ledgerInspection.summary,
  createdAt: ledgerInspection.createdAt,
};

/** One page of inspections within scope, newest first, with their counts of targets and findings. */
export async function listInspections(db: Db, scope: ReadableScope, q: InspectionQuery) {
  const where = and(
    inspectionScopeCondition(scope),
    q.kind ? eq(ledgerInspection.kind, q.kind) : undefined,
    q.from ? gte(ledgerInspection.inspectedOn, q.from) : undefined,
    q.to ? lte(ledgerInspection.inspectedOn, q.to) : undefined,
    q.schoolId
      ? sql`exists (select 1 from ${ledgerInspectionTarget} t where t.inspection_id = ${ledgerInspection.id}
          and t.school_id = ${q.schoolId})`
      : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select({ ...inspectionColumns, ...findingCounts })
      .from(ledgerInspection)
      .innerJoin(ledgerInspectionType, eq(ledgerInspectionType.id, ledgerInspection.typeId))
      .where(where)
      .orderBy(desc(ledgerInspection.inspectedOn), desc(ledgerInspection.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(ledgerInspection).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export type InspectionRecord = Awaited<ReturnType<typeof listInspections>>["rows"][number];

/** One inspection within scope, or null (absent and out of scope look the same). */
export async function findInspection(db: Db, scope: ReadableScope, id: string): Promise<InspectionRecord | null> {
  const rows = await db
    .select({ ...inspectionColumns, ...findingCounts })
    .from(ledgerInspection)
    .innerJoin(ledgerInspectionType, eq(ledgerInspectionType.id, ledgerInspection.typeId))
    .where(and(eq(ledgerInspection.id, id), inspectionScopeCondition(scope)));
  return rows[0] ?? null;
}

/** The targets of an inspection within scope, with their names and filled checklists. */
export async function targetsOf(db: Db, scope: ReadableScope, inspectionId: string) {
  return db
    .select({
      id: ledgerInspectionTarget.id,
      schoolId: ledgerInspectionTarget.schoolId,
      institutionId: ledgerInspectionTarget.institutionId,
      name: sql<string>`coalesce(${school.name}, ${ledgerInstitution.name})`,
      results: ledgerInspectionTarget.results,
      checkedAt: ledgerInspectionTarget.checkedAt,
    })
    .from(ledgerInspectionTarget)
    .leftJoin(school, eq(school.id, ledgerInspectionTarget.schoolId))
    .leftJoin(ledgerInstitution, eq(ledgerInstitution.id, ledgerInspectionTarget.institutionId))
    .where(and(eq(ledgerInspectionTarget.inspectionId, inspectionId), targetScopeCondition(scope)))
    .orderBy(asc(sql`coalesce(${school.code}, ${ledgerInstitution.name})`));
}

export type TargetRecord = Awaited<ReturnType<typeof targetsOf>>[number];

/** A target row by id, locked, within an inspection. */
export async function lockTarget(tx: Db, inspectionId: string, targetId: string) {
  const rows = await tx
    .select()
    .from(ledgerInspectionTarget)
    .where(and(eq(ledgerInspectionTarget.id, targetId), eq(ledgerInspectionTarget.inspectionId, inspectionId)))
    .for("update");
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- findings

export interface FindingQuery {
  kind?: ledger.InspectionKind;
  schoolId?: string;
  institutionId?: string;
  inspectionId?: string;
  severity?: ledger.Severity;
  state?: ledger.FindingState;
  /** only open findings (待整改, 整改中, 待复查) */
  open?: boolean;
  /** only open findings past their deadline on `today` */
  overdue?: boolean;
  /** only findings with an extension request waiting */
  extensionRequested?: boolean;
  category?: string;
  q?: string;
  /** raised on or after / on or before (ISO dates) */
  from?: string;
  to?: string;
  today: string;
  page: number;
  pageSize: number;
}

const OPEN = [...ledger.openFindingStates];

/** The filter of the board: everything but the state, so the kanban counts can reuse it. */
function boardFilter(scope: ReadableScope, q: Omit<FindingQuery, "page" | "pageSize">): SQL {
  const text = q.q?.replace(/[%_\\]/g, "").trim();
  return and(
    findingScopeCondition(scope),
    q.kind ? eq(ledgerFinding.kind, q.kind) : undefined,
    q.schoolId ? eq(ledgerFinding.schoolId, q.schoolId) : undefined,
    q.institutionId ? eq(ledgerFinding.institutionId, q.institutionId) : undefined,
    q.inspectionId ? eq(ledgerFinding.inspectionId, q.inspectionId) : undefined,
    q.severity ? eq(ledgerFinding.severity, q.severity) : undefined,
    q.category ? eq(ledgerFinding.category, q.category) : undefined,
    q.open || q.overdue ? inArray(ledgerFinding.state, OPEN) : undefined,
    q.overdue ? lt(ledgerFinding.deadline, q.today) : undefined,
    q.extensionRequested ? isNotNull(ledgerFinding.extensionDeadline) : undefined,
    q.from ? gte(ledgerFinding.raisedOn, q.from) : undefined,
    q.to ? lte(ledgerFinding.raisedOn, q.to) : undefined,
    text
      ? or(
          ilike(ledgerFinding.description, `%${text}%`),
          ilike(ledgerFinding.number, `%${text}%`),
          ilike(ledgerFinding.responsibleUnit, `%${text}%`),
        )
      : undefined,
  ) as SQL;
}

const findingColumns = {
  id: ledgerFinding.id,
  regionCode: ledgerFinding.regionCode,
  number: ledgerFinding.number,
  inspectionId: ledgerFinding.inspectionId,
  inspectionTitle: ledgerInspection.title,
  inspectedOn: ledgerInspection.inspectedOn,
  targetId: ledgerFinding.targetId,
  schoolId: ledgerFinding.schoolId,
  institutionId: ledgerFinding.institutionId,
  targetName: sql<string>`coalesce(${school.name}, ${ledgerInstitution.name})`,
  kind: ledgerFinding.kind,
  scope: ledgerFinding.scope,
  commonGroup: ledgerFinding.commonGroup,
  checklistCode: ledgerFinding.checklistCode,
  category: ledgerFinding.category,
  description: ledgerFinding.description,
  severity: ledgerFinding.severity,
  responsibleUnit: ledgerFinding.responsibleUnit,
  responsiblePerson: ledgerFinding.responsiblePerson,
  measures: ledgerFinding.measures,
  state: ledgerFinding.state,
  raisedOn: ledgerFinding.raisedOn,
  originalDeadline: ledgerFinding.originalDeadline,
  deadline: ledgerFinding.deadline,
  extensionDeadline: ledgerFinding.extensionDeadline,
  extensionReason: ledgerFinding.extensionReason,
  closedOn: ledgerFinding.closedOn,
};

function selectFindings(db: Db) {
  return db
    .select(findingColumns)
    .from(ledgerFinding)
    .innerJoin(ledgerInspection, eq(ledgerInspection.id, ledgerFinding.inspectionId))
    .leftJoin(school, eq(school.id, ledgerFinding.schoolId))
    .leftJoin(ledgerInstitution, eq(ledgerInstitution.id, ledgerFinding.institutionId));
}

export type FindingRecord = Awaited<ReturnType<typeof selectFindings>>[number];

const DONE: ledger.FindingState[] = ["closed", "withdrawn"];

/**
 * One page of the board (整改台账): findings within scope and filters, the most urgent first — open findings by
 * earliest deadline, then closed and withdrawn ones, latest deadline first — with the total and the count per state
 * for the kanban (the state filter left out of the counts, so every column shows its number).
 *
 * The open and the finished findings are read by two queries, each walking a partial index on (region, deadline)
 * with a limit, instead of one sort over every row of the county.
 */
export async function listFindings(db: Db, scope: ReadableScope, q: FindingQuery) {
  const base = boardFilter(scope, q);
  const offset = (q.page - 1) * q.pageSize;
  const page = (where: SQL | undefined, open: boolean, limit: number, skip: number) =>
    selectFindings(db)
      .where(where)
      .orderBy(
        ...(open
          ? [asc(ledgerFinding.deadline), asc(ledgerFinding.number)]
          : [desc(ledgerFinding.deadline), desc(ledgerFinding.number)]),
      )
      .limit(limit)
      .offset(skip);
  const stateFilter = (states: ledger.FindingState[]) =>
    q.state
      ? states.includes(q.state)
        ? eq(ledgerFinding.state, q.state)
        : sql`false`
      : inArray(ledgerFinding.state, states);
  const [openRows, byState] = await Promise.all([
    page(and(base, stateFilter([...ledger.openFindingStates])), true, q.pageSize, offset),
    db.select({ state: ledgerFinding.state, n: count() }).from(ledgerFinding).where(base).groupBy(ledgerFinding.state),
  ]);
  const counts = Object.fromEntries(ledger.findingState.codes.map((s) => [s, 0])) as Record<
    ledger.FindingState,
    number
  >;
  for (const r of byState) counts[r.state] = r.n;
  const openTotal = ledger.openFindingStates
    .filter((s) => !q.state || q.state === s)
    .reduce((sum, s) => sum + counts[s], 0);
  let rows = openRows;
  if (rows.length < q.pageSize && !(q.state && ledger.openFindingStates.includes(q.state))) {
    const done = await page(
      and(base, stateFilter(DONE)),
      false,
      q.pageSize - rows.length,
      Math.max(0, offset - openTotal),
    );
    rows = [...rows, ...done];
  }
  const total = q.state ? counts[q.state] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { rows, total, counts };
}

/** Every finding within scope and filters, in board order, for the ledger export (capped by the caller). */
export async function allFindings(
  db: Db,
  scope: ReadableScope,
  q: Omit<FindingQuery, "page" | "pageSize">,
  limit: number,
) {
  const base = boardFilter(scope, q);
  return selectFindings(db)
    .where(q.state ? and(base, eq(ledgerFinding.state, q.state)) : base)
    .orderBy(asc(school.code), asc(ledgerFinding.raisedOn), asc(ledgerFinding.number))
    .limit(limit);
}

/** One finding within scope, or null. */
export async function findFinding(db: Db, scope: ReadableScope, id: string): Promise<FindingRecord | null> {
  const rows = await selectFindings(db).where(and(eq(ledgerFinding.id, id), findingScopeCondition(scope)));
  return rows[0] ?? null;
}

/** The finding row, locked for the rest of the transaction (serialises steps on one finding). */
export async function lockFinding(tx: Db, id: string) {
  const rows = await tx.select().from(ledgerFinding).where(eq(ledgerFinding.id, id)).for("update");
  return rows[0] ?? null;
}

/** A finding's history, oldest first, each step's actor by display name (the name kept with it if none). */
export async function historyOf(db: Db, findingId: string) {
  const rows = await db
    .select()
    .from(ledgerTransition)
    .where(eq(ledgerTransition.findingId, findingId))
    .orderBy(asc(ledgerTransition.seq));
  const people = await displayNamesOf(
    db,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({ ...r, actorName: people.get(r.actorId)?.displayName ?? r.actorName }));
}

/** The next position in a finding's history (call with the finding locked). */
export async function nextSeq(tx: Db, findingId: string): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`coalesce(max(${ledgerTransition.seq}), 0)`.mapWith(Number) })
    .from(ledgerTransition)
    .where(eq(ledgerTransition.findingId, findingId));
  return (rows[0]?.n ?? 0) + 1;
}

const evidenceColumns = {
  id: ledgerEvidence.id,
  findingId: ledgerEvidence.findingId,
  transitionId: ledgerEvidence.transitionId,
  fileName: ledgerEvidence.fileName,
  contentType: ledgerEvidence.contentType,
  size: ledgerEvidence.size,
  sha256: ledgerEvidence.sha256,
  hasThumbnail: sql<boolean>`${ledgerEvidence.thumbnail} is not null`,
  uploadedBy: ledgerEvidence.uploadedBy,
  uploaderName: ledgerEvidence.uploaderName,
  uploadedAt: ledgerEvidence.uploadedAt,
};

/** A finding's evidence files (without their bytes), oldest first, each uploader by display name. */
export async function evidenceOf(db: Db, findingId: string) {
  const rows = await db
    .select(evidenceColumns)
    .from(ledgerEvidence)
    .where(eq(ledgerEvidence.findingId, findingId))
    .orderBy(asc(ledgerEvidence.uploadedAt));
  const people = await displayNamesOf(
    db,
    rows.map((r) => r.uploadedBy),
  );
  return rows.map((r) => ({ ...r, uploaderName: people.get(r.uploadedBy)?.displayName ?? r.uploaderName }));
}

export type EvidenceRecord = Awaited<ReturnType<typeof evidenceOf>>[number];

/** One evidence file with its bytes, when its finding is within scope; null otherwise. */
export async function evidenceFile(db: Db, scope: ReadableScope, id: string) {
  const rows = await db
    .select({
      id: ledgerEvidence.id,
      fileName: ledgerEvidence.fileName,
      contentType: ledgerEvidence.contentType,
      sha256: ledgerEvidence.sha256,
      bytes: ledgerEvidence.bytes,
      thumbnail: ledgerEvidence.thumbnail,
    })
    .from(ledgerEvidence)
    .innerJoin(ledgerFinding, eq(ledgerFinding.id, ledgerEvidence.findingId))
    .where(and(eq(ledgerEvidence.id, id), findingScopeCondition(scope)));
  return rows[0] ?? null;
}

/** The finding's evidence not yet cited by any step, among the given ids. */
export async function unattachedEvidence(tx: Db, findingId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: ledgerEvidence.id })
    .from(ledgerEvidence)
    .where(
      and(
        eq(ledgerEvidence.findingId, findingId),
        inArray(ledgerEvidence.id, [...ids]),
        sql`${ledgerEvidence.transitionId} is null`,
      ),
    );
}

/**
 * The next finding number of a county and year (2026-0001, …). Takes a transaction-scoped advisory lock, so two
 * inspections raising findings at once do not pick the same number.
 */
export async function nextFindingNumbers(tx: Db, regionCode: string, year: number, n: number): Promise<string[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`ledger-number-${regionCode}`}))`);
  const prefix = `${year}-`;
  const rows = await tx
    .select({
      max: sql<number>`coalesce(max(cast(substring(${ledgerFinding.number} from 6) as integer)), 0)`.mapWith(Number),
    })
    .from(ledgerFinding)
    .where(and(eq(ledgerFinding.regionCode, regionCode), sql`${ledgerFinding.number} like ${`${prefix}%`}`));
  const start = rows[0]?.max ?? 0;
  return Array.from({ length: n }, (_, i) => `${prefix}${String(start + i + 1).padStart(4, "0")}`);
}

// ---------------------------------------------------------------- statistics and reminders

export interface PeriodQuery {
  kind?: ledger.InspectionKind;
  from?: string;
  to?: string;
}

/** Inspections within scope and period, counted per kind. */
export async function inspectionCounts(db: Db, scope: ReadableScope, q: PeriodQuery) {
  return db
    .select({ kind: ledgerInspection.kind, n: count() })
    .from(ledgerInspection)
    .where(
      and(
        inspectionScopeCondition(scope),
        q.kind ? eq(ledgerInspection.kind, q.kind) : undefined,
        q.from ? gte(ledgerInspection.inspectedOn, q.from) : undefined,
        q.to ? lte(ledgerInspection.inspectedOn, q.to) : undefined,
      ),
    )
    .groupBy(ledgerInspection.kind);
}

/** Inspections within scope and period, counted per target school (an inspection of 5 schools counts for each). */
export async function inspectionCountsBySchool(db: Db, scope: ReadableScope, q: PeriodQuery) {
  return db
    .select({ schoolId: ledgerInspectionTarget.schoolId, n: count() })
    .from(ledgerInspectionTarget)
    .innerJoin(ledgerInspection, eq(ledgerInspection.id, ledgerInspectionTarget.inspectionId))
    .where(
      and(
        targetScopeCondition(scope),
        isNotNull(ledgerInspectionTarget.schoolId),
        q.kind ? eq(ledgerInspection.kind, q.kind) : undefined,
        q.from ? gte(ledgerInspection.inspectedOn, q.from) : undefined,
        q.to ? lte(ledgerInspection.inspectedOn, q.to) : undefined,
      ),
    )
    .groupBy(ledgerInspectionTarget.schoolId);
}

/**
 * The facts the statistics need about the findings raised within scope and period: plain columns of the finding
 * row only (no joins), since a province reads hundreds of thousands of them; names come from `targetNames`.
 */
export async function findingFacts(db: Db, scope: ReadableScope, q: PeriodQuery) {
  return db
    .select({
      state: ledgerFinding.state,
      deadline: ledgerFinding.deadline,
      raisedOn: ledgerFinding.raisedOn,
      closedOn: ledgerFinding.closedOn,
      kind: ledgerFinding.kind,
      category: ledgerFinding.category,
      severity: ledgerFinding.severity,
      schoolId: ledgerFinding.schoolId,
      institutionId: ledgerFinding.institutionId,
    })
    .from(ledgerFinding)
    .where(
      and(
        findingScopeCondition(scope),
        q.kind ? eq(ledgerFinding.kind, q.kind) : undefined,
        q.from ? gte(ledgerFinding.raisedOn, q.from) : undefined,
        q.to ? lte(ledgerFinding.raisedOn, q.to) : undefined,
      ),
    );
}

/** Names of the county's schools and institutions by id, for the statistics' breakdowns. */
export async function targetNames(db: Db, regionCode: string): Promise<Map<string, string>> {
  const [schools, institutions] = await Promise.all([
    db.select({ id: school.id, name: school.name }).from(school).where(eq(school.regionCode, regionCode)),
    db
      .select({ id: ledgerInstitution.id, name: ledgerInstitution.name })
      .from(ledgerInstitution)
      .where(eq(ledgerInstitution.regionCode, regionCode)),
  ]);
  return new Map([...schools, ...institutions].map((r) => [r.id, r.name]));
}

/** Open findings within scope due on or before `until` (ISO date): the candidates for reminders. */
export async function dueFindings(db: Db, scope: ReadableScope, until: string) {
  return selectFindings(db)
    .where(and(findingScopeCondition(scope), inArray(ledgerFinding.state, OPEN), lte(ledgerFinding.deadline, until)))
    .orderBy(asc(ledgerFinding.deadline), asc(ledgerFinding.number));
}

/** Counts of what waits for a supervisor: findings awaiting re-inspection and extension requests. */
export async function supervisorQueue(db: Db, scope: ReadableScope) {
  const rows = await db
    .select({
      awaitingReview: sql<number>`count(*) filter (where ${ledgerFinding.state} = 'awaiting_review')`.mapWith(Number),
      extensionRequests: sql<number>`count(*) filter (where ${ledgerFinding.extensionDeadline} is not null
        and ${ledgerFinding.state} in ('pending', 'in_progress', 'awaiting_review'))`.mapWith(Number),
    })
    .from(ledgerFinding)
    .where(findingScopeCondition(scope));
  return rows[0] ?? { awaitingReview: 0, extensionRequests: 0 };
}
