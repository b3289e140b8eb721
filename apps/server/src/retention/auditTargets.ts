import { retention } from "@edubureau/core";
import { type AuditTargetKinds, labelFromId, tableKind, uuidsOf } from "../audit/targets";
import { schoolNamesOf } from "../registry/auditTargets";
import {
  retentionAbsence,
  retentionCase,
  retentionRecheck,
  retentionRoster,
  retentionRosterEntry,
  retentionRun,
} from "./tables";

const RATE_NAMES: Record<string, string> = {
  primaryRetention: "小学巩固率",
  juniorRetention: "初中三年巩固率",
  nineYear: "九年义务教育巩固率",
  primaryNet: "小学净入学率",
  juniorGross: "初中毛入学率",
  compulsory: "适龄儿童入学率",
};

const EXPORT_NAMES: Record<string, string> = {
  suspects: "疑似辍学名册",
  cases: "劝返个案台账",
  "zero-reports": "零报告情况",
  rates: "入学率与巩固率",
};

/**
 * Dropout control's records in the audit log: a case by its number and masked name, a roster by its file, a roster
 * child by masked name and village (never the resident ID), a comparison by its kind, a re-check by its quarter.
 */
export const retentionAuditTargets: AuditTargetKinds = {
  retention_case: tableKind(
    retentionCase,
    retentionCase.id,
    { number: retentionCase.number, nameMasked: retentionCase.nameMasked },
    (r) => `劝返个案 ${r.number} ${r.nameMasked}`,
    { region: retentionCase.regionCode, match: [retentionCase.number] },
  ),
  retention_roster: tableKind(
    retentionRoster,
    retentionRoster.id,
    { fileName: retentionRoster.fileName, schoolYear: retentionRoster.schoolYear },
    (r) => `户籍适龄人口名单 ${r.fileName}(${r.schoolYear}学年)`,
    { region: retentionRoster.regionCode, match: [retentionRoster.fileName] },
  ),
  retention_roster_entry: tableKind(
    retentionRosterEntry,
    retentionRosterEntry.id,
    { nameMasked: retentionRosterEntry.nameMasked, villageName: retentionRosterEntry.villageName },
    (r) => `适龄儿童 ${r.nameMasked}(${r.villageName})`,
  ),
  retention_run: tableKind(
    retentionRun,
    retentionRun.id,
    { kind: retentionRun.kind, ranAt: retentionRun.ranAt },
    (r) => `${retention.comparisonLabels[r.kind]}(${r.ranAt.toISOString().slice(0, 10)})`,
  ),
  retention_absence: tableKind(
    retentionAbsence,
    retentionAbsence.id,
    { fromDate: retentionAbsence.fromDate, toDate: retentionAbsence.toDate },
    (r) => `缺课登记 ${r.fromDate}至${r.toDate}`,
  ),
  retention_recheck: tableKind(
    retentionRecheck,
    retentionRecheck.id,
    { quarter: retentionRecheck.quarter },
    (r) => `控辍保学季度复核 ${r.quarter}`,
  ),
  retention_setting: labelFromId(() => "控辍保学参数"),
  // "suspects", "cases", "zero-reports:2026-11", "rates:2026"
  retention_export: labelFromId((id) => {
    const [kind, arg] = id.split(":");
    const what = EXPORT_NAMES[kind ?? ""] ?? "控辍保学导出";
    return arg ? `${what}(${arg})` : what;
  }),
  // "152599:2026-12-07": the reminders a county's scheduled run raised that day
  retention_reminder: labelFromId((id) => `控辍保学督办提醒 ${id.split(":")[1] ?? ""}`.trim()),
  // "schoolId:2026-11"
  retention_zero_report: {
    labels: async (db, ids) => {
      const schools = await schoolNamesOf(db, uuidsOf(ids.map((id) => id.split(":")[0] ?? "")));
      const out = new Map<string, string>();
      for (const id of ids) {
        const [schoolId, month] = id.split(":");
        const name = schoolId ? schools.get(schoolId) : undefined;
        if (name && month) out.set(id, `${name} ${month} 零报告`);
      }
      return out;
    },
  },
  // a snapshot's uuid, or "2026:primaryNet:county" for a view of the records behind a figure
  retention_rate_snapshot: labelFromId((id) => {
    const [year, rate] = id.split(":");
    if (!rate) return "入学率与巩固率测算";
    return `${year}学年${RATE_NAMES[rate] ?? rate}的明细记录`;
  }),
};
