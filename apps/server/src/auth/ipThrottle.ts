import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../db/client";
import { loginAddressFailure } from "../ops/tables";

/**
 * Failed logins per client address in a sliding window: a second line behind the per-account lock, against one
 * address trying many usernames. Kept in the database, so every app server behind the proxy counts the same
 * failures.
 */
export const ADDRESS_LIMIT = 30;
export const ADDRESS_WINDOW_MS = 10 * 60_000;

/** Whether this address has failed the limit within the window. */
export async function addressBlocked(db: Db, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MS);
  const [row] = await db
    .select({ n: count() })
    .from(loginAddressFailure)
    .where(and(eq(loginAddressFailure.ip, ip), gt(loginAddressFailure.failedAt, since)));
  return (row?.n ?? 0) >= ADDRESS_LIMIT;
}

/** Counts a failed login from this address; forgets failures older than the window on the way. */
export async function recordAddressFailure(db: Db, ip: string, now: Date): Promise<void> {
  await db
    .delete(loginAddressFailure)
    .where(lt(loginAddressFailure.failedAt, new Date(now.getTime() - ADDRESS_WINDOW_MS)));
  await db.insert(loginAddressFailure).values({ ip, failedAt: now });
}
