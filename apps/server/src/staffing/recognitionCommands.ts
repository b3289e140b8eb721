/**
 * Writes of the backbone recognitions (骨干教师, 学科带头人, 名师 with their dates) and the reserve-cadre pool
 * (后备人才库): 人事股 only, each in one transaction with its audit row (before and after).
 */
import type { auth, staffing } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { conflict, notFound } from "../http/errors";
import { type CommandContext, invalid, manager, staffInYear } from "./commands";
import { staffingRecognition, staffingReserve } from "./tables";

export interface RecognitionProps {
  tier: staffing.BackboneTier;
  level: staffing.RecognitionLevel;
  recognisedOn: string;
  expiresOn: string | null;
}

function checkDates(p: { recognisedOn: string; expiresOn: string | null }, today: string) {
  if (p.recognisedOn > today) throw invalid("认定日期不能晚于今天,请填写发文认定的日期", "recognisedOn");
  if (p.expiresOn && p.expiresOn <= p.recognisedOn) {
    throw invalid("到期日期须晚于认定日期(长期有效请留空)", "expiresOn");
  }
}

/** Records a recognition of a teacher of the year's roster (人事股). */
export async function addRecognition(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  props: RecognitionProps & { staffId: string },
  ctx: CommandContext,
): Promise<string> {
  const a = manager(actor);
  const s = await staffInYear(db, a, props.staffId, schoolYear);
  checkDates(props, ctx.today);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingRecognition)
      .values({ ...props, subject: s.subject, regionCode: a.regionCode, schoolId: s.schoolId, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.recognition.create",
      targetType: "staffing_recognition",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Corrects a recognition's tier, level or dates (an expiry set to end it early) (人事股). */
export async function updateRecognition(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: RecognitionProps,
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  checkDates(props, ctx.today);
  await db.transaction(async (tx) => {
    const where = and(eq(staffingRecognition.id, id), eq(staffingRecognition.regionCode, a.regionCode));
    const [before] = await tx.select().from(staffingRecognition).where(where);
    if (!before) throw notFound("认定记录");
    const [after] = await tx
      .update(staffingRecognition)
      .set({ ...props, updatedAt: ctx.now })
      .where(where)
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "staffing.recognition.update",
      targetType: "staffing_recognition",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Adds a teacher to the reserve-cadre pool with the criteria they meet (人事股). */
export async function addToReserve(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  props: { staffId: string; joinedOn: string; criteria: string },
  ctx: CommandContext,
): Promise<string> {
  const a = manager(actor);
  const s = await staffInYear(db, a, props.staffId, schoolYear);
  if (props.joinedOn > ctx.today) throw invalid("入库日期不能晚于今天", "joinedOn");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingReserve)
      .values({ ...props, regionCode: a.regionCode, schoolId: s.schoolId, status: "active", createdAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("RESERVE_EXISTS", `${s.name}已在后备人才库中,请在原记录上修改`);
    await recordAudit(tx, {
      actor: a,
      action: "staffing.reserve.create",
      targetType: "staffing_reserve",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Records the latest assessment of a reserve member, their criteria, or that they left the pool (人事股). */
export async function updateReserve(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: { criteria: string; assessment: string | null; assessedOn: string | null; status: "active" | "left" },
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  if (props.assessment && !props.assessedOn) throw invalid("填写考核结果时请同时填写考核日期", "assessedOn");
  if (props.assessedOn && props.assessedOn > ctx.today) throw invalid("考核日期不能晚于今天", "assessedOn");
  await db.transaction(async (tx) => {
    const where = and(eq(staffingReserve.id, id), eq(staffingReserve.regionCode, a.regionCode));
    const [before] = await tx.select().from(staffingReserve).where(where);
    if (!before) throw notFound("后备人才");
    if (props.assessedOn && props.assessedOn < before.joinedOn) {
      throw invalid(`考核日期不能早于入库日期 ${before.joinedOn}`, "assessedOn");
    }
    const [after] = await tx
      .update(staffingReserve)
      .set({ ...props, updatedAt: ctx.now })
      .where(where)
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "staffing.reserve.update",
      targetType: "staffing_reserve",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
