import type { ledger } from "@edubureau/core";
import { api } from "../app/api";

import type { Body, Ok, Row, Schema } from "../app/wire";

/** The server's ledger rows and answers (derived from the server's contracts: ledger/schemas.ts). */
export type InspectionType = Schema<"LedgerInspectionType">;
export type Institution = Schema<"LedgerInstitution">;
export type Inspection = Schema<"LedgerInspection">;
export type InspectionTarget = Schema<"LedgerInspectionTarget">;
export type InspectionDetail = Schema<"LedgerInspectionDetail">;
export type Finding = Schema<"LedgerFinding">;
export type FindingAbilities = Finding["can"];
export type HistoryEntry = Schema<"LedgerHistoryEntry">;
export type Evidence = Schema<"LedgerEvidence">;
export type FindingDetail = Schema<"LedgerFindingDetail">;
export type FindingPage = Ok<"getLedgerFindings">;
export type Statistics = Schema<"LedgerStatistics">;
export type Stats = Statistics["totals"];
export type Reminders = Schema<"LedgerReminders">;
export type LedgerSchool = Row<Ok<"getLedgerSchools">["rows"]>;

export type NewInspection = Body<"postLedgerInspections">;
export type NewFinding = Body<"postLedgerInspectionsByIdFindings">;
export type TransitionBody = Body<"postLedgerFindingsByIdTransitions">;
export type InstitutionBody = Body<"postLedgerInstitutions">;
export type InspectionTypeBody = Body<"postLedgerTypes">;

/** The findings list's filters as the pages hold them (flags as booleans; the query sends only the true ones). */
export interface FindingQuery {
  kind?: ledger.InspectionKind;
  schoolId?: string;
  inspectionId?: string;
  severity?: ledger.Severity;
  state?: ledger.FindingState;
  open?: boolean;
  overdue?: boolean;
  extensionRequested?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

const q = (query: object) =>
  Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, typeof v === "boolean" ? (v ? "true" : undefined) : v]),
  ) as Record<string, string | number | undefined>;

const enc = encodeURIComponent;

export const ledgerApi = {
  schools: () => api.get<Ok<"getLedgerSchools">>("/ledger/schools"),
  types: () => api.get<Ok<"getLedgerTypes">>("/ledger/types"),
  createType: (body: InspectionTypeBody) => api.post<InspectionType>("/ledger/types", body),
  updateType: (id: string, body: InspectionTypeBody) => api.put<InspectionType>(`/ledger/types/${enc(id)}`, body),
  institutions: () => api.get<Ok<"getLedgerInstitutions">>("/ledger/institutions"),
  createInstitution: (body: InstitutionBody) => api.post<Institution>("/ledger/institutions", body),
  updateInstitution: (id: string, body: InstitutionBody) =>
    api.put<Institution>(`/ledger/institutions/${enc(id)}`, body),
  inspections: (query: { kind?: string; page: number; pageSize: number }) =>
    api.get<Ok<"getLedgerInspections">>("/ledger/inspections", q(query)),
  inspection: (id: string) => api.get<InspectionDetail>(`/ledger/inspections/${enc(id)}`),
  createInspection: (body: NewInspection) => api.post<Inspection>("/ledger/inspections", body),
  saveChecklist: (id: string, targetId: string, results: ledger.ChecklistEntry[]) =>
    api.put<InspectionDetail>(`/ledger/inspections/${enc(id)}/targets/${enc(targetId)}/checklist`, { results }),
  raiseFindings: (inspectionId: string, body: NewFinding) =>
    api.post<Ok<"postLedgerInspectionsByIdFindings">>(`/ledger/inspections/${enc(inspectionId)}/findings`, body),
  findings: (query: FindingQuery) => api.get<FindingPage>("/ledger/findings", q(query)),
  finding: (id: string) => api.get<FindingDetail>(`/ledger/findings/${enc(id)}`),
  transition: (id: string, body: TransitionBody) =>
    api.post<FindingDetail>(`/ledger/findings/${enc(id)}/transitions`, body),
  uploadEvidence: (id: string, file: File) => api.upload<Evidence>(`/ledger/findings/${enc(id)}/evidence`, file),
  reminders: () => api.get<Reminders>("/ledger/reminders"),
  statistics: (query: { kind?: string; from?: string; to?: string }) =>
    api.get<Statistics>("/ledger/statistics", q(query)),
  exportLedger: (query: Omit<FindingQuery, "page" | "pageSize">) =>
    api.download("/ledger/findings/export.xlsx", q(query), "整改台账.xlsx"),
  notice: (id: string) => api.download(`/ledger/inspections/${enc(id)}/notice.docx`, undefined, "情况通报.docx"),
  evidenceUrl: (id: string) => `/api/ledger/evidence/${enc(id)}`,
  thumbnailUrl: (id: string) => `/api/ledger/evidence/${enc(id)}/thumbnail`,
};
