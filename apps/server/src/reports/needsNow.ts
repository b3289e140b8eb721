/**
 * What needs the reader now (待办与预警), read from the capabilities' own queues: overdue rectifications by age and
 * those escalated to leadership, re-inspections and extensions waiting, dropout cases escalated to leadership,
 * transfers unreceived, imports whose check failed and that nobody committed or discarded, and decisions waiting
 * (recruitment plans not approved, rotation proposals, schools' promotion requests). Each item counts and links to
 * the page listing its records; a section head sees their section's, a school its own.
 */
import { auth, calendar, ledger, reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { failingImports } from "../excel/reportsIntake";
import { dueFindings, supervisorQueue } from "../ledger/store";
import { currentSchoolYear } from "../registry/balanceInputs";
import { pendingPromotionRequests } from "../registry/reportsIntake";
import { pendingTransfers } from "../registry/transfers/store";
import { casesEscalatedToLeadership } from "../retention/reportsIntake";
import { staffingApprovalsWaiting } from "../staffing/reportsIntake";

type Item = { kind: string; label: string; count: number; detail: string; link: string };

/** Overdue findings by how long they have been overdue (逾期时长). */
const AGE_BANDS = [
  { min: 1, max: 30, label: "逾期30天以内" },
  { min: 31, max: 90, label: "逾期31至90天" },
  { min: 91, max: Number.POSITIVE_INFINITY, label: "逾期90天以上" },
];

/** Where each capability's imports are uploaded again after a failed check. */
const importPages: Record<string, string> = {
  registry: "/registry/import",
  exams: "/exams",
  staffing: "/staffing",
  retention: "/retention",
  preschool: "/preschool",
  fitness: "/fitness",
};

async function ledgerItems(db: Db, scope: ReadableScope, today: string): Promise<Item[]> {
  const items: Item[] = [];
  const overdue = await dueFindings(db, scope, calendar.addDays(today, -1));
  const days = (deadline: string) => calendar.daysBetween(deadline, today);
  for (const band of AGE_BANDS) {
    const inBand = overdue.filter((f) => days(f.deadline) >= band.min && days(f.deadline) <= band.max);
    if (inBand.length > 0)
      items.push({
        kind: "ledger.overdue",
        label: `整改${band.label}`,
        count: inBand.length,
        detail: inBand
          .slice(0, 3)
          .map((f) => f.number)
          .join("、"),
        link: "/ledger/findings?overdue=1",
      });
  }
  const escalated = overdue.filter((f) => ledger.escalationLevel(days(f.deadline)) === "leadership");
  if (escalated.length > 0)
    items.push({
      kind: "ledger.escalated",
      label: "整改升级至局领导督办",
      count: escalated.length,
      detail: `逾期${ledger.DEFAULT_ESCALATION_DAYS.leadership}天以上仍未销号`,
      link: "/ledger/findings?overdue=1",
    });
  const queue = await supervisorQueue(db, scope);
  if (queue.awaitingReview > 0)
    items.push({
      kind: "ledger.review",
      label: "整改待复查",
      count: queue.awaitingReview,
      detail: "学校已提交整改材料,等待复查销号",
      link: "/ledger/findings?state=awaiting_review",
    });
  if (queue.extensionRequests > 0)
    items.push({
      kind: "ledger.extension",
      label: "延期申请待审批",
      count: queue.extensionRequests,
      detail: "学校申请延长整改期限",
      link: "/ledger/findings",
    });
  return items;
}

export async function needsNowOf(db: Db, actor: auth.Actor, now: Date) {
  const today = calendar.beijingDate(now);
  const items: Item[] = [];
  const visible = reports
    .cockpitCapabilities(actor, Object.keys(auth.capabilityLabels) as auth.Capability[])
    .filter((c) => auth.canRead(actor, c));
  const has = (c: auth.Capability) => visible.includes(c);
  const scopeOf = (c: auth.Capability) => auth.dataScope(actor, c) as ReadableScope;
  const county = (c: auth.Capability) => scopeOf(c).kind === "county";

  if (has("ledger")) items.push(...(await ledgerItems(db, scopeOf("ledger"), today)));
  if (has("retention") && county("retention")) {
    const escalated = await casesEscalatedToLeadership(db, actor.regionCode);
    if (escalated > 0)
      items.push({
        kind: "retention.escalated",
        label: "控辍保学个案升级至局领导督办",
        count: escalated,
        detail: "超过期限仍未劝返销号的个案",
        link: "/retention/cases",
      });
  }
  if (has("registry")) {
    const pending = await pendingTransfers(db, scopeOf("registry"));
    if (pending.length > 0)
      items.push({
        kind: "registry.transfers",
        label: "转学待接收",
        count: pending.length,
        detail: "转出已提出、转入学校尚未接收",
        link: "/registry/transfers",
      });
    if (county("registry")) {
      const promotions = await pendingPromotionRequests(db, actor.regionCode);
      if (promotions > 0)
        items.push({
          kind: "registry.promotion",
          label: "学校升级申请待处理",
          count: promotions,
          detail: "学校已申请升级,等待全县统一升级",
          link: "/registry/promotion",
        });
    }
  }
  if (has("staffing") && county("staffing")) {
    const waiting = await staffingApprovalsWaiting(
      db,
      actor.regionCode,
      await currentSchoolYear(db, actor.regionCode, now),
    );
    if (waiting.recruitPlans > 0)
      items.push({
        kind: "staffing.recruitPlan",
        label: "教师招聘计划待批准",
        count: waiting.recruitPlans,
        detail: "本学年招聘计划尚未批准",
        link: "/staffing/recruitment",
      });
    if (waiting.rotations > 0)
      items.push({
        kind: "staffing.rotation",
        label: "交流轮岗建议待决定",
        count: waiting.rotations,
        detail: "学校提出的交流轮岗人选等待人事股决定",
        link: "/staffing/rotation",
      });
  }
  const importing = visible.filter((c) => c in importPages);
  const schoolId = actor.role === "school_admin" ? (actor.schoolId ?? undefined) : undefined;
  for (const f of await failingImports(db, actor.regionCode, importing, schoolId))
    items.push({
      kind: "imports.failed",
      label: `${auth.capabilityLabels[f.capability as auth.Capability] ?? f.capability}导入未通过校验`,
      count: f.count,
      detail: `${f.count}个文件共${f.errors}处问题,尚未更正后重新导入或放弃`,
      link: importPages[f.capability] ?? "/",
    });
  return { today, items };
}
