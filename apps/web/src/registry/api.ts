import type { registry } from "@edubureau/core";
import { api } from "../app/api";
import type { Narrow, Ok, Query, Schema } from "../app/wire";

/** A school as GET /api/registry/schools lists it (server: registry/schemas.ts schoolSummarySchema). */
export type SchoolSummary = Narrow<
  Schema<"SchoolSummary">,
  { kind: registry.SchoolKind; locality: registry.Locality; ownership: registry.Ownership }
>;

/** A student's enrollment row (server: studentRowSchema); the resident ID comes masked. */
export type StudentRow = Narrow<Schema<"StudentRow">, { gender: registry.Gender; status: registry.EnrollmentStatus }>;

type WireOverview = Schema<"RegistryOverview">;
type SizeSummary = WireOverview["classes"]["sizeSummary"];
export type ClassSizeSummary = Narrow<SizeSummary, { byCategory: Record<registry.ClassSizeCategory, number> }>;

/** GET /api/registry/overview (server: overviewSchema). */
export type RegistryOverview = Narrow<
  WireOverview,
  {
    schools: Narrow<
      WireOverview["schools"],
      { byKindAndLocality: { kind: registry.SchoolKind; locality: registry.Locality; n: number }[] }
    >;
    students: Narrow<
      WireOverview["students"],
      {
        byStage: { stage: registry.Stage; n: number }[];
        byLocality: { locality: registry.Locality; n: number }[];
      }
    >;
    staff: Narrow<WireOverview["staff"], { byPost: { postType: registry.PostType; n: number }[] }>;
    classes: Narrow<WireOverview["classes"], { byStage: (SizeSummary & { stage: registry.Stage })[] }>;
  }
>;

/** Data scope the overview covers: the county, one school, or a teacher's classes. */
export type OverviewScope = RegistryOverview["scope"];

/** 学籍状态 filter of the student list: one status, or every status ("all"); the server's default is enrolled (在读). */
export type StudentStatusFilter = NonNullable<Query<"getRegistryStudents">["status"]>;

/** The student list's query as the pages send it: always a page. */
export type StudentQuery = Narrow<Query<"getRegistryStudents">, { page: number; pageSize: number }>;

export type SchoolDirectoryEntry = Narrow<
  Schema<"SchoolDirectoryEntry">,
  { kind: registry.SchoolKind; locality: registry.Locality }
>;

export const registryApi = {
  overview: (year?: number) => api.get<RegistryOverview>("/registry/overview", { year }),
  schools: () => api.get<Narrow<Ok<"getRegistrySchools">, { rows: SchoolSummary[] }>>("/registry/schools"),
  /** Every open school of the county (names only), e.g. to choose a transfer's destination. */
  schoolDirectory: () =>
    api.get<Narrow<Ok<"getRegistrySchoolDirectory">, { rows: SchoolDirectoryEntry[] }>>("/registry/school-directory"),
  students: (query: StudentQuery) =>
    api.get<Narrow<Ok<"getRegistryStudents">, { rows: StudentRow[] }>>("/registry/students", { ...query }),
  /** The full resident ID; needs the reveal ability and a reason, and is written to the audit log. */
  revealResidentId: (studentId: string, reason: string) =>
    api.post<Ok<"postRegistryStudentsByIdReveal">>(`/registry/students/${encodeURIComponent(studentId)}/reveal`, {
      reason,
    }),
};
