import { api, apiUrl } from "../../app/api";

/** What an import brings in: students, staff, new schools, or a year's school conditions. */
export type ImportKind = "students" | "staff" | "schools" | "conditions";

/** An import batch (导入批次): validated on upload, written on commit. */
export interface ImportJob {
  id: string;
  kind: ImportKind;
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
  /** The template of a kind for a school year (the downloader's schools and codes), downloaded through a link. */
  templateUrl: (kind: ImportKind, year?: number) => apiUrl(`/registry/templates/${kind}.xlsx`, { year }),
  /** The validation report of an import: the uploaded rows with the problem cells marked red and commented. */
  reportUrl: (id: string) => apiUrl(`${importPath(id)}/report.xlsx`),
  /**
   * Uploads and validates a file of a kind for import into a school year (the newest when left out); for school
   * conditions, a correction reason lets rows already reported be replaced.
   */
  upload: (
    file: Blob & { name?: string },
    fields: { kind: ImportKind; year: number | undefined; correctionReason?: string },
    onProgress?: (percent: number) => void,
  ) => api.upload<ImportValidation>("/registry/imports", file, { onProgress, fields }),
  commit: (id: string, onlyValidRows: boolean) =>
    api.post<ImportCommitResult>(`${importPath(id)}/commit`, { onlyValidRows }),
};
