/**
 * Tables of dropout control (控辍保学). Every row carries region_code; rows about one school carry school_id, the
 * key of every scope check. The household roster is the most sensitive file of the platform: its resident IDs,
 * names, addresses and guardians are kept only as ciphertext (AES-256-GCM) beside the keyed hash used for matching
 * and a masked form for display, and the ciphertext of matched children is purged after matching unless the county
 * keeps the roster.
 */
import type { retention } from "@edubureau/core";
import {
  boolean,
  char,
  date,
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
import { bytea, id, regionCode, timestamps } from "../db/columns";
import { school } from "../registry/tables";

/** County settings of dropout control (控辍保学参数), one row per county; absent means the defaults. */
export const retentionSetting = pgTable("retention_setting", {
  regionCode: char("region_code", { length: 6 }).primaryKey(),
  /** consecutive school days of unapproved absence that make a pupil a suspected dropout */
  absenceThresholdDays: smallint("absence_threshold_days").notNull(),
  /** days back in class before a return may be verified and the case closed (动态销号) */
  returnVerifyDays: smallint("return_verify_days").notNull(),
  /** days from opening a case to its persuasion deadline */
  caseDeadlineDays: smallint("case_deadline_days").notNull(),
  /** day of the next month a monthly zero-report is due */
  zeroReportDueDay: smallint("zero_report_due_day").notNull(),
  /** days past its deadline before an overdue case is escalated from the section to leadership (局领导督办) */
  leadershipEscalationDays: smallint("leadership_escalation_days").notNull().default(30),
  /** the county keeps the household roster's clear data after matching (otherwise purged) */
  keepRoster: boolean("keep_roster").notNull().default(false),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One household roster handed over by public security / civil affairs (户籍适龄人口名单), for a school year. */
export const retentionRoster = pgTable(
  "retention_roster",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    /** who handed it over (公安局 / 民政局 …) */
    source: text("source").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    rowCount: integer("row_count").notNull(),
    /** the import job it was committed from */
    importJobId: uuid("import_job_id"),
    importedBy: uuid("imported_by").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
    matchedAt: timestamp("matched_at", { withTimezone: true }),
    /** when the clear data (ciphertext) of matched children was purged; null while kept */
    purgedAt: timestamp("purged_at", { withTimezone: true }),
  },
  (t) => [index("retention_roster_region_idx").on(t.regionCode, t.schoolYear, t.importedAt)],
);

/** One child of a household roster. Matched to the register by the keyed hash only. */
export const retentionRosterEntry = pgTable(
  "retention_roster_entry",
  {
    id: id(),
    regionCode: regionCode(),
    rosterId: uuid("roster_id")
      .notNull()
      .references(() => retentionRoster.id),
    /** the roster file's row, for the record behind a figure */
    rowNumber: integer("row_number").notNull(),
    residentIdHash: text("resident_id_hash").notNull(),
    residentIdMasked: text("resident_id_masked").notNull(),
    /** AES-256-GCM ciphertext of the resident ID; null once purged */
    residentIdCipher: text("resident_id_cipher"),
    /** masked name (张*明) */
    nameMasked: text("name_masked").notNull(),
    /** ciphertext of the name, address and guardian (JSON); null once purged */
    detailsCipher: text("details_cipher"),
    gender: char("gender", { length: 1 }).notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    villageCode: char("village_code", { length: 12 }).notNull(),
    villageName: text("village_name").notNull(),
    townCode: char("town_code", { length: 9 }).notNull(),
    /** the register's match in the roster's school year (set by the comparison) */
    studentId: uuid("student_id"),
    enrollmentId: uuid("enrollment_id"),
    schoolId: uuid("school_id"),
    grade: smallint("grade"),
    /** retention.RosterOutcome kind of the last comparison: enrolled | explained | gap | preschool (under 6) | out_of_range */
    outcome: text("outcome"),
  },
  (t) => [
    uniqueIndex("retention_roster_entry_hash_uq").on(t.rosterId, t.residentIdHash),
    // no index on the outcome or placement: the comparison rewrites them for a whole roster, and unindexed columns
    // keep that write cheap; the roster's children are found through retention_roster_entry_hash_uq (roster_id first)
    index("retention_roster_entry_hash_idx").on(t.residentIdHash),
  ],
);

/** The explanation recorded for a school-age child not on the register (县外就读、死亡、迁出、送教上门、缓学). */
export const retentionExplanation = pgTable(
  "retention_explanation",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    /** the child, by keyed hash: an explanation outlives a re-imported roster */
    residentIdHash: text("resident_id_hash").notNull(),
    kind: text("kind").$type<retention.ExplanationKind>().notNull(),
    /** primary | junior, for 县外就读 and 送教上门 */
    stage: text("stage").$type<retention.Stage>(),
    /** the receiving school, the certificate, the destination… as the kind requires */
    detail: text("detail").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("retention_explanation_uq").on(t.regionCode, t.schoolYear, t.residentIdHash)],
);

/** The poverty-relief and low-income lists (防返贫监测对象、低保) from civil affairs, by keyed hash. */
export const retentionPovertyEntry = pgTable(
  "retention_poverty_entry",
  {
    id: id(),
    regionCode: regionCode(),
    /** monitoring | dibao */
    list: text("list").$type<retention.PovertyList>().notNull(),
    residentIdHash: text("resident_id_hash").notNull(),
    residentIdMasked: text("resident_id_masked").notNull(),
    nameMasked: text("name_masked").notNull(),
    importedBy: uuid("imported_by").notNull(),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("retention_poverty_uq").on(t.regionCode, t.list, t.residentIdHash)],
);

/** A spell of absence a school reports (缺课登记): consecutive school days, with or without approved leave. */
export const retentionAbsence = pgTable(
  "retention_absence",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    studentId: uuid("student_id").notNull(),
    /** the month reported, 2026-11 */
    month: char("month", { length: 7 }).notNull(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    schoolDays: smallint("school_days").notNull(),
    approvedLeave: boolean("approved_leave").notNull(),
    reason: text("reason").notNull().default(""),
    reportedBy: uuid("reported_by").notNull(),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("retention_absence_school_idx").on(t.schoolId, t.month),
    index("retention_absence_region_idx").on(t.regionCode),
  ],
);

/** A school's monthly report (月报): zero out-of-school pupils (零报告) or the number it has. */
export const retentionZeroReport = pgTable(
  "retention_zero_report",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    month: char("month", { length: 7 }).notNull(),
    /** pupils out of school this month; 0 is the zero-report */
    outOfSchool: integer("out_of_school").notNull(),
    note: text("note").notNull().default(""),
    reportedBy: uuid("reported_by").notNull(),
    reportedOn: date("reported_on", { mode: "string" }).notNull(),
  },
  (t) => [
    uniqueIndex("retention_zero_report_uq").on(t.schoolId, t.month),
    index("retention_zero_report_region_idx").on(t.regionCode, t.month),
  ],
);

/** A run of one comparison (比对): when, by whom, what it flagged and what changed since the previous run. */
export const retentionRun = pgTable(
  "retention_run",
  {
    id: id(),
    regionCode: regionCode(),
    /** retention.ComparisonKind */
    kind: text("kind").$type<retention.ComparisonKind>().notNull(),
    schoolYear: smallint("school_year").notNull(),
    ranBy: uuid("ran_by").notNull(),
    ranAt: timestamp("ran_at", { withTimezone: true }).notNull(),
    /** the suspect keys flagged (source:sourceId) */
    flagged: jsonb("flagged").$type<string[]>().notNull(),
    /** counts of the run and of the difference with the previous run */
    summary: jsonb("summary").$type<Record<string, number>>().notNull(),
  },
  (t) => [index("retention_run_region_idx").on(t.regionCode, t.kind, t.ranAt)],
);

/**
 * The suspected-dropout register (疑似辍学名册): one row per flag, traceable to the record that raised it (a roster
 * entry, an absence, a transfer). Kept current by the comparisons: a flag no longer raised is cleared, not deleted.
 */
export const retentionSuspect = pgTable(
  "retention_suspect",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    /** retention.SuspectSource: roster_gap | absence | transfer */
    source: text("source").$type<retention.SuspectSource>().notNull(),
    /** the record behind it: roster entry, absence or transfer id */
    sourceId: uuid("source_id").notNull(),
    residentIdHash: text("resident_id_hash"),
    studentId: uuid("student_id"),
    /** the pupil's school (null for a child never enrolled) */
    schoolId: uuid("school_id"),
    townCode: char("town_code", { length: 9 }),
    nameMasked: text("name_masked").notNull(),
    residentIdMasked: text("resident_id_masked"),
    birthDate: date("birth_date", { mode: "string" }),
    /** what the record says, in Chinese (连续缺课12天; 转出15天未接收; 户籍在东村,未在任何学校就读) */
    detail: text("detail").notNull(),
    /** open | cleared */
    status: text("status").notNull(),
    /** poverty lists the child is on (priority, 重点) */
    priorityLists: jsonb("priority_lists").$type<retention.PovertyList[]>().notNull().default([]),
    firstRunId: uuid("first_run_id").notNull(),
    lastRunId: uuid("last_run_id").notNull(),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("retention_suspect_source_uq").on(t.regionCode, t.source, t.sourceId),
    index("retention_suspect_school_idx").on(t.schoolId, t.status),
    index("retention_suspect_region_idx").on(t.regionCode, t.status),
  ],
);

/** A persuasion case (劝返个案) opened from a suspect, with the 包保 chain the county assigns. */
export const retentionCase = pgTable(
  "retention_case",
  {
    id: id(),
    regionCode: regionCode(),
    /** 2026-0003: per county and year */
    number: text("number").notNull(),
    suspectId: uuid("suspect_id")
      .notNull()
      .references(() => retentionSuspect.id),
    studentId: uuid("student_id"),
    schoolId: uuid("school_id"),
    townCode: char("town_code", { length: 9 }),
    nameMasked: text("name_masked").notNull(),
    /** retention.CaseState */
    state: text("state").$type<retention.CaseState>().notNull(),
    /** the 包保 chain: township, village, school, class teacher — name and phone each */
    chain: jsonb("chain")
      .$type<Record<"township" | "village" | "school" | "teacher", { name: string; phone: string }>>()
      .notNull(),
    priority: boolean("priority").notNull().default(false),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    deadline: date("deadline", { mode: "string" }).notNull(),
    confirmedOn: date("confirmed_on", { mode: "string" }),
    returnedOn: date("returned_on", { mode: "string" }),
    closedOn: date("closed_on", { mode: "string" }),
    closeNote: text("close_note"),
    createdBy: uuid("created_by").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("retention_case_number_uq").on(t.regionCode, t.number),
    uniqueIndex("retention_case_suspect_uq").on(t.suspectId),
    index("retention_case_school_idx").on(t.schoolId, t.state),
    index("retention_case_region_idx").on(t.regionCode, t.state, t.deadline),
  ],
);

/** The case's history (个案记录): every step, append only. */
export const retentionCaseEvent = pgTable(
  "retention_case_event",
  {
    id: id(),
    regionCode: regionCode(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => retentionCase.id),
    schoolId: uuid("school_id"),
    /** open | retention.CaseAction | visit */
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    note: text("note").notNull().default(""),
    actorId: uuid("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retention_case_event_case_idx").on(t.caseId, t.at)],
);

/** A persuasion visit (劝返记录): date, who, method, outcome. */
export const retentionVisit = pgTable(
  "retention_visit",
  {
    id: id(),
    regionCode: regionCode(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => retentionCase.id),
    schoolId: uuid("school_id"),
    visitedOn: date("visited_on", { mode: "string" }).notNull(),
    /** who went (names) */
    visitors: text("visitors").notNull(),
    method: text("method").$type<retention.VisitMethod>().notNull(),
    outcome: text("outcome").$type<retention.VisitOutcome>().notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retention_visit_case_idx").on(t.caseId, t.visitedOn)],
);

/** Evidence photos of a visit (劝返佐证), checked by their bytes like the ledger's evidence. */
export const retentionEvidence = pgTable(
  "retention_evidence",
  {
    id: id(),
    regionCode: regionCode(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => retentionCase.id),
    visitId: uuid("visit_id").references(() => retentionVisit.id),
    schoolId: uuid("school_id"),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    thumbnail: bytea("thumbnail"),
    uploadedBy: uuid("uploaded_by").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retention_evidence_case_idx").on(t.caseId)],
);

/** A county re-check of a quarter (季度复核): who checked, what was found. */
export const retentionRecheck = pgTable(
  "retention_recheck",
  {
    id: id(),
    regionCode: regionCode(),
    /** 2026-Q4 */
    quarter: char("quarter", { length: 7 }).notNull(),
    checkedOn: date("checked_on", { mode: "string" }).notNull(),
    /** counts at the time of the re-check: open suspects, open cases, late schools */
    figures: jsonb("figures").$type<Record<string, number>>().notNull(),
    note: text("note").notNull().default(""),
    checkedBy: uuid("checked_by").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("retention_recheck_uq").on(t.regionCode, t.quarter)],
);

/** Computed rates of a school year (入学率、巩固率), kept as a snapshot so the page reads them warm. */
export const retentionRateSnapshot = pgTable(
  "retention_rate_snapshot",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    /** the rates of the county, its townships and schools, with numerators and denominators */
    result: jsonb("result").$type<Record<string, unknown>>().notNull(),
    computedBy: uuid("computed_by").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retention_rate_region_idx").on(t.regionCode, t.schoolYear, t.computedAt)],
);

/**
 * Reminders of dropout control (督办提醒), written by the scheduled job: a case past its deadline escalated to the
 * section (and, later, to leadership), addressed to the case's school and township as well; a school late with its
 * monthly zero-report. One row per subject and level (`key`), so a job run twice writes nothing new.
 */
export const retentionReminder = pgTable(
  "retention_reminder",
  {
    id: id(),
    regionCode: regionCode(),
    /** case_overdue | zero_report_late */
    kind: text("kind").$type<"case_overdue" | "zero_report_late">().notNull(),
    /** case_overdue: section | leadership; zero_report_late: school */
    level: text("level").notNull(),
    /** what it is about, once per level: case:<id>:section, zero:<schoolId>:<month> */
    key: text("key").notNull(),
    caseId: uuid("case_id"),
    /** the school reminded (the case's school, the late school) */
    schoolId: uuid("school_id"),
    /** the township responsible (the case's) */
    townCode: char("town_code", { length: 9 }),
    /** the zero-report's month (2026-11) */
    month: text("month"),
    message: text("message").notNull(),
    /** the county's date the reminder was raised (Beijing) */
    raisedOn: date("raised_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("retention_reminder_key_uq").on(t.regionCode, t.key),
    index("retention_reminder_region_idx").on(t.regionCode, t.raisedOn),
    index("retention_reminder_school_idx").on(t.schoolId, t.raisedOn),
  ],
);
