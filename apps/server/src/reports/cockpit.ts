/**
 * The cockpit (局领导首页·驾驶舱) and what needs the reader now. Figures come from the materialised table only;
 * the "needs you now" list reads the capabilities' own queues.
 */
import { auth, calendar, reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { dueFindings, supervisorQueue } from "../ledger/store";
import { pendingTransfers } from "../registry/transfers/store";
import { readFigures } from "./figures";
import { presentFigure, trendYears } from "./present";

/** Capabilities in the order their cards appear. */
const cardOrder = Object.keys(auth.capabilityLabels) as auth.Capability[];

export async function cockpitOf(db: Db, actor: auth.Actor, scope: ReadableScope, year: number, now: Date) {
  const capabilities = reports.cockpitCapabilities(
    actor,
    cardOrder.filter((c) => reports.figuresOfCapability(c).length > 0),
  );
  const table = await readFigures(db, scope, trendYears(year), now);
  return {
    year,
    scope: scope.kind === "county" ? ("county" as const) : ("school" as const),
    cards: capabilities.map((c) => ({
      capability: c,
      label: auth.capabilityLabels[c],
      figures: reports.figuresOfCapability(c).map((f) => presentFigure(f, table, year)),
    })),
  };
}

/** Overdue findings by how long they have been overdue (逾期时长). */
const AGE_BANDS = [
  { max: 30, label: "逾期30天以内" },
  { max: 90, label: "逾期31至90天" },
  { max: Number.POSITIVE_INFINITY, label: "逾期90天以上" },
];

/** What waits for the reader: overdue rectifications by age, re-inspections and extensions, transfers unreceived. */
export async function needsNowOf(db: Db, actor: auth.Actor, now: Date) {
  const today = calendar.beijingDate(now);
  const items: { kind: string; label: string; count: number; detail: string; link: string }[] = [];
  const capabilities = reports.cockpitCapabilities(actor, ["ledger", "registry"]);
  if (capabilities.includes("ledger") && auth.canRead(actor, "ledger")) {
    const scope = auth.dataScope(actor, "ledger") as ReadableScope;
    const overdue = await dueFindings(db, scope, calendar.addDays(today, -1));
    for (const band of AGE_BANDS) {
      const inBand = overdue.filter((f) => {
        const days = calendar.daysBetween(f.deadline, today);
        const lower = band === AGE_BANDS[0] ? 0 : (AGE_BANDS[AGE_BANDS.indexOf(band) - 1]?.max ?? 0);
        return days > lower && days <= band.max;
      });
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
  }
  if (capabilities.includes("registry") && auth.canRead(actor, "registry")) {
    const pending = await pendingTransfers(db, auth.dataScope(actor, "registry") as ReadableScope);
    if (pending.length > 0)
      items.push({
        kind: "registry.transfers",
        label: "转学待接收",
        count: pending.length,
        detail: "转出已提出、转入学校尚未接收",
        link: "/registry/transfers",
      });
  }
  return { today, items };
}
