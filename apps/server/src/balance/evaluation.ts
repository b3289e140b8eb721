import { type auth, balance } from "@edubureau/core";
import { scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, notFound } from "../http/errors";
import { type BalanceRegister, balanceRegisterYears, currentSchoolYear } from "../registry/balanceInputs";
import { presentEvaluation, presentStanding } from "./present";
import { balanceConfigOf, requireCountyReader } from "./store";

/** Reads the register for a county and year; the routes pass a cached reader. */
export type RegisterLoader = (regionCode: string, schoolYear: number) => Promise<BalanceRegister>;

interface Computed {
  register: BalanceRegister;
  config: balance.BalanceConfig;
  evaluation: balance.BalanceEvaluation;
}

async function compute(
  db: Db,
  load: RegisterLoader,
  regionCode: string,
  schoolYear: number,
  stage: balance.BalanceStage,
  adjustments: readonly balance.SchoolAdjustment[] = [],
): Promise<Computed> {
  const [register, config] = await Promise.all([load(regionCode, schoolYear), balanceConfigOf(db, regionCode)]);
  if (register.schools.length === 0) throw notFound(`${schoolYear} 学年的学籍数据`);
  const schools = adjustments.length > 0 ? balance.applyAdjustments(register.schools, adjustments) : register.schools;
  return { register, config, evaluation: balance.evaluateBalance(schools, stage, config) };
}

/** The data checks of the year's conditions for the schools in a stage's evaluation. */
function conditionFlags(register: BalanceRegister, evaluation: balance.BalanceEvaluation) {
  const classesBySchool = new Map<string, number>();
  for (const c of register.classes) classesBySchool.set(c.schoolId, (classesBySchool.get(c.schoolId) ?? 0) + 1);
  const evaluated = new Set(evaluation.schools.map((s) => s.part.schoolId));
  return balance.checkConditions(
    register.schools
      .filter((s) => evaluated.has(s.schoolId))
      .map((s) => ({
        schoolId: s.schoolId,
        name: s.name,
        schoolYear: register.schoolYear,
        current: s.condition,
        previous: register.previousConditions.get(s.schoolId) ?? null,
        students: s.enrollment.primary + s.enrollment.junior + s.enrollment.senior,
        previousStudents: register.previousStudents.get(s.schoolId) ?? 0,
        classes: classesBySchool.get(s.schoolId) ?? 0,
      })),
  );
}

function requirementsOf(
  register: BalanceRegister,
  evaluation: balance.BalanceEvaluation,
  config: balance.BalanceConfig,
) {
  const evaluated = new Set(evaluation.schools.map((s) => s.part.schoolId));
  const bySchool = new Map(register.schools.map((s) => [s.schoolId, s]));
  return balance.checkRequirements(
    {
      evaluation,
      classes: register.classes.filter((c) => c.stage === evaluation.stage && evaluated.has(c.schoolId)),
      schoolSizes: [...evaluated].map((id) => {
        const s = bySchool.get(id);
        return {
          schoolId: id,
          name: s?.name ?? "",
          kind: s?.kind ?? "",
          students: s ? s.enrollment.primary + s.enrollment.junior + s.enrollment.senior : 0,
        };
      }),
      migrants: register.migrants
        .filter((m) => m.stage === evaluation.stage && evaluated.has(m.schoolId))
        .map((m) => ({
          schoolId: m.schoolId,
          schoolName: bySchool.get(m.schoolId)?.name ?? "",
          ownership: bySchool.get(m.schoolId)?.ownership ?? "public",
          migrants: m.migrants,
        })),
    },
    config,
  );
}

/** What of single schools a reader sees: every school county-wide, or only their own school. */
function visibleSchool(scope: ReturnType<typeof scopeOf>) {
  return (schoolId: string) => scope.kind === "county" || scope.schoolId === schoolId;
}

/**
 * Everything a county report needs: the evaluation, its presentation, the data checks and the requirements.
 * County-wide readers only, since a report lists every school.
 */
export async function balanceReportData(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  schoolYear: number,
  stage: balance.BalanceStage,
) {
  const a = requireCountyReader(actor);
  const { register, config, evaluation } = await compute(db, load, a.regionCode, schoolYear, stage);
  const all = () => true;
  return {
    actor: a,
    evaluation,
    presented: presentEvaluation(evaluation, config, register.asOf, all),
    conditionFlags: conditionFlags(register, evaluation),
    requirements: requirementsOf(register, evaluation, config),
  };
}

/**
 * The county overview of a year and stage: indicators with coefficient, limit and pass/fail, every school's values,
 * the excluded schools, the data checks and the requirements. A school administrator gets the county figures and
 * only their own school's rows.
 */
export async function balanceOverview(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  schoolYear: number,
  stage: balance.BalanceStage,
) {
  const scope = scopeOf(actor, "balance");
  const { register, config, evaluation } = await compute(db, load, scope.regionCode, schoolYear, stage);
  const visible = visibleSchool(scope);
  const requirements = requirementsOf(register, evaluation, config).map((r) => ({
    ...r,
    items: r.items.filter((i) => visible(i.schoolId)),
  }));
  return {
    ...presentEvaluation(evaluation, config, register.asOf, visible),
    scope: scope.kind,
    conditionFlags: conditionFlags(register, evaluation).filter((f) => visible(f.schoolId)),
    requirements,
  };
}

/**
 * The school years with register data up to the county's current school year (学籍参数), newest first: a year some
 * school already holds rows for (next year's classes set up early) is not offered until the county moves to it.
 */
export async function balanceYears(db: Db, actor: auth.Actor | null, now: Date) {
  const scope = scopeOf(actor, "balance");
  const current = await currentSchoolYear(db, scope.regionCode, now);
  return (await balanceRegisterYears(db, scope.regionCode)).filter((y) => y <= current);
}

/** The year balance pages and reports show when none is asked for: the county's current school year. */
export async function balanceDefaultYear(db: Db, actor: auth.Actor | null, now: Date) {
  return currentSchoolYear(db, scopeOf(actor, "balance").regionCode, now);
}

/** Each year's coefficients of a stage, oldest first, for the trend charts. */
export async function balanceTrend(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  stage: balance.BalanceStage,
) {
  const scope = scopeOf(actor, "balance");
  const years = (await balanceRegisterYears(db, scope.regionCode)).reverse();
  const config = await balanceConfigOf(db, scope.regionCode);
  const points = [];
  for (const schoolYear of years) {
    const register = await load(scope.regionCode, schoolYear);
    const e = balance.evaluateBalance(register.schools, stage, config);
    const cv = (r: balance.IndicatorResult) => (r.coefficient.kind === "ok" ? r.coefficient.cv : null);
    points.push({
      schoolYear,
      quality: Object.fromEntries(e.quality.indicators.map((r) => [r.indicator, cv(r)])) as Record<
        balance.QualityIndicator,
        number | null
      >,
      qualityComposite: e.quality.composite,
      basic: Object.fromEntries(e.basic.indicators.map((r) => [r.indicator, cv(r)])) as Record<
        balance.BasicIndicator,
        number | null
      >,
      basicComposite: e.basic.composite,
      qualityPassed: e.quality.passed,
      basicPassed: e.basic.passed,
    });
  }
  return { stage, limit: config.qualityCoefficientLimit[stage], basicLimit: config.basicCompositeLimit[stage], points };
}

/**
 * One school's page: its standing against the standards, the county's weighted means beside it, and the provenance
 * of every value (which teachers counted for what, which enrollment figure, which conditions row, the stage split).
 */
export async function schoolBalance(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  schoolId: string,
  schoolYear: number,
  stage: balance.BalanceStage,
) {
  const scope = scopeOf(actor, "balance");
  if (!visibleSchool(scope)(schoolId)) throw notFound("学校");
  const { register, config, evaluation } = await compute(db, load, scope.regionCode, schoolYear, stage);
  const input = register.schools.find((s) => s.schoolId === schoolId);
  const standing = evaluation.schools.find((s) => s.part.schoolId === schoolId);
  if (!input) throw notFound("学校");
  const excluded = evaluation.excluded.find((e) => e.schoolId === schoolId);
  const countyMeans = Object.fromEntries(
    [...evaluation.quality.indicators, ...evaluation.basic.indicators].map((r) => [
      r.indicator,
      r.coefficient.kind === "ok" ? r.coefficient.mean : null,
    ]),
  ) as Record<balance.Indicator, number | null>;
  return {
    schoolYear,
    stage,
    asOf: register.asOf,
    method: balance.methodNames,
    school: { schoolId, name: input.name, kind: input.kind, locality: input.locality, ownership: input.ownership },
    standards: config.standards[stage],
    excluded: excluded ? { reason: excluded.reason, label: balance.exclusionReasonLabel[excluded.reason] } : null,
    standing: standing ? presentStanding(standing) : null,
    countyMeans,
    provenance: standing ? provenanceOf(input, standing, stage, config) : null,
  };
}

function provenanceOf(
  input: balance.SchoolBalanceInput,
  standing: balance.SchoolStanding,
  stage: balance.BalanceStage,
  config: balance.BalanceConfig,
) {
  const w = config.stageWeights;
  const e = input.enrollment;
  const stages = balance.stagesOf(input.kind);
  const terms = stages.map((s) => `${w[s]}×${e[s]}`);
  return {
    enrollment: { ...e, rule: "9月1日在籍学生(入学日期不晚于9月1日、且未在9月1日前离校)" },
    stockShare: standing.part.stockShare,
    stockShareFormula:
      stages.length > 1
        ? `${w[stage]}×${e[stage]} ÷ (${terms.join(" + ")}) = ${standing.part.stockShare.toFixed(4)}`
        : "单一学段学校,全部计入",
    condition: input.condition,
    teachers: input.teachers
      .filter((t) => balance.stageOfTeacher(t, input.kind) === stage)
      .map((t) => ({ ...t, countsIn: balance.teacherCountsIn(t, stage, config) })),
    unassignedTeachers: input.teachers.filter((t) => balance.stageOfTeacher(t, input.kind) === null).length,
  };
}

/**
 * What-if (模拟测算): the figures before and after the adjustments. Computed on a copy; the register is untouched.
 * County-wide readers only, since the answer shows every school.
 */
export async function whatIf(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  schoolYear: number,
  stage: balance.BalanceStage,
  adjustments: balance.SchoolAdjustment[],
) {
  const a = requireCountyReader(actor);
  const register = await load(a.regionCode, schoolYear);
  const problems = balance.validateAdjustments(adjustments, register.schools);
  if (problems.length > 0) {
    throw badRequest(
      "VALIDATION_FAILED",
      "模拟调整有误,请检查标出的项",
      problems.map((p) => ({ field: `adjustments.${p.index}.${p.field}`, message: p.message })),
    );
  }
  const before = await compute(db, load, a.regionCode, schoolYear, stage);
  const after = await compute(db, load, a.regionCode, schoolYear, stage, adjustments);
  const all = () => true;
  return {
    before: presentEvaluation(before.evaluation, before.config, register.asOf, all),
    after: presentEvaluation(after.evaluation, after.config, register.asOf, all),
  };
}
