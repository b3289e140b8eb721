/**
 * The student import's writer (学生导入): person, student and enrollment rows a slice at a time, for the shared
 * import pipeline's one-transaction commit (excel/importPipeline.ts).
 */
import { randomUUID } from "node:crypto";
import { type auth, registry } from "@edubureau/core";
import type { PersonalDataCipher } from "../../auth/personalData";
import { withReferencesCheckedByCaller, writeRows } from "../../db/bulkCopy";
import type { Db } from "../../db/client";
import {
  type CommitOptions,
  type CommitResult,
  commitSheetImport,
  type ImportSteps,
  type SheetJob,
} from "../../excel/importPipeline";
import type { Sheet } from "../../excel/importSheet";
import { initialsOf } from "../initialsOf";
import { enrollment, person, student } from "../tables";
import { type CheckedRow, validateStudentImport } from "./validate";

/**
 * Rows built and written per step. Small, so that few built rows are alive at once and little of them outlives the
 * young generation: for 100,000 students 1,000 a step peaks at 0.96–1.0 GB in all against 1.13 GB for 10,000, in the
 * same time (bench/studentImport.ts); each step is still one COPY per table.
 */
export const WRITE_SLICE = 1_000;

/** The student import's steps: validation, and person, student and enrollment rows a slice at a time. */
export const studentSteps: ImportSteps<registry.StudentRowColumn, CheckedRow> = {
  tables: [person, student, enrollment],
  validate: (db, actor, sheet, ctx) => validateStudentImport(db, actor, sheet, ctx),
  async write(tx, actor, valid, ctx) {
    // built and written a slice at a time, so only one slice of rows is in memory besides the checked records;
    // every row's school and class were checked again in this transaction (validate), the person and student rows
    // are made here, so the embedded database's row-by-row foreign-key checks are left out
    await withReferencesCheckedByCaller(tx, async () => {
      for (let i = 0; i < valid.length; i += WRITE_SLICE) {
        const slice = valid.slice(i, i + WRITE_SLICE);
        const rows = registerRows(slice, actor.regionCode, ctx.schoolYear, ctx.cipher, ctx.now);
        await writeRows(tx, person, rows.persons);
        await writeRows(tx, student, rows.students);
        await writeRows(tx, enrollment, rows.enrollments);
      }
    });
    return {};
  },
};

/** Commits a student import job (see `commitImport`). */
export function commitStudentImport(
  deps: { db: Db; cipher: PersonalDataCipher },
  actor: auth.Actor,
  job: SheetJob,
  loadSheet: () => Promise<Sheet<registry.StudentRowColumn>>,
  options: CommitOptions,
): Promise<CommitResult> {
  const steps = studentSteps as unknown as ImportSteps<string, unknown>;
  return commitSheetImport(deps, actor, job, { capability: "registry", steps }, loadSheet, options);
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
      nameInitials: initialsOf(r.name),
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
