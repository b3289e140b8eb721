/**
 * County settings of the register (学籍参数): the number of days after which a pending transfer counts as a suspected
 * dropout (default 30, core's DEFAULT_TRANSFER_OVERDUE_DAYS), the county's current school year (the year every list,
 * overview and statistic shows when none is asked for) and the promotion date (升级日期) from which the county's
 * year-end promotion may run. Read by every register reader; changed by the county's register section (基础教育股)
 * only, audited with before and after. The current year moves only by that section: by the county's promotion or by
 * setting it here — never by a school's data.
 */
import { auth, calendar, registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError, badRequest } from "../http/errors";
import { untilWriteCache } from "../http/singleFlightCache";
import { registrySetting } from "./tables";

export interface RegistrySettings {
  transferOverdueDays: number;
  /** the county's current school year (2026 = 2026—2027学年) */
  currentSchoolYear: number;
  /** false while no year is stored and the calendar's school year stands in */
  currentSchoolYearSet: boolean;
  /** the day from which the current year's promotion may run; null until the section sets it */
  promotionDate: string | null;
  /** null while the defaults apply */
  updatedAt: string | null;
}

/** The school year of the county's calendar day (Beijing time): from 1 September Beijing time on, the new year. */
const calendarYear = (now: Date) => registry.schoolYearOf(calendar.beijingDate(now));

/** The settings of a county, defaults where none are stored. Not scoped beyond the county: they hold no records. */
export async function settingsOf(db: Db, regionCode: string, now: Date): Promise<RegistrySettings> {
  const [row] = await db.select().from(registrySetting).where(eq(registrySetting.regionCode, regionCode));
  return {
    transferOverdueDays: row?.transferOverdueDays ?? registry.DEFAULT_TRANSFER_OVERDUE_DAYS,
    currentSchoolYear: row?.currentSchoolYear ?? calendarYear(now),
    currentSchoolYearSet: row?.currentSchoolYear != null,
    promotionDate: row?.promotionDate ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/**
 * The county's current school year: what every register list, the home overview and the statistics show when the
 * caller names no year. Read by other capabilities (balance) through this function.
 */
export async function currentSchoolYear(db: Db, regionCode: string, now: Date): Promise<number> {
  // read by nearly every page: kept until the next write (a settings change is one)
  return keptSchoolYear(db, `${regionCode}|${calendar.beijingDate(now)}`, async () => {
    return (await settingsOf(db, regionCode, now)).currentSchoolYear;
  });
}
const keptSchoolYear = untilWriteCache<number>();

/** The settings of the actor's county (any register reader). */
export async function registrySettings(db: Db, actor: auth.Actor | null, now: Date): Promise<RegistrySettings> {
  scopeOf(actor, "registry");
  return settingsOf(db, actor!.regionCode, now);
}

/** Whether the actor is the county's register section (基础教育股), who alone sets the county's register rules. */
export function isRegistrySection(a: auth.Actor): boolean {
  return a.role === "section" && !!a.section && auth.capabilityOwners.registry.includes(a.section);
}

export interface RegistrySettingsChange {
  transferOverdueDays?: number;
  currentSchoolYear?: number;
  /** null clears the date */
  promotionDate?: string | null;
}

/**
 * Changes the county's settings: the register's owning section (基础教育股) only — a school writes the register for
 * itself but does not set the county's rules. Fields left out keep their value; the current year is stored on every
 * change (the calendar's year when it was not set), so that from then on only the section moves it.
 *
 * @throws AppError 403 for anyone else; 400 for a promotion date outside the current year's range
 */
export async function updateRegistrySettings(
  db: Db,
  actor: auth.Actor | null,
  input: RegistrySettingsChange,
  ctx: { now: Date; ip: string },
): Promise<RegistrySettings> {
  const a = authorize(actor, "write", "registry");
  if (!isRegistrySection(a)) {
    throw new AppError(403, "COUNTY_ONLY", "学籍参数须由教育局基础教育股设置");
  }
  return db.transaction(async (tx) => {
    const old = await settingsOf(tx, a.regionCode, ctx.now);
    const next = {
      transferOverdueDays: input.transferOverdueDays ?? old.transferOverdueDays,
      currentSchoolYear: input.currentSchoolYear ?? old.currentSchoolYear,
      promotionDate: input.promotionDate === undefined ? old.promotionDate : input.promotionDate,
    };
    // a date set for an earlier current year does not carry over to another one unless given again
    if (input.currentSchoolYear !== undefined && input.currentSchoolYear !== old.currentSchoolYear) {
      if (input.promotionDate === undefined) next.promotionDate = null;
    }
    const problem = registry.promotionDateProblem(next.currentSchoolYear, next.promotionDate);
    if (problem) throw badRequest("PROMOTION_DATE_INVALID", problem);
    return writeSettings(tx, a, old, next, ctx, "registry.settings_update");
  });
}

/**
 * Stores a county's settings and writes the audit row with what changed (`action` names why: a change by the
 * section, or the county's promotion moving the current year).
 */
export async function writeSettings(
  tx: Db,
  a: auth.Actor,
  old: RegistrySettings,
  next: Pick<RegistrySettings, "transferOverdueDays" | "currentSchoolYear" | "promotionDate">,
  ctx: { now: Date; ip: string },
  action: string,
): Promise<RegistrySettings> {
  const values = { ...next, updatedBy: a.userId, updatedAt: ctx.now };
  const [after] = await tx
    .insert(registrySetting)
    .values({ regionCode: a.regionCode, ...values })
    .onConflictDoUpdate({ target: registrySetting.regionCode, set: values })
    .returning();
  const details: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ["transferOverdueDays", "currentSchoolYear", "promotionDate"] as const) {
    if (old[key] !== next[key] || (key === "currentSchoolYear" && !old.currentSchoolYearSet)) {
      details[key] = { from: old[key], to: next[key] };
    }
  }
  const { updatedAt: _, ...before } = old;
  await recordAudit(tx, {
    actor: a,
    action,
    targetType: "registry_setting",
    targetId: a.regionCode,
    before,
    after,
    details,
    ip: ctx.ip,
    at: ctx.now,
  });
  return {
    transferOverdueDays: after!.transferOverdueDays,
    currentSchoolYear: after!.currentSchoolYear ?? next.currentSchoolYear,
    currentSchoolYearSet: true,
    promotionDate: after!.promotionDate,
    updatedAt: after!.updatedAt.toISOString(),
  };
}
