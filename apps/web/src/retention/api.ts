import { api } from "../app/api";
import type { Body, Ok, Query, Row, Schema } from "../app/wire";

/** The server's retention rows and answers (derived from the server's contracts: retention/schemas.ts). */
export type Overview = Schema<"RetentionOverview">;
export type Child = Schema<"RetentionChild">;
export type ChildrenPage = Ok<"getRetentionChildren">;
export type Suspect = Schema<"RetentionSuspect">;
export type Case = Schema<"RetentionCase">;
export type CaseDetail = Schema<"RetentionCaseDetail">;
export type Run = Schema<"RetentionRun">;
export type Absence = Schema<"RetentionAbsence">;
export type ZeroReport = Schema<"RetentionZeroReport">;
export type Recheck = Schema<"RetentionRecheck">;
export type Rates = Schema<"RetentionRates">;
export type YearRates = Row<Rates["years"]>;
export type CountyRates = YearRates["county"];
export type UnitRates = Row<YearRates["towns"]>;
export type Ratio = Schema<"RetentionRatio">;
export type Records = Schema<"RetentionRecords">;
export type Settings = Schema<"RetentionSettings">;
export type ImportResult = Ok<"postRetentionImports">;
export type Pupil = Row<Ok<"getRetentionPupils">["rows"]>;
export type Reminder = Schema<"RetentionReminder">;
export type ExportKind = "suspects" | "cases" | "zero-reports" | "rates";

export type ChildrenQuery = Query<"getRetentionChildren">;
export type ExplanationBody = Body<"putRetentionChildrenByIdExplanation">;
export type OpenCaseBody = Body<"postRetentionSuspectsByIdCase">;
export type TransitionBody = Body<"postRetentionCasesByIdTransition">;
export type VisitBody = Body<"postRetentionCasesByIdVisits">;
export type AbsenceBody = Body<"postRetentionAbsences">;
export type ZeroReportBody = Body<"putRetentionZeroReportsByMonth">;
export type RecheckBody = Body<"postRetentionRechecks">;
export type SettingsBody = Body<"putRetentionSettings">;
export type RecordsQuery = Query<"getRetentionRatesRecords">;
export type ComparisonKind = "roster" | "attendance" | "transfers" | "poverty";

const enc = encodeURIComponent;

export const retentionApi = {
  overview: () => api.get<Overview>("/retention/overview"),
  settings: () => api.get<Settings>("/retention/settings"),
  updateSettings: (body: SettingsBody) => api.put<Settings>("/retention/settings", body),
  children: (query: ChildrenQuery) => api.get<ChildrenPage>("/retention/children", query),
  reveal: (id: string, reason: string) =>
    api.post<Ok<"postRetentionChildrenByIdReveal">>(`/retention/children/${enc(id)}/reveal`, { reason }),
  explain: (id: string, body: ExplanationBody) =>
    api.put<Ok<"putRetentionChildrenByIdExplanation">>(`/retention/children/${enc(id)}/explanation`, body),
  runs: () => api.get<Ok<"getRetentionComparisons">>("/retention/comparisons"),
  run: (kind: ComparisonKind) => api.post<Run>(`/retention/comparisons/${kind}/run`),
  suspects: (query: Query<"getRetentionSuspects">) => api.get<Ok<"getRetentionSuspects">>("/retention/suspects", query),
  openCase: (suspectId: string, body: OpenCaseBody) =>
    api.post<Ok<"postRetentionSuspectsByIdCase">>(`/retention/suspects/${enc(suspectId)}/case`, body),
  cases: (query: Query<"getRetentionCases">) => api.get<Ok<"getRetentionCases">>("/retention/cases", query),
  case: (id: string) => api.get<CaseDetail>(`/retention/cases/${enc(id)}`),
  transition: (id: string, body: TransitionBody) =>
    api.post<Ok<"postRetentionCasesByIdTransition">>(`/retention/cases/${enc(id)}/transition`, body),
  visit: (id: string, body: VisitBody) =>
    api.post<Ok<"postRetentionCasesByIdVisits">>(`/retention/cases/${enc(id)}/visits`, body),
  uploadEvidence: (id: string, file: File, visitId?: string) =>
    api.upload<Ok<"postRetentionCasesByIdEvidence">>(`/retention/cases/${enc(id)}/evidence`, file, {
      fields: { visitId },
    }),
  evidenceUrl: (id: string) => `/api/retention/evidence/${enc(id)}`,
  pupils: () => api.get<Ok<"getRetentionPupils">>("/retention/pupils"),
  absences: (month?: string) => api.get<Ok<"getRetentionAbsences">>("/retention/absences", { month }),
  reportAbsence: (body: AbsenceBody) => api.post<Ok<"postRetentionAbsences">>("/retention/absences", body),
  zeroReports: (month: string) =>
    api.get<Ok<"getRetentionZeroReportsByMonth">>(`/retention/zero-reports/${enc(month)}`),
  submitZeroReport: (month: string, body: ZeroReportBody) =>
    api.put<Ok<"putRetentionZeroReportsByMonth">>(`/retention/zero-reports/${enc(month)}`, body),
  rechecks: () => api.get<Ok<"getRetentionRechecks">>("/retention/rechecks"),
  recordRecheck: (body: RecheckBody) => api.post<Ok<"postRetentionRechecks">>("/retention/rechecks", body),
  rates: (schoolYear?: number) => api.get<Rates>("/retention/rates", { schoolYear }),
  computeRates: () => api.post<Rates>("/retention/rates/compute"),
  records: (query: RecordsQuery) => api.get<Records>("/retention/rates/records", query),
  upload: (file: File, kind: "roster" | "poverty", onProgress?: (p: number) => void) =>
    api.upload<ImportResult>("/retention/imports", file, { fields: { kind }, onProgress }),
  commit: (jobId: string, onlyValidRows: boolean) =>
    api.post<Ok<"postRetentionImportsByIdCommit">>(`/retention/imports/${enc(jobId)}/commit`, { onlyValidRows }),
  reportUrl: (jobId: string) => `/retention/imports/${enc(jobId)}/report.xlsx`,
  downloadTemplate: (kind: "roster" | "poverty") =>
    api.download(`/retention/templates/${kind}`, undefined, "导入模板.xlsx"),
  reminders: () => api.get<Ok<"getRetentionReminders">>("/retention/reminders"),
  /** an export (xlsx) of a register or the rates; audited by the server */
  downloadExport: (kind: ExportKind, query?: { month?: string; schoolYear?: number }) =>
    api.download(`/retention/exports/${kind}`, query, "控辍保学.xlsx"),
  downloadReport: (jobId: string) =>
    api.download(`/retention/imports/${enc(jobId)}/report.xlsx`, undefined, "校验报告.xlsx"),
};
