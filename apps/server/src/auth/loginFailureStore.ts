import { auth } from "@edubureau/core";
import { and, eq, gt, inArray, lt, max, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { loginFailure } from "./tables";

/** A row whose last failure is older than this is forgotten (the longest lock is an hour). */
const FORGET_AFTER_MS = 24 * 3600_000;

/** Until when logins as this username from this address are refused, or null. Known or unknown usernames alike. */
export async function loginLockedUntil(db: Db, username: string, ip: string, now: Date): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: loginFailure.lockedUntil })
    .from(loginFailure)
    .where(and(eq(loginFailure.username, username), eq(loginFailure.ip, ip), gt(loginFailure.lockedUntil, now)));
  return rows[0]?.lockedUntil ?? null;
}

/**
 * Counts a failed login as this username from this address and locks that pair with exponential backoff once the
 * free attempts are used. The same work whether or not the account exists. Forgets stale rows on the way.
 */
export async function recordLoginFailure(db: Db, username: string, ip: string, now: Date) {
  await db.delete(loginFailure).where(lt(loginFailure.lastFailedAt, new Date(now.getTime() - FORGET_AFTER_MS)));
  const [row] = await db
    .insert(loginFailure)
    .values({ username, ip, failures: 1, lastFailedAt: now })
    .onConflictDoUpdate({
      target: [loginFailure.username, loginFailure.ip],
      set: { failures: sql`${loginFailure.failures} + 1`, lastFailedAt: now },
    })
    .returning({ failures: loginFailure.failures });
  const failures = row?.failures ?? 1;
  const lockedUntil = auth.lockedUntil(failures, now);
  if (lockedUntil) {
    await db
      .update(loginFailure)
      // two servers counting the 5th and 6th failure at once: the longer lock wins, whichever lands last
      .set({ lockedUntil: sql`greatest(coalesce(${loginFailure.lockedUntil}, ${lockedUntil}), ${lockedUntil})` })
      .where(and(eq(loginFailure.username, username), eq(loginFailure.ip, ip)));
  }
  return { failures, lockedUntil };
}

/** A successful login from this address: its failures as this username are forgotten. */
export async function clearLoginFailures(db: Db, username: string, ip: string) {
  await db.delete(loginFailure).where(and(eq(loginFailure.username, username), eq(loginFailure.ip, ip)));
}

/** A new password set by the administrator unlocks the account from every address. */
export async function clearAccountLocks(db: Db, username: string) {
  await db.delete(loginFailure).where(eq(loginFailure.username, username));
}

/** The latest lock in force on each of these usernames from any address (for the accounts list). */
export async function accountLocks(db: Db, usernames: string[], now: Date): Promise<Map<string, Date>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .select({ username: loginFailure.username, lockedUntil: max(loginFailure.lockedUntil) })
    .from(loginFailure)
    .where(and(inArray(loginFailure.username, usernames), gt(loginFailure.lockedUntil, now)))
    .groupBy(loginFailure.username);
  return new Map(rows.flatMap((r) => (r.lockedUntil ? [[r.username, r.lockedUntil]] : [])));
}
