/**
 * Commits a validated import (导入提交), any kind: one transaction that re-checks the file against the register as
 * it is now, writes the rows through the kind's bulk path, marks the job committed (dropping the uploaded file) and
 * records the audit row. All or nothing; with `onlyValidRows` the rows with errors are left out, otherwise any error
 * refuses. The student rows' writer is here too.
 */
import { randomUUID } from "node:crypto";
import { type auth, registry } from "@edubureau/core";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { recordAudit } from "../../audit/store";
import type { PersonalDataCipher } from "../../auth/personalData";
import { insertAll, type Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import { AppError, conflict, describeForLog } from "../../http/errors";
import { enrollment, person, student } from "../tables";
import { claimJobForCommit, type ImportJob } from "./jobs";
import type { ImportValidation } from "./problems";
import type { Sheet, StudentSheet } from "./reader";
import { type CheckedRow, validateStudentImport } from "./validate";

/** Rows built and inserted per step (the bulk path batches the same way). */
export const WRITE_SLICE = 10_000;

export interface CommitOptions {
  onlyValidRows: boolean;
  now: Date;
  ip?: string;
}

export interface CommitResult {
  written: number;
  skipped: number;
}

/** What the validation and the writer of a kind are told. */
export interface ImportContext {
  schoolYear: number;
  cipher: PersonalDataCipher;
  /** a correction upload: the reason rows already reported are replaced (school conditions) */
  correctionReason?: string;
}

/**
 * Rows written at or above which the commit refreshes the planner's statistics of the tables it wrote: the embedded
 * database has no autovacuum, and a register that grew several-fold since the last ANALYZE gets join plans chosen
 * for its old size (nested loops over the new rows). About half a second for 100,000 students.
 */
const ANALYZE_AFTER_ROWS = 5_000;

/** The two steps of a kind's commit. */
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

/**
 * Writes the rows of an import job, read back from its stored file (the bytes that were checked).
 *
 * @throws AppError 409 IMPORT_ALREADY_COMMITTED, IMPORT_DISCARDED (an upload older than a day), IMPORT_HAS_ERRORS,
 *   IMPORT_STALE (the register changed since the upload and rows that were valid no longer are) or
 *   IMPORT_NOTHING_TO_WRITE
 */
export async function commitImport<C extends string, R>(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  job: ImportJob,
  steps: ImportSteps<C, R>,
  loadSheet: () => Promise<Sheet<C>>,
  options: CommitOptions,
): Promise<CommitResult> {
  if (job.status === "committed") throw conflict("IMPORT_ALREADY_COMMITTED", "该批次已经导入,不能重复提交");
  if (job.status === "discarded") {
    throw conflict("IMPORT_DISCARDED", "该批次上传超过24小时未提交,原文件已按规定删除:请重新上传");
  }
  if (job.errorCount > 0 && !options.onlyValidRows) {
    throw conflict(
      "IMPORT_HAS_ERRORS",
      `文件中有 ${job.errorCount} 处错误,尚未写入任何数据:请下载错误报告改正后重新上传,或选择「只导入正确的行」`,
    );
  }
  const ctx: ImportContext = {
    schoolYear: job.report.schoolYear,
    cipher: deps.cipher,
    correctionReason: job.report.correctionReason,
  };
  // parsed outside the transaction, so the embedded database is not held while the file is read
  let sheet: Sheet<C> | null = await loadSheet();
  const rowsInFile = sheet.rows.length;
  const result = await deps.db.transaction(async (tx) => {
    const now = await steps.validate(tx, actor, sheet!, ctx);
    sheet = null; // the checked records are all that is needed from here on; let the parsed cells go
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
    if (now.valid.length === 0) throw conflict("IMPORT_NOTHING_TO_WRITE", "没有可导入的正确行:请改正错误后重新上传");
    if (!(await claimJobForCommit(tx, job, now.valid.length, options.now))) {
      throw conflict("IMPORT_ALREADY_COMMITTED", "该批次已经导入,不能重复提交");
    }
    const figures = await steps.write(tx, actor, now.valid, {
      ...ctx,
      now: options.now,
      ip: options.ip,
      jobId: job.id,
    });
    const result = { written: now.valid.length, skipped: rowsInFile - now.valid.length };
    await recordAudit(tx, {
      actor,
      action: "registry.import",
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
      ip: options.ip,
      at: options.now,
    });
    return result;
  });
  if (result.written >= ANALYZE_AFTER_ROWS && steps.tables.length > 0) {
    // the rows are committed by now: a failure here must not tell the user the import failed
    await deps.db.execute(sql`analyze ${sql.join([...steps.tables], sql`, `)}`).catch((err: unknown) => {
      console.error(`[${new Date().toISOString()}] 导入后更新统计信息失败 ${describeForLog(err)}`);
    });
  }
  return result;
}

/** The student import's steps: validation, and person, student and enrollment rows a slice at a time. */
export const studentSteps: ImportSteps<registry.StudentRowColumn, CheckedRow> = {
  tables: [person, student, enrollment],
  validate: (db, actor, sheet, ctx) => validateStudentImport(db, actor, sheet, ctx),
  async write(tx, actor, valid, ctx) {
    // built and written a slice at a time, so only one slice of rows is in memory besides the checked records
    for (let i = 0; i < valid.length; i += WRITE_SLICE) {
      const rows = registerRows(valid.slice(i, i + WRITE_SLICE), actor.regionCode, ctx.schoolYear, ctx.cipher, ctx.now);
      await insertAll(tx, person, rows.persons);
      await insertAll(tx, student, rows.students);
      await insertAll(tx, enrollment, rows.enrollments);
    }
    return {};
  },
};

/** Commits a student import job (see `commitImport`). */
export function commitStudentImport(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  job: ImportJob,
  loadSheet: () => Promise<StudentSheet>,
  options: CommitOptions,
): Promise<CommitResult> {
  return commitImport(deps, actor, job, studentSteps, loadSheet, options);
}

/** The person, student and enrollment rows for checked import rows; resident IDs hashed, encrypted and masked. */
export function registerRows(
  valid: readonly CheckedRow[],
  regionCode: string,
  schoolYear: number,
  cipher: PersonalDataCipher,
  now: Date,
) {
  const today = now.toISOString().slice(0, 10);
  const [first, last] = [`${schoolYear}-09-01`, `${schoolYear + 1}-08-31`];
  const enteredOn = today < first ? first : today > last ? last : today;
  const persons: Record<string, unknown>[] = [];
  const students: Record<string, unknown>[] = [];
  const enrollments: Record<string, unknown>[] = [];
  for (const { record: r, schoolId, classId, residentIdHash } of valid) {
    const personId = randomUUID();
    const studentId = randomUUID();
    persons.push({
      id: personId,
      regionCode,
      name: r.name,
      gender: r.gender,
      birthDate: r.birthDate,
      ethnicity: r.ethnicity,
      nameInitials: registry.nameInitials(r.name),
      residentIdHash,
      residentIdMasked: r.residentId ? registry.maskResidentId(r.residentId) : null,
      residentIdCipher: r.residentId ? cipher.encrypt(r.residentId) : null,
    });
    students.push({
      id: studentId,
      regionCode,
      personId,
      studentNumber: r.studentNumber,
      householdType: r.householdType,
      householdInCounty: !r.migrant,
      leftBehind: r.leftBehind,
      migrant: r.migrant,
      disability: r.disability,
      disabilityPlacement: r.disabilityPlacement,
      orphan: r.orphan,
      povertyRegistered: r.povertyRegistered,
      dibao: r.dibao,
      address: r.address,
      guardianName: r.guardianName,
      guardianPhone: r.guardianPhone,
    });
    enrollments.push({
      regionCode,
      schoolId,
      schoolYear,
      studentId,
      classId,
      grade: r.grade,
      status: "enrolled",
      enteredOn,
    });
  }
  return { persons, students, enrollments };
}
