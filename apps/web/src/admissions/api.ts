import type { admissions } from "@edubureau/core";
import { api } from "../app/api";
import type { Body, Ok, Row, Schema } from "../app/wire";

export type DrawKind = admissions.DrawKind;
export type DrawStatus = admissions.DrawStatus;

/** An event as GET /api/admissions/events lists it. */
export type EventRow = Schema<"DrawEventRow">;

/** An event in full (server: admissions/present.ts presentEvent, admissions/schemas.ts DrawEvent). */
export type EventDetail = Schema<"DrawEvent">;

/** A class of an allocation's result. */
export type ClassResult = Schema<"DrawClass">;

/** An applicant of a lottery's result. */
export type LotteryEntryRow = Schema<"DrawLotteryEntry">;

/**
 * 招生办's override of a grade already in classes, at the draw or at the writing into the register; the account
 * that made it is shown inside the platform only (the public answer leaves it out).
 */
export type SettledOverride = Omit<Schema<"DrawSettledOverride">, "by"> &
  Partial<Pick<Schema<"DrawSettledOverride">, "by">>;

/** The override sent with the draw or the writing into the register: a reason and the students typed again. */
export type SettledOverrideRequest = NonNullable<NonNullable<Body<"postAdmissionsEventsByIdRun">>["override"]>;

/** The detail's roster summary (named apart from the list's count). */
export type EntrySummary = Schema<"DrawEntrySummary">;

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
