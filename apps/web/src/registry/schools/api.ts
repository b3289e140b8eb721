import type { registry } from "@edubureau/core";
import { api } from "../../app/api";

/** A school's record (server: schools/store.ts; the response schema is open, these are the fields the page reads). */
export interface SchoolRecord {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: registry.SchoolKind;
  locality: registry.Locality;
  ownership: registry.Ownership;
  address: string | null;
  principal: string | null;
  phone: string | null;
  /** open | merged | closed */
  status: string;
  openedOn: string | null;
  closedOn: string | null;
}

/** An event of the school's history (沿革): renamed, relocated, merged, closed. */
export interface SchoolEvent {
  id: string;
  on: string;
  kind: string;
  note: string | null;
  otherSchoolId: string | null;
}

/** The school's conditions (办学条件) as of 1 September of a school year. */
export interface SchoolConditions {
  schoolYear: number;
  buildingArea: number;
  teachingArea: number;
  sportsArea: number;
  equipmentValueFen: number;
  books: number;
  studentComputers: number;
  multimediaRooms: number;
  musicRooms: number;
  artRooms: number;
}

/** GET /api/registry/schools/{id}. */
export interface SchoolDetail {
  school: SchoolRecord;
  events: SchoolEvent[];
  conditions: SchoolConditions[];
  years: { schoolYear: number; classes: number; students: number; staff: number }[];
}

export const schoolApi = {
  detail: (id: string) => api.get<SchoolDetail>(`/registry/schools/${encodeURIComponent(id)}`),
};
