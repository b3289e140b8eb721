import { api } from "../app/api";
import type { Narrow, Ok, Query, Schema } from "../app/wire";

/** A school as GET /api/registry/schools lists it (server: registry/schemas.ts schoolSummarySchema). */
export type SchoolSummary = Schema<"SchoolSummary">;

/** A student's enrollment row (server: studentRowSchema); the resident ID comes masked. */
export type StudentRow = Schema<"StudentRow">;

/** GET /api/registry/overview (server: overviewSchema). */
export type RegistryOverview = Schema<"RegistryOverview">;
export type ClassSizeSummary = RegistryOverview["classes"]["sizeSummary"];

/** Data scope the overview covers: the county, one school, or a teacher's classes. */
export type OverviewScope = RegistryOverview["scope"];

/** 学籍状态 filter of the student list: one status, or every status ("all"); the server's default is enrolled (在读). */
export type StudentStatusFilter = NonNullable<Query<"getRegistryStudents">["status"]>;

/** The student list's query as the pages send it: always a page. */
export type StudentQuery = Narrow<Query<"getRegistryStudents">, { page: number; pageSize: number }>;

export type SchoolDirectoryEntry = Schema<"SchoolDirectoryEntry">;

export const registryApi = {
  overview: (year?: number) => api.get<RegistryOverview>("/registry/overview", { year }),
  schools: () => api.get<Ok<"getRegistrySchools">>("/registry/schools"),
  /** Every open school of the county (names only), e.g. to choose a transfer's destination. */
  schoolDirectory: () => api.get<Ok<"getRegistrySchoolDirectory">>("/registry/school-directory"),
  students: (query: StudentQuery) => api.get<Ok<"getRegistryStudents">>("/registry/students", { ...query }),
  /** The full resident ID; needs the reveal ability and a reason, and is written to the audit log. */
  revealResidentId: (studentId: string, reason: string) =>
    api.post<Ok<"postRegistryStudentsByIdReveal">>(`/registry/students/${encodeURIComponent(studentId)}/reveal`, {
      reason,
    }),
};
