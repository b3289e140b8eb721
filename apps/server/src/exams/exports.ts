/**
 * Exam downloads that leave an audit row (导出): the score import template (the writer's students filled in), the
 * county tables of an analysis (Excel) and a school's analysis report (Word). Each is built from the snapshot within
 * the reader's scope, then the download is recorded.
 */
import { type auth, calendar } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { notFound } from "../http/errors";
import { regionName } from "../registry/examsIntake";
import type { WriteContext } from "./commands";
import { countyTables, scoreTemplate } from "./excel";
import { policyFor, presentAnalysis } from "./presentAnalysis";
import { schoolReportDocx } from "./report";
import { rosterRows } from "./roster";
import { examSnapshot } from "./snapshot";
import type { ExamRow } from "./store";

/** A readable exam: the row, the reader's scope and a teacher's classes. */
export interface ReadableExam {
  row: ExamRow;
  scope: ReadableScope;
  classes: Set<string> | null;
}

/** The score import template of the writer's students. */
export async function exportScoreTemplate(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  row: ExamRow,
  ctx: WriteContext,
): Promise<{ bytes: Buffer; fileName: string }> {
  const students = await rosterRows(db, row, scope, null);
  const bytes = await scoreTemplate(row, students);
  await recordAudit(db, {
    actor,
    action: "exams.export_template",
    targetType: "exam",
    targetId: row.id,
    details: { students: students.length, format: "xlsx" },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { bytes, fileName: `成绩导入模板-${row.name}.xlsx` };
}

/** The county (or the reader's school's) analysis tables. */
export async function exportCountyTables(
  db: Db,
  actor: auth.Actor | null,
  { row, scope, classes }: ReadableExam,
  ctx: WriteContext,
): Promise<{ bytes: Buffer; fileName: string }> {
  const snap = await examSnapshot(db, row);
  const county = (await regionName(db, row.regionCode)) ?? "";
  const footer = `${county} ${calendar.beijingDate(ctx.now)}`;
  const bytes = await countyTables(row, await presentAnalysis(snap, scope, classes), footer);
  await recordAudit(db, {
    actor,
    action: "exams.export_tables",
    targetType: "exam",
    targetId: row.id,
    details: { format: "xlsx" },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { bytes, fileName: `质量分析表-${row.name}.xlsx` };
}

/**
 * A school's analysis report as Word, for the county or that school.
 *
 * @throws AppError 404 when the school is outside the reader's scope or not in the exam
 */
export async function exportSchoolReport(
  db: Db,
  actor: auth.Actor | null,
  { row, scope }: ReadableExam,
  schoolId: string,
  ctx: WriteContext,
): Promise<{ bytes: Buffer; fileName: string }> {
  if (scope.kind === "classes" || (scope.kind === "school" && scope.schoolId !== schoolId)) throw notFound("学校");
  const snap = await examSnapshot(db, row);
  if (!snap.schools.ids.includes(schoolId)) throw notFound("学校");
  const schoolScope: ReadableScope = { kind: "school", regionCode: scope.regionCode, schoolId };
  const view = await presentAnalysis(snap, schoolScope, null, { keepScores: true });
  const countyName = (await regionName(db, row.regionCode)) ?? row.regionCode;
  const bytes = await schoolReportDocx(row, view, policyFor(row, scope), {
    countyName,
    date: calendar.beijingDate(ctx.now),
  });
  await recordAudit(db, {
    actor,
    action: "exams.export_report",
    targetType: "exam",
    targetId: row.id,
    details: { schoolId, format: "docx" },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { bytes, fileName: `质量分析报告-${view.subjects[0]?.schools[0]?.name ?? "学校"}-${row.name}.docx` };
}
