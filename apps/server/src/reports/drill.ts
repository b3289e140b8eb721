/**
 * The records behind a figure (指标下钻): the figure for every school in the reader's scope (from the same
 * materialised table) and, where the capability lists them, the records themselves, with the page listing all.
 */
import { calendar, type reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { listFindings } from "../ledger/store";
import { schoolNames } from "../registry/store";
import { readFigures } from "./figures";
import { presentFigure } from "./present";

/** The web page listing a figure's records. */
const pageOf: Record<string, string> = {
  "registry.schools": "/registry/schools",
  "registry.students": "/registry/students",
  "registry.classes": "/registry/classes",
  "registry.largeClassShare": "/registry/class-sizes",
  "registry.superLargeClasses": "/registry/class-sizes",
  "registry.teachers": "/registry/staff",
  "registry.studentTeacherRatio": "/registry/staff",
  "ledger.inspections": "/ledger/inspections",
  "ledger.findings": "/ledger/findings",
  "ledger.rectificationRate": "/ledger/findings",
  "ledger.overdue": "/ledger/findings?overdue=1",
};

/** Records listed at most in a drill-down (the page behind the link lists all). */
const MAX_RECORDS = 200;

export async function drillOf(
  db: Db,
  scope: ReadableScope,
  schoolIds: readonly string[],
  f: reports.FigureDefinition,
  year: number,
  now: Date,
) {
  const years = [year - 1, year];
  const figure = presentFigure(f, await readFigures(db, scope, years, now), year);
  const bySchool = [];
  if (scope.kind === "county") {
    const names = await schoolNames(db, [...schoolIds]);
    for (const schoolId of schoolIds) {
      const table = await readFigures(db, { kind: "school", regionCode: scope.regionCode, schoolId }, years, now);
      bySchool.push({ schoolId, schoolName: names.get(schoolId) ?? "", figure: presentFigure(f, table, year) });
    }
    bySchool.sort((a, b) => (b.figure.value ?? -1) - (a.figure.value ?? -1));
  }
  const records: { id: string; label: string; detail: string }[] = [];
  if (f.capability === "ledger" && f.key !== "ledger.inspections") {
    const today = calendar.beijingDate(now);
    const { rows } = await listFindings(db, scope, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      overdue: f.key === "ledger.overdue" ? true : undefined,
      today,
      page: 1,
      pageSize: MAX_RECORDS,
    });
    for (const r of rows)
      records.push({
        id: r.id,
        label: `${r.number} ${r.description}`.slice(0, 80),
        detail: `提出${r.raisedOn},期限${r.deadline},${r.closedOn ? `销号${r.closedOn}` : "未销号"}`,
      });
  }
  return { year, figure, bySchool, records, link: pageOf[f.key] ?? "/" };
}
