/**
 * The demo's township contact (乡镇联络员, xiangzhen) follows the township of the demo's first persuasion case, so a
 * newcomer signing in as it sees a case with its visits. Run after the dropout-control demo; without cases (the tiny
 * test county) the account keeps the first township.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { appUser } from "../auth/tables";
import type { Db } from "../db/client";
import { retentionCase } from "../retention/tables";

export async function bindDemoTownshipContact(db: Db): Promise<string | null> {
  const [first] = await db
    .select({ townCode: retentionCase.townCode })
    .from(retentionCase)
    .where(isNotNull(retentionCase.townCode))
    .orderBy(asc(retentionCase.number))
    .limit(1);
  if (!first?.townCode) return null;
  await db
    .update(appUser)
    .set({ townCode: first.townCode })
    .where(and(eq(appUser.username, "xiangzhen"), eq(appUser.isDemo, true), eq(appUser.role, "township")));
  return first.townCode;
}
