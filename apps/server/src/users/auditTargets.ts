import { and, eq, ilike, or } from "drizzle-orm";
import type { AuditTargetKinds } from "../audit/targets";
import { containsPattern } from "../audit/targets";
import { appUser } from "../auth/tables";
import { displayNamesOf } from "../auth/userStore";

/** Accounts in the audit log: by display name, the username beside it (an account is what the row is about). */
export const usersAuditTargets: AuditTargetKinds = {
  user: {
    labels: async (db, ids) => {
      const names = await displayNamesOf(db, ids);
      return new Map([...names].map(([id, n]) => [id, `${n.displayName}(${n.username})`]));
    },
    search: async (db, regionCode, text, limit) => {
      const pattern = containsPattern(text);
      const rows = await db
        .select({ id: appUser.id, displayName: appUser.displayName, username: appUser.username })
        .from(appUser)
        .where(
          and(
            eq(appUser.regionCode, regionCode),
            or(ilike(appUser.displayName, pattern), ilike(appUser.username, pattern)),
          ),
        )
        .orderBy(appUser.username)
        .limit(limit);
      return rows.map((r) => ({ id: r.id, label: `${r.displayName}(${r.username})` }));
    },
  },
};
