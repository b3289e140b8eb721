/**
 * Tables of student physical fitness (国家学生体质健康标准). Every row carries region_code; results carry
 * school_id, the key of every scope check. The standard itself ships in core (the 2014 tables); the county's
 * corrections are rows here, and applying those effective on a date gives the version that scores a run.
 */
import type { fitness } from "@edubureau/core";
import { sql } from "drizzle-orm";
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, regionCode } from "../db/columns";
import { school, schoolClass, student } from "../registry/tables";

/** A county's correction of one cell of the standard (更正), with its reason and the date it takes effect. */
export const fitnessCorrection = pgTable(
  "fitness_correction",
  {
    id: id(),
    regionCode: regionCode(),
    /** item | bmi */
    kind: text("kind").$type<"item" | "bmi">().notNull(),
    /** fitness.FitnessItem, for kind item */
    item: text("item").$type<fitness.FitnessItem>(),
    grade: smallint("grade").notNull(),
    /** male | female */
    sex: text("sex").$type<fitness.Sex>().notNull(),
    /** the score level, for kind item */
    score: smallint("score"),
    /** the new threshold (null: a blank, unreachable cell), for kind item */
    threshold: doublePrecision("threshold"),
    /** the BMI level and its bounds, for kind bmi */
    bmiLevel: text("bmi_level").$type<fitness.BmiLevel>(),
    bmiMin: doublePrecision("bmi_min"),
    bmiMax: doublePrecision("bmi_max"),
    /** the cell as it stood before, for the record */
    previous: jsonb("previous").$type<Record<string, unknown>>().notNull(),
    reason: text("reason").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("fitness_correction_region_idx").on(t.regionCode, t.effectiveFrom)],
);

/** One scoring run (评分批次): an import, the demo's load, or a rescoring, with the version of the tables it used. */
export const fitnessBatch = pgTable(
  "fitness_batch",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    /** the school year the test belongs to (2025 = 2025–2026) */
    testYear: smallint("test_year").notNull(),
    testDate: date("test_date").notNull(),
    /** the version of the tables that scored the run, e.g. GB2014 or GB2014+2 */
    standardVersion: text("standard_version").notNull(),
    /** import | demo | rescore */
    source: text("source").notNull(),
    fileName: text("file_name"),
    rowCount: integer("row_count").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("fitness_batch_school_idx").on(t.regionCode, t.schoolId, t.testYear)],
);

/** A student's result in a test year: measured values, status and the scores of the run that scored it. */
export const fitnessResult = pgTable(
  "fitness_result",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    testYear: smallint("test_year").notNull(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => student.id),
    classId: uuid("class_id").references(() => schoolClass.id),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => fitnessBatch.id),
    grade: smallint("grade").notNull(),
    /** male | female */
    sex: text("sex").$type<fitness.Sex>().notNull(),
    /**
     * the school's own exam number (考号) the file carried for the student this year, kept so that a later file may
     * name the student by 考号 alone (see importer.ts)
     */
    examNumber: text("exam_number"),
    /** tested | exempt (免测) | deferred (缓测) */
    status: text("status").$type<"tested" | "exempt" | "deferred">().notNull(),
    /** for exempt and deferred: the reason, and the proof held (e.g. 医院证明) */
    exemptReason: text("exempt_reason"),
    exemptProof: text("exempt_proof"),
    heightCm: doublePrecision("height_cm"),
    weightKg: doublePrecision("weight_kg"),
    /** measured values by item (runs in seconds) */
    values: jsonb("values").$type<Partial<Record<fitness.FitnessItem, number>>>().notNull(),
    bmi: doublePrecision("bmi"),
    bmiLevel: text("bmi_level").$type<fitness.BmiLevel>(),
    /** single scores by component */
    scores: jsonb("scores").$type<Partial<Record<fitness.FitnessComponent, number>>>().notNull(),
    /** required components without a value: the result is incomplete, with no total */
    missing: jsonb("missing").$type<fitness.FitnessComponent[]>().notNull(),
    standardScore: doublePrecision("standard_score"),
    bonus: doublePrecision("bonus").notNull().default(0),
    total: doublePrecision("total"),
    band: text("band").$type<fitness.FitnessBand>(),
    standardVersion: text("standard_version").notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("fitness_result_student_year_uq").on(t.testYear, t.studentId),
    index("fitness_result_school_idx").on(t.regionCode, t.testYear, t.schoolId),
    index("fitness_result_class_idx").on(t.classId).where(sql`${t.classId} is not null`),
    index("fitness_result_exam_number_idx").on(t.regionCode, t.examNumber).where(sql`${t.examNumber} is not null`),
  ],
);
