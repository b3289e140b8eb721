import type { admissions } from "@edubureau/core";
import { api } from "../app/api";

export type DrawKind = admissions.DrawKind;
export type DrawStatus = admissions.DrawStatus;

/** An event as GET /api/admissions/events lists it. */
export interface EventRow {
  id: string;
  code: string;
  kind: DrawKind;
  kindLabel: string;
  title: string;
  status: DrawStatus;
  statusLabel: string;
  schoolId: string | null;
  schoolName: string | null;
  schoolYear: number | null;
  grade: number | null;
  eventTime: string;
  inputDigest: string;
  resultDigest: string | null;
  entries: number;
  confirmedAt: string | null;
  publishedAt: string | null;
  rerunOfId: string | null;
}

export interface ClassResult {
  number: number;
  headTeacherTeam: string | null;
  headTeacherName: string | null;
  size: number;
  boys: number;
  girls: number;
  specialNeeds: number;
  students: { code: string; name: string; gender: string }[];
}

export interface LotteryEntryRow {
  code: string;
  name: string;
  tier: number;
  family: string | null;
  drawPosition: number;
}

/** An event in full (server: admissions/present.ts presentEvent). */
export interface EventDetail extends Omit<EventRow, "entries"> {
  source: "register" | "excel" | "manual";
  algorithm: string;
  algorithmVersion: number;
  seed: string | null;
  frozenAt: string | null;
  drawnAt: string | null;
  rerunReason: string | null;
  rerunOfCode: string | null;
  /** an allocation from the register still to be written whose grade is already in classes (已分班), or null */
  settledGrade: { studentsInClasses: number; canOverride: boolean } | null;
  settledOverrides: SettledOverride[];
  settings: Record<string, unknown>;
  warnings: string[];
  entries: EntrySummary;
  families: { family: string; choice: "together" | "apart" | null; members: { code: string; name: string }[] }[];
  teams: { code: string; name: string }[];
  contributions: { role: string; name: string; value: string; enteredAt: string }[];
  roster: { code: string; name: string; gender?: string; tier?: number | null; family: string | null }[];
  classes: ClassResult[] | null;
  lottery: { placesLeft: number; admitted: LotteryEntryRow[]; waiting: LotteryEntryRow[] } | null;
  quota: admissions.QuotaResult | null;
}

/** 招生办's override of a grade already in classes, at the draw or at the writing into the register. */
export interface SettledOverride {
  step: "run" | "confirm";
  reason: string;
  studentsInClasses: number;
  studentsChanged: number;
  at: string;
  /** the account (inside the platform only) */
  by?: string;
}

/** The override sent with the draw or the writing into the register: a reason and the students typed again. */
export interface SettledOverrideRequest {
  reason: string;
  confirmStudents: number;
}

/** The detail's roster summary (named apart from the list's count). */
export interface EntrySummary {
  total: number;
  boys: number;
  girls: number;
  specialNeeds: number;
  byTier: { tier: number; count: number }[];
}

export interface Intake {
  total: number;
  boys: number;
  girls: number;
  specialNeeds: number;
  leftBehind: number;
  migrant: number;
  families: { family: string; members: string[] }[];
  teachers: { staffId: string; name: string; subject: string | null }[];
  attributes: string[];
  /** students of the grade already in classes (已分班) */
  studentsInClasses: number;
}

export interface AllocationRequest {
  schoolId: string;
  schoolYear: number;
  grade: number;
  classes: number;
  title: string;
  eventTime: string;
  balance: string[];
  familyChoices: Record<string, "together" | "apart">;
  headTeacherIds: string[];
}

export interface QuotaRequest {
  title: string;
  eventTime: string;
  seniorSchoolId: string | null;
  seniorSchool: { code: string; name: string } | null;
  schoolYear: number;
  plan: number;
  sharePercent: number;
  baseKind: admissions.QuotaBaseKind;
  ruralWeightPercent: number;
  floorLine: number;
}

export interface QuotaBase {
  id: string;
  code: string;
  name: string;
  locality: string;
  base: number;
  rural: boolean;
}

/** A published event as the public sees it (server: admissions/present.ts presentPublic). */
export interface PublicDraw {
  /** frozen: only the input is public yet (before the event); published: everything */
  status: "frozen" | "published";
  code: string;
  kind: DrawKind;
  kindLabel: string;
  title: string;
  schoolName: string | null;
  algorithm: string;
  algorithmVersion: number;
  eventTime: string;
  frozenAt: string | null;
  publishedAt: string | null;
  inputDigest: string;
  contributions: { role: string; value: string }[];
  seed: string | null;
  resultDigest: string | null;
  rerunOfCode: string | null;
  rerunReason: string | null;
  settledOverrides: SettledOverride[];
  entries: number;
}

export interface PublicDrawRow {
  code: string;
  kind: DrawKind;
  title: string;
  status: "frozen" | "published";
  eventTime: string;
  publishedAt: string | null;
  schoolName: string | null;
}

/** A catchment zone with its capacity check (server: admissions/zones.ts listZones). */
export interface ZoneRow {
  id: string;
  name: string;
  stage: admissions.ZoneStage;
  units: string[];
  schools: { id: string; name: string; places: number; override: boolean }[];
  cohort: { from: string; to: string };
  children: number;
  places: number;
  ratio: number | null;
  gap: number;
  status: admissions.CapacityStatus;
}

export interface ZoneBody {
  name: string;
  stage: admissions.ZoneStage;
  units: string[];
  schoolIds: string[];
  places: Record<string, number>;
}

/** Reads a published file as text exactly as served (the verifier needs the bytes, not a re-serialization). */
async function fileText(path: string): Promise<string> {
  const response = await fetch(`/api${path}`, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`无法下载公示文件(${response.status})`);
  return response.text();
}

export const admissionsApi = {
  events: (kind?: DrawKind) => api.get<{ rows: EventRow[] }>("/admissions/events", { kind }),
  event: (id: string) => api.get<EventDetail>(`/admissions/events/${id}`),
  intake: (schoolId: string, year: number, grade: number) =>
    api.get<Intake>("/admissions/intake", { schoolId, year, grade }),
  quotaBases: (year: number, baseKind: string) =>
    api.get<{ rows: QuotaBase[] }>("/admissions/quota-bases", { year, baseKind }),
  createAllocation: (body: AllocationRequest) => api.post<EventDetail>("/admissions/events/allocation", body),
  createQuota: (body: QuotaRequest) => api.post<EventDetail>("/admissions/events/quota", body),
  uploadAllocation: (file: File, settings: Record<string, unknown>) =>
    api.upload<EventDetail>("/admissions/uploads/allocation", file, { fields: { settings: JSON.stringify(settings) } }),
  uploadLottery: (file: File, settings: Record<string, unknown>) =>
    api.upload<EventDetail>("/admissions/uploads/lottery", file, { fields: { settings: JSON.stringify(settings) } }),
  step: (id: string, step: "freeze" | "run" | "confirm" | "publish", override?: SettledOverrideRequest) =>
    api.post<EventDetail>(`/admissions/events/${id}/${step}`, override ? { override } : undefined),
  contribute: (id: string, body: { role: string; name: string; value: string }) =>
    api.post<EventDetail>(`/admissions/events/${id}/contributions`, body),
  rerun: (id: string, body: { reason: string; eventTime: string }) =>
    api.post<EventDetail>(`/admissions/events/${id}/rerun`, body),
  remove: (id: string) => api.delete<void>(`/admissions/events/${id}`),
  downloadFile: (id: string, which: "input" | "result") =>
    api.download(`/admissions/events/${id}/files/${which}`, undefined, `${which}.json`),
  downloadClassLists: (id: string) =>
    api.download(`/admissions/events/${id}/class-lists.xlsx`, undefined, "分班名单.xlsx"),
  downloadTemplate: (which: "allocation" | "lottery") =>
    api.download(`/admissions/templates/${which}`, undefined, `${which}.xlsx`),
  zones: (year: number) =>
    api.get<{ schoolYear: number; rows: ZoneRow[]; problems: { field: string; message: string }[] }>(
      "/admissions/zones",
      { year },
    ),
  lookupZone: (address: string) =>
    api.get<{
      rows: {
        id: string;
        name: string;
        stage: admissions.ZoneStage;
        units: string[];
        schools: { id: string; name: string }[];
      }[];
    }>("/admissions/zones/lookup", { address }),
  createZone: (body: ZoneBody) => api.post<ZoneRow>("/admissions/zones", body),
  updateZone: (id: string, body: ZoneBody) => api.put<ZoneRow>(`/admissions/zones/${id}`, body),
  deleteZone: (id: string) => api.delete<void>(`/admissions/zones/${id}`),
  publicDraws: () => api.get<{ rows: PublicDrawRow[] }>("/public/draws"),
  publicDraw: (code: string) => api.get<PublicDraw>(`/public/draws/${encodeURIComponent(code)}`),
  publicFile: (code: string, which: "input" | "result") =>
    fileText(`/public/draws/${encodeURIComponent(code)}/files/${which}`),
};
