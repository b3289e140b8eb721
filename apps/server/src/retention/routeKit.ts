/**
 * What the retention route files share: the OpenAPI tag and write errors, the command context, the names of
 * schools and towns, and each compulsory school's zero-report status for a month.
 */
import { calendar, retention } from "@edubureau/core";
import type { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { compulsorySchools, schoolsOfCounty, townsOfCounty } from "../registry/retentionIntake";
import type { CommandContext } from "./commands";
import { zeroReportsOf } from "./reportStore";

export const tags = ["控辍保学"];
export const writeErrors = {
  ...errorResponses,
  409: { ...errorResponses[400], description: "状态冲突" },
  410: { ...errorResponses[400], description: "已清除" },
  413: { ...errorResponses[400], description: "文件过大" },
};

export type Vars = AppEnv["Variables"];
export const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });
export const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());

export async function namesOf(v: Vars, regionCode: string) {
  const [schools, towns] = await Promise.all([
    schoolsOfCounty(v.deps.db, regionCode),
    townsOfCounty(v.deps.db, regionCode),
  ]);
  return { schools, towns };
}

/** Every compulsory school's report status for a month (one school's for its administrator). */
export async function zeroReportRows(
  v: Vars,
  scope: ReturnType<typeof scopeOf>,
  month: string,
  dueDay: number,
  today: string,
) {
  const [schools, reports, towns] = await Promise.all([
    compulsorySchools(v.deps.db, scope.regionCode),
    zeroReportsOf(v.deps.db, scope, month),
    townsOfCounty(v.deps.db, scope.regionCode),
  ]);
  const bySchool = new Map(reports.map((r) => [r.schoolId, r]));
  const visible = scope.kind === "county" ? schools : schools.filter((x) => x.id === scope.schoolId);
  const rows = visible.map((sch) => {
    const r = bySchool.get(sch.id);
    const status = retention.zeroReportStatus(month, r?.reportedOn ?? null, today, dueDay);
    return {
      schoolId: sch.id,
      schoolName: sch.name,
      townName: sch.townCode ? (towns.get(sch.townCode) ?? null) : null,
      month,
      status,
      statusLabel: retention.zeroReportStatusLabels[status],
      dueDate: retention.zeroReportDueDate(month, dueDay),
      reportedOn: r?.reportedOn ?? null,
      outOfSchool: r?.outOfSchool ?? null,
      note: r?.note ?? "",
    };
  });
  const order = { late: 0, reported_late: 1, pending: 2, reported: 3 } as const;
  rows.sort((a, b) => order[a.status] - order[b.status] || a.schoolName.localeCompare(b.schoolName, "zh-CN"));
  return { rows };
}
