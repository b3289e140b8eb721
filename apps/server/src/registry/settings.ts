/**
 * County settings of the register (学籍参数): for now the number of days after which a pending transfer counts as a
 * suspected dropout (default 30, core's DEFAULT_TRANSFER_OVERDUE_DAYS). Read by every register reader; changed by
 * the county's register section (基础教育股) only, audited with before and after.
 */
import { auth, registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError } from "../http/errors";
import { registrySetting } from "./tables";

export interface RegistrySettings {
  transferOverdueDays: number;
  /** null while the defaults apply */
  updatedAt: string | null;
}

/** The settings of a county, defaults where none are stored. Not scoped beyond the county: they hold no records. */
export async function settingsOf(db: Db, regionCode: string): Promise<RegistrySettings> {
  const [row] = await db.select().from(registrySetting).where(eq(registrySetting.regionCode, regionCode));
  return {
    transferOverdueDays: row?.transferOverdueDays ?? registry.DEFAULT_TRANSFER_OVERDUE_DAYS,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The settings of the actor's county (any register reader). */
export async function registrySettings(db: Db, actor: auth.Actor | null): Promise<RegistrySettings> {
  scopeOf(actor, "registry");
  return settingsOf(db, actor!.regionCode);
}

/**
 * Changes the county's settings: the register's owning section (基础教育股) only — a school writes the register for
 * itself but does not set the county's rules.
 *
 * @throws AppError 403 for anyone else
 */
export async function updateRegistrySettings(
  db: Db,
  actor: auth.Actor | null,
  input: { transferOverdueDays: number },
  ctx: { now: Date; ip: string },
): Promise<RegistrySettings> {
  const a = authorize(actor, "write", "registry");
  if (a.role !== "section" || !a.section || !auth.capabilityOwners.registry.includes(a.section)) {
    throw new AppError(403, "COUNTY_ONLY", "学籍参数须由教育局基础教育股设置");
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(registrySetting).where(eq(registrySetting.regionCode, a.regionCode));
    const values = { transferOverdueDays: input.transferOverdueDays, updatedBy: a.userId, updatedAt: ctx.now };
    const [after] = await tx
      .insert(registrySetting)
      .values({ regionCode: a.regionCode, ...values })
      .onConflictDoUpdate({ target: registrySetting.regionCode, set: values })
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "registry.settings_update",
      targetType: "registry_setting",
      targetId: a.regionCode,
      before: before ?? { transferOverdueDays: registry.DEFAULT_TRANSFER_OVERDUE_DAYS },
      after,
      details: {
        transferOverdueDays: {
          from: before?.transferOverdueDays ?? registry.DEFAULT_TRANSFER_OVERDUE_DAYS,
          to: input.transferOverdueDays,
        },
      },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { transferOverdueDays: after!.transferOverdueDays, updatedAt: after!.updatedAt.toISOString() };
  });
}
