import { api } from "../app/api";
import type { Body, Ok, Row, Schema } from "../app/wire";

/** The server's preschool answers and request bodies (derived from the server's contracts: preschool/schemas.ts). */
export type Overview = Schema<"PreschoolOverview">;
export type Indicator = Schema<"PreschoolIndicator">;
export type Evaluation = Schema<"PreschoolEvaluation">;
export type Kindergarten = Schema<"PreschoolKindergarten">;
export type KindergartenDetail = Schema<"PreschoolKindergartenDetail">;
export type Plan = Schema<"PreschoolPlan">;
export type TownshipPlan = Row<Plan["townships"]>;
export type WhatIfResult = Schema<"PreschoolWhatIfResult">;
export type Inputs = Schema<"PreschoolInputs">;
export type ConfigInfo = Schema<"PreschoolConfigInfo">;
export type Years = Ok<"getPreschoolYears">;

export type ReportBody = Body<"putPreschoolKindergartensByIdReport">;
export type PopulationBody = Body<"putPreschoolPopulation">;
export type BirthsBody = Body<"putPreschoolBirths">;
export type SurveyBody = Body<"putPreschoolSurvey">;
export type WhatIfBody = Body<"postPreschoolWhatIf">;
export type Adjustment = Row<WhatIfBody["adjustments"]>;
export type ImportResult = Ok<"postPreschoolImports">;
export type ImportCommit = Ok<"postPreschoolImportsByIdCommit">;

const enc = encodeURIComponent;
const y = (year: number | undefined) => ({ year });

export const preschoolApi = {
  years: () => api.get<Years>("/preschool/years"),
  overview: (year: number | undefined) => api.get<Overview>("/preschool/overview", y(year)),
  kindergarten: (id: string, year: number | undefined) =>
    api.get<KindergartenDetail>(`/preschool/kindergartens/${enc(id)}`, y(year)),
  saveReport: ({ id, body }: { id: string; body: ReportBody }) =>
    api.put<Ok<"putPreschoolKindergartensByIdReport">>(`/preschool/kindergartens/${enc(id)}/report`, body),
  plan: (year: number | undefined) => api.get<Plan>("/preschool/plan", y(year)),
  inputs: (year: number | undefined) => api.get<Inputs>("/preschool/inputs", y(year)),
  savePopulation: (body: PopulationBody) => api.put<Ok<"putPreschoolPopulation">>("/preschool/population", body),
  saveBirths: (body: BirthsBody) => api.put<Ok<"putPreschoolBirths">>("/preschool/births", body),
  saveSurvey: (body: SurveyBody) => api.put<Ok<"putPreschoolSurvey">>("/preschool/survey", body),
  whatIf: (body: WhatIfBody) => api.post<WhatIfResult>("/preschool/what-if", body),
  config: () => api.get<ConfigInfo>("/preschool/config"),
  report: (format: "xlsx" | "docx", year: number | undefined) =>
    api.download(`/preschool/report.${format}`, y(year), `学前教育普及普惠.${format}`),
  importTemplate: (year: number | undefined) =>
    api.download("/preschool/imports/template.xlsx", y(year), "幼儿园年度填报导入模板.xlsx"),
  uploadReports: (file: File, year: number | undefined) =>
    api.upload<ImportResult>("/preschool/imports", file, { fields: { year } }),
  importReport: (id: string) => api.download(`/preschool/imports/${enc(id)}/report.xlsx`, undefined, "校验报告.xlsx"),
  commitImport: (id: string) =>
    api.post<ImportCommit>(`/preschool/imports/${enc(id)}/commit`, { onlyValidRows: false }),
};
