import type { registry } from "@edubureau/core";
import { api } from "../../app/api";
import type { ClassSizeSummary } from "../api";

/** A class of a school year with its enrolled size (server: classes/routes.ts ClassRow). */
export interface ClassRow {
  id: string;
  schoolId: string;
  schoolName: string;
  schoolKind: registry.SchoolKind;
  schoolYear: number;
  grade: number;
  number: number;
  /** 一年级(1)班 */
  name: string;
  headTeacherId: string | null;
  headTeacherName: string | null;
  /** students enrolled (在读) */
  size: number;
  stage: registry.Stage;
  sizeCategory: registry.ClassSizeCategory;
  /** GB 50099-2011 standard size of the stage; null for stages without one */
  standardSize: number | null;
}

export interface ClassQuery {
  year?: number;
  schoolId?: string;
  grade?: number;
}

/** GET /api/registry/class-sizes: the county's class sizes by stage and by school (methods.md §2). */
export interface ClassSizeStatistics {
  schoolYear: number;
  county: ClassSizeSummary;
  byStage: (ClassSizeSummary & { stage: registry.Stage })[];
  /** one row per school and stage, sorted by the share of large classes */
  bySchool: (ClassSizeSummary & { schoolId: string; schoolName: string; stage: registry.Stage; largest: number })[];
}

export const classApi = {
  list: (query: ClassQuery) => api.get<{ rows: ClassRow[] }>("/registry/classes", { ...query }),
  sizes: (year?: number) => api.get<ClassSizeStatistics>("/registry/class-sizes", { year }),
};
