/**
 * Writes of the 名师工作室: a studio with its host and subject, and its members (教研室, or 人事股), each in one
 * transaction with its audit row. The host and members are teachers of the county's roster of the year.
 */
import { type auth, staffing } from "@edubureau/core";
import { and, eq, ne } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { conflict, forbidden, notFound } from "../http/errors";
import { type CommandContext, invalid, staffInYear } from "./commands";
import { findStudio } from "./store";
import { staffingStudio, staffingStudioMember } from "./tables";

function studioManager(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStudios(a)) throw forbidden("staffing.manageStudios");
  return a;
}

export interface StudioProps {
  name: string;
  hostStaffId: string;
  subject: string;
  foundedOn: string;
}

async function nameTaken(db: Db, regionCode: string, name: string, except?: string) {
  const [row] = await db
    .select({ id: staffingStudio.id })
    .from(staffingStudio)
    .where(
      and(
        eq(staffingStudio.regionCode, regionCode),
        eq(staffingStudio.name, name),
        except ? ne(staffingStudio.id, except) : undefined,
      ),
    );
  return Boolean(row);
}

/** Founds a studio with its host (教研室, or 人事股). */
export async function createStudio(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  props: StudioProps,
  ctx: CommandContext,
): Promise<string> {
  const a = studioManager(actor);
  await staffInYear(db, a, props.hostStaffId, schoolYear).catch(() => {
    throw invalid("主持人不在本学年教职工名册中,请从名单中选择", "hostStaffId");
  });
  if (props.foundedOn > ctx.today) throw invalid("成立日期不能晚于今天", "foundedOn");
  if (await nameTaken(db, a.regionCode, props.name)) {
    throw conflict("STUDIO_EXISTS", `已有名为“${props.name}”的工作室,请换一个名称`);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingStudio)
      .values({ ...props, regionCode: a.regionCode, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await tx
      .insert(staffingStudioMember)
      .values({ regionCode: a.regionCode, studioId: row.id, staffId: props.hostStaffId, joinedOn: props.foundedOn })
      .onConflictDoNothing();
    await recordAudit(tx, {
      actor: a,
      action: "staffing.studio.create",
      targetType: "staffing_studio",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** Renames a studio, changes its host or subject (教研室, or 人事股); a new host becomes a member. */
export async function updateStudio(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  id: string,
  props: StudioProps,
  ctx: CommandContext,
): Promise<void> {
  const a = studioManager(actor);
  const before = await findStudio(db, a.regionCode, id);
  if (!before) throw notFound("名师工作室");
  if (props.hostStaffId !== before.hostStaffId) {
    await staffInYear(db, a, props.hostStaffId, schoolYear).catch(() => {
      throw invalid("主持人不在本学年教职工名册中,请从名单中选择", "hostStaffId");
    });
  }
  if (props.foundedOn > ctx.today) throw invalid("成立日期不能晚于今天", "foundedOn");
  if (await nameTaken(db, a.regionCode, props.name, id)) {
    throw conflict("STUDIO_EXISTS", `已有名为“${props.name}”的工作室,请换一个名称`);
  }
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(staffingStudio)
      .set({ ...props, updatedAt: ctx.now })
      .where(eq(staffingStudio.id, id))
      .returning();
    await tx
      .insert(staffingStudioMember)
      .values({ regionCode: a.regionCode, studioId: id, staffId: props.hostStaffId, joinedOn: ctx.today })
      .onConflictDoNothing();
    await recordAudit(tx, {
      actor: a,
      action: "staffing.studio.update",
      targetType: "staffing_studio",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Adds a teacher to a studio (教研室, or 人事股). */
export async function addStudioMember(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  studioId: string,
  props: { staffId: string; joinedOn: string },
  ctx: CommandContext,
): Promise<void> {
  const a = studioManager(actor);
  const studio = await findStudio(db, a.regionCode, studioId);
  if (!studio) throw notFound("名师工作室");
  const s = await staffInYear(db, a, props.staffId, schoolYear);
  if (props.joinedOn < studio.foundedOn)
    throw invalid(`加入日期不能早于工作室成立日期 ${studio.foundedOn}`, "joinedOn");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingStudioMember)
      .values({ ...props, regionCode: a.regionCode, studioId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("MEMBER_EXISTS", `${s.name}已是“${studio.name}”的成员`);
    await recordAudit(tx, {
      actor: a,
      action: "staffing.studio.addMember",
      targetType: "staffing_studio",
      targetId: studioId,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Removes a member from a studio (教研室, or 人事股); the host stays while they host it. */
export async function removeStudioMember(
  db: Db,
  actor: auth.Actor | null,
  studioId: string,
  staffId: string,
  ctx: CommandContext,
): Promise<void> {
  const a = studioManager(actor);
  const studio = await findStudio(db, a.regionCode, studioId);
  if (!studio) throw notFound("名师工作室");
  if (studio.hostStaffId === staffId) throw invalid("主持人不能移出工作室,请先更换主持人", "staffId");
  await db.transaction(async (tx) => {
    const [before] = await tx
      .delete(staffingStudioMember)
      .where(and(eq(staffingStudioMember.studioId, studioId), eq(staffingStudioMember.staffId, staffId)))
      .returning();
    if (!before) throw notFound("工作室成员");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.studio.removeMember",
      targetType: "staffing_studio",
      targetId: studioId,
      before,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
