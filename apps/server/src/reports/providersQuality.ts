/**
 * Figures of balance, exams, admissions and fitness, each read through the capability's own computation (the same
 * functions its pages call), so that a figure equals what the capability's page shows.
 *
 * - balance: the basic-balance composite coefficient (综合差异系数) of primary and junior stages, and the share of
 *   evaluated schools (stage parts) meeting the quality-balance school rule; county-wide only.
 * - exams: the county's main exam of the school year (published, most students on its roster): participation
 *   (sat ÷ roster), pass and excellent rates of the total over the exam's own denominator, rounded as the page does.
 * - admissions: starting-grade students on roll, and the school grades whose sunshine allocation is published.
 * - fitness: 优良率 and 合格率 of the school year's test over students with a grade.
 */
import { reports } from "@edubureau/core";
import { publishedAllocations } from "../admissions/reportsIntake";
import { balanceOverview } from "../balance/evaluation";
import { mainExamAnalysis } from "../exams/reportsIntake";
import { fitnessFiguresOf } from "../fitness/figures";
import { AppError } from "../http/errors";
import { loadBalanceRegister } from "../registry/balanceInputs";
import { startingGradeCounts } from "../registry/reportsIntake";
import { allMissing, COUNTY_ONLY, type Provider, readerOf, type Values } from "./providerKit";

export const balanceProvider: Provider = async (db, scope, year) => {
  if (scope.kind !== "county") return allMissing("balance", COUNTY_ONLY);
  const reader = readerOf(scope);
  // both stages read the same register: load it once
  const registers = new Map<string, ReturnType<typeof loadBalanceRegister>>();
  const load = (regionCode: string, y: number) => {
    const k = `${regionCode}|${y}`;
    let r = registers.get(k);
    if (!r) {
      r = loadBalanceRegister(db, regionCode, y);
      registers.set(k, r);
    }
    return r;
  };
  const values: Values = new Map();
  let passing = 0;
  let evaluated = 0;
  for (const stage of ["primary", "junior"] as const) {
    const key = stage === "primary" ? "balance.primaryComposite" : "balance.juniorComposite";
    try {
      const e = await balanceOverview(db, reader, load, year, stage);
      values.set(
        key,
        e.basic.composite === null
          ? reports.missingValue(`${year}学年${stage === "primary" ? "小学" : "初中"}办学条件数据不全,无法计算差异系数`)
          : { status: "ok", value: e.basic.composite, numerator: null, denominator: null },
      );
      passing += e.quality.schoolsPassing;
      evaluated += e.schoolsEvaluated;
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 404) throw err;
      return allMissing("balance", `${year}学年学籍中没有办学条件数据`);
    }
  }
  values.set("balance.qualityStanding", reports.percentValue(passing, evaluated, `${year}学年没有参评学校`));
  return values;
};

export const examsProvider: Provider = async (db, scope, year) => {
  const main = await mainExamAnalysis(db, scope.regionCode, year);
  if (!main) return allMissing("exams", `${year}学年没有已发布的县统考`);
  const total = main.subjects.find((s) => s.isTotal);
  const stats =
    scope.kind === "county" ? total?.county : total?.schools.find((s) => s.schoolId === scope.schoolId)?.stats;
  if (!stats) return allMissing("exams", `${main.exam.name}中没有本校学生`);
  const rateOf = (k: "pass" | "excellent") => {
    const r = stats.rates[k];
    const of = total?.denominator === "sat" ? stats.sat : stats.enrolled;
    return r === null
      ? reports.missingValue(`${main.exam.name}无人参考`)
      : { status: "ok" as const, value: Math.round(r * 1000) / 10, numerator: stats.counts[k], denominator: of };
  };
  return new Map<string, reports.FigureValue>([
    ["exams.participation", reports.percentValue(stats.sat, stats.enrolled, `${main.exam.name}名册为空`)],
    ["exams.passRate", rateOf("pass")],
    ["exams.excellentRate", rateOf("excellent")],
  ]);
};

export const admissionsProvider: Provider = async (db, scope, year) => {
  const schoolId = scope.kind === "county" ? undefined : scope.schoolId;
  const [grades, published] = await Promise.all([
    startingGradeCounts(db, scope.regionCode, year, schoolId),
    publishedAllocations(db, scope.regionCode, year, schoolId),
  ]);
  if (grades.length === 0) return allMissing("admissions", `${year}学年学籍中没有一年级、七年级在读学生`);
  const done = new Set(published.map((p) => `${p.schoolId}|${p.grade}`));
  return new Map<string, reports.FigureValue>([
    ["admissions.newEntrants", reports.countValue(grades.reduce((n, g) => n + g.students, 0))],
    [
      "admissions.sunshineAllocation",
      reports.percentValue(
        grades.filter((g) => done.has(`${g.schoolId}|${g.grade}`)).length,
        grades.length,
        "没有起始年级",
      ),
    ],
  ]);
};

export const fitnessProvider: Provider = async (db, scope, year) => {
  const f = await fitnessFiguresOf(db, scope, { testYear: year });
  if (f.testYear !== year || f.total.scored === 0) return allMissing("fitness", `${year}学年没有体质健康测试成绩`);
  const t = f.total;
  return new Map<string, reports.FigureValue>([
    ["fitness.excellentGoodRate", reports.percentValue(t.excellent + t.good, t.scored, "没有评定等级的学生")],
    ["fitness.passRate", reports.percentValue(t.excellent + t.good + t.pass, t.scored, "没有评定等级的学生")],
  ]);
};
