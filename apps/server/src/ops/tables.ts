import { bigserial, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed logins from a client address, one row a failure: the second line behind the per-account lock (against one
 * address trying many usernames). In the database so that every app server counts the same failures; rows older
 * than the window are deleted as new ones come.
 */
export const loginAddressFailure = pgTable(
  "login_address_failure",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ip: text("ip").notNull(),
    failedAt: timestamp("failed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("login_address_failure_ip_idx").on(t.ip, t.failedAt)],
);

/**
 * Scheduled work shared by every app server (purges): a server runs a job only after claiming its row for the
 * period, so a job runs once per period however many servers there are.
 */
export const scheduledJob = pgTable("scheduled_job", {
  name: text("name").primaryKey(),
  /** when the last run was claimed */
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  /** ok | failed, with no message (a message could hold personal data) */
  outcome: text("outcome"),
  runs: integer("runs").notNull().default(0),
  failures: integer("failures").notNull().default(0),
  /** the server that claimed the last run (host name and process id) */
  claimedBy: text("claimed_by"),
});
