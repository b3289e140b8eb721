import type { registry } from "@edubureau/core";
import { api } from "../../app/api";

/** A staff member's employment in a school year (server: staff/routes.ts StaffRow); the resident ID masked. */
export interface StaffRow {
  id: string;
  staffNumber: string;
  name: string;
  gender: registry.Gender;
  birthDate: string;
  residentIdMasked: string | null;
  ethnicity: string;
  hireDate: string | null;
  schoolId: string;
  schoolName: string;
  schoolYear: number;
  postType: registry.PostType;
  /** 编制: established | … */
  establishment: string;
  subject: registry.Subject | null;
  stageTaught: registry.Stage | null;
  qualification: registry.Qualification;
  title: registry.ProfessionalTitle;
  backboneLevel: registry.BackboneLevel;
  /** 教师资格证 */
  hasCertificate: boolean;
  /** 专职 (not part-time) */
  fullTime: boolean;
  status: string;
  /** 法定退休日期 (ISO date) */
  retirementDate: string;
}

export interface StaffQuery {
  year?: number;
  schoolId?: string;
  postType?: registry.PostType;
  subject?: registry.Subject;
  q?: string;
  page: number;
  pageSize: number;
}

/** One school year of a staff member's employment history. */
export interface EmploymentEntry {
  schoolYear: number;
  schoolId: string;
  schoolName: string;
  postType: registry.PostType;
  subject: registry.Subject | null;
  title: registry.ProfessionalTitle;
  qualification: registry.Qualification;
  backboneLevel: registry.BackboneLevel;
  status: string;
}

/** GET /api/registry/staff/{id}. */
export interface StaffDetail {
  staff: StaffRow;
  employments: EmploymentEntry[];
  /** classes taught in the latest year */
  classes: { classId: string; className: string; grade: number; subject: registry.Subject | string }[];
}

/** The employment fields of a school year (server: staff/routes.ts). */
export interface EmploymentFields {
  schoolId: string;
  postType: registry.PostType;
  establishment: registry.Establishment;
  subject: registry.Subject | null;
  stageTaught: registry.Stage | null;
  qualification: registry.Qualification;
  title: registry.ProfessionalTitle;
  backboneLevel: registry.BackboneLevel;
  hasCertificate: boolean;
  fullTime: boolean;
  status: (typeof registry.settableEmploymentStatuses)[number];
}

/** POST /api/registry/staff: gender and birth date are read from the resident ID. */
export interface NewStaff extends EmploymentFields {
  name: string;
  ethnicity: string;
  residentId: string;
  /** null: numbered by the register */
  staffNumber: string | null;
  schoolYear: number;
  hireDate: string | null;
}

/** PATCH /api/registry/staff/{id}: a correction of one school year's employment (identity does not change). */
export type StaffChanges = Partial<EmploymentFields & { name: string; ethnicity: string; hireDate: string | null }> & {
  schoolYear: number;
};

/** POST /api/registry/staff/{id}/leave. */
export interface StaffLeft {
  schoolYear: number;
  on: string;
  reason: string;
}

const staffPath = (id: string) => `/registry/staff/${encodeURIComponent(id)}`;

export const staffApi = {
  list: (query: StaffQuery) => api.get<{ rows: StaffRow[]; total: number }>("/registry/staff", { ...query }),
  detail: (id: string) => api.get<StaffDetail>(staffPath(id)),
  create: (body: NewStaff) => api.post<{ id: string; staffNumber: string }>("/registry/staff", body),
  update: (id: string, body: StaffChanges) => api.patch<{ id: string }>(staffPath(id), body),
  markLeft: (id: string, body: StaffLeft) => api.post<{ id: string }>(`${staffPath(id)}/leave`, body),
  /** Downloads the list as Excel (masked, or with full resident IDs and a reason); resolves to the file name. */
  exportStaff: (query: Omit<StaffQuery, "page" | "pageSize">, reveal: boolean, reason?: string) =>
    api.download(
      "/registry/exports/staff.xlsx",
      { ...query, reveal: reveal ? "true" : undefined, reason },
      reveal ? "教职工名单(含身份证号).xlsx" : "教职工名单.xlsx",
    ),
};
