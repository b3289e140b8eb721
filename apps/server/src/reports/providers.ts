/**
 * How each capability's figures are computed (指标来源): through that capability's own store and core functions,
 * never by reading its tables here. One provider per capability computes all of its catalogue figures for a county
 * (or one school) and a year.
 *
 * Year conventions: register figures are as of 1 September of the year (the school year starting then); ledger
 * figures count the calendar year's inspections and the findings raised in it, states as of the computing day.
 */
import { type auth, reports } from "@edubureau/core";
import { ledgerStatisticsOf } from "../ledger/statistics";
import { registryOverview } from "../registry/store";
import { type Provider, readerOf, type Values } from "./providerKit";
import { admissionsProvider, balanceProvider, examsProvider, fitnessProvider } from "./providersQuality";
import { preschoolProvider, retentionProvider, staffingProvider } from "./providersWorkforce";
import { schoolDataProvider } from "./schoolDataFigures";

export type { Provider } from "./providerKit";

const registryProvider: Provider = async (db, scope, year) => {
  const o = await registryOverview(db, readerOf(scope), year);
  const values: Values = new Map();
  if (o.students.total === 0) {
    const missing = `${year}学年学籍中没有在读学生记录`;
    for (const f of reports.figuresOfCapability("registry")) values.set(f.key, reports.missingValue(missing));
    return values;
  }
  // schools' figures leave kindergartens out (学前教育 has its own); class sizes count school classes only
  const schools = o.schools.byKindAndLocality.filter((r) => r.kind !== "kindergarten").reduce((n, r) => n + r.n, 0);
  const students = o.students.byStage.filter((r) => r.stage !== "preschool").reduce((n, r) => n + r.n, 0);
  const stages = o.classes.byStage.filter((r) => r.stage !== "preschool");
  const classes = stages.reduce((n, r) => n + r.classes, 0);
  const large = stages.reduce((n, r) => n + r.byCategory.large + r.byCategory.super_large, 0);
  const superLarge = stages.reduce((n, r) => n + r.byCategory.super_large, 0);
  values.set("registry.schools", reports.countValue(schools));
  values.set("registry.students", reports.countValue(students));
  values.set("registry.classes", reports.countValue(classes));
  values.set("registry.largeClassShare", reports.percentValue(large, classes, `${year}学年学籍中学生尚未分班`));
  values.set(
    "registry.superLargeClasses",
    classes === 0 ? reports.missingValue(`${year}学年学籍中学生尚未分班`) : reports.countValue(superLarge),
  );
  values.set(
    "registry.teachers",
    o.staff.total === 0 ? reports.missingValue(`${year}学年尚未登记教职工任职`) : reports.countValue(o.staff.teachers),
  );
  values.set(
    "registry.studentTeacherRatio",
    o.staff.teachers === 0
      ? reports.missingValue(`${year}学年尚未登记专任教师`)
      : {
          status: "ok",
          value: Math.round((o.students.total / o.staff.teachers) * 100) / 100,
          numerator: o.students.total,
          denominator: o.staff.teachers,
        },
  );
  return values;
};

const ledgerProvider: Provider = async (db, scope, year, today) => {
  const stats = await ledgerStatisticsOf(db, scope, { from: `${year}-01-01`, to: `${year}-12-31` }, today);
  const t = stats.totals;
  const values: Values = new Map();
  if (t.inspections === 0 && t.findings === 0 && t.withdrawn === 0) {
    const missing = `${year}年台账中没有检查记录`;
    for (const f of reports.figuresOfCapability("ledger")) values.set(f.key, reports.missingValue(missing));
    return values;
  }
  values.set("ledger.inspections", reports.countValue(t.inspections));
  values.set("ledger.findings", reports.countValue(t.findings));
  values.set(
    "ledger.rectificationRate",
    t.rectificationRate === null
      ? reports.missingValue(`${year}年未发现问题,无整改率`)
      : { status: "ok", value: t.rectificationRate, numerator: t.rectified, denominator: t.findings },
  );
  values.set("ledger.overdue", reports.countValue(t.overdue));
  return values;
};

/** The provider of each capability that has figures in the catalogue. */
export const providers: Partial<Record<auth.Capability, Provider>> = {
  registry: registryProvider,
  balance: balanceProvider,
  exams: examsProvider,
  ledger: ledgerProvider,
  admissions: admissionsProvider,
  staffing: staffingProvider,
  retention: retentionProvider,
  preschool: preschoolProvider,
  fitness: fitnessProvider,
  reports: schoolDataProvider,
};
