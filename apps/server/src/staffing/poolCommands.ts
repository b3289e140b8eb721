/** Pool and studio writes (人才梯队): studio activities, part-time researchers. */
import { type auth, staffing } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { conflict, forbidden, notFound } from "../http/errors";
import { type CommandContext, invalid, staffInYear } from "./commands";
import { findStudio } from "./store";
import { staffingResearcher, staffingStudioActivity } from "./tables";

/** Records a studio's activity (教研室, or 人事股). */
export async function recordStudioActivity(
  db: Db,
  actor: auth.Actor | null,
  studioId: string,
  props: { on: string; title: string; participants: number },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStudios(a)) throw forbidden("staffing.manageStudios");
  return db.transaction(async (tx) => {
    const studio = await findStudio(tx, a.regionCode, studioId);
    if (!studio) throw notFound("名师工作室");
    if (props.on > ctx.today) throw invalid("活动日期不能晚于今天,请填写已开展活动的日期", "on");
    const [row] = await tx
      .insert(staffingStudioActivity)
      .values({ ...props, regionCode: a.regionCode, studioId, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.studio.activity",
      targetType: "staffing_studio",
      targetId: studioId,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Appoints a part-time researcher (教研室, or 人事股). */
export async function appointResearcher(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  props: { staffId: string; subject: string; appointedOn: string; termEndsOn: string | null },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStudios(a)) throw forbidden("staffing.manageStudios");
  await staffInYear(db, a, props.staffId, schoolYear);
  if (props.termEndsOn && props.termEndsOn <= props.appointedOn) {
    throw invalid("任期结束日期须晚于聘任日期,请核对", "termEndsOn");
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingResearcher)
      .values({ ...props, regionCode: a.regionCode, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("RESEARCHER_EXISTS", "这名教师在该日期已聘为兼职教研员");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.researcher.appoint",
      targetType: "staffing_researcher",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}
