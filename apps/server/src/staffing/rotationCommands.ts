/**
 * Rotation writes (交流轮岗): a school's proposal, 人事股's decision, exemptions. An approval is written into the
 * register in the same transaction: the employment of each school year the period covers (from the year its start
 * date falls in to the year its end date falls in) moves to the receiving school, that year's class assignments at
 * the school left are closed, and the teacher's arrival date at the school becomes the start date (so the rotation
 * clock starts again there). The register's change has its own audit row beside the decision's.
 */
import { type auth, registry, staffing } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { conflict, forbidden, notFound } from "../http/errors";
import { moveEmploymentForRotation } from "../registry/staff/rotation";
import { type CommandContext, invalid, manager, staffInYear } from "./commands";
import { findRotation } from "./store";
import { staffingExemption, staffingProfile, staffingRotation } from "./tables";

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
    if (props.decision === "approved" && toSchoolId && props.startDate && props.endDate) {
      await writeIntoRegister(tx, a, {
        staffId: before.staffId,
        fromSchoolId: before.schoolId,
        toSchoolId,
        startDate: props.startDate,
        endDate: props.endDate,
        rotationId: id,
        ctx,
      });
    }
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

/** The approved rotation in the register: employment and assignments moved, arrival date reset, audited. */
async function writeIntoRegister(
  tx: Tx,
  a: auth.Actor,
  m: {
    staffId: string;
    fromSchoolId: string;
    toSchoolId: string;
    startDate: string;
    endDate: string;
    rotationId: string;
    ctx: CommandContext;
  },
) {
  const first = registry.schoolYearOf(m.startDate);
  const last = registry.schoolYearOf(m.endDate);
  const schoolYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const changed = await moveEmploymentForRotation(tx, { regionCode: a.regionCode, ...m, schoolYears });
  const [profile] = await tx.select().from(staffingProfile).where(eq(staffingProfile.staffId, m.staffId));
  await tx
    .insert(staffingProfile)
    .values({ staffId: m.staffId, regionCode: a.regionCode, atSchoolSince: m.startDate, updatedAt: m.ctx.now })
    .onConflictDoUpdate({
      target: staffingProfile.staffId,
      set: { atSchoolSince: m.startDate, updatedAt: m.ctx.now },
    });
  await recordAudit(tx, {
    actor: a,
    action: "staffing.rotation.register",
    targetType: "staff",
    targetId: m.staffId,
    before: { atSchoolSince: profile?.atSchoolSince ?? null },
    after: { atSchoolSince: m.startDate, toSchoolId: m.toSchoolId },
    details: { rotationId: m.rotationId, schoolYears, ...changed },
    ip: m.ctx.ip,
    at: m.ctx.now,
  });
}
