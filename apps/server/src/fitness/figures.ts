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
import { figureRows, graduationRows, testYears, versionsOf, yearlyBands } from "./store";

type Figures = z.infer<typeof s.figuresSchema>;
type Graduation = z.infer<typeof s.graduationFigureSchema>;
const r6n = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
type Row = Awaited<ReturnType<typeof figureRows>>[number];

/** The figures of every group of a key, from the score table in one pass; groups in first-seen order. */
function figuresBy<K>(table: fitness.FitnessScoreTable, rows: readonly Row[], key: (r: Row) => K | null) {
  const { keys, groupOf } = fitness.groupIndex(rows.length, (i) => key(rows[i] as Row));
  const figures = fitness.groupedFigures(table, groupOf, keys.length);
  return keys.map((k, g) => ({ key: k, figures: figures[g] as fitness.FitnessFigures }));
}

function presentGraduation(g: fitness.GraduationFigures): Graduation {
  return {
    ...g,
    passRate: r6n(g.passRate),
    excellentGoodRate: r6n(g.excellentGoodRate),
    excellentRate: r6n(g.excellentRate),
    meanScore: r6n(g.meanScore),
  };
}

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

type GraduateRow = Awaited<ReturnType<typeof graduationRows>>[number];
const graduateInput = (r: GraduateRow): fitness.GraduateInput => ({
  status: r.status,
  finalTotal: r.total,
  earlierTotals: r.earlier,
});

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
      graduation: { total: presentGraduation(fitness.graduationFigures([])), byGrade: [] },
      trend: [],
      sentence: fitness.workReportSentence(countyName, new Date().getFullYear(), fitness.fitnessFigures([]), 0),
      methodNotes: fitness.fitnessMethodNotes,
    };
  const [allRows, schools, enrolled, graduates] = await Promise.all([
    figureRows(db, scope, testYear),
    schoolsWithTown(db, scope.regionCode),
    enrolledCounts(db, scope.regionCode, testYear),
    graduationRows(db, scope, testYear),
  ]);
  // the score table, materialised once from the rows; every grouping below reads it in one pass
  const table = fitness.scoreTableOf(allRows);
  const picked = (r: Row) => !q.schoolId || r.schoolId === q.schoolId;
  const total = figuresBy(table, allRows, (r) => (picked(r) ? 0 : null))[0]?.figures ?? fitness.fitnessFigures([]);
  const enrolledBySchool = new Map<string, number>();
  for (const e of enrolled) enrolledBySchool.set(e.schoolId, (enrolledBySchool.get(e.schoolId) ?? 0) + e.students);

  const byGradeSex = figuresBy(table, allRows, (r) => (picked(r) ? r.grade * 2 + (r.sex === "female" ? 1 : 0) : null))
    .map(({ key, figures }) => ({
      grade: key >> 1,
      sex: (key & 1 ? "female" : "male") as fitness.Sex,
      figures: presentFigures(figures),
    }))
    .sort((a, b) => a.grade - b.grade || (a.sex === b.sex ? 0 : a.sex === "male" ? -1 : 1));

  // graduation scores: the selection's graduating students, by grade and by school
  const pickedGraduates = graduates.filter((r) => !q.schoolId || r.schoolId === q.schoolId);
  const graduationBySchool = new Map<string, fitness.GraduationFigures>();
  for (const [id, list] of groupBy(graduates, (r) => r.schoolId))
    graduationBySchool.set(id, fitness.graduationFigures(list.map(graduateInput)));
  const graduation = {
    total: presentGraduation(fitness.graduationFigures(pickedGraduates.map(graduateInput))),
    byGrade: [...groupBy(pickedGraduates, (r) => r.grade).entries()]
      .sort(([a], [b]) => a - b)
      .map(([grade, list]) => ({
        grade,
        figures: presentGraduation(fitness.graduationFigures(list.map(graduateInput))),
      })),
  };

  const schoolInfo = new Map(schools.map((sc) => [sc.id, sc]));
  const schoolFigures = figuresBy(table, allRows, (r) => r.schoolId).map(({ key: id, figures }) => ({
    schoolId: id,
    schoolName: schoolInfo.get(id)?.name ?? "",
    townName: schoolInfo.get(id)?.townName ?? "未注明乡镇",
    enrolled: enrolledBySchool.get(id) ?? 0,
    code: schoolInfo.get(id)?.code ?? "",
    figures,
  }));
  schoolFigures.sort((a, b) => a.code.localeCompare(b.code));
  const county =
    scope.kind === "county" ? (figuresBy(table, allRows, () => 0)[0]?.figures ?? fitness.fitnessFigures([])) : null;
  const below = county ? fitness.schoolsBelowCounty(schoolFigures, county) : [];
  const belowIds = new Set(below.map((b) => b.schoolId));

  const byTown =
    scope.kind === "county"
      ? figuresBy(table, allRows, (r) => schoolInfo.get(r.schoolId)?.townName ?? "未注明乡镇")
          .map(({ key: townName, figures }) => ({ townName, figures: presentFigures(figures) }))
          .sort((a, b) => a.townName.localeCompare(b.townName, "zh-CN"))
      : [];

  const withClasses = scope.kind !== "county" || !!q.schoolId;
  const classGroups = figuresBy(table, allRows, (r) => (withClasses && picked(r) && r.classId ? r.classId : null));
  const classNames = await classLabels(
    db,
    classGroups.map((c) => c.key),
  );
  const byClass = classGroups
    .map(({ key: classId, figures }) => ({
      classId,
      className: classNames.get(classId)?.name ?? "",
      grade: classNames.get(classId)?.grade ?? allRows.find((r) => r.classId === classId)?.grade ?? 0,
      figures: presentFigures(figures),
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
    bySchool: schoolFigures.map(({ code: _code, figures, ...rest }) => {
      const g = graduationBySchool.get(rest.schoolId);
      return {
        ...rest,
        belowCounty: belowIds.has(rest.schoolId),
        figures: presentFigures(figures),
        graduation: g ? presentGraduation(g) : null,
      };
    }),
    byTown,
    byClass,
    graduation,
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
