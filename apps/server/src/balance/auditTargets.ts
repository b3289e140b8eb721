import { balance, registry } from "@edubureau/core";
import { type AuditTargetKinds, labelFromId, tableKind } from "../audit/targets";
import { balanceScenario, balanceSnapshot } from "./tables";

const stageLabel = (stage: string) =>
  balance.balanceStageLabel[stage as keyof typeof balance.balanceStageLabel] ?? stage;

/** Balance monitoring in the audit log: a scenario by name, a published version by year, stage and number. */
export const balanceAuditTargets: AuditTargetKinds = {
  balance_scenario: tableKind(balanceScenario, balanceScenario.id, { name: balanceScenario.name }, (r) => r.name, {
    region: balanceScenario.regionCode,
    match: [balanceScenario.name],
  }),
  balance_snapshot: tableKind(
    balanceSnapshot,
    balanceSnapshot.id,
    { year: balanceSnapshot.schoolYear, stage: balanceSnapshot.stage, version: balanceSnapshot.version },
    (r) => `${registry.schoolYearLabel(r.year)} ${stageLabel(r.stage)} 第${r.version}版`,
  ),
  // the report's target is "year:stage:format"
  balance_report: labelFromId((id) => {
    const [year, stage, format] = id.split(":");
    if (!year || !/^\d{4}$/.test(year) || !stage || !format) return null;
    return `${registry.schoolYearLabel(Number(year))} ${stageLabel(stage)}(${format === "xlsx" ? "Excel" : "Word"})`;
  }),
};
