import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { appUser } from "./tables";

export async function findUserByUsername(db: Db, username: string) {
  const rows = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Db, id: string) {
  const rows = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  return rows[0] ?? null;
}

/**
 * People's display names (显示名) with their usernames, by account id, in one query: what audit rows, a finding's
 * history and other records of who did something show instead of the bare username.
 */
export async function displayNamesOf(
  db: Db,
  ids: Iterable<string>,
): Promise<Map<string, { displayName: string; username: string }>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: appUser.id, displayName: appUser.displayName, username: appUser.username })
    .from(appUser)
    .where(inArray(appUser.id, wanted));
  return new Map(rows.map((r) => [r.id, { displayName: r.displayName, username: r.username }]));
}

/** The accounts with this display name (the audit log's actor filter takes a name as well as a username). */
export async function userIdsByDisplayName(db: Db, displayName: string): Promise<string[]> {
  const rows = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.displayName, displayName));
  return rows.map((r) => r.id);
}

export async function recordSuccessfulLogin(db: Db, userId: string, now: Date) {
  await db.update(appUser).set({ lastLoginAt: now }).where(eq(appUser.id, userId));
}

export async function setPassword(db: Db, userId: string, passwordHash: string, mustChange: boolean, now: Date) {
  await db
    .update(appUser)
    .set({ passwordHash, mustChangePassword: mustChange, updatedAt: now })
    .where(eq(appUser.id, userId));
}

export async function countDemoUsers(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(appUser).where(eq(appUser.isDemo, true));
  return rows[0]?.n ?? 0;
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(appUser);
  return rows[0]?.n ?? 0;
}
