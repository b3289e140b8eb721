import { bigserial, char, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The audit log (审计日志): every write, every login, every reveal or export of personal data. Append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    regionCode: char("region_code", { length: 6 }),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    /** dotted action name, e.g. users.create, auth.login_failed, registry.reveal */
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    reason: text("reason"),
    /** SHA-256 of the record before and after the write (no personal data in the log itself) */
    beforeDigest: text("before_digest"),
    afterDigest: text("after_digest"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    ip: text("ip"),
  },
  (t) => [
    index("audit_at_idx").on(t.at),
    index("audit_actor_idx").on(t.actorId),
    index("audit_action_idx").on(t.action),
    // the log of one record (a finding's or a student's 操作记录), newest first
    index("audit_target_idx").on(t.targetType, t.targetId, t.id),
  ],
);
