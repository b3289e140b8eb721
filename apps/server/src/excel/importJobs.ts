/**
 * Import jobs (导入批次) of every capability, in the one job table: the uploaded file and its validation report, kept
 * between upload and commit. A job is found within the finder's data scope (and, where the capability asks, only by
 * the account that uploaded it: the file may hold resident IDs or full student numbers). The file is stored encrypted
 * and decrypted only when read back for a report or a commit (jobFileCipher.ts). Uploads never committed are purged
 * after a day by one timer for all capabilities.
 */
import type { auth } from "@edubureau/core";
import { and, desc, eq, lt, ne, sql } from "drizzle-orm";
import type { PersonalDataCipher } from "../auth/personalData";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { openJobFile, sealJobFile } from "./jobFileCipher";
import { importJob } from "./tables";

/** A job as read back: everything but the file, the report in the importer's shape. */
export type ImportJob<R = Record<string, unknown>> = Omit<
  typeof importJob.$inferSelect,
  "report" | "file" | "fileKey"
> & {
  report: R;
};

/** Which jobs a lookup may see: the capability's, within a data scope; optionally one target's or one uploader's. */
export interface JobFilter {
  capability: string;
  scope: auth.DataScope;
  /** the record the rows go into (exams: the exam) */
  targetId?: string;
  /** only the account that uploaded it */
  createdBy?: string;
}

export interface NewImportJob<R> {
  id: string;
  capability: string;
  kind: string;
  targetId?: string | null;
  fileName: string;
  fileSha256: string;
  /** the upload as sent (stored encrypted) */
  file: Buffer;
  rowCount: number;
  errorCount: number;
  report: R;
}

const jobColumns = {
  id: importJob.id,
  regionCode: importJob.regionCode,
  capability: importJob.capability,
  kind: importJob.kind,
  targetId: importJob.targetId,
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

/**
 * Stores an uploaded, validated file, encrypted: status "validated" when clean, "failed" when any row has an error.
 * The job belongs to the uploader's school when their scope is one school.
 */
export async function insertImportJob<R>(
  db: Db | Tx,
  cipher: PersonalDataCipher,
  actor: auth.Actor,
  scope: auth.DataScope,
  job: NewImportJob<R>,
  now: Date,
): Promise<ImportJob<R>> {
  const sealed = sealJobFile(cipher, job.file);
  const [row] = await db
    .insert(importJob)
    .values({
      id: job.id,
      regionCode: actor.regionCode,
      capability: job.capability,
      kind: job.kind,
      targetId: job.targetId ?? null,
      schoolId: scope.kind === "school" || scope.kind === "classes" ? scope.schoolId : null,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      // as base64 text: binding a large buffer directly is several times slower on the embedded database
      file: sql`decode(${sealed.bytes.toString("base64")}, 'base64')`,
      fileKey: sealed.key,
      status: job.errorCount > 0 ? "failed" : "validated",
      rowCount: job.rowCount,
      errorCount: job.errorCount,
      report: job.report as unknown as Record<string, unknown>,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning(jobColumns);
  return withoutFile<R>(row!);
}

function visible(filter: JobFilter, id?: string) {
  return and(
    id ? eq(importJob.id, id) : undefined,
    eq(importJob.capability, filter.capability),
    filter.targetId ? eq(importJob.targetId, filter.targetId) : undefined,
    filter.createdBy ? eq(importJob.createdBy, filter.createdBy) : undefined,
    schoolScopeCondition(filter.scope, { regionCode: importJob.regionCode, schoolId: importJob.schoolId }),
  );
}

/** A job, without the file; null when missing or not visible (the caller answers 404 for both). */
export async function findImportJob<R>(db: Db | Tx, filter: JobFilter, id: string): Promise<ImportJob<R> | null> {
  const rows = await db.select(jobColumns).from(importJob).where(visible(filter, id)).limit(1);
  return rows[0] ? withoutFile<R>(rows[0]) : null;
}

/**
 * The uploaded bytes of a job, decrypted (empty once committed or discarded); null when missing or not visible.
 *
 * @throws AppError 409 IMPORT_FILE_UNREADABLE when the file does not decrypt (see `openJobFile`)
 */
export async function importJobFile(
  db: Db | Tx,
  cipher: PersonalDataCipher,
  filter: JobFilter,
  id: string,
): Promise<Buffer | null> {
  const rows = await db
    .select({ file: sql<string>`encode(${importJob.file}, 'base64')`, key: importJob.fileKey })
    .from(importJob)
    .where(visible(filter, id))
    .limit(1);
  return rows[0] ? openJobFile(cipher, Buffer.from(rows[0].file, "base64"), rows[0].key) : null;
}

/** The newest jobs visible through a filter (exams: one exam's uploads), with their reports' summaries only. */
export async function listImportJobs(db: Db, filter: JobFilter, limit = 20) {
  const { report: _, ...columns } = jobColumns;
  return db
    .select({ ...columns, summary: sql<unknown>`${importJob.report}->'summary'` })
    .from(importJob)
    .where(visible(filter))
    .orderBy(desc(importJob.createdAt))
    .limit(limit);
}

/**
 * Marks a job committed if it is not already, and drops the uploaded file; false when it was (another commit got
 * there first). Run inside the commit's transaction: on PostgreSQL the row lock makes a concurrent second commit
 * wait and then find it done.
 *
 * @param report - the report to keep with the committed job (unchanged when absent)
 */
export async function claimImportJob(tx: Tx, id: string, now: Date, report?: unknown): Promise<boolean> {
  const rows = await tx
    .update(importJob)
    .set({
      status: "committed",
      committedAt: now,
      updatedAt: now,
      // the upload holds personal data: once its rows are written, it is not kept (not even encrypted)
      file: sql`''::bytea`,
      fileKey: null,
      ...(report === undefined ? {} : { report: report as Record<string, unknown> }),
    })
    .where(and(eq(importJob.id, id), ne(importJob.status, "committed")))
    .returning({ id: importJob.id });
  return rows.length === 1;
}

function withoutFile<R>(
  row: Omit<typeof importJob.$inferSelect, "file" | "fileKey"> & { file?: unknown; fileKey?: unknown },
): ImportJob<R> {
  const { file: _, fileKey: __, report, ...rest } = row;
  return { ...rest, report: report as unknown as R };
}

/** How long an upload that was never committed keeps its file (it may hold resident IDs). */
export const UNCOMMITTED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Drops the files of uploads never committed and older than a day, of every capability, with the problem lists of
 * their reports (a problem quotes its cell, often a resident ID; the summary's counts stay), and marks them
 * discarded. Run at start and every hour.
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
      fileKey: null,
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
