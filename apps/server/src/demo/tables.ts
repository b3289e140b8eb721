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
import type { DemoTable } from "./types";

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
