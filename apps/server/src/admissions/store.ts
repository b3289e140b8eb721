/** Every query of draw events, scoped: 招生办 and leadership see the county, a school administrator their school. */
import type { auth } from "@edubureau/core";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type ReadableScope, scopeOf } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { school } from "../registry/tables";
import { drawEvent } from "./tables";

export type DrawEventRow = typeof drawEvent.$inferSelect;

/** The SQL condition keeping events within a scope: county events are not a school's to see. */
export function eventScopeCondition(scope: ReadableScope): SQL {
  return schoolScopeCondition(scope, drawEvent);
}

export interface EventQuery {
  kind?: string;
  status?: string;
}

/** Events within the actor's scope, newest event time first (without the files). */
export async function listEvents(db: Db, actor: auth.Actor | null, q: EventQuery) {
  const scope = scopeOf(actor, "admissions");
  return db
    .select({
      id: drawEvent.id,
      code: drawEvent.code,
      kind: drawEvent.kind,
      title: drawEvent.title,
      status: drawEvent.status,
      schoolId: drawEvent.schoolId,
      schoolName: school.name,
      schoolYear: drawEvent.schoolYear,
      grade: drawEvent.grade,
      eventTime: drawEvent.eventTime,
      inputDigest: drawEvent.inputDigest,
      resultDigest: drawEvent.resultDigest,
      entries: sql<number>`case when ${drawEvent.kind} = 'quota'
        then jsonb_array_length(${drawEvent.settings}->'juniorSchools') else jsonb_array_length(${drawEvent.roster}) end`,
      confirmedAt: drawEvent.confirmedAt,
      publishedAt: drawEvent.publishedAt,
      rerunOfId: drawEvent.rerunOfId,
    })
    .from(drawEvent)
    .leftJoin(school, eq(school.id, drawEvent.schoolId))
    .where(
      and(
        eventScopeCondition(scope),
        q.kind ? eq(drawEvent.kind, q.kind) : undefined,
        q.status ? eq(drawEvent.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(drawEvent.eventTime), desc(drawEvent.code));
}

/** One event within scope, or null (missing and out of scope look the same). */
export async function findEvent(db: Db, scope: ReadableScope, id: string): Promise<DrawEventRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await db
    .select()
    .from(drawEvent)
    .where(and(eq(drawEvent.id, id), eventScopeCondition(scope)))
    .limit(1);
  return rows[0] ?? null;
}

/** Locks an event row for a command (inside its transaction). */
export async function lockEvent(tx: Db, id: string): Promise<DrawEventRow | null> {
  const rows = await tx.select().from(drawEvent).where(eq(drawEvent.id, id)).for("update").limit(1);
  return rows[0] ?? null;
}

/**
 * An event by its public code once its list is frozen (the input digest is public before the event; the result only
 * once published): the only query the public routes run. Drafts answer null.
 */
export async function publicEvent(
  db: Db,
  code: string,
): Promise<(DrawEventRow & { schoolName: string | null }) | null> {
  const rows = await db
    .select({ event: drawEvent, schoolName: school.name })
    .from(drawEvent)
    .leftJoin(school, eq(school.id, drawEvent.schoolId))
    .where(and(eq(drawEvent.code, code), inArray(drawEvent.status, ["frozen", "drawn", "published"])))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.event, schoolName: row.schoolName } : null;
}

/** Frozen and published events, newest first, for the public list. */
export async function publicEvents(db: Db, limit = 100) {
  return db
    .select({
      code: drawEvent.code,
      kind: drawEvent.kind,
      title: drawEvent.title,
      status: drawEvent.status,
      eventTime: drawEvent.eventTime,
      publishedAt: drawEvent.publishedAt,
      schoolName: school.name,
    })
    .from(drawEvent)
    .leftJoin(school, eq(school.id, drawEvent.schoolId))
    .where(inArray(drawEvent.status, ["frozen", "drawn", "published"]))
    .orderBy(desc(drawEvent.eventTime))
    .limit(limit);
}

/** The next free event code for a prefix and year: YG-2026-0001, YG-2026-0002, … */
export async function nextEventCode(tx: Db, prefix: string, year: number): Promise<string> {
  const like = `${prefix}-${year}-%`;
  const rows = await tx
    .select({ n: sql<number>`coalesce(max(substring(${drawEvent.code} from '[0-9]+$')::int), 0)` })
    .from(drawEvent)
    .where(sql`${drawEvent.code} like ${like}`);
  return `${prefix}-${year}-${String((rows[0]?.n ?? 0) + 1).padStart(4, "0")}`;
}
