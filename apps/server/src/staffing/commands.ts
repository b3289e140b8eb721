/**
 * Workforce commands (教师队伍 · 人事股): every write in one transaction with its audit row. Who may do what comes
 * from core (staffing.mayManageStaffing, mayApproveRecruitment, mayManageStudios, mayActForSchool); the server loads,
 * checks scope and maps refusals to HTTP errors.
 */
import { type auth, staffing } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, conflict, forbidden, notFound } from "../http/errors";
import { staffOfYear } from "../registry/staffingIntake";
import type { WorkforceBasis } from "./figures";
import { proposalOf } from "./figures";
import { findPlanLine, findRotation, findStudio, planOf, settingsFor } from "./store";
import {
  staffingExemption,
  staffingRecruitLine,
  staffingRecruitNeed,
  staffingRecruitPlan,
  staffingResearcher,
  staffingRotation,
  staffingSetting,
  staffingStudioActivity,
  staffingTraining,
} from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
  today: string;
}

const invalid = (message: string, field: string, code = "VALIDATION_FAILED") =>
  badRequest(code, message, [{ field, message }]);

/** 人事股, or 403. */
function manager(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStaffing(a)) throw forbidden("staffing.manage");
  return a;
}

/** The staff member's employment in the year within the county, or a 400 naming the field. */
async function staffInYear(db: Db, a: auth.Actor, staffId: string, schoolYear: number) {
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

// ---------------------------------------------------------------- recruitment

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

// ---------------------------------------------------------------- training

export interface TrainingProps {
  staffId: string;
  course: string;
  level: staffing.TrainingLevel;
  startDate: string;
  endDate: string;
  hours: number;
}

/**
 * Records one training record: a school administrator its own teachers' school-based hours (校本研修), 人事股 any
 * level for any school. Checked by core's row rules against the records already there.
 */
export async function recordTraining(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  settings: staffing.StaffingSettings,
  props: TrainingProps,
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  const s = await staffInYear(db, a, props.staffId, schoolYear);
  if (!staffing.mayActForSchool(a, s.schoolId)) throw forbidden("staffing.actForSchool");
  if (!staffing.mayManageStaffing(a) && props.level !== "school") {
    throw invalid("学校只能登记本校的校本研修学时;国家级、省级、县级培训学时由人事股从培训平台导入", "level");
  }
  const cycle = staffing.trainingCycleOf(ctx.today, settings.cycleStartYear);
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({
        staffId: staffingTraining.staffId,
        course: staffingTraining.course,
        startDate: staffingTraining.startDate,
        endDate: staffingTraining.endDate,
        hours: staffingTraining.hours,
      })
      .from(staffingTraining)
      .where(eq(staffingTraining.staffId, props.staffId));
    const problems = staffing.trainingRowProblems(
      [{ row: 1, staffNumber: s.staffNumber, ...props }],
      existing.map((e) => ({ ...e, hours: Number(e.hours) })),
      cycle,
    );
    if (problems.length > 0) {
      const details = problems.map((p) => ({ field: p.field, message: p.message.replace(/^第1行 /, "") }));
      throw badRequest("INVALID_TRAINING", details[0]?.message ?? "培训记录有误", details);
    }
    const [row] = await tx
      .insert(staffingTraining)
      .values({
        ...props,
        course: props.course.trim(),
        regionCode: a.regionCode,
        schoolId: s.schoolId,
        source: "form",
        recordedBy: a.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.training.create",
      targetType: "staffing_training",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

// ---------------------------------------------------------------- rotation

/** A school proposes a teacher for rotation (its administrator, or 人事股). */
export async function proposeRotation(
  db: Db,
  actor: auth.Actor | null,
  props: { staffId: string; schoolYear: number; toSchoolId: string | null; note: string },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  const s = await staffInYear(db, a, props.staffId, props.schoolYear);
  if (!staffing.mayActForSchool(a, s.schoolId)) throw forbidden("staffing.actForSchool");
  if (props.toSchoolId === s.schoolId) throw invalid("交流去向不能是本校,请选择另一所学校", "toSchoolId");
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: staffingRotation.id })
      .from(staffingRotation)
      .where(and(eq(staffingRotation.staffId, props.staffId), eq(staffingRotation.schoolYear, props.schoolYear)));
    if (dup) throw conflict("ROTATION_EXISTS", `${s.name}在${props.schoolYear}学年已有交流申请,请在原申请上处理`);
    const [row] = await tx
      .insert(staffingRotation)
      .values({
        regionCode: a.regionCode,
        schoolYear: props.schoolYear,
        staffId: props.staffId,
        schoolId: s.schoolId,
        toSchoolId: props.toSchoolId,
        status: "proposed",
        note: props.note,
        proposedBy: a.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: "staffing.rotation.propose",
      targetType: "staffing_rotation",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

/** 人事股 decides a proposal: approved with the receiving school and the period, or rejected with a reason. */
export async function decideRotation(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: {
    decision: "approved" | "rejected";
    toSchoolId?: string | null;
    startDate?: string | null;
    endDate?: string | null;
    note: string;
  },
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  await db.transaction(async (tx) => {
    const before = await findRotation(tx, a.regionCode, id);
    if (!before) throw notFound("交流申请");
    if (before.status !== "proposed") throw conflict("ROTATION_DECIDED", "这份交流申请已经处理过了");
    const toSchoolId = props.toSchoolId ?? before.toSchoolId;
    if (props.decision === "approved") {
      if (!toSchoolId) throw invalid("请选择交流去向学校", "toSchoolId");
      if (toSchoolId === before.schoolId) throw invalid("交流去向不能是原学校,请选择另一所学校", "toSchoolId");
      if (!props.startDate || !props.endDate)
        throw invalid("请填写交流的起止日期", props.startDate ? "endDate" : "startDate");
      if (props.endDate < props.startDate) throw invalid("交流结束日期不能早于开始日期,请核对", "endDate");
    } else if (!props.note.trim()) throw invalid("不同意交流时请写明原因", "note");
    const [after] = await tx
      .update(staffingRotation)
      .set({
        status: props.decision,
        toSchoolId,
        startDate: props.decision === "approved" ? props.startDate : null,
        endDate: props.decision === "approved" ? props.endDate : null,
        decidedBy: a.userId,
        decidedAt: ctx.now,
        decisionNote: props.note,
        updatedAt: ctx.now,
      })
      .where(eq(staffingRotation.id, id))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: `staffing.rotation.${props.decision === "approved" ? "approve" : "reject"}`,
      targetType: "staffing_rotation",
      targetId: id,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Exempts a teacher from the year's rotation with a reason (the school's administrator, or 人事股). */
export async function exemptFromRotation(
  db: Db,
  actor: auth.Actor | null,
  props: { staffId: string; schoolYear: number; reason: string },
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "staffing");
  const s = await staffInYear(db, a, props.staffId, props.schoolYear);
  if (!staffing.mayActForSchool(a, s.schoolId)) throw forbidden("staffing.actForSchool");
  if (!props.reason.trim()) throw invalid("请写明免于交流的原因(如:孕期、重病、距退休不足 5 年)", "reason");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staffingExemption)
      .values({ ...props, regionCode: a.regionCode, schoolId: s.schoolId, recordedBy: a.userId, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("EXEMPTION_EXISTS", `${s.name}在${props.schoolYear}学年已登记免于交流`);
    await recordAudit(tx, {
      actor: a,
      action: "staffing.exemption.create",
      targetType: "staffing_exemption",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

// ---------------------------------------------------------------- studios and researchers

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

/** Records that a plan line's recruits arrived and were entered in the register (人事股). */
export async function recordArrivals(
  db: Db,
  actor: auth.Actor | null,
  lineId: string,
  arrived: number,
  ctx: CommandContext,
): Promise<void> {
  const a = manager(actor);
  await db.transaction(async (tx) => {
    const line = await findPlanLine(tx, a.regionCode, lineId);
    if (!line) throw notFound("招聘计划行");
    if (arrived > line.quantity) {
      throw invalid(`到岗人数 ${arrived} 超过计划招聘 ${line.quantity} 人,请核对`, "arrived");
    }
    const [plan] = await tx.select().from(staffingRecruitPlan).where(eq(staffingRecruitPlan.id, line.planId));
    if (plan?.status !== "approved") throw conflict("PLAN_NOT_APPROVED", "招聘计划审批后才能登记新教师到岗");
    await tx.update(staffingRecruitLine).set({ arrived }).where(eq(staffingRecruitLine.id, lineId));
    await recordAudit(tx, {
      actor: a,
      action: "staffing.plan.arrivals",
      targetType: "staffing_recruit_line",
      targetId: lineId,
      before: { arrived: line.arrived },
      after: { arrived },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
