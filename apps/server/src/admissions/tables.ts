import { index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, regionCode, timestamps } from "../db/columns";
import { school } from "../registry/tables";

/** One entry of the private roster behind a frozen input: the anonymized code and who it is. Never published. */
export interface RosterEntry {
  code: string;
  /** the register's student (class allocation from the register), or null for a list from Excel */
  studentId: string | null;
  name: string;
  gender: "M" | "F";
  specialNeeds: boolean;
  family: string | null;
  familyChoice: "together" | "apart" | null;
  attributes: Record<string, string>;
  /** lottery: priority tier */
  tier?: number;
  /** only with score balancing switched on */
  score?: number | null;
}

/** A head-teacher team of a class allocation: its code in the published file and the staff member behind it. */
export interface TeamEntry {
  code: string;
  staffId: string | null;
  name: string;
}

/** A witness's random contribution (见证人随机数), in the order entered. */
export interface StoredContribution {
  role: string;
  name: string;
  value: string;
  enteredAt: string;
  enteredBy: string;
}

/**
 * 招生办's override of a class allocation over a grade already in classes (已分班), at the run or at the writing into
 * the register: the reason, how many students were in classes and how many the allocation moves. Public.
 */
export interface SettledGradeOverrideRecord {
  step: "run" | "confirm";
  reason: string;
  studentsInClasses: number;
  studentsChanged: number;
  at: string;
  by: string;
}

/**
 * A draw event (阳光分班, 摇号 or 指标到校): frozen input file and digest, witnesses' contributions, seed, result
 * file and digest, and the lifecycle draft → frozen → drawn → published. A published event never changes; a re-run
 * is a new event pointing at the one it re-runs, with the reason.
 */
export const drawEvent = pgTable(
  "admissions_draw_event",
  {
    id: id(),
    regionCode: regionCode(),
    /** the school a class allocation is for (its administrator may run it); null for county events */
    schoolId: uuid("school_id").references(() => school.id),
    /** public code, e.g. YG-2026-0001 */
    code: text("code").notNull(),
    /** class_allocation | lottery | quota */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** draft | frozen | drawn | published */
    status: text("status").notNull().default("draft"),
    algorithm: text("algorithm").notNull(),
    algorithmVersion: smallint("algorithm_version").notNull(),
    eventTime: timestamp("event_time", { withTimezone: true }).notNull(),
    /** school year and grade of a class allocation from the register */
    schoolYear: smallint("school_year"),
    grade: smallint("grade"),
    /** register | excel | manual */
    source: text("source").notNull(),
    /** the settings the input is built from (classes, balance, tiers, quota parameters…) */
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull(),
    /** private: who each anonymized code is */
    roster: jsonb("roster").$type<RosterEntry[]>().notNull(),
    teams: jsonb("teams").$type<TeamEntry[]>().notNull(),
    /** canonical input file and its SHA-256 (fixed at freeze) */
    inputText: text("input_text").notNull(),
    inputDigest: text("input_digest").notNull(),
    contributions: jsonb("contributions").$type<StoredContribution[]>().notNull(),
    seed: text("seed"),
    resultText: text("result_text"),
    resultDigest: text("result_digest"),
    /** rows of the result (classes or admitted), for lists */
    resultCount: integer("result_count"),
    frozenAt: timestamp("frozen_at", { withTimezone: true }),
    drawnAt: timestamp("drawn_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** class allocation written into the register's classes */
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    rerunOfId: uuid("rerun_of_id"),
    rerunReason: text("rerun_reason"),
    /** overrides of a grade already in classes, in order (written at the run and at the confirmation) */
    settledOverrides: jsonb("settled_overrides").$type<SettledGradeOverrideRecord[]>().notNull().default([]),
    createdBy: uuid("created_by"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("admissions_draw_event_code_uq").on(t.code),
    index("admissions_draw_event_region_idx").on(t.regionCode, t.kind),
    index("admissions_draw_event_school_idx").on(t.schoolId),
  ],
);

/**
 * A catchment zone (学区): address units (street, community, village, town — by name) served by schools of one
 * stage; `places` overrides a school's entry places for this zone (otherwise entry classes × standard size).
 */
export const catchmentZone = pgTable(
  "admissions_catchment_zone",
  {
    id: id(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    /** primary | junior */
    stage: text("stage").notNull(),
    units: jsonb("units").$type<string[]>().notNull(),
    schoolIds: jsonb("school_ids").$type<string[]>().notNull(),
    places: jsonb("places").$type<Record<string, number>>().notNull(),
    createdBy: uuid("created_by"),
    ...timestamps,
  },
  (t) => [index("admissions_catchment_zone_region_idx").on(t.regionCode, t.stage)],
);
