/**
 * The problems of an import declared by its columns (a `SheetSpec`), by row and column, and the summary every such
 * import reports: the same shapes for every kind, so the report workbook and the web page read them all alike.
 */
import type { Sheet, SheetSpec } from "./importSheet";
import type { ImportProblem } from "./problems";

export interface ImportSummary {
  rows: number;
  validRows: number;
  invalidRows: number;
  errors: number;
  warnings: number;
  exampleRowsSkipped: number;
  byColumn: { column: string; errors: number; warnings: number }[];
}

/** A validation's outcome: the rows ready to write, and the problems found. */
export interface ImportValidation<T> {
  valid: T[];
  invalidRows: number[];
  problems: ImportProblem[];
  summary: ImportSummary;
}

/**
 * Collects problems against a read sheet, then sorts, counts and summarizes them.
 *
 * @example const p = problemCollector(sheet, staffSheet); p.add(3, "residentId", "身份证号校验位不正确"); p.finish(valid, (v) => v.rowNumber)
 */
export function problemCollector<C extends string>(sheet: Sheet<C>, spec: SheetSpec<C>) {
  const problems: (ImportProblem & { col: C })[] = [];
  const rowIndex = new Map(sheet.rows.map((r, i) => [r.rowNumber, i]));
  const add = (rowNumber: number, col: C, message: string, level: "error" | "warning" = "error") => {
    const value = sheet.rows[rowIndex.get(rowNumber)!]?.input[col] ?? "";
    problems.push({ row: rowNumber, col, column: spec.headers[col], value, message, level });
  };
  /** The problems of reading the cells and of core's row check (a cell that could not be read says so once). */
  const addRow = (
    row: Sheet<C>["rows"][number],
    checked: readonly { column: C; message: string; level: "error" | "warning" }[],
  ) => {
    const unreadable = new Set(row.cellProblems.map((p) => p.column));
    for (const p of row.cellProblems) add(row.rowNumber, p.column, p.message);
    for (const p of checked) if (!unreadable.has(p.column)) add(row.rowNumber, p.column, p.message, p.level);
  };
  const finish = <T>(candidates: T[], rowOf: (t: T) => number): ImportValidation<T> => {
    const failed = new Set(problems.filter((p) => p.level === "error").map((p) => p.row));
    const order = new Map(spec.columns.map((c, i) => [c, i]));
    problems.sort((a, b) => a.row - b.row || order.get(a.col)! - order.get(b.col)!);
    const valid = candidates.filter((c) => !failed.has(rowOf(c)));
    return {
      valid,
      invalidRows: [...failed].sort((a, b) => a - b),
      problems: problems.map(({ col: _, ...p }) => p),
      summary: summarize(sheet, spec, problems, valid.length),
    };
  };
  return { add, addRow, finish };
}

/**
 * Marks every row whose key another row repeats, naming the other rows.
 *
 * @param what - the column's name and what one row stands for, for the message
 */
export function markDuplicatesInFile<T, C extends string>(
  rows: readonly T[],
  rowOf: (r: T) => number,
  key: (r: T) => string | null,
  column: C,
  what: { label: string; fix: string },
  add: (row: number, col: C, message: string) => void,
) {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    const k = key(r);
    if (k) seen.set(k, [...(seen.get(k) ?? []), rowOf(r)]);
  }
  for (const rowNumbers of seen.values()) {
    if (rowNumbers.length < 2) continue;
    for (const n of rowNumbers) {
      const others = rowNumbers.filter((m) => m !== n).slice(0, 5);
      add(n, column, `与第${others.join("、")}行的${what.label}重复:${what.fix}`);
    }
  }
}

function summarize<C extends string>(
  sheet: Sheet<C>,
  spec: SheetSpec<C>,
  problems: (ImportProblem & { col: C })[],
  validRows: number,
): ImportSummary {
  const byColumn = spec.columns
    .map((c) => {
      const mine = problems.filter((p) => p.col === c);
      const errors = mine.filter((p) => p.level === "error").length;
      return { column: spec.headers[c], errors, warnings: mine.length - errors };
    })
    .filter((c) => c.errors + c.warnings > 0);
  const errors = problems.filter((p) => p.level === "error").length;
  return {
    rows: sheet.rows.length,
    validRows,
    invalidRows: sheet.rows.length - validRows,
    errors,
    warnings: problems.length - errors,
    exampleRowsSkipped: sheet.exampleRowsSkipped,
    byColumn,
  };
}
