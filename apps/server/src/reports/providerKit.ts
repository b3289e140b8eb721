/** What every figure provider shares: the value map, the reader a figure is computed for, county-only figures. */
import { type auth, reports } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";

export type Values = Map<string, reports.FigureValue>;
export type Provider = (db: Db, scope: ReadableScope, year: number, today: string) => Promise<Values>;

/** The reader a figure is computed for: the county's leadership, or a school's administrator for its figures. */
export function readerOf(scope: ReadableScope): auth.Actor {
  const base = { userId: "00000000-0000-0000-0000-000000000000", username: "reports", staffId: null };
  return scope.kind === "county"
    ? { ...base, role: "leader", section: null, schoolId: null, regionCode: scope.regionCode }
    : { ...base, role: "school_admin", section: null, schoolId: scope.schoolId, regionCode: scope.regionCode };
}

/** Every figure of a capability with the same reason it cannot be stated. */
export function allMissing(capability: string, missing: string): Values {
  return new Map(reports.figuresOfCapability(capability).map((f) => [f.key, reports.missingValue(missing)]));
}

/** A county-wide figure asked for one school: said so, not a number. */
export const COUNTY_ONLY = "全县指标,不按学校计算";

/** A rate a capability already computed (in per cent), with its counts, or the reason it has none. */
export function rateValue(
  rate: number | null | undefined,
  numerator: number | null,
  denominator: number | null,
  whenMissing: string,
): reports.FigureValue {
  if (rate === null || rate === undefined) return reports.missingValue(whenMissing);
  return { status: "ok", value: rate, numerator, denominator };
}

/** A share (0..1) as a percentage with one decimal, as the preschool page prints it. */
export function sharePercent(share: number): number {
  return Math.round(share * 1000) / 10;
}
