import type { ledger } from "@edubureau/core";
import { api } from "../app/api";

/** The server's ledger rows (server: ledger/schemas.ts). */
export interface InspectionType {
  id: string;
  kind: ledger.InspectionKind;
  kindLabel: string;
  name: string;
  checklist: ledger.ChecklistItem[];
  defaultDays: number;
  active: boolean;
}

export interface Institution {
  id: string;
  name: string;
  licence: string;
  address: string;
  type: ledger.InstitutionType;
  typeLabel: string;
  status: ledger.InstitutionStatus;
  statusLabel: string;
  contact: string | null;
}

export interface Inspection {
  id: string;
  typeId: string;
  typeName: string;
  kind: ledger.InspectionKind;
  kindLabel: string;
  title: string;
  inspectedOn: string;
  inspectors: string[];
  selfInspection: boolean;
  summary: string;
  targets: number;
  findings: number;
  openFindings: number;
  /** the caller may fill checklists and raise findings here */
  canRaise: boolean;
}

export interface InspectionTarget {
  id: string;
  schoolId: string | null;
  institutionId: string | null;
  name: string;
  results: ledger.ChecklistEntry[];
  checkedAt: string | null;
  summary: ledger.ChecklistSummary;
}

export interface InspectionDetail {
  inspection: Inspection;
  checklist: ledger.ChecklistItem[];
  targets: InspectionTarget[];
}

export type FindingAbilities = Record<ledger.RectificationAction, boolean> & { upload: boolean };

export interface Finding {
  id: string;
  number: string;
  inspectionId: string;
  inspectionTitle: string;
  inspectedOn: string;
  schoolId: string | null;
  institutionId: string | null;
  targetName: string;
  kind: ledger.InspectionKind;
  kindLabel: string;
  scope: ledger.FindingScope;
  scopeLabel: string;
  commonGroup: string | null;
  checklistCode: string | null;
  category: string;
  description: string;
  severity: ledger.Severity;
  severityLabel: string;
  responsibleUnit: string;
  responsiblePerson: string;
  measures: string;
  state: ledger.FindingState;
  stateLabel: string;
  raisedOn: string;
  originalDeadline: string;
  deadline: string;
  extensionRequest: { deadline: string; reason: string } | null;
  closedOn: string | null;
  deadlineStatus: ledger.DeadlineStatus;
  deadlineStatusLabel: string;
  daysLeft: number | null;
  daysOverdue: number;
  escalation: ledger.EscalationLevel;
  escalationLabel: string;
  can: FindingAbilities;
}

export interface HistoryEntry {
  seq: number;
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  deadlineBefore: string | null;
  deadlineAfter: string | null;
  note: string;
  actorName: string;
  actorParty: string;
  evidenceIds: string[];
  at: string;
}

export interface Evidence {
  id: string;
  transitionId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  hasThumbnail: boolean;
  uploaderName: string;
  uploadedAt: string;
}

export interface FindingDetail {
  finding: Finding;
  history: HistoryEntry[];
  evidence: Evidence[];
}

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

export interface FindingPage {
  today: string;
  rows: Finding[];
  total: number;
  counts: Record<ledger.FindingState, number>;
}

export interface Stats {
  inspections: number;
  findings: number;
  rectified: number;
  rectifiedOnTime: number;
  open: number;
  overdue: number;
  withdrawn: number;
  averageDaysToClose: number | null;
  rectificationRate: number | null;
  onTimeRate: number | null;
}

export interface Statistics {
  today: string;
  kind: string | null;
  from: string | null;
  to: string | null;
  totals: Stats;
  sentence: string;
  byKind: { kind: ledger.InspectionKind; label: string; stats: Stats; sentence: string }[];
  bySchool: { key: string; name: string; stats: Stats }[];
  byCategory: { key: string; name: string; stats: Stats }[];
  bySeverity: { key: string; name: string; stats: Stats }[];
}

export interface Reminders {
  today: string;
  approaching: Finding[];
  overdue: Finding[];
  awaitingReview: number;
  extensionRequests: number;
}

export interface NewInspection {
  typeId: string;
  title: string;
  inspectedOn: string;
  inspectors: string[];
  schoolIds: string[];
  institutionIds: string[];
  selfInspection?: boolean;
  summary?: string;
}

export interface NewFinding {
  targetIds: string[];
  category: string;
  description: string;
  severity: ledger.Severity;
  checklistCode?: string | null;
  responsibleUnit?: string | null;
  responsiblePerson: string;
  deadline?: string | null;
  measures?: string | null;
}

export interface TransitionBody {
  action: ledger.RectificationAction;
  note?: string;
  newDeadline?: string;
  evidenceIds?: string[];
}

export type InstitutionBody = Omit<Institution, "id" | "typeLabel" | "statusLabel">;
export type InspectionTypeBody = Omit<InspectionType, "id" | "kindLabel">;

const q = (query: object) =>
  Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, typeof v === "boolean" ? (v ? "true" : undefined) : v]),
  ) as Record<string, string | number | undefined>;

const enc = encodeURIComponent;

export const ledgerApi = {
  schools: () => api.get<{ rows: { id: string; name: string; kind: string }[] }>("/ledger/schools"),
  types: () => api.get<{ rows: InspectionType[] }>("/ledger/types"),
  createType: (body: InspectionTypeBody) => api.post<InspectionType>("/ledger/types", body),
  updateType: (id: string, body: InspectionTypeBody) => api.put<InspectionType>(`/ledger/types/${enc(id)}`, body),
  institutions: () => api.get<{ rows: Institution[] }>("/ledger/institutions"),
  createInstitution: (body: InstitutionBody) => api.post<Institution>("/ledger/institutions", body),
  updateInstitution: (id: string, body: InstitutionBody) =>
    api.put<Institution>(`/ledger/institutions/${enc(id)}`, body),
  inspections: (query: { kind?: string; page: number; pageSize: number }) =>
    api.get<{ rows: Inspection[]; total: number }>("/ledger/inspections", q(query)),
  inspection: (id: string) => api.get<InspectionDetail>(`/ledger/inspections/${enc(id)}`),
  createInspection: (body: NewInspection) => api.post<Inspection>("/ledger/inspections", body),
  saveChecklist: (id: string, targetId: string, results: ledger.ChecklistEntry[]) =>
    api.put<InspectionDetail>(`/ledger/inspections/${enc(id)}/targets/${enc(targetId)}/checklist`, { results }),
  raiseFindings: (inspectionId: string, body: NewFinding) =>
    api.post<{ rows: Finding[] }>(`/ledger/inspections/${enc(inspectionId)}/findings`, body),
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
