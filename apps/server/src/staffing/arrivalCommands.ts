/**
 * The recruits' arrival (新教师到岗): 人事股 enters each recruit of an approved plan's line into the register — the
 * person, the staff record and the employment at the line's school and subject, 在编 专任教师 — and the arrival is
 * linked to the line, all in one transaction with the register's audit row and the plan's.
 */
import { type auth, registry } from "@edubureau/core";
import { count, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Db } from "../db/client";
import { conflict, notFound } from "../http/errors";
import { createStaff } from "../registry/staff/commands";
import { type CommandContext, invalid, manager } from "./commands";
import { findPlanLine } from "./store";
import { staffingRecruitArrival, staffingRecruitLine, staffingRecruitPlan } from "./tables";

export interface RecruitProps {
  name: string;
  residentId: string;
  ethnicity: string;
  qualification: registry.Qualification;
  title: registry.ProfessionalTitle;
  stageTaught: registry.Stage;
  hasCertificate: boolean;
  arrivedOn: string;
}

/** Enters one recruit of a plan line into the register and counts them as arrived (人事股, approved plans only). */
export async function registerRecruit(
  db: Db,
  actor: auth.Actor | null,
  lineId: string,
  props: RecruitProps,
  ctx: CommandContext & { cipher: PersonalDataCipher },
): Promise<{ staffId: string; staffNumber: string }> {
  const a = manager(actor);
  const line = await findPlanLine(db, a.regionCode, lineId);
  if (!line) throw notFound("招聘计划行");
  const [plan] = await db.select().from(staffingRecruitPlan).where(eq(staffingRecruitPlan.id, line.planId));
  if (plan?.status !== "approved") throw conflict("PLAN_NOT_APPROVED", "招聘计划审批后才能登记新教师到岗");
  if (props.arrivedOn < `${plan.schoolYear}-09-01`) {
    throw invalid(`到岗日期不能早于计划学年的开始(${plan.schoolYear}-09-01),请核对`, "arrivedOn");
  }
  const schoolYear = registry.schoolYearOf(props.arrivedOn);
  return db.transaction(async (tx) => {
    const [arrived] = await tx
      .select({ n: count() })
      .from(staffingRecruitArrival)
      .where(eq(staffingRecruitArrival.lineId, lineId));
    const before = arrived?.n ?? 0;
    if (before >= line.quantity) {
      throw conflict("LINE_FILLED", `这一行计划招聘 ${line.quantity} 人,已全部到岗;如需增加请先由局领导调整计划`);
    }
    const created = await createStaff(
      tx,
      a,
      {
        name: props.name,
        ethnicity: props.ethnicity,
        residentId: props.residentId,
        staffNumber: null,
        schoolYear,
        hireDate: props.arrivedOn,
        schoolId: line.schoolId,
        postType: "teacher",
        establishment: "established",
        subject: line.subject as registry.Subject,
        stageTaught: props.stageTaught,
        qualification: props.qualification,
        title: props.title,
        backboneLevel: "none",
        hasCertificate: props.hasCertificate,
        fullTime: true,
        status: "active",
      },
      { now: ctx.now, ip: ctx.ip, cipher: ctx.cipher },
    );
    await tx.insert(staffingRecruitArrival).values({
      regionCode: a.regionCode,
      lineId,
      schoolId: line.schoolId,
      staffId: created.id,
      arrivedOn: props.arrivedOn,
      recordedBy: a.userId,
      createdAt: ctx.now,
    });
    await tx
      .update(staffingRecruitLine)
      .set({ arrived: before + 1 })
      .where(eq(staffingRecruitLine.id, lineId));
    await recordAudit(tx, {
      actor: a,
      action: "staffing.plan.arrival",
      targetType: "staffing_recruit_line",
      targetId: lineId,
      before: { arrived: before },
      after: { arrived: before + 1, staffId: created.id, staffNumber: created.staffNumber, schoolYear },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { staffId: created.id, staffNumber: created.staffNumber };
  });
}
