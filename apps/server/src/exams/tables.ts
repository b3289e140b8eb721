import type { exams } from "@edubureau/core";
import {
  boolean,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, id, regionCode, timestamps } from "../db/columns";
import { school, schoolClass, staff, student } from "../registry/tables";

/** A subject of an exam: its register subject code, full marks and optional item structure (小题). */
export interface ExamSubject {
  code: string;
  name: string;
  fullMarks: number;
  items?: exams.ItemSpec[];
}

/** The analysis configuration stored with an exam (core's AnalysisConfig). */
export type ExamConfig = exams.AnalysisConfig;

/**
 * A county quality test (质量检测): one grade, its subjects with full marks, the analysis configuration. Versions of
 * one exam share a series: a published version is immutable, and a correction is a new version with its note.
 */
export const exam = pgTable(
  "exam",
  {
    id: id(),
    regionCode: regionCode(),
    /** the id of the first version; every version of one exam carries it */
    seriesId: uuid("series_id").notNull(),
    version: smallint("version").notNull().default(1),
    name: text("name").notNull(),
    heldOn: date("held_on").notNull(),
    schoolYear: smallint("school_year").notNull(),
    /** 1 = first term (上学期), 2 = second term (下学期) */
    term: smallint("term").notNull(),
    grade: smallint("grade").notNull(),
    /** a graduating grade (毕业年级): scores may be shown; otherwise results are reported in levels */
    graduating: boolean("graduating").notNull().default(false),
    subjects: jsonb("subjects").$type<ExamSubject[]>().notNull(),
    config: jsonb("config").$type<ExamConfig>().notNull(),
    /** an earlier exam of the same cohort, for value added */
    baselineExamId: uuid("baseline_exam_id"),
    /** draft | published | superseded */
    status: text("status").notNull().default("draft"),
    /** for a correction: why, and what changed against the version before */
    changeNote: text("change_note"),
    changes: jsonb("changes").$type<Record<string, unknown>>(),
    /** SHA-256 of the published scores and configuration */
    inputHash: text("input_hash"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by"),
    createdBy: uuid("created_by").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("exam_series_version_uq").on(t.seriesId, t.version),
    index("exam_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/**
 * The cohort and its scores: one row per enrolled student of the exam's grade, taken from the register when the
 * exam is created (and joined by students imported later). scores[k] is the k-th subject's score, null = absent
 * (缺考, distinct from 0); items holds the item scores of all subjects, in the exam's item order. exam_number is the
 * student's 考号 in this exam (format in core's exams/examNumber.ts), given when the student joins the roster.
 */
export const examScore = pgTable(
  "exam_score",
  {
    examId: uuid("exam_id")
      .notNull()
      .references(() => exam.id),
    studentId: uuid("student_id")
      .notNull()
      .references(() => student.id),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    classId: uuid("class_id").references(() => schoolClass.id),
    scores: doublePrecision("scores").array().notNull(),
    items: doublePrecision("items").array(),
    /** 考号: null only between a student's insertion and the numbering in the same transaction */
    examNumber: text("exam_number"),
  },
  (t) => [
    primaryKey({ columns: [t.examId, t.studentId] }),
    index("exam_score_school_idx").on(t.examId, t.schoolId),
    uniqueIndex("exam_score_number_uq").on(t.examId, t.examNumber),
  ],
);

/** The class–subject–teacher assignments (任课安排) of the exam's classes, as they stood when it was published. */
export const examTeacher = pgTable(
  "exam_teacher",
  {
    examId: uuid("exam_id")
      .notNull()
      .references(() => exam.id),
    classId: uuid("class_id")
      .notNull()
      .references(() => schoolClass.id),
    subject: text("subject").notNull(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    regionCode: regionCode(),
    schoolId: uuid("school_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.examId, t.classId, t.subject] })],
);

/**
 * The columnar snapshot of a published exam version, frozen once as binary (snapshotCodec.ts) so that a cold analysis
 * reads a few megabytes instead of aggregating every exam_score row: written when the version is published, or on
 * the first load of a published version that has none (versions published before it existed, restored databases).
 * The bytes are split over rows of a few MB (seq 0, 1, …): one value of tens of MB is several times slower to read
 * on both databases. format is the encoder's version: a row of another format, or whose bytes do not check out, is
 * rebuilt from exam_score rather than trusted. Drafts have none. The column is stored uncompressed (migration): the
 * bytes are already compact and mostly random (student ids), so compression only costs time.
 */
export const examSnapshotChunk = pgTable(
  "exam_snapshot",
  {
    examId: uuid("exam_id")
      .notNull()
      .references(() => exam.id),
    seq: smallint("seq").notNull(),
    regionCode: regionCode(),
    format: smallint("format").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.examId, t.seq] })],
);
