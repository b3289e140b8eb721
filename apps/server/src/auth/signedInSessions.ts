/**
 * The signed-in session behind a cookie, with its account and Actor, read from the database once and then kept in
 * this server's memory: every request carries the cookie, and on the embedded database (one connection) the two
 * reads it costs were most of a cached page's time under load.
 *
 * An entry is used only while no write has been committed on any server since it was read (the write epoch of
 * ops/writeSignal.ts: a logout, a password change, a disabled account or a new role all come by a write), on the
 * same Beijing day (the Actor carries the day's owning sections), for at most a minute, and while the session has not
 * expired (checked on every request against the entry's expiry, which sliding moves forward here as in the
 * database). Unknown tokens are not kept, so guessing tokens cannot push real sessions out.
 */
import { type auth, calendar } from "@edubureau/core";
import type { Db } from "../db/client";
import { boundWriteEpoch } from "../ops/writeSignal";
import { actorWithOwners } from "./actor";
import { findSession, hashSessionToken } from "./sessionStore";

export type FoundSession = NonNullable<Awaited<ReturnType<typeof findSession>>>;

interface Entry {
  found: FoundSession;
  actor: auth.Actor;
  epoch: number;
  day: string;
  readAt: number;
}

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;
const entriesByDb = new WeakMap<Db, Map<string, Entry>>();

/** The live session and its Actor for a cookie token, or null when unknown, expired or the account disabled. */
export async function signedInSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ found: FoundSession; actor: auth.Actor } | null> {
  const epoch = boundWriteEpoch(db);
  const day = calendar.beijingDate(now);
  const key = hashSessionToken(token);
  let entries = entriesByDb.get(db);
  const hit = entries?.get(key);
  if (
    hit &&
    hit.epoch === epoch &&
    hit.day === day &&
    Date.now() - hit.readAt < MAX_AGE_MS &&
    hit.found.session.expiresAt > now
  ) {
    return hit;
  }
  entries?.delete(key);
  const found = await findSession(db, token, now);
  if (!found) return null;
  const actor = await actorWithOwners(db, found.user, now);
  if (epoch !== undefined) {
    if (!entries) {
      entries = new Map();
      entriesByDb.set(db, entries);
    }
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { found, actor, epoch, day, readAt: Date.now() });
  }
  return { found, actor };
}
