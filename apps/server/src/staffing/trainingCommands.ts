/** Training writes (继续教育学时) entered by hand: a school's school-based hours, 人事股 any level. */
import { type auth, staffing } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, forbidden } from "../http/errors";
import { type CommandContext, invalid, staffInYear } from "./commands";
import { staffingTraining } from "./tables";

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
