/** A school's reports — absences (缺课登记) and the monthly zero-report (零报告) — and the county's quarterly re-check. */
import { type auth, retention } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { pupilIsAtSchool } from "../registry/retentionIntake";
import { type CommandContext, invalid, schoolReporter, sectionActor, todayOf } from "./commands";
import { settingsOf } from "./store";
import { retentionAbsence, retentionRecheck, retentionZeroReport } from "./tables";

/** A school reports a spell of absence of one of its pupils (缺课登记). */
export async function reportAbsence(
  db: Db,
  actor: auth.Actor | null,
  body: {
    studentId: string;
    fromDate: string;
    toDate: string;
    schoolDays: number;
    approvedLeave: boolean;
    reason: string;
  },
  ctx: CommandContext,
): Promise<string> {
  const a = schoolReporter(actor);
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const problems = retention.absenceProblems(body);
  if (problems.length > 0) throw invalid(problems[0]!, "fromDate");
  if (body.toDate > todayOf(ctx)) throw invalid("缺课截止日期不能晚于今天", "toDate");
  if (!(await pupilIsAtSchool(db, body.studentId, a.schoolId, settings.currentSchoolYear))) {
    throw invalid("该学生不在本校本学年在籍名单中,请核对学生", "studentId");
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(retentionAbsence)
      .values({
        regionCode: a.regionCode,
        schoolId: a.schoolId,
        studentId: body.studentId,
        month: retention.monthOf(body.toDate),
        fromDate: body.fromDate,
        toDate: body.toDate,
        schoolDays: body.schoolDays,
        approvedLeave: body.approvedLeave,
        reason: body.reason,
        reportedBy: a.userId,
        reportedAt: ctx.now,
      })
      .returning({ id: retentionAbsence.id });
    await recordAudit(tx, {
      actor: a,
      action: "retention.absence.report",
      targetType: "retention_absence",
      targetId: row!.id,
      after: body,
      details: { schoolId: a.schoolId, schoolDays: body.schoolDays, approvedLeave: body.approvedLeave },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}

/** A school's monthly report (零报告 when none is out of school); a later report of the month replaces it. */
export async function reportZeroReport(
  db: Db,
  actor: auth.Actor | null,
  month: string,
  body: { outOfSchool: number; note: string },
  ctx: CommandContext,
) {
  const a = schoolReporter(actor);
  const today = todayOf(ctx);
  if (month > retention.monthOf(today)) throw invalid("不能填报尚未到来的月份", "month");
  if (body.outOfSchool > 0 && body.note.length < 2) {
    throw invalid("有失学辍学学生时,请在说明中写明姓名和已采取的措施", "note");
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(retentionZeroReport)
      .values({
        regionCode: a.regionCode,
        schoolId: a.schoolId,
        month,
        ...body,
        reportedBy: a.userId,
        reportedOn: today,
      })
      .onConflictDoUpdate({
        target: [retentionZeroReport.schoolId, retentionZeroReport.month],
        set: { ...body, reportedBy: a.userId },
      });
    await recordAudit(tx, {
      actor: a,
      action: "retention.zero_report.submit",
      targetType: "retention_zero_report",
      targetId: `${a.schoolId}:${month}`,
      after: body,
      details: { schoolId: a.schoolId, month, outOfSchool: body.outOfSchool },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** The county's quarterly re-check (季度复核): the figures at the time and the section's note. */
export async function recordRecheck(
  db: Db,
  actor: auth.Actor | null,
  body: { quarter: string; note: string },
  figures: Record<string, number>,
  ctx: CommandContext,
) {
  const a = sectionActor(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(retentionRecheck)
      .values({
        regionCode: a.regionCode,
        quarter: body.quarter,
        checkedOn: todayOf(ctx),
        figures,
        note: body.note,
        checkedBy: a.userId,
      })
      .onConflictDoUpdate({
        target: [retentionRecheck.regionCode, retentionRecheck.quarter],
        set: { checkedOn: todayOf(ctx), figures, note: body.note, checkedBy: a.userId, updatedAt: ctx.now },
      })
      .returning({ id: retentionRecheck.id });
    await recordAudit(tx, {
      actor: a,
      action: "retention.recheck.record",
      targetType: "retention_recheck",
      targetId: row!.id,
      after: { ...body, figures },
      details: { quarter: body.quarter, ...figures },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}
