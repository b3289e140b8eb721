/**
 * Validates every row of a student import: core's check of each row, then what needs the whole file or the
 * database — duplicates inside the file and against the register, the school code (exists, open, within the
 * uploader's scope) and the class (must already exist for that school, year, grade and number).
 */
import { type auth, registry } from "@edubureau/core";
import { scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import type { Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import type { Sheet } from "../../excel/importSheet";
import {
  type ImportValidation as GenericValidation,
  markDuplicatesInFile,
  problemCollector,
} from "../../excel/problemCollector";
import { classesOf, existing, schoolsByCode } from "./lookups";
import { studentSheet } from "./sheetSpec";

export type { ImportSummary } from "../../excel/problemCollector";
export type { ImportProblem } from "../../excel/problems";
export type ImportValidation = GenericValidation<CheckedRow>;
/** A read student sheet. */
export type StudentSheet = Sheet<registry.StudentRowColumn>;

/** A row ready to write. */
export interface CheckedRow {
  rowNumber: number;
  record: registry.StudentRecord;
  schoolId: string;
  classId: string;
  residentIdHash: string | null;
  /** the student number was in the file, not derived from the ID (so it is checked for duplicates by itself) */
  studentNumberTyped: boolean;
}

/**
 * Validates a read sheet for import into a school year, within the actor's scope.
 *
 * @param db - a handle or the commit's transaction (so the duplicate checks see what the commit will write against)
 */
export async function validateStudentImport(
  db: Db | Tx,
  actor: auth.Actor,
  sheet: StudentSheet,
  options: { schoolYear: number; cipher: PersonalDataCipher },
): Promise<ImportValidation> {
  const scope = scopeOf(actor, "registry");
  const collector = problemCollector(sheet, studentSheet);
  const { add } = collector;

  const codes = [...new Set(sheet.rows.map((r) => r.input.schoolCode ?? "").filter(registry.isSchoolCode))];
  const schools = await schoolsByCode(db, codes);
  const classes = await classesOf(
    db,
    [...schools.values()].map((s) => s.id),
    options.schoolYear,
  );

  const candidates: CheckedRow[] = [];
  for (const row of sheet.rows) {
    const code = row.input.schoolCode ?? "";
    const found = schools.get(code);
    const result = registry.validateStudentRow(row.input, {
      schoolYear: options.schoolYear,
      specialSchool: found?.kind === "special",
    });
    // a cell that could not be read says so once, not again as whatever its mangled value breaks
    collector.addRow(row, result.problems);
    if (!result.record) continue;
    const { record } = result;
    if (!found) {
      add(row.rowNumber, "schoolCode", `系统中没有学校标识码为 ${code} 的学校:请核对,或从模板的下拉列表中选择`);
      continue;
    }
    const inScope = scope.kind === "county" ? found.regionCode === scope.regionCode : found.id === scope.schoolId;
    if (!inScope) {
      add(row.rowNumber, "schoolCode", `${found.name}(${code})不在您的管理范围:只能导入本单位管理的学校的学生`);
      continue;
    }
    if (found.status !== "open") {
      add(row.rowNumber, "schoolCode", `${found.name}已撤并或停办,不能再导入学生:请核对学校标识码`);
      continue;
    }
    const classId = classes.get(`${found.id}:${record.grade}:${record.classNumber}`);
    if (!classId) {
      const existing = [...classes.keys()]
        .filter((k) => k.startsWith(`${found.id}:${record.grade}:`))
        .map((k) => Number(k.split(":")[2]))
        .sort((a, b) => a - b);
      const have = existing.length > 0 ? `已有${existing.map((n) => `${n}班`).join("、")}` : "该年级还没有班级";
      add(
        row.rowNumber,
        "classNumber",
        `${found.name}${registry.schoolYearLabel(options.schoolYear)}${registry.gradeLabel(record.grade)}没有${record.classNumber}班(${have}):请改正班号,或先在系统中建立该班`,
      );
      continue;
    }
    const residentIdHash = record.residentId ? options.cipher.hash(record.residentId) : null;
    const studentNumberTyped = (row.input.studentNumber ?? "") !== "";
    candidates.push({
      rowNumber: row.rowNumber,
      record,
      schoolId: found.id,
      classId,
      residentIdHash,
      studentNumberTyped,
    });
  }

  const fix = "同一学生只能填写一行,请删除重复行或改正号码";
  const rowOf = (c: CheckedRow) => c.rowNumber;
  markDuplicatesInFile(candidates, rowOf, (c) => c.record.residentId, "residentId", { label: "身份证号", fix }, add);
  markDuplicatesInFile(
    candidates,
    rowOf,
    (c) => (c.studentNumberTyped ? c.record.studentNumber : null),
    "studentNumber",
    { label: "学籍号", fix },
    add,
  );
  const takenHashes = await existing(
    db,
    "hash",
    candidates.map((c) => c.residentIdHash).filter((h) => h !== null),
  );
  const takenNumbers = await existing(
    db,
    "number",
    candidates.map((c) => c.record.studentNumber),
  );
  for (const c of candidates) {
    if (c.residentIdHash && takenHashes.has(c.residentIdHash)) {
      add(
        c.rowNumber,
        "residentId",
        "系统中已有此身份证号的人员:如是从其他学校转入,请办理转学而不是导入;如号码有误请改正",
      );
    }
    const explained = !c.studentNumberTyped && c.residentIdHash && takenHashes.has(c.residentIdHash);
    if (takenNumbers.has(c.record.studentNumber) && !explained) {
      add(c.rowNumber, "studentNumber", "系统中已有此学籍号:请核对;已在册的学生不要重复导入");
    }
  }

  return collector.finish(candidates, rowOf);
}
