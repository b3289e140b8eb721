import {
  boolean,
  char,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../db/columns";

/**
 * Accounts (用户). A role with its scope: section for 股室 staff, school for school roles, staff for teachers,
 * township for a township contact (乡镇联络员).
 */
export const appUser = pgTable(
  "app_user",
  {
    id: id(),
    regionCode: char("region_code", { length: 6 }).notNull(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** auth.Role */
    role: text("role").notNull(),
    section: text("section"),
    schoolId: uuid("school_id"),
    staffId: uuid("staff_id"),
    /** for role "township": the township's 9-digit statistical code (town.code) */
    townCode: char("town_code", { length: 9 }),
    disabled: boolean("disabled").notNull().default(false),
    /** created by the demo generator: production mode refuses to start while any exist */
    isDemo: boolean("is_demo").notNull().default(false),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("app_user_username_uq").on(t.username)],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

/**
 * Failed logins by username as typed and client address, whether or not the account exists: the lock-out is per
 * account and address, so an attacker elsewhere cannot lock the real user out, and an unknown username is
 * throttled exactly like a known one (nothing tells whether it exists). A success from the address clears its row;
 * rows whose last failure is a day old are purged.
 */
export const loginFailure = pgTable(
  "login_failure",
  {
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    /** consecutive failures from this address */
    failures: integer("failures").notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastFailedAt: timestamp("last_failed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.username, t.ip] }), index("login_failure_last_failed_idx").on(t.lastFailedAt)],
);
