import type { auth } from "@edubureau/core";
import type { appUser } from "./tables";

/** The Actor the policy reasons about, read from an account row. */
export function actorFromUser(user: typeof appUser.$inferSelect): auth.Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role as auth.Role,
    section: (user.section as auth.Section | null) ?? null,
    schoolId: user.schoolId,
    staffId: user.staffId,
    regionCode: user.regionCode,
  };
}
