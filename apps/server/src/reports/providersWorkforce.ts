/**
 * Figures of staffing, retention and preschool, each read through the capability's own computation.
 *
 * - staffing: the workforce basis of the school year (the functions behind 教师队伍 overview): teachers on post,
 *   shortage (缺编, school by school), retirements in the year, recruits of the approved plan, and the continuing
 *   education completion of the cycle as of the year's end (31 August after it) or today, whichever is earlier.
 * - retention: the rates of the latest computation for the school year (the figures 控辍保学 shows; the county
 *   computes them, nothing here recomputes them), and the cases verified back in school in the calendar year.
 * - preschool: 毛入园率 and 普惠覆盖率 from the county evaluation (county-wide only).
 */
import { reports } from "@edubureau/core";
import { preschoolOverview } from "../preschool/evaluation";
import { readRates } from "../retention/rates";
import { returnedCases } from "../retention/reportsIntake";
import { establishmentOf, loadBasis, proposalOf, structureOf, trainingOf } from "../staffing/figures";
import { planLines, planOf } from "../staffing/store";
import { allMissing, COUNTY_ONLY, type Provider, rateValue, readerOf, sharePercent, type Values } from "./providerKit";

export const staffingProvider: Provider = async (db, scope, year, today) => {
  const b = await loadBasis(db, scope, year);
  const st = structureOf(b);
  if (b.staff.length === 0) return allMissing("staffing", `${year}学年尚未登记教职工任职`);
  const yearEnd = `${year + 1}-08-31`;
  const [plan, training] = await Promise.all([
    planOf(db, scope.regionCode, year),
    trainingOf(db, scope, b, today < yearEnd ? today : yearEnd),
  ]);
  const approved = plan?.status === "approved" ? plan : null;
  const recruits = approved ? (await planLines(db, scope, approved.id)).reduce((n, l) => n + l.quantity, 0) : null;
  const values: Values = new Map();
  values.set("staffing.teachers", reports.countValue(st.total));
  values.set("staffing.shortage", reports.countValue(establishmentOf(b).shortage));
  values.set("staffing.retirements", reports.countValue(proposalOf(b).retirements));
  values.set(
    "staffing.recruits",
    recruits === null ? reports.missingValue(`${year}学年教师招聘计划尚未批准`) : reports.countValue(recruits),
  );
  values.set(
    "staffing.trainingRate",
    rateValue(training.rate, training.complete, training.total, "没有应参加继续教育的教师"),
  );
  return values;
};

export const retentionProvider: Provider = async (db, scope, year) => {
  const values: Values = new Map();
  const rates = await readRates(db, readerOf(scope), year);
  const y = rates?.years.find((r) => r.schoolYear === year);
  const unit = scope.kind === "county" ? y?.county : y?.schools.find((s) => s.unit === scope.schoolId);
  const none = `${year}学年尚未计算入学率和巩固率(控辍保学·入学率与巩固率)`;
  const ratio = (r: { numerator: number; denominator: number; rate: number | null } | null | undefined) =>
    unit ? rateValue(r?.rate, r?.numerator ?? null, r?.denominator ?? null, `${year}学年该项数据不全`) : null;
  values.set("retention.primaryNet", ratio(unit?.primaryNet) ?? reports.missingValue(none));
  values.set("retention.juniorGross", ratio(unit?.juniorGross) ?? reports.missingValue(none));
  values.set("retention.primaryRetention", ratio(unit?.primaryRetention?.retention) ?? reports.missingValue(none));
  values.set("retention.juniorRetention", ratio(unit?.juniorRetention?.retention) ?? reports.missingValue(none));
  values.set(
    "retention.nineYear",
    scope.kind !== "county"
      ? reports.missingValue(COUNTY_ONLY)
      : (ratio(y?.county.nineYear) ?? reports.missingValue(none)),
  );
  const returned = await returnedCases(
    db,
    scope.regionCode,
    year,
    scope.kind === "county" ? undefined : scope.schoolId,
  );
  values.set("retention.returned", reports.countValue(returned.length));
  return values;
};

export const preschoolProvider: Provider = async (db, scope, year) => {
  if (scope.kind !== "county") return allMissing("preschool", COUNTY_ONLY);
  const o = await preschoolOverview(db, readerOf(scope), year);
  if (o.evaluation.kindergartens === 0) return allMissing("preschool", `${year}学年没有幼儿园在园幼儿记录`);
  const values: Values = new Map();
  for (const [key, indicator] of [
    ["preschool.grossEnrollment", "gross_enrollment"],
    ["preschool.inclusiveCoverage", "inclusive_coverage"],
  ] as const) {
    const i = o.evaluation.indicators.find((x) => x.key === indicator);
    values.set(
      key,
      !i || i.value === null
        ? reports.missingValue(i?.missing ?? "数据不全")
        : { status: "ok", value: sharePercent(i.value), numerator: i.numerator, denominator: i.denominator },
    );
  }
  return values;
};
