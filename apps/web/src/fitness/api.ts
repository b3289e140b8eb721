import { api } from "../app/api";
import type { Body, Ok, Query, Row } from "../app/wire";

/** The server's fitness answers (derived from the server's contracts: fitness/schemas.ts). */
export type Figures = Ok<"getFitnessFigures">;
export type Figure = Figures["total"];
export type ResultPage = Ok<"getFitnessResults">;
export type ResultRow = Row<ResultPage["rows"]>;
export type ResultDetail = Ok<"getFitnessResultsById">;
export type Standard = Ok<"getFitnessStandard">;
export type Correction = Row<Ok<"getFitnessCorrections">["rows"]>;
export type CorrectionBody = Body<"postFitnessCorrections">;
export type ResultsQuery = Query<"getFitnessResults">;
export type FiguresQuery = Query<"getFitnessFigures">;
export type ImportResult = Ok<"postFitnessImports">;
export type ImportCommit = Ok<"postFitnessImportsByIdCommit">;

const enc = encodeURIComponent;

export const fitnessApi = {
  figures: (query: FiguresQuery) => api.get<Figures>("/fitness/figures", query),
  results: (query: ResultsQuery) => api.get<ResultPage>("/fitness/results", query),
  result: (id: string) => api.get<ResultDetail>(`/fitness/results/${enc(id)}`),
  standard: (grade: number, sex: "male" | "female") => api.get<Standard>("/fitness/standard", { grade, sex }),
  corrections: () => api.get<Ok<"getFitnessCorrections">>("/fitness/corrections"),
  correct: (body: CorrectionBody) => api.post<Correction>("/fitness/corrections", body),
  rescore: (body: Body<"postFitnessRescore">) => api.post<Ok<"postFitnessRescore">>("/fitness/rescore", body),
  exportFigures: (query: FiguresQuery) => api.download("/fitness/figures/export", query, "体质健康统计.xlsx"),
  template: (year?: number) => api.download("/fitness/imports/template.xlsx", { year }, "体质测试成绩导入模板.xlsx"),
  upload: (file: File, year: number | undefined, onProgress: (p: number) => void) =>
    api.upload<ImportResult>("/fitness/imports", file, { onProgress, fields: { year } }),
  report: (id: string) => api.download(`/fitness/imports/${enc(id)}/report.xlsx`, undefined, "校验报告.xlsx"),
  commit: (id: string) => api.post<ImportCommit>(`/fitness/imports/${enc(id)}/commit`, { onlyValidRows: false }),
  card: (id: string) => api.download(`/fitness/results/${enc(id)}/card`, undefined, "体质健康报告单.docx"),
};
