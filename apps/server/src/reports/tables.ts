/**
 * Tables of the reports capability (报告与驾驶舱): the materialised figure values every cockpit, report and export
 * reads, and the sentences a section has edited. Values are derived from other capabilities' records; they are
 * marked stale in the same transaction as any write of their capability (`staleness.ts`) and recomputed once, by
 * the next read.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, regionCode, timestamps } from "../db/columns";
import { school, student } from "../registry/tables";

/**
 * One figure's value for a county and year, county-wide (scope_key "county") or for one school (its id).
 * status "incomplete" rows carry the reason in `missing` and no value.
 */
export const reportFigureValue = pgTable(
  "report_figure_value",
  {
    id: id(),
    regionCode: regionCode(),
    /** the report year (registry figures: the school year starting that September) */
    year: smallint("year").notNull(),
    /** reports.figureCatalogue key */
    figureKey: text("figure_key").notNull(),
    /** the capability computing it: what a write marks stale */
    capability: text("capability").notNull(),
    /** "county" or a school's id */
    scopeKey: text("scope_key").notNull(),
    status: text("status").$type<"ok" | "incomplete">().notNull(),
    value: doublePrecision("value"),
    numerator: doublePrecision("numerator"),
    denominator: doublePrecision("denominator"),
    missing: text("missing"),
    /** set by a write of the capability; cleared by the recomputation */
    stale: boolean("stale").notNull().default(true),
    /** raised by every marking: a recomputation stores its result only if no write came in between */
    generation: integer("generation").notNull().default(0),
    computedAt: timestamp("computed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("report_figure_value_uq").on(t.regionCode, t.year, t.figureKey, t.scopeKey),
    index("report_figure_value_stale_idx").on(t.regionCode, t.capability).where(sql`not ${t.stale}`),
  ],
);

/**
 * A sentence of the work report as a section edited it, kept with the value of the figure it states: when the
 * figure's value changes, the sentence is shown as stale until edited again.
 */
export const reportSentence = pgTable(
  "report_sentence",
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint("year").notNull(),
    figureKey: text("figure_key").notNull(),
    text: text("text").notNull(),
    /** the figure's value when the sentence was written (null: incomplete then) */
    valueAtEdit: doublePrecision("value_at_edit"),
    editedBy: uuid("edited_by"),
    editedByName: text("edited_by_name").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("report_sentence_uq").on(t.regionCode, t.year, t.figureKey)],
);

/** A year-end check item (统计数据核查) a clerk has worked through: fixed, or explained with a note. */
export const reportCheckResolution = pgTable(
  "report_check_resolution",
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint("year").notNull(),
    /** reports.CheckItem code, e.g. "jump:registry.students" */
    code: text("code").notNull(),
    status: text("status").$type<"fixed" | "explained">().notNull(),
    note: text("note").notNull(),
    resolvedBy: uuid("resolved_by"),
    resolvedByName: text("resolved_by_name").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("report_check_resolution_uq").on(t.regionCode, t.year, t.code)],
);

/**
 * After-school service (课后服务) of a school in a term, as 基础教育股 or the school reports it: the students taking
 * part, the teachers serving, what is offered, and whether it is charged. Year: the school year the term belongs to
 * (autumn term of 2026 → 2026); term "autumn" (秋季学期) or "spring" (春季学期).
 */
export const reportAfterSchool = pgTable(
  "report_after_school",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    year: smallint("year").notNull(),
    term: text("term").$type<"autumn" | "spring">().notNull(),
    participants: integer("participants").notNull(),
    teachers: integer("teachers").notNull(),
    content: text("content"),
    /** charged to families (收费) or free (免费) */
    charged: boolean("charged").notNull(),
    updatedBy: uuid("updated_by"),
    ...timestamps,
  },
  (t) => [uniqueIndex("report_after_school_uq").on(t.schoolId, t.year, t.term)],
);

/** A school's yearly counts not held in school conditions (calendar year): library books added and held at year end. */
export const reportSchoolCount = pgTable(
  "report_school_count",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    year: smallint("year").notNull(),
    booksAdded: integer("books_added").notNull(),
    booksTotal: integer("books_total"),
    updatedBy: uuid("updated_by"),
    ...timestamps,
  },
  (t) => [uniqueIndex("report_school_count_uq").on(t.schoolId, t.year)],
);

/**
 * One candidate's 高考 or 中考 result as the admissions office returns it (calendar year of the exam): sat or not,
 * the total score, the tier admitted to and the school. Matched to the register's student by 学籍号; no name or
 * identity number is kept (the register holds them, masked). An unmatched candidate keeps student and school null
 * and is left out of the rates.
 */
export const reportExamResult = pgTable(
  "report_exam_result",
  {
    id: id(),
    regionCode: regionCode(),
    year: smallint("year").notNull(),
    exam: text("exam").$type<"gaokao" | "zhongkao">().notNull(),
    /** 考生号 as the admissions office issued it */
    candidateNumber: text("candidate_number").notNull(),
    studentId: uuid("student_id").references(() => student.id),
    schoolId: uuid("school_id").references(() => school.id),
    sat: boolean("sat").notNull(),
    totalScore: doublePrecision("total_score"),
    /** core reports.AdmissionTier */
    tier: text("tier").notNull(),
    admittedSchool: text("admitted_school"),
    updatedBy: uuid("updated_by"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("report_exam_result_uq").on(t.regionCode, t.year, t.exam, t.candidateNumber),
    index("report_exam_result_school_idx").on(t.schoolId, t.year),
  ],
);
