/**
 * Commits a validated student import (导入提交): one transaction that re-checks the file against the register as it
 * is now, writes person, student and enrollment rows through the bulk path, marks the job committed and records the
 * audit row. All or nothing; with `onlyValidRows` the rows with errors are left out, otherwise any error refuses.
 */
import { randomUUID } from "node:crypto";
import { type auth, registry } from "@edubureau/core";
import { recordAudit } from "../../audit/store";
import type { PersonalDataCipher } from "../../auth/personalData";
import { insertAll } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import { AppError, conflict } from "../../http/errors";
import { enrollment, person, student } from "../tables";
import { claimJobForCommit, type ImportJob } from "./jobs";
import type { StudentSheet } from "./reader";
import { type CheckedRow, validateStudentImport } from "./validate";

/** Students built and inserted per step (the bulk path batches the same way). */
const WRITE_SLICE = 10_000;

export interface CommitOptions {
  onlyValidRows: boolean;
  now: Date;
  ip?: string;
}

export interface CommitResult {
  written: number;
  skipped: number;
}

/**
 * Writes the rows of an import job, read back from its stored file (the bytes that were checked).
 *
 * @throws AppError 409 IMPORT_ALREADY_COMMITTED, IMPORT_HAS_ERRORS, IMPORT_STALE (the register changed since the
 *   upload and rows that were valid no longer are) or IMPORT_NOTHING_TO_WRITE
 */
export async function commitStudentImport(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  job: ImportJob,
  loadSheet: () => Promise<StudentSheet>,
  options: CommitOptions,
): Promise<CommitResult> {
  if (job.status === "committed") throw conflict("IMPORT_ALREADY_COMMITTED", "该批次已经导入,不能重复提交");
  if (job.errorCount > 0 && !options.onlyValidRows) {
    throw conflict(
      "IMPORT_HAS_ERRORS",
      `文件中有 ${job.errorCount} 处错误,尚未写入任何数据:请下载错误报告改正后重新上传,或选择「只导入正确的行」`,
    );
  }
  const schoolYear = job.report.schoolYear;
  // parsed outside the transaction, so the embedded database is not held while the file is read
  let sheet: StudentSheet | null = await loadSheet();
  const rowsInFile = sheet.rows.length;
  return deps.db.transaction(async (tx) => {
    const now = await validateStudentImport(tx, actor, sheet!, { schoolYear, cipher: deps.cipher });
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
    // built and written a slice at a time, so only one slice of rows is in memory besides the checked records
    for (let i = 0; i < now.valid.length; i += WRITE_SLICE) {
      const rows = registerRows(
        now.valid.slice(i, i + WRITE_SLICE),
        actor.regionCode,
        schoolYear,
        deps.cipher,
        options.now,
      );
      await insertAll(tx, person, rows.persons);
      await insertAll(tx, student, rows.students);
      await insertAll(tx, enrollment, rows.enrollments);
    }
    const result = { written: now.valid.length, skipped: rowsInFile - now.valid.length };
    await recordAudit(tx, {
      actor,
      action: "registry.import",
      targetType: "import_job",
      targetId: job.id,
      details: {
        kind: job.kind,
        fileName: job.fileName,
        fileSha256: job.fileSha256,
        schoolYear,
        rows: rowsInFile,
        ...result,
        onlyValidRows: options.onlyValidRows,
      },
      after: { fileSha256: job.fileSha256, written: result.written },
      ip: options.ip,
      at: options.now,
    });
    return result;
  });
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
