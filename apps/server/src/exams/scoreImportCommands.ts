/**
 * Score import commands (成绩导入), on the shared import pipeline (excel/importPipeline.ts): an upload is read
 * (.xlsx through the zip guard, or .csv), checked completely against the exam and the register, and kept as a job of
 * capability "exams", kind "scores", target the exam; its report marks the wrong cells; its commit checks the file
 * again and writes every score in one transaction, or nothing.
 */
import type { auth } from "@edubureau/core";
import { sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { findImportJob, type ImportJob, importJobFile, type JobFilter, listImportJobs } from "../excel/importJobs";
import { commitImportJob, storedFileName, storeUpload } from "../excel/importPipeline";
import { markedUpReportBuffer } from "../excel/importReport";
import type { ImportProblem } from "../excel/problems";
import { AppError, conflict, notFound } from "../http/errors";
import type { WriteContext } from "./commands";
import { readScoreFile } from "./scoreFile";
import { type Layout, validateScores, writeScores } from "./scoreImport";
import type { ExamRow } from "./store";

/** Problems kept with a score job (and marked in its report). */
const MAX_STORED_PROBLEMS = 5000;

/** What a score job keeps as its report. */
export interface ScoreReport {
  summary: { layout: Layout; rows: number; students: number; errors: number; warnings: number; subjects: string[] };
  problems: ImportProblem[];
}

export type ScoreJob = ImportJob<ScoreReport>;

/**
 * The score jobs of an exam within a writer's scope; with `uploadedBy`, only that account's (the file holds the
 * full 学籍号 as uploaded, so its report goes back to its uploader alone, as the register's imports do).
 */
const scoreJobs = (scope: ReadableScope, examId: string, uploadedBy?: string): JobFilter => ({
  capability: "exams",
  scope,
  targetId: examId,
  createdBy: uploadedBy,
});

/**
 * Checks an uploaded score file against a draft exam and keeps it as a job (nothing is written to the scores).
 *
 * @returns the job and every problem found (the job keeps the first 5,000)
 */
export async function uploadScores(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  scope: ReadableScope,
  row: ExamRow,
  file: { bytes: Buffer; name: string },
  ctx: WriteContext,
): Promise<{ job: ScoreJob; problems: ImportProblem[] }> {
  const { db } = deps;
  const fileName = storedFileName(file.name, "scores.xlsx");
  const table = await readScoreFile(file.bytes, fileName);
  const result = await validateScores(db, actor, scope, row, table);
  const report: ScoreReport = {
    summary: {
      layout: result.layout,
      rows: result.rows,
      students: result.students,
      errors: result.errors,
      warnings: result.warnings,
      subjects: result.subjects,
    },
    problems: result.problems.slice(0, MAX_STORED_PROBLEMS),
  };
  const job = await storeUpload(
    deps,
    actor,
    scope,
    {
      capability: "exams",
      kind: "scores",
      targetId: row.id,
      fileName,
      bytes: file.bytes,
      rowCount: result.rows,
      errorCount: result.errors,
      report,
    },
    {
      action: "exams.import_upload",
      targetType: "exam_import",
      details: { examId: row.id, fileName, ...report.summary },
    },
    ctx,
  );
  return { job, problems: result.problems };
}

/**
 * The validation report of a score job, only for its uploader.
 *
 * @throws AppError 404 when the job is missing or not the actor's; 400 IMPORT_EMPTY once its file is dropped
 */
export async function scoreReport(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  scope: ReadableScope,
  examId: string,
  jobId: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const { db } = deps;
  const filter = scoreJobs(scope, examId, actor.userId);
  const job = await findImportJob<ScoreReport>(db, filter, jobId);
  if (!job) throw notFound("导入批次");
  const table = await readScoreFile(
    (await importJobFile(db, deps.cipher, filter, jobId)) ?? Buffer.alloc(0),
    job.fileName,
  );
  const { summary, problems } = job.report;
  const bytes = await markedUpReportBuffer({
    summary: {
      widths: [24, 60],
      lines: [
        ["成绩导入校验报告"],
        ["文件", job.fileName],
        ["数据行数", summary.rows],
        ["错误数", summary.errors],
        ["提醒数(不影响导入)", summary.warnings],
        [],
        [
          summary.errors > 0
            ? "请在「成绩」表中改正标红的单元格(鼠标移到单元格上可看批注),保存后重新上传。有错误时不会导入任何成绩。"
            : "文件没有错误,可以提交导入。黄色单元格为提醒,请核对。",
        ],
      ],
    },
    data: {
      sheetName: "成绩",
      columns: table.header.map((header, i) => ({ header, width: i === 0 ? 22 : 10 })),
      rows: table.rows,
    },
    problems,
  });
  return { bytes, fileName: `校验报告-${job.fileName.replace(/\.(xlsx|csv)$/i, "")}.xlsx` };
}

/**
 * Writes a score job into its draft exam: the stored file is checked again inside the transaction (the roster or the
 * file's students may have changed since the upload) and written only when it has no error.
 *
 * @throws AppError 404 (job), 409 IMPORT_DONE (committed or discarded), IMPORT_HAS_ERRORS
 */
export async function commitScores(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  scope: ReadableScope,
  row: ExamRow,
  jobId: string,
  ctx: WriteContext,
): Promise<{ written: number; added: number }> {
  const { db } = deps;
  const filter = scoreJobs(scope, row.id);
  const job = await findImportJob<ScoreReport>(db, filter, jobId);
  if (!job) throw notFound("导入批次");
  return commitImportJob(
    db,
    actor,
    job,
    {
      refuseClosed: () => conflict("IMPORT_DONE", "该批次已经提交过或已作废:请重新上传文件"),
      read: async () =>
        readScoreFile((await importJobFile(db, deps.cipher, filter, jobId)) ?? Buffer.alloc(0), job.fileName),
      async check(tx, table) {
        const result = await validateScores(tx as unknown as Db, actor, scope, row, table);
        if (result.errors > 0) {
          throw new AppError(
            409,
            "IMPORT_HAS_ERRORS",
            `文件有 ${result.errors} 处错误,没有导入任何成绩:请下载校验报告,改正后重新上传`,
            { errors: result.errors },
          );
        }
        return result;
      },
      async write(tx, result) {
        await writeScores(tx as unknown as Db, row, result.updates);
        await touchExam(tx, row.id, ctx.now);
        const added = result.updates.filter((u) => u.newToRoster).length;
        return {
          result: { written: result.updates.length, added },
          rowsWritten: result.updates.length,
          audit: {
            action: "exams.import_commit",
            targetType: "exam",
            targetId: row.id,
            details: { jobId: job.id, students: result.updates.length, added, subjects: result.subjects },
          },
        };
      },
    },
    ctx,
  );
}

/** The exam's last change: a draft's cached snapshot is keyed by it. */
async function touchExam(tx: Tx, examId: string, at: Date) {
  await tx.execute(
    sql`update exam set updated_at = greatest(${at}, updated_at + interval '1 millisecond') where id = ${examId}`,
  );
}

/** The score jobs of an exam as the API shows them. */
export function presentScoreJob(job: Omit<ScoreJob, "report"> & { summary: ScoreReport["summary"] | null }) {
  return {
    id: job.id,
    fileName: job.fileName,
    layout: job.summary?.layout ?? "wide",
    // the exams API has always called an upload that is not yet committed "validated", errors or not
    status: job.status === "failed" ? "validated" : job.status,
    rowCount: job.rowCount,
    errorCount: job.errorCount,
    createdAt: job.createdAt.toISOString(),
    committedAt: job.committedAt?.toISOString() ?? null,
  };
}

/** The newest score jobs of an exam within the actor's scope. */
export async function listScoreJobs(db: Db, scope: ReadableScope, examId: string) {
  const rows = await listImportJobs(db, scoreJobs(scope, examId), 20);
  return rows.map((r) => presentScoreJob({ ...r, summary: r.summary as ScoreReport["summary"] | null }));
}
