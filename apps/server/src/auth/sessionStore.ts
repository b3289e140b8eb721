import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { appUser, session } from "./tables";

export const SESSION_COOKIE = "eb_session";

const sha256 = (token: string) => createHash("sha256").update(token).digest("base64url");

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session for a user; returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Db,
  props: { userId: string; now: Date; hours: number; ip: string; userAgent: string | undefined },
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(props.now.getTime() + props.hours * 3600_000);
  await db.insert(session).values({
    tokenHash: sha256(token),
    userId: props.userId,
    csrfToken,
    createdAt: props.now,
    lastSeenAt: props.now,
    expiresAt,
    ip: props.ip,
    userAgent: props.userAgent?.slice(0, 300),
  });
  return { token, csrfToken, expiresAt };
}

/** The live session and its account for a cookie token, or null when unknown, expired or the account disabled. */
export async function findSession(db: Db, token: string, now: Date) {
  const tokenHash = sha256(token);
  const rows = await db
    .select({ session, user: appUser })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now), eq(appUser.disabled, false)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Slides an idle session's expiry forward. Written at most once a minute per session so that reads stay reads.
 *
 * @returns the new expiry when it was written, else null
 */
export async function touchSession(
  db: Db,
  tokenHash: string,
  lastSeenAt: Date,
  now: Date,
  hours: number,
): Promise<Date | null> {
  if (now.getTime() - lastSeenAt.getTime() < 60_000) return null;
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await db.update(session).set({ lastSeenAt: now, expiresAt }).where(eq(session.tokenHash, tokenHash));
  return expiresAt;
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(session).where(eq(session.tokenHash, tokenHash));
}

/** Ends every session of a user except, optionally, the current one (after a password change or reset). */
export async function deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string) {
  await db
    .delete(session)
    .where(and(eq(session.userId, userId), exceptTokenHash ? ne(session.tokenHash, exceptTokenHash) : undefined));
}

/** Removes expired sessions; run at start-up and from time to time. */
export async function purgeExpiredSessions(db: Db, now: Date) {
  await db.delete(session).where(lt(session.expiresAt, now));
}

export { sha256 as hashSessionToken };
