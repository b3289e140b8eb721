import { eq, sql } from "drizzle-orm";
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
