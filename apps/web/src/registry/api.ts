import type { registry } from "@edubureau/core";
import { api } from "../app/api";

/** A school as GET /api/registry/schools lists it (server: registry/schemas.ts schoolSummarySchema). */
export interface SchoolSummary {
  id: string;
  /** 学校标识码, 10 digits */
  code: string;
  name: string;
  kind: registry.SchoolKind;
  locality: registry.Locality;
  ownership: registry.Ownership;
  /** open | merged | closed */
  status: string;
  principal: string | null;
  address: string | null;
}

/** A student's enrollment row (server: studentRowSchema); the resident ID comes masked. */
export interface StudentRow {
  id: string;
  name: string;
  gender: registry.Gender;
  birthDate: string;
  residentIdMasked: string | null;
  studentNumber: string;
  schoolId: string;
  schoolName: string;
  grade: number;
  className: string | null;
  status: registry.EnrollmentStatus;
}

export interface ClassSizeSummary {
  classes: number;
  byCategory: Record<registry.ClassSizeCategory, number>;
  /** share of 大班额 + 超大班额, null when there are no classes */
  largeShare: number | null;
}

/** Data scope the overview covers: the county, one school, or a teacher's classes. */
export type OverviewScope = "county" | "school" | "classes";

/** GET /api/registry/overview (server: overviewSchema). */
export interface RegistryOverview {
  schoolYear: number;
  years: number[];
  scope: OverviewScope;
  schools: {
    total: number;
    byKindAndLocality: { kind: registry.SchoolKind; locality: registry.Locality; n: number }[];
  };
  students: {
    total: number;
    byStage: { stage: registry.Stage; n: number }[];
    byLocality: { locality: registry.Locality; n: number }[];
  };
  staff: { total: number; teachers: number; byPost: { postType: registry.PostType; n: number }[] };
  classes: {
    total: number;
    sizeSummary: ClassSizeSummary;
    byStage: (ClassSizeSummary & { stage: registry.Stage })[];
  };
}

/** 学籍状态 filter of the student list: one status, or every status ("all"). */
export type StudentStatusFilter = registry.EnrollmentStatus | "all";

export interface StudentQuery {
  year?: number;
  schoolId?: string;
  q?: string;
  /** the server's default is enrolled (在读) */
  status?: StudentStatusFilter;
  page: number;
  pageSize: number;
}

export interface SchoolDirectoryEntry {
  id: string;
  code: string;
  name: string;
  kind: registry.SchoolKind;
  locality: registry.Locality;
}

export const registryApi = {
  overview: (year?: number) => api.get<RegistryOverview>("/registry/overview", { year }),
  schools: () => api.get<{ rows: SchoolSummary[] }>("/registry/schools"),
  /** Every open school of the county (names only), e.g. to choose a transfer's destination. */
  schoolDirectory: () => api.get<{ rows: SchoolDirectoryEntry[] }>("/registry/school-directory"),
  students: (query: StudentQuery) => api.get<{ rows: StudentRow[]; total: number }>("/registry/students", { ...query }),
  /** The full resident ID; needs the reveal ability and a reason, and is written to the audit log. */
  revealResidentId: (studentId: string, reason: string) =>
    api.post<{ residentId: string }>(`/registry/students/${encodeURIComponent(studentId)}/reveal`, { reason }),
};
