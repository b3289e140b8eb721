/**
 * Commands of dropout control (控辍保学): every write in one transaction with its audit row, and every view of the
 * household roster audited. Who may do what: 基础教育股 (the section owning `retention`) runs the registers,
 * comparisons, cases and rates; a school administrator reports absences and zero-reports and acts on its own
 * pupils' cases (visits, returns); leadership and other sections read; the roster is read by 基础教育股 and
 * leadership only. Figures and rules come from core. This file holds the command context, who the actor is, and the
 * settings; the commands of each concern are in rosterCommands.ts, comparisonCommands.ts (with the sources compared
 * in comparisonSources.ts), caseCommands.ts and reportCommands.ts.
 */
import { type auth, calendar, type retention } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, forbidden } from "../http/errors";
import { type RetentionSettings, settingsOf } from "./store";
import { retentionSetting } from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

export const invalid = (message: string, field: string) =>
  badRequest("VALIDATION_FAILED", message, [{ field, message }]);
export const todayOf = (ctx: CommandContext) => calendar.beijingDate(ctx.now);

/** Is the actor the section that owns retention (基础教育股)? */
export function isRetentionSection(a: auth.Actor): boolean {
  return a.role === "section" && authorizeWrite(a);
}
function authorizeWrite(a: auth.Actor): boolean {
  try {
    authorize(a, "write", "retention");
    return true;
  } catch {
    return false;
  }
}

/** The section, or 403 naming what was refused. */
export function sectionActor(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "retention");
  if (!isRetentionSection(a)) throw forbidden("retention.manage");
  return a;
}

/** A reader of the household roster: the section and leadership. Others get 403. */
export function rosterReader(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "retention");
  if (!(isRetentionSection(a) || a.role === "leader")) throw forbidden("retention.readRoster");
  return a;
}

/** A school administrator reporting for their school (absences, zero-reports). */
export function schoolReporter(actor: auth.Actor | null): auth.Actor & { schoolId: string } {
  const a = authorize(actor, "read", "retention");
  if (a.role !== "school_admin" || !a.schoolId || !authorizeWrite(a)) throw forbidden("retention.schoolReport");
  return a as auth.Actor & { schoolId: string };
}

/** The side an actor acts on for a case: the section (county) or the case's school; null for readers. */
export function caseSideOf(a: auth.Actor, c: { schoolId: string | null }): retention.CaseSide | null {
  if (isRetentionSection(a)) return "county";
  if (a.role === "school_admin" && a.schoolId && c.schoolId === a.schoolId && authorizeWrite(a)) return "school";
  return null;
}

// ---------------------------------------------------------------- settings

export async function updateSettings(
  db: Db,
  actor: auth.Actor | null,
  body: Omit<RetentionSettings, "transferOverdueDays" | "currentSchoolYear">,
  ctx: CommandContext,
): Promise<RetentionSettings> {
  const a = sectionActor(actor);
  return db.transaction(async (tx) => {
    const before = await settingsOf(tx, a.regionCode, ctx.now);
    await tx
      .insert(retentionSetting)
      .values({ regionCode: a.regionCode, ...body, updatedBy: a.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: retentionSetting.regionCode,
        set: { ...body, updatedBy: a.userId, updatedAt: ctx.now },
      });
    await recordAudit(tx, {
      actor: a,
      action: "retention.settings.update",
      targetType: "retention_setting",
      targetId: a.regionCode,
      before,
      after: body,
      details: body,
      ip: ctx.ip,
      at: ctx.now,
    });
    return settingsOf(tx, a.regionCode, ctx.now);
  });
}
