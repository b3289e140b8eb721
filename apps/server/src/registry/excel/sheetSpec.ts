/**
 * The columns of the register's imports (学生, 教职工, 学校, 办学条件), declared for the shared import pipeline
 * (excel/importPipeline.ts): the data sheet's name, its columns and their Chinese headers (from core), which columns
 * hold codes typed as digits and which hold dates, and the column whose 「示例」 prefix marks the example row.
 */
import { registry } from "@edubureau/core";
import type { SheetSpec } from "../../excel/importSheet";

export type { SheetSpec } from "../../excel/importSheet";

export type ImportKind = (typeof importKinds)[number];
export const importKinds = ["students", "staff", "schools", "conditions"] as const;

export const studentSheet: SheetSpec<registry.StudentRowColumn> = {
  kind: "students",
  sheetName: "学生信息",
  rowNoun: "学生",
  splitHint: "请按学校或年级分成几个文件",
  columns: registry.studentRowColumns,
  headers: registry.studentRowHeaders,
  codeColumns: new Set(["residentId", "studentNumber", "schoolCode", "guardianPhone"]),
  dateColumns: new Set(["birthDate"]),
  exampleColumn: "name",
};

export const staffSheet: SheetSpec<registry.StaffRowColumn> = {
  kind: "staff",
  sheetName: "教职工信息",
  rowNoun: "教职工",
  splitHint: "请按学校分成几个文件",
  columns: registry.staffRowColumns,
  headers: registry.staffRowHeaders,
  codeColumns: new Set(["residentId", "staffNumber", "schoolCode"]),
  dateColumns: new Set(["hireDate"]),
  exampleColumn: "name",
};

export const schoolSheet: SheetSpec<registry.SchoolRowColumn> = {
  kind: "schools",
  sheetName: "学校信息",
  rowNoun: "学校",
  splitHint: "请分成几个文件",
  columns: registry.schoolRowColumns,
  headers: registry.schoolRowHeaders,
  codeColumns: new Set(["code", "phone"]),
  dateColumns: new Set(["openedOn"]),
  exampleColumn: "name",
};

export const conditionSheet: SheetSpec<registry.ConditionRowColumn> = {
  kind: "conditions",
  sheetName: "办学条件",
  rowNoun: "学校",
  splitHint: "请分成几个文件",
  columns: registry.conditionRowColumns,
  headers: registry.conditionRowHeaders,
  codeColumns: new Set(["schoolCode"]),
  dateColumns: new Set(),
  exampleColumn: "schoolName",
};

export const sheetSpecs: Record<ImportKind, SheetSpec> = {
  students: studentSheet,
  staff: staffSheet,
  schools: schoolSheet,
  conditions: conditionSheet,
};
