import type { auth } from "@edubureau/core";
import { asc, eq } from "drizzle-orm";
import { authorize, scopeOf } from "../auth/authorize";
import { accountLocks } from "../auth/loginFailureStore";
import { appUser } from "../auth/tables";
import type { Db } from "../db/client";
import { townsOfCounty } from "../registry/retentionIntake";
import { schoolNames } from "../registry/store";

/** Accounts of the administrator's county, without password hashes. */
export async function listUsers(db: Db, actor: auth.Actor | null, now: Date) {
  const scope = scopeOf(actor, "users");
  if (scope.kind !== "county") return [];
  const rows = await db
    .select({
      id: appUser.id,
      username: appUser.username,
      displayName: appUser.displayName,
      role: appUser.role,
      section: appUser.section,
      schoolId: appUser.schoolId,
      staffId: appUser.staffId,
      townCode: appUser.townCode,
      disabled: appUser.disabled,
      isDemo: appUser.isDemo,
      mustChangePassword: appUser.mustChangePassword,
      lastLoginAt: appUser.lastLoginAt,
      createdAt: appUser.createdAt,
    })
    .from(appUser)
    .where(eq(appUser.regionCode, scope.regionCode))
    .orderBy(asc(appUser.role), asc(appUser.username));
  const names = await schoolNames(db, [...new Set(rows.flatMap((r) => (r.schoolId ? [r.schoolId] : [])))]);
  const towns = await townsOfCounty(db, scope.regionCode);
  const locks = await accountLocks(
    db,
    rows.map((r) => r.username),
    now,
  );
  return rows.map((r) => ({
    ...r,
    schoolName: r.schoolId ? (names.get(r.schoolId) ?? null) : null,
    townName: r.townCode ? (towns.get(r.townCode) ?? null) : null,
    /** the latest lock in force from any address */
    lockedUntil: locks.get(r.username) ?? null,
  }));
}

/** An account of the administrator's county, or null (404 for the caller). */
export async function findManagedUser(db: Db, actor: auth.Actor | null, id: string) {
  const a = authorize(actor, "write", "users");
  const rows = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  const user = rows[0];
  return user && user.regionCode === a.regionCode ? user : null;
}

export type UserRow = typeof appUser.$inferSelect;

/** The fields of an account that the audit digest and the list show (never the password hash). */
export function auditableUser(u: UserRow) {
  const { passwordHash: _hash, lastLoginAt: _last, ...rest } = u;
  return rest;
}

/** The county's townships (乡镇), for binding a township contact account. */
export async function countyTowns(db: Db, actor: auth.Actor | null) {
  const a = authorize(actor, "write", "users");
  const towns = await townsOfCounty(db, a.regionCode);
  return [...towns].map(([code, name]) => ({ code, name })).sort((x, y) => x.code.localeCompare(y.code));
}
