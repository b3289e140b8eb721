/**
 * A generated county made ready to write: every table but the people already COPY text, so the work can be done on
 * the generation thread while the loading thread writes the county before (demo/generateAhead.ts). The people stay
 * rows: their resident IDs are hashed and encrypted by the loading thread, which alone holds the platform's key.
 */
import { registry } from "@edubureau/core";
import { type CopyText, toCopyText } from "../db/bulkCopy";
import { type DemoAccount, demoAccounts } from "./accounts";
import { DEMO_TABLES, type DemoCounty, type DemoTable, demoTables } from "./types";

export interface PreparedCounty {
  regionCode: string;
  countyName: string;
  latestYear: number;
  seed: number;
  scale: DemoCounty["scale"];
  /** the first county's progress line (schools, students and staff this year) */
  summary: string;
  /** the demo accounts: drawn from the first county, null for the others */
  accounts: DemoAccount[] | null;
  person: DemoCounty["person"];
  /** every other table's rows */
  copies: Partial<Record<DemoTable, CopyText>>;
  rows: Record<DemoTable, number>;
}

/** Turns a generated county into its COPY text (the first county also gives the demo accounts). */
export function prepareCounty(county: DemoCounty, first: boolean): PreparedCounty {
  const copies: PreparedCounty["copies"] = {};
  const rows = {} as Record<DemoTable, number>;
  for (const table of demoTables) {
    rows[table] = county[table].length;
    if (table !== "person") copies[table] = toCopyText(DEMO_TABLES[table], county[table] as Record<string, unknown>[]);
  }
  return {
    regionCode: county.regionCode,
    countyName: county.countyName,
    latestYear: county.latestYear,
    seed: county.seed,
    scale: county.scale,
    summary: summary(county),
    accounts: first ? demoAccounts(county) : null,
    person: county.person,
    copies,
    rows,
  };
}

function summary(c: DemoCounty): string {
  const students = new Set(c.enrollment.filter((e) => e.schoolYear === c.latestYear).map((e) => e.studentId)).size;
  const staffNow = c.employment.filter((e) => e.schoolYear === c.latestYear).length;
  return `学校 ${c.school.length} 所,${registry.schoolYearLabel(c.latestYear)}学生 ${students} 人、教职工 ${staffNow} 人`;
}
