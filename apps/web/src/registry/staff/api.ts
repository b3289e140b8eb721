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

export const staffApi = {
  list: (query: StaffQuery) => api.get<{ rows: StaffRow[]; total: number }>("/registry/staff", { ...query }),
  detail: (id: string) => api.get<StaffDetail>(`/registry/staff/${encodeURIComponent(id)}`),
};
