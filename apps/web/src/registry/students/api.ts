import type { registry } from "@edubureau/core";
import { api } from "../../app/api";
import type { TransferRow } from "../transfers/api";

/** 户口性质: 城镇 or 农村. */
export type HouseholdType = "urban" | "rural";

/** 残疾学生安置方式 (core registry.disabilityPlacements). */
export type DisabilityPlacement = "随班就读" | "特教学校" | "送教上门";

/** Family situation and special-group flags (server: students/routes.ts `flags`). */
export interface StudentFlags {
  householdType: HouseholdType;
  /** 留守儿童 */
  leftBehind: boolean;
  /** 随迁子女 */
  migrant: boolean;
  /** kind of disability (残疾类别), null when none */
  disability: string | null;
  disabilityPlacement: DisabilityPlacement | null;
  /** 孤儿 */
  orphan: boolean;
  /** 建档立卡 */
  povertyRegistered: boolean;
  /** 低保 */
  dibao: boolean;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

/** POST /api/registry/students (server: NewStudent). Birth date and gender come from the resident ID. */
export interface NewStudent extends StudentFlags {
  name: string;
  ethnicity: string;
  residentId: string;
  schoolId: string;
  schoolYear: number;
  grade: number;
  classId: string | null;
}

/** PATCH /api/registry/students/{id} (server: StudentChanges): everything but identity, each optional. */
export type StudentChanges = Partial<StudentFlags & { name: string; ethnicity: string }>;

/** A student's record with personal data masked (server: StudentDetail.student). */
export interface StudentRecord extends Omit<StudentFlags, "householdType" | "disabilityPlacement"> {
  id: string;
  name: string;
  gender: registry.Gender;
  birthDate: string;
  ethnicity: string;
  residentIdMasked: string | null;
  /** masked when it carries the resident ID (G type) */
  studentNumber: string;
  householdType: HouseholdType | string;
  householdInCounty: boolean;
  disabilityPlacement: string | null;
}

/** One school year at one school (学籍年度记录), newest first. */
export interface EnrollmentEntry {
  schoolYear: number;
  schoolId: string;
  schoolName: string;
  grade: number;
  classId: string | null;
  className: string | null;
  status: registry.EnrollmentStatus;
  enteredOn: string | null;
  leftOn: string | null;
  /** the school a transfer came from / went to, when the row is a transfer */
  fromSchoolId: string | null;
  toSchoolId: string | null;
}

/** GET /api/registry/students/{id} (server: StudentDetail). */
export interface StudentDetail {
  student: StudentRecord;
  enrollments: EnrollmentEntry[];
  /** the transfer waiting for the receiving school (转学中), null when none */
  pendingTransfer: TransferRow | null;
}

/** GET /api/registry/exports/students.xlsx: the list's filters, and with `reveal` the full resident IDs. */
export interface StudentExportQuery {
  year?: number;
  schoolId?: string;
  q?: string;
  status?: string;
  /** full resident IDs; needs the reveal ability and a reason, audited */
  reveal?: boolean;
  reason?: string;
}

const studentPath = (id: string) => `/registry/students/${encodeURIComponent(id)}`;

export const studentApi = {
  detail: (id: string) => api.get<StudentDetail>(studentPath(id)),
  create: (body: NewStudent) => api.post<{ id: string }>("/registry/students", body),
  update: (id: string, body: StudentChanges) => api.patch<{ id: string }>(studentPath(id), body),
  /** Downloads the Excel list; resolves to the file name saved. */
  exportStudents: ({ reveal, ...query }: StudentExportQuery) =>
    api.download(
      "/registry/exports/students.xlsx",
      { ...query, reveal: reveal ? "true" : undefined },
      reveal ? "学生名单(含身份证号).xlsx" : "学生名单.xlsx",
    ),
};
