/**
 * What the Excel machinery needs to know about one kind of import (学生, 教职工, 学校, 办学条件): the data sheet's
 * name, its columns and their Chinese headers (from core), which columns hold codes typed as digits and which hold
 * dates, and the column whose 「示例」 prefix marks the template's example row. Reader, report and template work
 * from this alone, so every import gets the same guards, the same marked-up report and the same template layout.
 */
import { registry } from "@edubureau/core";

export type ImportKind = (typeof importKinds)[number];
export const importKinds = ["students", "staff", "schools", "conditions"] as const;

export interface SheetSpec<C extends string = string> {
  kind: ImportKind;
  /** the data sheet's name in the template and the report */
  sheetName: string;
  /** what one row is, for messages: 学生, 教职工, 学校 */
  rowNoun: string;
  /** how a big file is split, for the too-many-rows message */
  splitHint: string;
  columns: readonly C[];
  headers: Readonly<Record<C, string>>;
  /** digits typed as codes: spaces inside are dropped, a number that lost digits is flagged, text format kept */
  codeColumns: ReadonlySet<C>;
  /** dates: an Excel date serial is read as YYYY-MM-DD */
  dateColumns: ReadonlySet<C>;
  /** the column whose 「示例」 prefix marks the example row */
  exampleColumn: C;
}

/** Rows whose example column starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = "示例";

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

/** How a column's cells are read: as codes, as dates, or as plain text. */
export function cellKindOf<C extends string>(spec: SheetSpec<C>, column: C): CellKind {
  return spec.codeColumns.has(column) ? "code" : spec.dateColumns.has(column) ? "date" : "text";
}
export type CellKind = "text" | "code" | "date";
