/**
 * The one shape of an import problem, whatever is imported (register sheets, exam scores, admissions lists): where
 * it is as Excel shows it, the cell's text, what is wrong and how to fix it, so reports and pages read them alike.
 */

/** One problem for the report: row as Excel numbers it, column header, the cell's text, what is wrong and the fix. */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  message: string;
  /** an error keeps the row out; a warning is shown and the row is written */
  level: "error" | "warning";
}
