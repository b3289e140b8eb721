import { api, apiUrl } from "../../app/api";

/** An import batch (导入批次): validated on upload, written on commit. */
export interface ImportJob {
  id: string;
  /** students */
  kind: string;
  /** validated: no errors; failed: has errors (fix and upload again, or import only the valid rows); committed */
  status: string;
  fileName: string;
  /** the school year the rows go into */
  schoolYear: number;
  rowCount: number;
  /** cells with errors (warnings not counted) */
  errorCount: number;
  createdAt: string;
  committedAt: string | null;
}

/** One problem of the validation report: the row as Excel numbers it, the column header, the cell, what is wrong. */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  message: string;
  /** a warning does not stop the row from being imported */
  level: "error" | "warning";
}

/** The validation summary (server: excel/validate.ts ImportSummary). */
export interface ImportSummary {
  rows: number;
  validRows: number;
  invalidRows: number;
  errors: number;
  warnings: number;
  /** rows marked 示例 in the template, left out */
  exampleRowsSkipped: number;
  byColumn: { column: string; errors: number; warnings: number }[];
}

/** POST /api/registry/imports: the uploaded file checked, nothing written yet; at most the first 200 problems. */
export interface ImportValidation {
  job: ImportJob;
  summary: ImportSummary;
  problems: ImportProblem[];
}

/** POST /api/registry/imports/{id}/commit: what was written. */
export interface ImportCommitResult {
  job: ImportJob;
  /** students registered */
  written: number;
  /** rows left out (those with errors, when only the valid rows were imported) */
  skipped: number;
}

/** Largest file the server accepts. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

const importPath = (id: string) => `/registry/imports/${encodeURIComponent(id)}`;

export const excelApi = {
  /** The student template of a school year (its schools and codes), downloaded by the browser through a link. */
  studentTemplateUrl: (year?: number) => apiUrl("/registry/templates/students.xlsx", { year }),
  /** The validation report of an import: the uploaded rows with the problem cells marked red and commented. */
  reportUrl: (id: string) => apiUrl(`${importPath(id)}/report.xlsx`),
  /** Uploads and validates a file for import into a school year (the newest when left out). */
  upload: (file: Blob & { name?: string }, year: number | undefined, onProgress?: (percent: number) => void) =>
    api.upload<ImportValidation>("/registry/imports", file, { onProgress, fields: { year } }),
  commit: (id: string, onlyValidRows: boolean) =>
    api.post<ImportCommitResult>(`${importPath(id)}/commit`, { onlyValidRows }),
};
