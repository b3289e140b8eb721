/**
 * Workforce commands (教师队伍 · 人事股): what every command shares (the context, the actor checks) and the settings.
 * The writes of each sub-capability live beside it (recruitmentCommands, trainingCommands, rotationCommands,
 * poolCommands): every write in one transaction with its audit row. Who may do what comes
 * from core (staffing.mayManageStaffing, mayApproveRecruitment, mayManageStudios, mayActForSchool); the server loads,
 * checks scope and maps refusals to HTTP errors.
 */
import { type auth, staffing } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, forbidden } from "../http/errors";
import { staffOfYear } from "../registry/staffingIntake";
import { settingsFor } from "./store";
import { staffingSetting } from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
  today: string;
}

export const invalid = (message: string, field: string, code = "VALIDATION_FAILED") =>
  badRequest(code, message, [{ field, message }]);

/** 人事股, or 403. */
export function manager(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStaffing(a)) throw forbidden("staffing.manage");
  return a;
}

/** The staff member's employment in the year within the county, or a 400 naming the field. */
export async function staffInYear(db: Db, a: auth.Actor, staffId: string, schoolYear: number) {
  const [s] = await staffOfYear(db, { kind: "county", regionCode: a.regionCode }, schoolYear, { staffId });
  if (!s) throw invalid(`${schoolYear}学年的教职工名册中没有这名教师,请从名单中选择`, "staffId", "UNKNOWN_STAFF");
  return s;
}

// ---------------------------------------------------------------- settings

export async function saveSettings(
  db: Db,
  actor: auth.Actor | null,
  props: staffing.StaffingSettings,
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  const problems = staffing.settingsProblems(props);
  if (problems.length > 0) throw badRequest("INVALID_SETTINGS", `参数有误:${problems[0]?.message}`, problems);
  await db.transaction(async (tx) => {
    const { stored } = await settingsFor(tx, a.regionCode, props.fromYear);
    const before = stored?.fromYear === props.fromYear ? stored : undefined;
    await tx
      .insert(staffingSetting)
      .values({
        regionCode: a.regionCode,
        fromYear: props.fromYear,
        province: props.province,
        settings: props,
        updatedBy: a.userId,
        updatedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: [staffingSetting.regionCode, staffingSetting.fromYear],
        set: { province: props.province, settings: props, updatedBy: a.userId, updatedAt: ctx.now },
      });
    await recordAudit(tx, {
      actor: a,
      action: "staffing.settings.save",
      targetType: "staffing_setting",
      targetId: String(props.fromYear),
      before: before?.settings,
      after: props,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
