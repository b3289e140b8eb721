import { api } from "../app/api";
import type { Body, Ok, Row, Schema } from "../app/wire";

/** The server's answers (derived from the server's contracts: reports/schemas.ts). */
export type Cockpit = Schema<"Cockpit">;
export type CockpitCard = Row<Cockpit["cards"]>;
export type CockpitFigure = Schema<"CockpitFigure">;
export type NeedsNow = Schema<"NeedsNow">;
export type FigureDrill = Schema<"FigureDrill">;
export type FigureDefinition = Schema<"FigureDefinition">;
export type WorkReport = Schema<"WorkReport">;
export type WorkReportItem = Schema<"WorkReportItem">;
export type Catalogue = Ok<"getReportsCatalogue">;
export type SentenceBody = Body<"putReportsWorkReportSentencesByKey">;
export type YearEndChecks = Schema<"YearEndChecks">;
export type CheckItem = Row<YearEndChecks["items"]>;
export type ResolveBody = Body<"putReportsChecksByCode">;
export type DataImportResult = Ok<"postReportsDataImports">;
export type DataImportCommit = Ok<"postReportsDataImportsByIdCommit">;
/** The report's own inputs imported on the shared pipeline. */
export type DataImportKind = "after-school" | "school-counts" | "gaokao" | "zhongkao";

const enc = encodeURIComponent;

export const reportsApi = {
  catalogue: () => api.get<Catalogue>("/reports/catalogue"),
  cockpit: (year?: number) => api.get<Cockpit>("/reports/cockpit", { year }),
  needsNow: () => api.get<NeedsNow>("/reports/needs-now"),
  drill: (key: string, year?: number) => api.get<FigureDrill>(`/reports/figures/${enc(key)}`, { year }),
  workReport: (year?: number) => api.get<WorkReport>("/reports/work-report", { year }),
  saveSentence: (key: string, year: number, body: SentenceBody) =>
    api.put<WorkReport>(`/reports/work-report/sentences/${enc(key)}?year=${year}`, body),
  revertSentence: (key: string, year: number) =>
    api.delete<WorkReport>(`/reports/work-report/sentences/${enc(key)}?year=${year}`),
  checks: (year?: number, jumpRatio?: number) => api.get<YearEndChecks>("/reports/checks", { year, jumpRatio }),
  resolveCheck: (code: string, year: number, jumpRatio: number, body: ResolveBody) =>
    api.put<YearEndChecks>(`/reports/checks/${enc(code)}?year=${year}&jumpRatio=${jumpRatio}`, body),
  downloadDocx: (year: number) => api.download("/reports/work-report.docx", { year }, "年度工作总结数据.docx"),
  dataTemplate: (kind: DataImportKind, label: string, year: number) =>
    api.download(`/reports/data/templates/${kind}.xlsx`, { year }, `${label}导入模板-${year}.xlsx`),
  uploadData: (file: File, kind: DataImportKind, year: number) =>
    api.upload<DataImportResult>("/reports/data/imports", file, { fields: { kind, year } }),
  dataReport: (id: string) => api.download(`/reports/data/imports/${enc(id)}/report.xlsx`, undefined, "校验报告.xlsx"),
  commitData: (id: string) =>
    api.post<DataImportCommit>(`/reports/data/imports/${enc(id)}/commit`, { onlyValidRows: false }),
  downloadXlsx: (year: number) => api.download("/reports/figures.xlsx", { year }, "年度指标一览.xlsx"),
};
