import type { admissions } from "@edubureau/core";
import { api } from "../app/api";
import type { Body, Ok, Row, Schema } from "../app/wire";

export type DrawKind = admissions.DrawKind;
export type DrawStatus = admissions.DrawStatus;

/** An event as GET /api/admissions/events lists it. */
export type EventRow = Schema<"DrawEventRow">;

/*
 * The event in full (EventDetail and its parts) stays typed here: the server's DrawEvent contract is an open
 * object (id, code, status and any other field), so there is nothing to derive it from yet.
 */
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
export type SettledOverride = Row<Schema<"PublicDraw">["settledOverrides"]> & {
  /** the account (inside the platform only) */
  by?: string;
};

/** The override sent with the draw or the writing into the register: a reason and the students typed again. */
export type SettledOverrideRequest = NonNullable<NonNullable<Body<"postAdmissionsEventsByIdRun">>["override"]>;

/** The detail's roster summary (named apart from the list's count). */
export interface EntrySummary {
  total: number;
  boys: number;
  girls: number;
  specialNeeds: number;
  byTier: { tier: number; count: number }[];
}

export type Intake = Ok<"getAdmissionsIntake">;
export type AllocationRequest = Body<"postAdmissionsEventsAllocation">;
export type QuotaRequest = Body<"postAdmissionsEventsQuota">;
export type QuotaBase = Row<Ok<"getAdmissionsQuotaBases">["rows"]>;

/** A published event as the public sees it (server: admissions/publicRoutes.ts PublicDraw). */
export type PublicDraw = Schema<"PublicDraw">;
export type PublicDrawRow = Row<Ok<"getPublicDraws">["rows"]>;

/** A catchment zone with its capacity check (server: admissions/zones.ts listZones). */
export type ZoneRow = Schema<"CatchmentZoneCapacity">;
export type ZoneBody = Body<"postAdmissionsZones">;

/** Reads a published file as text exactly as served (the verifier needs the bytes, not a re-serialization). */
async function fileText(path: string): Promise<string> {
  const response = await fetch(`/api${path}`, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`无法下载公示文件(${response.status})`);
  return response.text();
}

export const admissionsApi = {
  events: (kind?: DrawKind) => api.get<Ok<"getAdmissionsEvents">>("/admissions/events", { kind }),
  event: (id: string) => api.get<EventDetail>(`/admissions/events/${id}`),
  intake: (schoolId: string, year: number, grade: number) =>
    api.get<Intake>("/admissions/intake", { schoolId, year, grade }),
  quotaBases: (year: number, baseKind: string) =>
    api.get<Ok<"getAdmissionsQuotaBases">>("/admissions/quota-bases", { year, baseKind }),
  createAllocation: (body: AllocationRequest) => api.post<EventDetail>("/admissions/events/allocation", body),
  createQuota: (body: QuotaRequest) => api.post<EventDetail>("/admissions/events/quota", body),
  uploadAllocation: (file: File, settings: Record<string, unknown>) =>
    api.upload<EventDetail>("/admissions/uploads/allocation", file, { fields: { settings: JSON.stringify(settings) } }),
  uploadLottery: (file: File, settings: Record<string, unknown>) =>
    api.upload<EventDetail>("/admissions/uploads/lottery", file, { fields: { settings: JSON.stringify(settings) } }),
  step: (id: string, step: "freeze" | "run" | "confirm" | "publish", override?: SettledOverrideRequest) =>
    api.post<EventDetail>(`/admissions/events/${id}/${step}`, override ? { override } : undefined),
  contribute: (id: string, body: Body<"postAdmissionsEventsByIdContributions">) =>
    api.post<EventDetail>(`/admissions/events/${id}/contributions`, body),
  rerun: (id: string, body: Body<"postAdmissionsEventsByIdRerun">) =>
    api.post<EventDetail>(`/admissions/events/${id}/rerun`, body),
  remove: (id: string) => api.delete<void>(`/admissions/events/${id}`),
  downloadFile: (id: string, which: "input" | "result") =>
    api.download(`/admissions/events/${id}/files/${which}`, undefined, `${which}.json`),
  downloadClassLists: (id: string) =>
    api.download(`/admissions/events/${id}/class-lists.xlsx`, undefined, "分班名单.xlsx"),
  downloadTemplate: (which: "allocation" | "lottery") =>
    api.download(`/admissions/templates/${which}`, undefined, `${which}.xlsx`),
  zones: (year: number) => api.get<Ok<"getAdmissionsZones">>("/admissions/zones", { year }),
  lookupZone: (address: string) => api.get<Ok<"getAdmissionsZonesLookup">>("/admissions/zones/lookup", { address }),
  createZone: (body: ZoneBody) => api.post<Ok<"postAdmissionsZones">>("/admissions/zones", body),
  updateZone: (id: string, body: ZoneBody) => api.put<Ok<"putAdmissionsZonesById">>(`/admissions/zones/${id}`, body),
  deleteZone: (id: string) => api.delete<void>(`/admissions/zones/${id}`),
  publicDraws: () => api.get<Ok<"getPublicDraws">>("/public/draws"),
  publicDraw: (code: string) => api.get<PublicDraw>(`/public/draws/${encodeURIComponent(code)}`),
  publicFile: (code: string, which: "input" | "result") =>
    fileText(`/public/draws/${encodeURIComponent(code)}/files/${which}`),
};
