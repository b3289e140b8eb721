/**
 * The records behind a figure (指标下钻): the figure for every school in the reader's scope (from the same
 * materialised table) and, where the capability lists them, the records themselves, with the page listing all.
 */
import type { reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { schoolNames } from "../registry/store";
import { recordsOf } from "./drillRecords";
import { readFigures } from "./figures";
import { presentFigure } from "./present";
import { COUNTY_ONLY } from "./providerKit";

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
  "staffing.teachers": "/staffing/structure",
  "staffing.shortage": "/staffing/establishment",
  "staffing.recruits": "/staffing/recruitment",
  "staffing.retirements": "/staffing/structure",
  "staffing.trainingRate": "/staffing/training",
  "retention.returned": "/retention/cases",
};

/** The capability's own page, for figures without a page of their own. */
const capabilityPage: Record<string, string> = {
  balance: "/balance",
  exams: "/exams",
  admissions: "/admissions",
  staffing: "/staffing",
  retention: "/retention/rates",
  preschool: "/preschool",
  fitness: "/fitness",
};

export async function drillOf(
  db: Db,
  scope: ReadableScope,
  schoolIds: readonly string[],
  f: reports.FigureDefinition,
  year: number,
  now: Date,
) {
  const years = [year - 1, year];
  const only = [f.capability];
  const figure = presentFigure(f, await readFigures(db, scope, years, now, only), year);
  let bySchool = [];
  if (scope.kind === "county") {
    const names = await schoolNames(db, [...schoolIds]);
    for (const schoolId of schoolIds) {
      const table = await readFigures(db, { kind: "school", regionCode: scope.regionCode, schoolId }, years, now, only);
      bySchool.push({ schoolId, schoolName: names.get(schoolId) ?? "", figure: presentFigure(f, table, year) });
    }
    // a county-wide figure (a coefficient, a county rate) has no per-school values
    if (bySchool.every((r) => r.figure.missing === COUNTY_ONLY)) bySchool = [];
    bySchool.sort((a, b) => (b.figure.value ?? -1) - (a.figure.value ?? -1));
  }
  const records = await recordsOf(db, scope, f, year, now);
  return { year, figure, bySchool, records, link: pageOf[f.key] ?? capabilityPage[f.capability] ?? "/" };
}
