import type { PgTable } from "drizzle-orm/pg-core";
import {
  classTeacher,
  employment,
  enrollment,
  person,
  region,
  school,
  schoolClass,
  schoolCondition,
  schoolEvent,
  staff,
  student,
  town,
} from "../registry/tables";

/** Size of the generated demo: a 4-school test county, a ~30-school county, or ~50 counties for benchmarks. */
export type DemoScale = "tiny" | "county" | "city";

export const demoScales: readonly DemoScale[] = ["tiny", "county", "city"];

export interface GenerateOptions {
  seed: number;
  scale: DemoScale;
  /** the latest of the three school years generated (2024 = 2024—2025学年) */
  latestYear: number;
}

export type RegionRow = typeof region.$inferInsert;
export type TownRow = typeof town.$inferInsert;
export type SchoolRow = typeof school.$inferInsert & { id: string };
export type SchoolEventRow = typeof schoolEvent.$inferInsert;
export type StudentRow = typeof student.$inferInsert & { id: string };
export type SchoolClassRow = typeof schoolClass.$inferInsert & { id: string };
export type EnrollmentRow = typeof enrollment.$inferInsert;
export type StaffRow = typeof staff.$inferInsert & { id: string };
export type EmploymentRow = typeof employment.$inferInsert;
export type ClassTeacherRow = typeof classTeacher.$inferInsert;
export type SchoolConditionRow = typeof schoolCondition.$inferInsert;

/**
 * A person row as generated: the clear resident ID (公民身份号码) rides along in `residentId` and the three
 * protected columns are left empty; the loader hashes, encrypts and masks it with the platform's cipher.
 */
export type DemoPersonRow = Omit<
  typeof person.$inferInsert,
  "residentIdHash" | "residentIdMasked" | "residentIdCipher"
> & { id: string; residentId: string };

/**
 * One generated county (or, for scale "city", one county of the city): plain insert rows per table.
 * The generator fills every id itself, so references between rows hold before anything is written.
 */
export interface DemoCounty {
  seed: number;
  scale: DemoScale;
  latestYear: number;
  /** the three school years, oldest first */
  years: number[];
  /** GB/T 2260 code of the county these rows belong to (the first county for a merged city) */
  regionCode: string;
  countyName: string;
  region: RegionRow[];
  town: TownRow[];
  school: SchoolRow[];
  schoolEvent: SchoolEventRow[];
  person: DemoPersonRow[];
  student: StudentRow[];
  schoolClass: SchoolClassRow[];
  enrollment: EnrollmentRow[];
  staff: StaffRow[];
  employment: EmploymentRow[];
  classTeacher: ClassTeacherRow[];
  schoolCondition: SchoolConditionRow[];
}

/** The row arrays of a DemoCounty, in the order the loader writes them (foreign keys first). */
export const demoTables = [
  "region",
  "town",
  "school",
  "schoolEvent",
  "person",
  "student",
  "staff",
  "schoolClass",
  "enrollment",
  "employment",
  "classTeacher",
  "schoolCondition",
] as const satisfies readonly (keyof DemoCounty)[];

export type DemoTable = (typeof demoTables)[number];

/** The table each row array of a DemoCounty goes into. */
export const DEMO_TABLES: Record<DemoTable, PgTable> = {
  region,
  town,
  school,
  schoolEvent,
  person,
  student,
  staff,
  schoolClass,
  enrollment,
  employment,
  classTeacher,
  schoolCondition,
};
