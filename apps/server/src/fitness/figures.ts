/**
 * The figures of a test year for a reader's scope (体质健康统计): the whole, by grade and sex, by school and township
 * (county readers), by class (a school, or a school picked by a county reader), schools below the county's pass
 * rate, the trend over years and the sentence for the work report. All computed by core from the stored scores.
 */
import { fitness } from "@edubureau/core";
import type { z } from "@hono/zod-openapi";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { classLabels, enrolledCounts, regionName, schoolsWithTown } from "../registry/fitnessIntake";
import { presentFigures } from "./present";
import type * as s from "./schemas";
import { figureRows, testYears, versionsOf, yearlyBands } from "./store";

type Figures = z.infer<typeof s.figuresSchema>;
const r6n = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
type Row = Awaited<ReturnType<typeof figureRows>>[number];

function groupBy<K>(rows: readonly Row[], key: (r: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const asCore = (r: Row): fitness.FitnessResultRow => r;

/** The figures a scope reads for a test year (the latest with results when not given). */
export async function fitnessFiguresOf(
  db: Db,
  scope: ReadableScope,
  q: { testYear?: number; schoolId?: string },
): Promise<Figures> {
  const years = await testYears(db, scope);
  const testYear = q.testYear ?? years[0] ?? null;
  const countyName = (await regionName(db, scope.regionCode)) ?? scope.regionCode;
  const empty = presentFigures(fitness.fitnessFigures([]));
  if (testYear === null)
    return {
      testYear: null,
      years,
      countyName,
      scope: scope.kind,
      versions: [],
      total: empty,
      enrolled: null,
      byGradeSex: [],
      bySchool: [],
      byTown: [],
      byClass: [],
      schoolsBelow: [],
      trend: [],
      sentence: fitness.workReportSentence(countyName, new Date().getFullYear(), fitness.fitnessFigures([]), 0),
      methodNotes: fitness.fitnessMethodNotes,
    };
  const [allRows, schools, enrolled] = await Promise.all([
    figureRows(db, scope, testYear),
    schoolsWithTown(db, scope.regionCode),
    enrolledCounts(db, scope.regionCode, testYear),
  ]);
  const rows = q.schoolId ? allRows.filter((r) => r.schoolId === q.schoolId) : allRows;
  const total = fitness.fitnessFigures(rows.map(asCore));
  const enrolledBySchool = new Map<string, number>();
  for (const e of enrolled) enrolledBySchool.set(e.schoolId, (enrolledBySchool.get(e.schoolId) ?? 0) + e.students);

  const byGradeSex = [...groupBy(rows, (r) => `${r.grade}|${r.sex}`).entries()]
    .map(([k, list]) => {
      const [g, sex] = k.split("|") as [string, fitness.Sex];
      return { grade: Number(g), sex, figures: presentFigures(fitness.fitnessFigures(list)) };
    })
    .sort((a, b) => a.grade - b.grade || (a.sex === b.sex ? 0 : a.sex === "male" ? -1 : 1));

  const schoolInfo = new Map(schools.map((sc) => [sc.id, sc]));
  const schoolFigures = [...groupBy(allRows, (r) => r.schoolId).entries()].map(([id, list]) => ({
    schoolId: id,
    schoolName: schoolInfo.get(id)?.name ?? "",
    townName: schoolInfo.get(id)?.townName ?? "未注明乡镇",
    enrolled: enrolledBySchool.get(id) ?? 0,
    code: schoolInfo.get(id)?.code ?? "",
    figures: fitness.fitnessFigures(list),
  }));
  schoolFigures.sort((a, b) => a.code.localeCompare(b.code));
  const county = scope.kind === "county" ? fitness.fitnessFigures(allRows.map(asCore)) : null;
  const below = county ? fitness.schoolsBelowCounty(schoolFigures, county) : [];
  const belowIds = new Set(below.map((b) => b.schoolId));

  const byTown =
    scope.kind === "county"
      ? [...groupBy(allRows, (r) => schoolInfo.get(r.schoolId)?.townName ?? "未注明乡镇").entries()]
          .map(([townName, list]) => ({ townName, figures: presentFigures(fitness.fitnessFigures(list)) }))
          .sort((a, b) => a.townName.localeCompare(b.townName, "zh-CN"))
      : [];

  const classSource = scope.kind !== "county" || q.schoolId ? rows : [];
  const classGroups = groupBy(
    classSource.filter((r) => r.classId),
    (r) => r.classId as string,
  );
  const classNames = await classLabels(db, [...classGroups.keys()]);
  const byClass = [...classGroups.entries()]
    .map(([classId, list]) => ({
      classId,
      className: classNames.get(classId)?.name ?? "",
      grade: classNames.get(classId)?.grade ?? list[0]?.grade ?? 0,
      figures: presentFigures(fitness.fitnessFigures(list)),
    }))
    .sort((a, b) => a.grade - b.grade || a.className.localeCompare(b.className, "zh-CN"));

  const versions = await versionsOf(db, scope, testYear);

  const trend = await yearlyBands(db, scope, years);
  const schoolEnrolled = q.schoolId
    ? (enrolledBySchool.get(q.schoolId) ?? 0)
    : scope.kind === "county"
      ? enrolled.reduce((n, e) => n + e.students, 0)
      : scope.kind === "school"
        ? (enrolledBySchool.get(scope.schoolId) ?? 0)
        : null;
  const subject =
    scope.kind === "county" && !q.schoolId
      ? countyName
      : (schoolInfo.get(q.schoolId ?? (scope.kind === "county" ? "" : scope.schoolId))?.name ?? countyName);
  return {
    testYear,
    years,
    countyName,
    scope: scope.kind,
    versions,
    total: presentFigures(total),
    enrolled: schoolEnrolled,
    byGradeSex,
    bySchool: schoolFigures.map(({ code: _code, figures, ...rest }) => ({
      ...rest,
      belowCounty: belowIds.has(rest.schoolId),
      figures: presentFigures(figures),
    })),
    byTown,
    byClass,
    schoolsBelow: below.map((b) => ({
      schoolId: b.schoolId,
      schoolName: b.schoolName,
      passRate: Math.round((b.figures.passRate ?? 0) * 1e6) / 1e6,
    })),
    trend: trend.map((t) => ({
      ...t,
      passRate: r6n(t.passRate),
      excellentGoodRate: r6n(t.excellentGoodRate),
      excellentRate: r6n(t.excellentRate),
      meanTotal: r6n(t.meanTotal),
      overweightRate: r6n(t.overweightRate),
      obesityRate: r6n(t.obesityRate),
    })),
    sentence: fitness.workReportSentence(subject, testYear, total, below.length),
    methodNotes: fitness.fitnessMethodNotes,
  };
}
