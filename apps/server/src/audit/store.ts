import { createHash } from "node:crypto";
import type { auth } from "@edubureau/core";
import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL } from "drizzle-orm";
import { scopeOf } from "../auth/authorize";
import { userIdsByDisplayName } from "../auth/userStore";
import type { Db } from "../db/client";
import { markFiguresStale } from "../reports/staleness";
import { auditLog } from "./tables";
import { auditTargetKinds } from "./targetKinds";
import type { AuditTargetMatch } from "./targets";

/** SHA-256 of a record's canonical JSON: the audit log keeps digests, never personal data itself. */
export function digestOf(record: unknown): string {
  return createHash("sha256").update(stableJson(record)).digest("hex");
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}

export interface AuditEntry {
  actor: { userId: string; username: string; regionCode?: string } | null;
  /** who tried, when there is no account (a failed login) */
  actorName?: string;
  action: string;
  targetType?: string;
  targetId?: string;
  reason?: string;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
  ip?: string;
  at: Date;
}

/** Appends one audit row. Call it inside the same transaction as the write it records. */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: e.at,
    regionCode: e.actor?.regionCode ?? null,
    actorId: e.actor?.userId ?? null,
    actorName: e.actor?.username ?? e.actorName ?? "匿名",
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    reason: e.reason,
    beforeDigest: e.before === undefined ? null : digestOf(e.before),
    afterDigest: e.after === undefined ? null : digestOf(e.after),
    details: e.details,
    ip: e.ip,
  });
  // the figures this write may change are recomputed by their next read (reports/staleness.ts)
  await markFiguresStale(db, e.actor?.regionCode, e.action);
}

export interface AuditQuery {
  action?: string;
  /** a username, or a display name (every account bearing it) */
  actor?: string;
  /** the kind of record (an audit row's targetType), alone or with the record's id */
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Browses the audit log, newest first. Leadership and administrators only (scope enforced here). */
export async function listAudit(db: Db, actor: auth.Actor | null, q: AuditQuery) {
  scopeOf(actor, "audit");
  const namedActors = q.actor ? await userIdsByDisplayName(db, q.actor) : [];
  const conditions: (SQL | undefined)[] = [
    q.action
      ? or(eq(auditLog.action, q.action), ilike(auditLog.action, `${q.action.replace(/[%_\\]/g, "")}.%`))
      : undefined,
    q.actor
      ? namedActors.length > 0
        ? or(eq(auditLog.actorName, q.actor), inArray(auditLog.actorId, namedActors))
        : eq(auditLog.actorName, q.actor)
      : undefined,
    q.targetType ? eq(auditLog.targetType, q.targetType) : undefined,
    q.targetType && q.targetId ? eq(auditLog.targetId, q.targetId) : undefined,
    q.from ? gte(auditLog.at, q.from) : undefined,
    q.to ? lt(auditLog.at, q.to) : undefined,
  ];
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/**
 * Records of one kind in the reader's county whose label contains the text, for the log's object filter. Readers of
 * the audit log only (the labels name records the log reader may read: leadership reads the county, and the
 * administrator sees people only by name and masked ID). A kind no capability can search answers nothing.
 */
export async function searchAuditTargets(
  db: Db,
  actor: auth.Actor | null,
  targetType: string,
  text: string,
  limit = 20,
): Promise<AuditTargetMatch[]> {
  scopeOf(actor, "audit");
  const kind = auditTargetKinds[targetType];
  if (!kind?.search || !text.trim()) return [];
  return kind.search(db, actor!.regionCode, text.trim(), limit);
}
