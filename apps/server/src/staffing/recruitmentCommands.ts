/** Recruitment plan writes (招聘计划): the proposal, line edits, the leader's approval, schools' needs. */
import { type auth, staffing } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { conflict, forbidden, notFound } from "../http/errors";
import { type CommandContext, manager } from "./commands";
import type { WorkforceBasis } from "./figures";
import { proposalOf } from "./figures";
import { findPlanLine, planOf } from "./store";
import { staffingRecruitLine, staffingRecruitNeed, staffingRecruitPlan } from "./tables";

/** Creates (or, while a draft, regenerates) the year's plan from the figures (人事股). */
export async function proposePlan(
  db: Db,
  actor: auth.Actor | null,
  basis: WorkforceBasis,
  ctx: CommandContext,
): Promise<string> {
  const a = manager(actor);
  const proposal = proposalOf(basis);
  return db.transaction(async (tx) => {
    const existing = await planOf(tx, a.regionCode, basis.schoolYear);
    if (existing?.status === "approved") {
      throw conflict("PLAN_APPROVED", `${basis.schoolYear}年度招聘计划已经局领导审批,不能再重新生成`);
    }
    let planId = existing?.id;
    const values = {
      retirementsPerRecruit: basis.settings.retirementsPerRecruit,
      recruitRounding: basis.settings.recruitRounding,
      retirements: proposal.retirements,
      proposedTotal: proposal.proposed,
      status: "draft",
      updatedAt: ctx.now,
    };
    if (planId) {
      await tx.delete(staffingRecruitLine).where(eq(staffingRecruitLine.planId, planId));
      await tx.update(staffingRecruitPlan).set(values).where(eq(staffingRecruitPlan.id, planId));
    } else {
      const [row] = await tx
        .insert(staffingRecruitPlan)
        .values({
          ...values,
          regionCode: a.regionCode,
          schoolYear: basis.schoolYear,
          createdBy: a.userId,
          createdAt: ctx.now,
        })
        .returning({ id: staffingRecruitPlan.id });
      planId = row?.id;
    }
    if (!planId) throw new Error("plan insert returned no row");
    if (proposal.lines.length > 0) {
      await tx.insert(staffingRecruitLine).values(
        proposal.lines.map((l) => ({
          regionCode: a.regionCode,
          planId: planId as string,
          schoolId: l.schoolId,
          subject: l.subject,
          retirements: l.retirements,
          gap: Math.round(l.gap * 10) / 10,
          replacement: l.replacement,
          forShortage: l.forShortage,
          proposed: l.proposed,
          quantity: l.proposed,
        })),
      );
    }
    await recordAudit(tx, {
      actor: a,
      action: existing ? "staffing.plan.regenerate" : "staffing.plan.create",
      targetType: "staffing_recruit_plan",
      targetId: planId,
      after: { ...values, lines: proposal.lines.length },
      ip: ctx.ip,
      at: ctx.now,
    });
    return planId;
  });
}

/** Sets the number of recruits and a note on a draft plan's line (人事股). */
export async function editPlanLine(
  db: Db,
  actor: auth.Actor | null,
  lineId: string,
  props: { quantity: number; note: string },
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  await db.transaction(async (tx) => {
    const line = await findPlanLine(tx, a.regionCode, lineId);
    if (!line) throw notFound("招聘计划行");
    const [plan] = await tx.select().from(staffingRecruitPlan).where(eq(staffingRecruitPlan.id, line.planId));
    if (plan?.status === "approved") throw conflict("PLAN_APPROVED", "招聘计划已经审批,不能再修改人数");
    const [after] = await tx
      .update(staffingRecruitLine)
      .set({ quantity: props.quantity, note: props.note })
      .where(eq(staffingRecruitLine.id, lineId))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "staffing.plan.editLine",
      targetType: "staffing_recruit_line",
      targetId: lineId,
      before: line,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Approves the year's plan (the leader). */
export async function approvePlan(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  ctx: CommandContext,
): Promise<void> {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayApproveRecruitment(a)) throw forbidden("staffing.approvePlan");
  await db.transaction(async (tx) => {
    const plan = await planOf(tx, a.regionCode, schoolYear);
    if (!plan) throw notFound("招聘计划");
    if (plan.status === "approved") throw conflict("PLAN_APPROVED", "招聘计划已经审批过了");
    await tx
      .update(staffingRecruitPlan)
      .set({ status: "approved", approvedBy: a.userId, approvedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(staffingRecruitPlan.id, plan.id));
    await recordAudit(tx, {
      actor: a,
      action: "staffing.plan.approve",
      targetType: "staffing_recruit_plan",
      targetId: plan.id,
      before: { status: plan.status },
      after: { status: "approved" },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** A school's stated recruitment need (its administrator, or 人事股). */
export async function addNeed(
  db: Db,
  actor: auth.Actor | null,
  props: { schoolId: string; schoolYear: number; subject: string; count: number; reason: string },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayActForSchool(a, props.schoolId)) throw forbidden("staffing.actForSchool");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingRecruitNeed)
      .values({ ...props, regionCode: a.regionCode, proposedBy: a.userId, createdAt: ctx.now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.need.create",
      targetType: "staffing_recruit_need",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}
