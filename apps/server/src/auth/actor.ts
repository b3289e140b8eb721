import { type auth, calendar } from "@edubureau/core";
import type { Db } from "../db/client";
import { ownersOf } from "../settings/store";
import type { appUser } from "./tables";

/**
 * The Actor the policy reasons about, read from an account row, with the county's owning sections of the day
 * (业务归口, settings/store.ts `ownersOf`) when the caller loaded them; the defaults otherwise.
 */
export function actorFromUser(user: typeof appUser.$inferSelect, owners?: auth.CapabilityOwners): auth.Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role as auth.Role,
    section: (user.section as auth.Section | null) ?? null,
    schoolId: user.schoolId,
    staffId: user.staffId,
    regionCode: user.regionCode,
    ...(user.townCode ? { townCode: user.townCode } : {}),
    ...(owners ? { owners } : {}),
  };
}

/** The Actor of an account with its county's owning sections of the day loaded (a session, the sign-in answer). */
export async function actorWithOwners(db: Db, user: typeof appUser.$inferSelect, now: Date): Promise<auth.Actor> {
  return actorFromUser(user, await ownersOf(db, user.regionCode, calendar.beijingDate(now)));
}
