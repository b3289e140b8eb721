/**
 * Import jobs (导入批次): the uploaded file and its validation report, kept between upload and commit. A job is
 * visible only to the account that uploaded it, within that account's scope: the file holds clear resident IDs,
 * and seeing them otherwise needs the audited reveal.
 */
import type { auth } from "@edubureau/core";
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import type { ImportProblem } from "../../excel/problems";
import { importJob } from "../tables";
import type { ImportSummary } from "./problems";
import type { ImportKind } from "./sheetSpec";

/** Most problems kept with a job (and marked in its report workbook); the summary still counts all of them. */
export const MAX_STORED_PROBLEMS = 50_000;

/** What importJob.report holds. */
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

export type ImportJob = Omit<typeof importJob.$inferSelect, "report" | "file"> & { report: StoredReport };

/** The job as the API shows it. */
export function presentJob(job: ImportJob) {
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

const jobColumns = {
  id: importJob.id,
  regionCode: importJob.regionCode,
  kind: importJob.kind,
  schoolId: importJob.schoolId,
  fileName: importJob.fileName,
  fileSha256: importJob.fileSha256,
  status: importJob.status,
  rowCount: importJob.rowCount,
  errorCount: importJob.errorCount,
  report: importJob.report,
  createdBy: importJob.createdBy,
  committedAt: importJob.committedAt,
  createdAt: importJob.createdAt,
  updatedAt: importJob.updatedAt,
};

export interface NewJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  file: Buffer;
  report: StoredReport;
}

/** Stores an uploaded, validated file: status "validated" when clean, "failed" when any row has an error. */
export async function createJob(db: Db | Tx, actor: auth.Actor, job: NewJob, now: Date): Promise<ImportJob> {
  const scope = scopeOf(actor, "registry");
  const [row] = await db
    .insert(importJob)
    .values({
      id: job.id,
      regionCode: actor.regionCode,
      kind: job.kind,
      schoolId: scope.kind === "county" ? null : scope.schoolId,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      // as base64 text: binding a large buffer directly is several times slower on the embedded database
      file: sql`decode(${job.file.toString("base64")}, 'base64')`,
      status: job.report.summary.errors > 0 ? "failed" : "validated",
      rowCount: job.report.summary.rows,
      errorCount: job.report.summary.errors,
      report: job.report as unknown as Record<string, unknown>,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning(jobColumns);
  return withoutFile(row!);
}

function visible(actor: auth.Actor, id: string) {
  const scope = scopeOf(actor, "registry");
  return and(
    eq(importJob.id, id),
    eq(importJob.createdBy, actor.userId),
    schoolScopeCondition(scope, { regionCode: importJob.regionCode, schoolId: importJob.schoolId }),
  );
}

/** A job of the actor's, without the file; null when missing or not theirs (the caller answers 404 for both). */
export async function findJob(db: Db | Tx, actor: auth.Actor, id: string): Promise<ImportJob | null> {
  const rows = await db.select(jobColumns).from(importJob).where(visible(actor, id)).limit(1);
  return rows[0] ? withoutFile(rows[0]) : null;
}

/** The uploaded bytes of a job of the actor's. */
export async function jobFile(db: Db | Tx, actor: auth.Actor, id: string): Promise<Buffer | null> {
  const rows = await db
    .select({ file: sql<string>`encode(${importJob.file}, 'base64')` })
    .from(importJob)
    .where(visible(actor, id))
    .limit(1);
  return rows[0] ? Buffer.from(rows[0].file, "base64") : null;
}

/**
 * Marks a job committed if it is not already, and drops the uploaded file; false when it was (another commit got
 * there first). Run inside the commit's transaction: on PostgreSQL the row lock makes a concurrent second commit wait and then find it done.
 */
export async function claimJobForCommit(tx: Tx, job: ImportJob, written: number, now: Date): Promise<boolean> {
  const rows = await tx
    .update(importJob)
    .set({
      status: "committed",
      committedAt: now,
      updatedAt: now,
      // the upload holds resident IDs in clear: once its rows are in the register (encrypted), it is not kept
      file: sql`''::bytea`,
      report: { ...job.report, written } as unknown as Record<string, unknown>,
    })
    .where(and(eq(importJob.id, job.id), ne(importJob.status, "committed")))
    .returning({ id: importJob.id });
  return rows.length === 1;
}

function withoutFile(row: Omit<typeof importJob.$inferSelect, "file"> & { file?: unknown }): ImportJob {
  const { file: _, report, ...rest } = row;
  return { ...rest, report: report as unknown as StoredReport };
}

/** How long an upload that was never committed keeps its file (it holds resident IDs in clear). */
export const UNCOMMITTED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Drops the files of uploads never committed and older than a day, with the problem lists of their reports (a
 * problem quotes its cell, often a resident ID; the summary's counts stay), and marks them discarded. Run at start
 * and every hour.
 *
 * @returns how many uploads were purged
 */
export async function purgeStaleUploads(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCOMMITTED_UPLOAD_TTL_MS);
  const rows = await db
    .update(importJob)
    .set({
      status: "discarded",
      file: sql`''::bytea`,
      // a problem quotes the cell (often a resident ID): the list goes, the counts by column stay
      report: sql`jsonb_set(${importJob.report}, '{problems}', '[]'::jsonb)`,
      updatedAt: now,
    })
    .where(and(sql`${importJob.status} in ('validated', 'failed')`, lt(importJob.createdAt, cutoff)))
    .returning({ id: importJob.id });
  return rows.length;
}

/**
 * Purges stale uploads now and then every hour until stopped (errors are logged, never thrown: a failed purge is
 * retried at the next tick).
 *
 * @returns a function that stops the timer
 */
export async function startUploadPurge(
  db: Db,
  now: () => Date,
  log: (msg: string) => void = () => {},
): Promise<() => void> {
  const run = () =>
    purgeStaleUploads(db, now()).then(
      (n) => {
        if (n > 0) log(`已清除 ${n} 个超过24小时未提交的导入文件`);
      },
      (err: unknown) => log(`清除未提交的导入文件失败:${(err as Error).message}`),
    );
  await run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
