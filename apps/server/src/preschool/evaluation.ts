/**
 * The preschool evaluation for a county and school year: the register (through registry/preschoolIntake) and the
 * preschool tables turned into core's input, evaluated by core, and presented to the reader's scope.
 */
import { auth, preschool, registry } from "@edubureau/core";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { forbidden, notFound } from "../http/errors";
import { currentSchoolYear, registerYears } from "../registry/balanceInputs";
import { loadPreschoolRegister, type PreschoolRegister, type PreschoolUnit } from "../registry/preschoolIntake";
import { regionName } from "../registry/store";
import { type PreschoolRosterSource, preschoolRosterCohorts } from "../retention/preschoolIntake";
import { birthsOf, type PreschoolReportRow, populationOf, preschoolConfigOf, reportsOf, surveyOf } from "./store";

/** Only county-wide readers see every kindergarten's figures (what-if, plan inputs, downloads). */
export function requireCountyReader(actor: auth.Actor | null, refusal: auth.RefusedAction): auth.Actor {
  const a = authorize(actor, "read", "preschool");
  if (auth.dataScope(a, "preschool").kind !== "county") throw forbidden(refusal);
  return a;
}

/**
 * A unit's kind: its report's; attached classes of a public school without a report count as education-run
 * public; anything else unreported is null (the coverage indicators then say so).
 */
function kindOf(unit: PreschoolUnit, report: PreschoolReportRow | undefined): preschool.KindergartenKind | null {
  if (report) return report.kind as preschool.KindergartenKind;
  if (unit.attached && unit.ownership === "public") return "education_public";
  return null;
}

/** Core's input for one unit: the register's counts and the report's figures. */
export function kindergartenInput(
  unit: PreschoolUnit,
  report: PreschoolReportRow | undefined,
): preschool.KindergartenInput {
  return {
    schoolId: unit.schoolId,
    name: unit.name,
    townCode: unit.townCode,
    kind: kindOf(unit, report),
    attached: unit.attached,
    ruralCentral: report?.ruralCentral ?? false,
    children: unit.children,
    classes: unit.classes.flatMap((c) => {
      const band = preschool.ageBandOfGrade(c.grade);
      return band ? [{ classId: c.classId, name: c.name, band, children: c.children }] : [];
    }),
    fullTimeTeachers: unit.fullTimeTeachers,
    certifiedTeachers: unit.certifiedTeachers,
    principalCertified: unit.attached ? null : (report?.principalCertified ?? null),
    establishedTeachers: unit.establishedTeachers,
    establishedPayFen: report?.establishedPayFen ?? null,
    nonEstablishedTeachers: unit.nonEstablishedTeachers,
    nonEstablishedPayFen: report?.nonEstablishedPayFen ?? null,
    fundingPerChildFen: report?.fundingPerChildFen ?? null,
    buildingArea: report?.buildingArea ?? null,
    playArea: report?.playArea ?? null,
  };
}

export interface PreschoolData {
  register: PreschoolRegister;
  reports: Map<string, PreschoolReportRow>;
  input: preschool.PreschoolCountyInput;
  config: preschool.PreschoolConfig;
  births: preschool.BirthsInput[];
  population: Awaited<ReturnType<typeof populationOf>>;
  survey: Awaited<ReturnType<typeof surveyOf>>;
  /** the household roster whose children under 6 give the population and forecast, when it lists any */
  roster: PreschoolRosterSource | null;
}

/** The name of a roster beside a figure: 户籍名单(公安局,2026-09-10导入). */
export function rosterLabel(r: PreschoolRosterSource): string {
  return `户籍名单(${r.source},${r.importedAt.toISOString().slice(0, 10)}导入)`;
}

/** Everything the county's figures of a year are computed from (the county's, whatever the reader's scope). */
export async function loadPreschoolData(db: Db, regionCode: string, schoolYear: number): Promise<PreschoolData> {
  const county: auth.DataScope = { kind: "county", regionCode };
  const [register, reports, population, births, survey, config, fromRoster] = await Promise.all([
    loadPreschoolRegister(db, regionCode, schoolYear),
    reportsOf(db, county, schoolYear),
    populationOf(db, regionCode, schoolYear),
    birthsOf(db, regionCode, schoolYear),
    surveyOf(db, regionCode, schoolYear),
    preschoolConfigOf(db, regionCode),
    preschoolRosterCohorts(db, regionCode, schoolYear),
  ]);
  const pop = new Map(population.map((p) => [p.townCode, p.age3 + p.age4 + p.age5]));
  // the roster counts only when it lists children under 6 (the compulsory-age roster alone says nothing of them)
  const roster = fromRoster.cohorts.length > 0 ? fromRoster.roster : null;
  const rosterTowns = preschool.rosterCohortsByTown(fromRoster.cohorts);
  const input: preschool.PreschoolCountyInput = {
    schoolYear,
    asOf: register.asOf,
    kindergartens: register.units.map((u) => kindergartenInput(u, reports.get(u.schoolId))),
    townships: register.towns.map((t) => ({
      townCode: t.code,
      name: t.name,
      urban: t.urban,
      // the county's entered figure (with its source) first; without one, the roster's count
      population3to5:
        pop.get(t.code) ??
        (roster ? preschool.childrenAged3to5FromRoster(rosterTowns.get(t.code) ?? new Map(), schoolYear) : null),
      populationFrom: pop.has(t.code) || !roster ? ("录入" as const) : ("户籍名单" as const),
    })),
    satisfaction: survey ? survey.satisfaction : null,
    rosterCohorts: roster ? fromRoster.cohorts : [],
  };
  return {
    register,
    reports,
    input,
    config,
    births: births.map((b) => ({ townCode: b.townCode, year: b.birthYear, births: b.births })),
    population,
    survey,
    roster,
  };
}

/** The school years offered: those with register data up to the county's current one, newest first. */
export async function preschoolYears(db: Db, actor: auth.Actor | null, now: Date) {
  const scope = scopeOf(actor, "preschool");
  const current = await currentSchoolYear(db, scope.regionCode, now);
  const years = (await registerYears(db, scope.regionCode)).filter((y) => y <= current);
  return { years: years.length > 0 ? years : [current], current };
}

export async function defaultYear(db: Db, actor: auth.Actor | null, year: number | undefined, now: Date) {
  return year ?? currentSchoolYear(db, scopeOf(actor, "preschool").regionCode, now);
}

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** One kindergarten as a table row: register counts, report figures and its own indicator values. */
export function presentKindergarten(
  k: preschool.KindergartenInput,
  unit: PreschoolUnit,
  report: PreschoolReportRow | undefined,
  config: preschool.PreschoolConfig,
  townNames: Map<string, string>,
) {
  const over = k.classes.filter((c) => c.children > config.classLimits[c.band]);
  return {
    schoolId: k.schoolId,
    name: k.name,
    code: unit.code,
    townName: k.townCode ? (townNames.get(k.townCode) ?? "") : "",
    attached: k.attached,
    kind: k.kind,
    kindLabel: k.kind ? preschool.kindergartenKindLabels[k.kind] : "未填报",
    reported: report !== undefined,
    ruralCentral: k.ruralCentral,
    children: k.children,
    classes: k.classes.map((c) => ({
      ...c,
      bandLabel: preschool.ageBandLabels[c.band],
      limit: config.classLimits[c.band],
      over: c.children > config.classLimits[c.band],
    })),
    classesOverLimit: over.length,
    fullTimeTeachers: k.fullTimeTeachers,
    certifiedTeachers: k.certifiedTeachers,
    childrenPerTeacher: k.fullTimeTeachers > 0 ? k.children / k.fullTimeTeachers : null,
    principalCertified: k.principalCertified,
    establishedTeachers: k.establishedTeachers,
    nonEstablishedTeachers: k.nonEstablishedTeachers,
    establishedPayYuan: yuan(k.establishedPayFen),
    nonEstablishedPayYuan: yuan(k.nonEstablishedPayFen),
    fundingPerChildYuan: yuan(k.fundingPerChildFen),
    buildingAreaPerChild: k.buildingArea !== null && k.children > 0 ? k.buildingArea / k.children : null,
    playAreaPerChild: k.playArea !== null && k.children > 0 ? k.playArea / k.children : null,
    report: report
      ? {
          kind: report.kind as preschool.KindergartenKind,
          recognisedOn: report.recognisedOn,
          recognisedDocument: report.recognisedDocument,
          licenceNumber: report.licenceNumber,
          feeYuanPerMonth: yuan(report.feeFenPerMonth),
          ruralCentral: report.ruralCentral,
          principalCertified: report.principalCertified,
          establishedPayYuan: yuan(report.establishedPayFen),
          nonEstablishedPayYuan: yuan(report.nonEstablishedPayFen),
          fundingPerChildYuan: yuan(report.fundingPerChildFen),
          buildingArea: report.buildingArea,
          playArea: report.playArea,
          updatedAt: report.updatedAt.toISOString(),
        }
      : null,
  };
}

/** The conventions of the figures, for the page's method note, the workbook's notes sheet and the report. */
export function methodNotes(config: preschool.PreschoolConfig): string[] {
  return [
    "依据:《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号);班额上限依据《幼儿园工作规程》(2016)。",
    "数据时点:学年的 9 月 1 日(教育统计时点)。在园幼儿为当日在小班、中班、大班学籍上的幼儿,不论年龄,含小学附设幼儿班。",
    "3–5 周岁人口:年龄按当年 8 月 31 日计(与控辍保学和教育统计一致),即 Y 学年为 Y−6 年 9 月 1 日至 Y−3 年 8 月 31 日出生的儿童。各乡镇以县里录入的数字为准(注明来源,如公安户籍、卫健出生登记);没有录入的乡镇,取控辍保学导入的本学年最新户籍名单中该乡镇 3–5 周岁儿童人数(名单须列出 6 周岁以下儿童;只列义务教育适龄儿童的名单不用于学前);两者都没有时,毛入园率显示“缺少数据”而不是数字。",
    `未来三年适龄幼儿:户籍名单列有 6 周岁以下儿童时,Y 学年 = 名单中届时满 3–5 周岁的儿童(均已出生,不推算迁入迁出和死亡);否则 = Y−5、Y−4、Y−3 三个自然年出生数之和。所需学位 = ⌈适龄幼儿数 × ${config.grossEnrollmentMin * 100}%⌉;学位数 = 各班按班型上限计的标准学位。`,
    "办园性质:以幼儿园当年填报为准;公办小学附设幼儿班未填报时按教育部门办计;其他未填报的幼儿园使普惠覆盖率和公办占比显示“缺少数据”。",
    "比例以未经舍入的值与标准比较,页面和表格保留一位小数(百分比)或一位小数(师幼比);恰好等于标准视为达标。",
    "专任教师与幼儿比、持证率按 9 月 1 日在岗的全职专任教师计;小学附设幼儿班只计任教学前的教师。园长持证、工资、经费、园舍四项不含小学附设幼儿班。",
    "非在编教师工资比例:公办园非在编专任教师月平均工资 ÷ 在编专任教师月平均工资,按人数加权。",
    "农村乡镇:没有城区学校的乡镇(苏木);有城区学校的县城所在镇和街道不要求乡镇中心园。",
  ];
}

/** The county overview of a year: indicators with the data behind them, and the kindergartens the reader may see. */
export async function preschoolOverview(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const scope = scopeOf(actor, "preschool");
  const data = await loadPreschoolData(db, scope.regionCode, schoolYear);
  const evaluation = preschool.evaluatePreschool(data.input, data.config);
  const visible = (id: string) => scope.kind === "county" || scope.schoolId === id;
  const townNames = new Map(data.register.towns.map((t) => [t.code, t.name]));
  const kindergartens = data.register.units
    .map((u, i) => ({ u, k: data.input.kindergartens[i] as preschool.KindergartenInput }))
    .filter(({ u }) => visible(u.schoolId))
    .map(({ u, k }) => presentKindergarten(k, u, data.reports.get(u.schoolId), data.config, townNames));
  return {
    countyName: (await regionName(db, scope.regionCode)) ?? scope.regionCode,
    schoolYear,
    schoolYearLabel: registry.schoolYearLabel(schoolYear),
    asOf: data.register.asOf,
    scope: scope.kind,
    evaluation: {
      ...evaluation,
      indicators: evaluation.indicators.map((i) => ({
        ...i,
        pulling: i.pulling.filter((p) => visible(p.id) || !isSchoolId(p.id, data)),
      })),
    },
    kindergartens,
    config: data.config,
    methodNotes: methodNotes(data.config),
    dataChecks: classSizeChecks(
      data.register.units.filter((u) => visible(u.schoolId)),
      data.config,
    ),
  };
}

/** A class at least this many times its limit is more likely a slip of entry than a crowded class. */
const SLIP_FACTOR = 1.8;

/**
 * Classes whose size looks like a slip of entry (nearly double the limit or more): a warning to check the register,
 * the class still counts as over its limit in the evaluation.
 */
export function classSizeChecks(units: PreschoolUnit[], config: preschool.PreschoolConfig) {
  const checks: { schoolId: string; schoolName: string; className: string; children: number; message: string }[] = [];
  for (const u of units) {
    for (const c of u.classes) {
      const band = preschool.ageBandOfGrade(c.grade);
      if (!band) continue;
      const limit = config.classLimits[band];
      if (c.children < limit * SLIP_FACTOR) continue;
      const how = c.children >= limit * 2 ? "一倍以上" : "近一倍";
      checks.push({
        schoolId: u.schoolId,
        schoolName: u.name,
        className: c.name,
        children: c.children,
        message: `班额${c.children}人超过${preschool.ageBandLabels[band]}上限${limit}人${how},请核实`,
      });
    }
  }
  return checks;
}

/** A pulling entry names a school (hidden from other schools) or a township (the county's, shown to all). */
function isSchoolId(id: string, data: PreschoolData) {
  return data.register.units.some((u) => u.schoolId === id);
}

/** One kindergarten of the year, with its figures, classes and report; 404 outside the reader's scope. */
export async function kindergartenDetail(db: Db, actor: auth.Actor | null, schoolId: string, schoolYear: number) {
  const scope = scopeOf(actor, "preschool");
  if (scope.kind !== "county" && scope.schoolId !== schoolId) throw notFound("幼儿园");
  const data = await loadPreschoolData(db, scope.regionCode, schoolYear);
  const index = data.register.units.findIndex((u) => u.schoolId === schoolId);
  const unit = data.register.units[index];
  if (!unit) throw notFound("幼儿园");
  const townNames = new Map(data.register.towns.map((t) => [t.code, t.name]));
  return {
    schoolYear,
    schoolYearLabel: registry.schoolYearLabel(schoolYear),
    asOf: data.register.asOf,
    kindergarten: presentKindergarten(
      data.input.kindergartens[index] as preschool.KindergartenInput,
      unit,
      data.reports.get(schoolId),
      data.config,
      townNames,
    ),
    config: data.config,
  };
}

/** The township plan of a year (county readers): children now and in three years, places and gaps. */
export async function preschoolPlan(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const a = requireCountyReader(actor, "preschool.whatIf");
  const data = await loadPreschoolData(db, a.regionCode, schoolYear);
  const plan = preschool.townshipPlan(data.input, data.births, data.config);
  const pop = new Map(data.population.map((p) => [p.townCode, p]));
  return {
    ...plan,
    townships: plan.townships.map((t) => ({
      ...t,
      populationSource: pop.get(t.townCode)?.source ?? (data.roster ? rosterLabel(data.roster) : null),
    })),
    kindergartens: data.register.units.map((u, i) => ({
      schoolId: u.schoolId,
      name: u.name,
      townCode: u.townCode,
      kind: data.input.kindergartens[i]?.kind ?? null,
    })),
  };
}

/** The township figures a county enters: population aged 3–5, births, the survey (county readers). */
export async function preschoolInputs(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const a = requireCountyReader(actor, "preschool.enterPopulation");
  const data = await loadPreschoolData(db, a.regionCode, schoolYear);
  const pop = new Map(data.population.map((p) => [p.townCode, p]));
  return {
    schoolYear,
    birthYears: [schoolYear - 5, schoolYear - 4, schoolYear - 3, schoolYear - 2, schoolYear - 1, schoolYear],
    townships: data.register.towns.map((t) => {
      const p = pop.get(t.code);
      return {
        townCode: t.code,
        name: t.name,
        urban: t.urban,
        population: p ? { age3: p.age3, age4: p.age4, age5: p.age5, source: p.source } : null,
        births: data.births.filter((b) => b.townCode === t.code).map((b) => ({ year: b.year, births: b.births })),
      };
    }),
    birthSources: [...new Set((await birthsOf(db, a.regionCode, schoolYear)).map((b) => b.source))],
    survey: data.survey ? { satisfaction: data.survey.satisfaction, source: data.survey.source } : null,
  };
}

/** What-if (county readers): the evaluation after recognising kindergartens or adding public ones. */
export async function preschoolWhatIf(
  db: Db,
  actor: auth.Actor | null,
  schoolYear: number,
  adjustments: preschool.PreschoolAdjustment[],
) {
  const a = requireCountyReader(actor, "preschool.whatIf");
  const data = await loadPreschoolData(db, a.regionCode, schoolYear);
  const result = preschool.preschoolWhatIf(data.input, adjustments, data.config);
  // the plan after the change: a new kindergarten's places join its township's
  const { adjusted, ...answer } = result;
  // the new kindergartens have no classes yet: their children count as enrolled, their places are added below
  const plan = preschool.townshipPlan(adjusted, data.births, data.config);
  const added = new Map<string, number>();
  for (const n of result.problems.length > 0 ? [] : result.newKindergartens) {
    added.set(n.townCode, (added.get(n.townCode) ?? 0) + n.places);
  }
  const withPlaces = (places: number, y: { needed: number | null }) => ({
    gap: y.needed === null ? null : y.needed - places,
  });
  let extra = 0;
  for (const v of added.values()) extra += v;
  const adjustedPlan = {
    ...plan,
    townships: plan.townships.map((t) => {
      const places = t.places + (added.get(t.townCode) ?? 0);
      return { ...t, places, years: t.years.map((y) => ({ ...y, ...withPlaces(places, y) })) };
    }),
    county: plan.county.map((y) => ({ ...y, places: y.places + extra, ...withPlaces(y.places + extra, y) })),
  };
  return { ...answer, plan: adjustedPlan };
}
