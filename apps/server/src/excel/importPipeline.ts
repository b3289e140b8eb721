/**
 * The one Excel import pipeline (导入) of every capability: upload → full validation → job with its problems →
 * marked-up error workbook → commit in one transaction; uploads never committed are purged after a day
 * (importJobs.ts, one timer for all). Files are read only through the zip guard (importSheet.ts / sheetReader.ts).
 *
 * To add an import to a capability (staffing, retention, preschool, fitness, …):
 * 1. Declare its columns: a `SheetSpec` (sheet name, columns with Chinese headers, code/date columns, example column).
 * 2. Declare a `SheetImporter`: `capability` (job and audit prefix), `spec`, `label`, `yearly`, `template(db, actor,
 *    year)` built with `templateWorkbook` (importTemplate.ts: drop-downs, 填写说明, example row), and `steps`: the
 *    row checks `validate(db, actor, sheet, ctx)` — core's row check per row plus the database checks, collected
 *    with `problemCollector(sheet, spec)` and returned by its `finish` — the writer `write(tx, actor, rows, ctx)`
 *    (bulk inserts; returns figures for the audit row) and the `tables` it fills.
 * 3. Mount its routes in one call: `app.route("/", sheetImportRoutes({...}))` (sheetImportRoutes.ts) with the
 *    importer(s), the capability whose scope holds the jobs, the access policy (`importer(actor, kind)`, and `enter`
 *    for what is checked before the kind is known), the default school year, the template's path and file name, the
 *    upload's form and summaries, and the upload's body limit with where the routes are mounted (the limit itself
 *    is declared in http/uploadLimits.ts; mounting refuses to start when that table does not give the upload path
 *    this limit). It mounts the template, POST /imports, GET /imports/{id}, GET /imports/{id}/report.xlsx and
 *    POST /imports/{id}/commit with the schemas of importSchemas.ts, every lookup through the uploader-only
 *    `JobFilter`. Set `allOrNothing: true` on the importer when a file must go in whole: the commit then refuses
 *    `onlyValidRows` here, with one message. Name the job and report paths in the personal-data scan's list of
 *    uploader-only routes (test/personalDataScan.test.ts). fitness/importRoutes.ts is the smallest example,
 *    registry/excel/routes.ts the one with several kinds.
 * Uploads wait for their commit encrypted (jobFileCipher.ts: AES-256-GCM under a key of the file's own, that key
 * sealed with the platform key); the report and the commit decrypt them, a job stored in clear before still reads.
 * An import that is not one declared sheet (exams' wide or long score files, .csv too) uses the lower layer:
 * `storeUpload` and `commitImportJob`, with `markedUpReport` for its report (exams/scoreImportCommands.ts).
 */
import { createHash, randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { type auth, registry } from "@edubureau/core";
import type { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Context } from "hono";
import { type AuditEntry, recordAudit } from "../audit/store";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import type { AppEnv } from "../http/context";
import { AppError, badRequest, conflict, describeForLog, notFound } from "../http/errors";
import {
  claimImportJob,
  findImportJob,
  type ImportJob,
  importJobFile,
  insertImportJob,
  type JobFilter,
} from "./importJobs";
import { markedUpReport } from "./importReport";
import { readSheet, type Sheet, type SheetSpec } from "./importSheet";
import { rememberSheet, sheetForCommit } from "./parsedSheets";
import type { ImportSummary, ImportValidation } from "./problemCollector";
import type { ImportProblem } from "./problems";

export type { ImportJob, JobFilter } from "./importJobs";

// ---------------------------------------------------------------------------------------------------------------
// The lower layer: any parsed file, any report shape.

/** What an upload stores: whose import it is, the file, its counts and the importer's report. */
export interface ImportUpload<R> {
  capability: string;
  kind: string;
  /** the record the rows go into (exams: the exam) */
  targetId?: string;
  fileName: string;
  bytes: Buffer;
  rowCount: number;
  errorCount: number;
  report: R;
}

/** The audit row of an upload or a commit (actor, time and address are added here). */
export type ImportAudit = Omit<AuditEntry, "actor" | "at" | "ip" | "actorName">;

/** A job's file name as stored (at most 200 characters; the fallback when the browser sent none). */
export const storedFileName = (name: string, fallback: string) => (name || fallback).slice(0, 200);

/**
 * Stores a validated upload as a job (the file encrypted, see jobFileCipher.ts) and records its audit row, in one
 * transaction. The audit row's target is the job (type "import_job") unless the importer names another.
 */
export async function storeUpload<R>(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  scope: auth.DataScope,
  upload: ImportUpload<R>,
  audit: Omit<ImportAudit, "targetId"> & { details: Record<string, unknown> },
  at: { now: Date; ip?: string },
): Promise<ImportJob<R>> {
  const fileSha256 = createHash("sha256").update(upload.bytes).digest("hex");
  return deps.db.transaction(async (tx) => {
    const job = await insertImportJob<R>(
      tx,
      deps.cipher,
      actor,
      scope,
      {
        id: randomUUID(),
        capability: upload.capability,
        kind: upload.kind,
        targetId: upload.targetId,
        fileName: upload.fileName,
        fileSha256,
        file: upload.bytes,
        rowCount: upload.rowCount,
        errorCount: upload.errorCount,
        report: upload.report,
      },
      at.now,
    );
    await recordAudit(tx, {
      targetType: "import_job",
      ...audit,
      targetId: job.id,
      actor,
      ip: at.ip,
      at: at.now,
    });
    return job;
  });
}

/** How a commit refuses a job that is done: committed, or discarded by the purge. */
export type ClosedJobRefusal = (status: "committed" | "discarded") => AppError;

/** The register's refusals (the default): IMPORT_ALREADY_COMMITTED, IMPORT_DISCARDED. */
export const refuseClosedJob: ClosedJobRefusal = (status) =>
  status === "committed"
    ? conflict("IMPORT_ALREADY_COMMITTED", "该批次已经导入,不能重复提交")
    : conflict("IMPORT_DISCARDED", "该批次上传超过24小时未提交,原文件已按规定删除:请重新上传");

/** The steps of one commit: read the stored file again, check it within the transaction, write it. */
export interface CommitSteps<P, V, W> {
  /** refuses before anything is read (e.g. a job with known errors) */
  precheck?(): void;
  /** the parsed upload, read outside the transaction so the embedded database is not held while a file is read */
  read(): Promise<P>;
  /** checks the file again inside the transaction (the data may have changed since the upload); throws to refuse */
  check(tx: Tx, parsed: P): Promise<V>;
  /** the report kept with the committed job (unchanged when absent) */
  committedReport?(checked: V): unknown;
  /** writes the rows; returns the result and the commit's audit row */
  write(tx: Tx, checked: V): Promise<{ result: W; audit: ImportAudit; rowsWritten: number }>;
  /** tables whose planner statistics are refreshed after a large write */
  tables?: readonly PgTable[];
  refuseClosed?: ClosedJobRefusal;
}

/**
 * Rows written at or above which the commit refreshes the planner's statistics of the tables it wrote: the embedded
 * database has no autovacuum, and a table that grew several-fold since the last ANALYZE gets join plans chosen for
 * its old size (nested loops over the new rows). About half a second for 100,000 students.
 */
const ANALYZE_AFTER_ROWS = 5_000;

/**
 * Commits a job: all or nothing, in one transaction that checks the file again, marks the job committed (dropping
 * the uploaded file; a concurrent second commit finds it done), writes the rows and records the audit row.
 *
 * @throws AppError 409 from `refuseClosed` (default `refuseClosedJob`), or whatever the steps refuse with
 */
export async function commitImportJob<P, V, W>(
  db: Db,
  actor: auth.Actor,
  job: ImportJob<unknown>,
  steps: CommitSteps<P, V, W>,
  at: { now: Date; ip?: string },
): Promise<W> {
  const refuse = steps.refuseClosed ?? refuseClosedJob;
  if (job.status === "committed" || job.status === "discarded") throw refuse(job.status);
  steps.precheck?.();
  let parsed: P | null = await steps.read();
  const { result, rowsWritten } = await db.transaction(async (tx) => {
    const checked = await steps.check(tx, parsed!);
    parsed = null; // the checked records are all that is needed from here on; let the parsed cells go
    if (!(await claimImportJob(tx, job.id, at.now, steps.committedReport?.(checked)))) throw refuse("committed");
    const written = await steps.write(tx, checked);
    await recordAudit(tx, { ...written.audit, actor, ip: at.ip, at: at.now });
    return written;
  });
  const tables = steps.tables ?? [];
  if (rowsWritten >= ANALYZE_AFTER_ROWS && tables.length > 0) {
    // the rows are committed by now: a failure here must not tell the user the import failed
    await db.execute(sql`analyze ${sql.join([...tables], sql`, `)}`).catch((err: unknown) => {
      console.error(`[${new Date().toISOString()}] 导入后更新统计信息失败 ${describeForLog(err)}`);
    });
  }
  return result;
}

/**
 * The form of a multipart upload, checked by the capability's zod schema; a request that is not multipart, or a
 * form that does not pass, gets a 400 saying how to send one.
 *
 * @param messages - the message when the request is not multipart, and the codes of the two refusals (IMPORT_NO_FILE
 *   and VALIDATION_FAILED unless given)
 */
export async function readUploadForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  messages: { notMultipart: string; code?: string; formCode?: string },
): Promise<z.infer<S>> {
  if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
    throw badRequest(messages.code ?? "IMPORT_NO_FILE", messages.notMultipart);
  }
  const parsed = schema.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "file", message: i.message }));
    throw badRequest(messages.formCode ?? "VALIDATION_FAILED", details[0]?.message ?? "输入有误", details);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------------------------
// Declared sheets: an importer declares its columns, row checks and writer; the rest is here.

/** What the validation and the writer of an import are told. */
export interface ImportContext {
  schoolYear: number;
  cipher: PersonalDataCipher;
  /** a correction upload: the reason rows already reported are replaced (school conditions) */
  correctionReason?: string;
}

/** The row checks and the writer of a declared sheet. */
export interface ImportSteps<C extends string, R> {
  /** the tables the writer fills, for refreshing their statistics after a large import */
  tables: readonly PgTable[];
  validate(db: Db | Tx, actor: auth.Actor, sheet: Sheet<C>, ctx: ImportContext): Promise<ImportValidation<R>>;
  /** writes the valid rows; returns figures for the audit row (e.g. how many were corrections) */
  write(
    tx: Tx,
    actor: auth.Actor,
    rows: R[],
    ctx: ImportContext & { now: Date; ip?: string; jobId: string },
  ): Promise<Record<string, unknown>>;
}

/** An import of one declared sheet. */
export interface SheetImporter {
  /** the job's capability and the audit actions' prefix (`<capability>.import_upload`, `<capability>.import`) */
  capability: string;
  spec: SheetSpec;
  /** what the kind is called in file names and messages */
  label: string;
  /** the rows go into a school year (schools do not) */
  yearly: boolean;
  /**
   * the file is imported whole or not at all: a commit asking for only the valid rows is refused (one file is one
   * school's results, one kindergarten's report: half of it would be a wrong figure)
   */
  allOrNothing?: boolean;
  steps: ImportSteps<string, unknown>;
  /** `county` is the county's name (北原县), which the template names (importTemplate.ts) */
  template(db: Db, actor: auth.Actor, schoolYear: number, county: string): Promise<Buffer>;
}

/** Most problems kept with a job (and marked in its report workbook); the summary still counts all of them. */
export const MAX_STORED_PROBLEMS = 50_000;
/** Problems returned in JSON; the report workbook has them all. */
export const PROBLEMS_IN_JSON = 200;

/** What a declared sheet's job keeps as its report. */
export interface StoredReport {
  schoolYear: number;
  summary: ImportSummary;
  problems: ImportProblem[];
  /** more problems were found than are kept */
  problemsTruncated: boolean;
  /** rows (numbered as in the sheet) with at least one error */
  invalidRows: number[];
  /** set once committed */
  written?: number;
  /** a correction upload (办学条件更正): why rows already reported are replaced */
  correctionReason?: string;
}

export type SheetJob = ImportJob<StoredReport>;

/** The job as the API shows it. */
export function presentSheetJob(job: SheetJob) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    fileName: job.fileName,
    schoolYear: job.report.schoolYear,
    rowCount: job.rowCount,
    errorCount: job.errorCount,
    createdAt: job.createdAt.toISOString(),
    committedAt: job.committedAt?.toISOString() ?? null,
  };
}

/** Upload answer and job view: the job, the summary and the first problems (all are in the report workbook). */
export function presentSheetResult(job: SheetJob) {
  return {
    job: presentSheetJob(job),
    summary: job.report.summary,
    problems: job.report.problems.slice(0, PROBLEMS_IN_JSON),
  };
}

/**
 * Reads, checks and stores an upload of a declared sheet (nothing is written to the capability's tables), with its
 * audit row; the parsed sheet is kept a short while for the commit.
 *
 * @throws AppError 400 when the file is empty or not a usable workbook (see `readSheet`)
 */
export async function uploadSheetImport(
  deps: { db: Db; cipher: PersonalDataCipher },
  importer: SheetImporter,
  actor: auth.Actor,
  scope: auth.DataScope,
  input: { bytes: Buffer; fileName: string; schoolYear: number; correctionReason?: string },
  at: { now: Date; ip?: string },
): Promise<SheetJob> {
  const { bytes, schoolYear, correctionReason } = input;
  if (bytes.length === 0) throw badRequest("IMPORT_EMPTY", "上传的文件是空的:请选择填写好的导入模板");
  const sheet = await readSheet(bytes, importer.spec);
  const result = await importer.steps.validate(deps.db, actor, sheet, {
    schoolYear,
    cipher: deps.cipher,
    correctionReason,
  });
  const report: StoredReport = {
    schoolYear,
    summary: result.summary,
    problems: result.problems.slice(0, MAX_STORED_PROBLEMS),
    problemsTruncated: result.problems.length > MAX_STORED_PROBLEMS,
    invalidRows: result.invalidRows,
    ...(correctionReason ? { correctionReason } : {}),
  };
  const fileName = storedFileName(input.fileName, "upload.xlsx");
  const fileSha256 = createHash("sha256").update(bytes).digest("hex");
  const job = await storeUpload(
    deps,
    actor,
    scope,
    {
      capability: importer.capability,
      kind: importer.spec.kind,
      fileName,
      bytes,
      rowCount: result.summary.rows,
      errorCount: result.summary.errors,
      report,
    },
    {
      action: `${importer.capability}.import_upload`,
      reason: correctionReason,
      details: { kind: importer.spec.kind, fileName, fileSha256, schoolYear, ...result.summary, byColumn: undefined },
    },
    at,
  );
  rememberSheet(job.id, sheet);
  return job;
}

/** A declared sheet's job through a filter; 404 when missing or not visible. */
export async function findSheetJob(db: Db, filter: JobFilter, id: string): Promise<SheetJob> {
  const job = await findImportJob<StoredReport>(db, filter, id);
  if (!job) throw notFound("导入批次");
  return job;
}

/**
 * The report workbook of a declared sheet's job, read again from its stored file.
 *
 * @throws AppError 409 IMPORT_FILE_DROPPED once committed or discarded (the file is gone)
 */
export async function sheetJobReport(
  deps: { db: Db; cipher: PersonalDataCipher },
  importer: SheetImporter,
  filter: JobFilter,
  job: SheetJob,
): Promise<{ stream: Readable; fileName: string }> {
  if (job.status === "committed") {
    throw conflict("IMPORT_FILE_DROPPED", "该批次已导入,原文件(含完整身份证号)已按规定删除,不再提供校验报告");
  }
  if (job.status === "discarded") {
    throw conflict("IMPORT_FILE_DROPPED", "该批次上传超过24小时未提交,原文件已按规定删除:请重新上传");
  }
  const file = await importJobFile(deps.db, deps.cipher, filter, job.id);
  if (!file) throw notFound("导入批次");
  const sheet = await readSheet(file, importer.spec);
  const { spec } = importer;
  const s = job.report.summary;
  const lines: (string | number)[][] = [
    [`${spec.sheetName}导入校验报告`],
    ["文件", job.fileName],
    ...(importer.yearly ? [["导入学年", registry.schoolYearLabel(job.report.schoolYear)]] : []),
    ...(job.report.correctionReason ? [["更正原因", job.report.correctionReason]] : []),
    [`${spec.rowNoun}行数`, s.rows],
    ["正确行数", s.validRows],
    ["有错误的行数", s.invalidRows],
    ["错误数", s.errors],
    ["提醒数(不影响导入)", s.warnings],
    ["跳过的示例行", s.exampleRowsSkipped],
    [],
    ["按列统计", "错误", "提醒"],
    ...s.byColumn.map((c) => [c.column, c.errors, c.warnings]),
    [],
    [
      s.errors > 0
        ? `请在「${spec.sheetName}」表中改正标红的单元格(鼠标移到单元格上可看批注),保存后直接上传本文件${importer.allOrNothing ? "。" : ";也可以选择只导入正确的行。"}`
        : "文件没有错误,可以提交导入。黄色单元格为提醒,请核对。",
    ],
  ];
  if (job.report.problemsTruncated) {
    lines.push([`问题过多,本报告只标出前 ${job.report.problems.length} 个;改正后重新上传可看到其余问题。`]);
  }
  const stream = markedUpReport({
    summary: { widths: [26, 16, 16], lines, headings: [lines.findIndex((l) => l[0] === "按列统计")] },
    data: {
      sheetName: spec.sheetName,
      columns: spec.columns.map((c) => {
        const header = spec.headers[c] ?? c;
        return { header, width: c === "address" ? 30 : Math.max(12, header.length * 2), text: spec.codeColumns.has(c) };
      }),
      rows: sheet.rows.map((r) => ({ rowNumber: r.rowNumber, cells: spec.columns.map((c) => r.input[c] ?? "") })),
    },
    problems: job.report.problems,
  });
  return { stream, fileName: `校验报告-${job.fileName.replace(/\.xlsx$/i, "")}.xlsx` };
}

export interface CommitOptions {
  onlyValidRows: boolean;
  now: Date;
  ip?: string;
}

export interface CommitResult {
  written: number;
  skipped: number;
}

/** The refusal of a commit asking for only the valid rows of an all-or-nothing import (one message for all). */
export const refuseOnlyValidRows = (label: string) =>
  badRequest("IMPORT_ALL_OR_NOTHING", `${label}须全部正确才能导入:请下载校验报告改正后重新上传`, [
    { field: "onlyValidRows", message: `${label}不能只导入部分行` },
  ]);

/**
 * Commits a declared sheet's job: the rows are read back from the stored file (the bytes that were checked), checked
 * again against the data as it is now, and written by the importer's writer, all in one transaction. With
 * `onlyValidRows` the rows with errors are left out, otherwise any error refuses; an `allOrNothing` importer refuses
 * `onlyValidRows` before anything is read.
 *
 * @throws AppError 400 IMPORT_ALL_OR_NOTHING (see `refuseOnlyValidRows`); 409 IMPORT_ALREADY_COMMITTED, IMPORT_DISCARDED (an upload older than a day), IMPORT_HAS_ERRORS,
 *   IMPORT_STALE (the data changed since the upload and rows that were valid no longer are) or
 *   IMPORT_NOTHING_TO_WRITE
 */
export function commitSheetImport(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  job: SheetJob,
  importer: Pick<SheetImporter, "capability" | "steps"> & Partial<Pick<SheetImporter, "label" | "allOrNothing">>,
  loadSheet: () => Promise<Sheet<string>>,
  options: CommitOptions,
): Promise<CommitResult> {
  const { steps } = importer;
  if (importer.allOrNothing && options.onlyValidRows)
    return Promise.reject(refuseOnlyValidRows(importer.label ?? "此类导入"));
  const ctx: ImportContext = {
    schoolYear: job.report.schoolYear,
    cipher: deps.cipher,
    correctionReason: job.report.correctionReason,
  };
  let rowsInFile = 0;
  return commitImportJob(
    deps.db,
    actor,
    job,
    {
      precheck() {
        if (job.errorCount > 0 && !options.onlyValidRows) {
          throw conflict(
            "IMPORT_HAS_ERRORS",
            `文件中有 ${job.errorCount} 处错误,尚未写入任何数据:请下载错误报告改正后重新上传${importer.allOrNothing ? "" : ",或选择「只导入正确的行」"}`,
          );
        }
      },
      async read() {
        const sheet = await loadSheet();
        rowsInFile = sheet.rows.length;
        return sheet;
      },
      async check(tx, sheet) {
        const now = await steps.validate(tx, actor, sheet, ctx);
        const before = new Set(job.report.invalidRows);
        const newlyInvalid = new Set(now.invalidRows.filter((r) => !before.has(r)));
        if (newlyInvalid.size > 0) {
          throw new AppError(
            409,
            "IMPORT_STALE",
            `上传后系统中的数据有变化,有 ${newlyInvalid.size} 行不再通过校验(如已被其他批次导入),未写入任何数据:请重新上传文件`,
            { problems: now.problems.filter((p) => newlyInvalid.has(p.row)).slice(0, 50) },
          );
        }
        if (now.valid.length === 0) {
          throw conflict("IMPORT_NOTHING_TO_WRITE", "没有可导入的正确行:请改正错误后重新上传");
        }
        return now.valid;
      },
      committedReport: (valid) => ({ ...job.report, written: valid.length }),
      async write(tx, valid) {
        const figures = await steps.write(tx, actor, valid, {
          ...ctx,
          now: options.now,
          ip: options.ip,
          jobId: job.id,
        });
        const result = { written: valid.length, skipped: rowsInFile - valid.length };
        return {
          result,
          rowsWritten: result.written,
          audit: {
            action: `${importer.capability}.import`,
            targetType: "import_job",
            targetId: job.id,
            reason: ctx.correctionReason,
            details: {
              kind: job.kind,
              fileName: job.fileName,
              fileSha256: job.fileSha256,
              schoolYear: ctx.schoolYear,
              rows: rowsInFile,
              ...result,
              ...figures,
              onlyValidRows: options.onlyValidRows,
            },
            after: { fileSha256: job.fileSha256, written: result.written },
          },
        };
      },
      tables: steps.tables,
    },
    { now: options.now, ip: options.ip },
  );
}

/** The rows of a declared sheet's job for its commit: the sheet kept from its upload, or its stored file read again. */
export const sheetOfJob = (
  deps: { db: Db; cipher: PersonalDataCipher },
  filter: JobFilter,
  job: SheetJob,
  spec: SheetSpec,
) => sheetForCommit(deps, filter, job.id, spec);
