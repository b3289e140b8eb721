/**
 * Tables of the ledger (督导·隐患排查·整改台账). Every row carries region_code; rows about one school carry
 * school_id (null for an off-campus institution), the key of every scope check.
 */
import type { ledger } from "@edubureau/core";
import { sql } from "drizzle-orm";
import {
  boolean,
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

/** Inspection types (检查类型) configured by the county, each with its checklist template. */
export const ledgerInspectionType = pgTable(
  "ledger_inspection_type",
  {
    id: id(),
    regionCode: regionCode(),
    /** ledger.inspectionKind */
    kind: text("kind").$type<ledger.InspectionKind>().notNull(),
    name: text("name").notNull(),
    /** the checklist template: items with code, category, text, severity */
    checklist: jsonb("checklist").$type<ledger.ChecklistItem[]>().notNull(),
    /** days given to rectify a finding unless the inspector sets another deadline */
    defaultDays: smallint("default_days").notNull().default(30),
    active: boolean("active").notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex("ledger_type_region_name_uq").on(t.regionCode, t.name)],
);

/** The register of off-campus tutoring institutions (校外培训机构). */
export const ledgerInstitution = pgTable(
  "ledger_institution",
  {
    id: id(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    /** 办学许可证号 */
    licence: text("licence").notNull(),
    address: text("address").notNull(),
    /** ledger.institutionType */
    type: text("type").notNull(),
    /** ledger.institutionStatus */
    status: text("status").notNull().default("operating"),
    contact: text("contact"),
    ...timestamps,
  },
  (t) => [uniqueIndex("ledger_institution_licence_uq").on(t.regionCode, t.licence)],
);

/** An inspection (检查): a type, a date, inspectors and targets; a self-inspection has the school as inspector. */
export const ledgerInspection = pgTable(
  "ledger_inspection",
  {
    id: id(),
    regionCode: regionCode(),
    typeId: uuid("type_id")
      .notNull()
      .references(() => ledgerInspectionType.id),
    /** copied from the type, so statistics group by kind without a join */
    kind: text("kind").$type<ledger.InspectionKind>().notNull(),
    title: text("title").notNull(),
    inspectedOn: date("inspected_on").notNull(),
    /** names of the inspectors (检查人员) */
    inspectors: jsonb("inspectors").$type<string[]>().notNull(),
    /** a school's inspection of itself (自查) */
    selfInspection: boolean("self_inspection").notNull().default(false),
    /** for a self-inspection: the school */
    schoolId: uuid("school_id").references(() => school.id),
    summary: text("summary").notNull().default(""),
    createdBy: uuid("created_by").notNull(),
    ...timestamps,
  },
  (t) => [
    index("ledger_inspection_region_idx").on(t.regionCode, t.inspectedOn),
    index("ledger_inspection_school_idx").on(t.schoolId),
  ],
);

/** One target of an inspection (a school or an institution) with its filled checklist. */
export const ledgerInspectionTarget = pgTable(
  "ledger_inspection_target",
  {
    id: id(),
    regionCode: regionCode(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => ledgerInspection.id),
    schoolId: uuid("school_id").references(() => school.id),
    institutionId: uuid("institution_id").references(() => ledgerInstitution.id),
    /** results per check item: code, result (pass | fail | na), note */
    results: jsonb("results").$type<ledger.ChecklistEntry[]>().notNull().default([]),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
  },
  (t) => [index("ledger_target_inspection_idx").on(t.inspectionId), index("ledger_target_school_idx").on(t.schoolId)],
);

/**
 * A finding (问题) at one target, and its rectification order: responsible unit and person, deadline, measures.
 * A common finding (共性问题) raised for many targets at once is one row per target sharing `commonGroup`.
 * Overdue is derived from the deadline and the clock, never stored.
 */
export const ledgerFinding = pgTable(
  "ledger_finding",
  {
    id: id(),
    regionCode: regionCode(),
    inspectionId: uuid("inspection_id")
      .notNull()
      .references(() => ledgerInspection.id),
    targetId: uuid("target_id")
      .notNull()
      .references(() => ledgerInspectionTarget.id),
    /** the school the finding is about; null for an institution */
    schoolId: uuid("school_id").references(() => school.id),
    institutionId: uuid("institution_id").references(() => ledgerInstitution.id),
    /** copied from the inspection for the board's filters */
    kind: text("kind").$type<ledger.InspectionKind>().notNull(),
    /** a number per county and year, for the ledger: 2026-0042 */
    number: text("number").notNull(),
    /** ledger.findingScope */
    scope: text("scope").notNull(),
    commonGroup: uuid("common_group"),
    checklistCode: text("checklist_code"),
    category: text("category").notNull(),
    description: text("description").notNull(),
    /** ledger.severity */
    severity: text("severity").$type<ledger.Severity>().notNull(),
    responsibleUnit: text("responsible_unit").notNull(),
    responsiblePerson: text("responsible_person").notNull(),
    measures: text("measures").notNull().default(""),
    /** ledger.findingState */
    state: text("state").$type<ledger.FindingState>().notNull(),
    raisedOn: date("raised_on").notNull(),
    originalDeadline: date("original_deadline").notNull(),
    deadline: date("deadline").notNull(),
    /** a request for more time waiting for approval */
    extensionDeadline: date("extension_deadline"),
    extensionReason: text("extension_reason"),
    closedOn: date("closed_on"),
    createdBy: uuid("created_by").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("ledger_finding_number_uq").on(t.regionCode, t.number),
    index("ledger_finding_board_idx").on(t.regionCode, t.state, t.deadline),
    index("ledger_finding_school_idx").on(t.schoolId, t.state, t.deadline),
    index("ledger_finding_inspection_idx").on(t.inspectionId),
    index("ledger_finding_kind_idx").on(t.regionCode, t.kind, t.state),
    index("ledger_finding_severity_idx").on(t.regionCode, t.severity, t.state),
    // the board reads open findings by earliest deadline and finished ones by latest, each from its own index
    index("ledger_finding_open_deadline_idx")
      .on(t.regionCode, t.deadline, t.number)
      .where(sql`${t.state} in ('pending', 'in_progress', 'awaiting_review')`),
    index("ledger_finding_done_deadline_idx")
      .on(t.regionCode, t.deadline, t.number)
      .where(sql`${t.state} in ('closed', 'withdrawn')`),
  ],
);

/** The immutable history of a finding (整改记录): who did what, when, with which note and evidence. Append only. */
export const ledgerTransition = pgTable(
  "ledger_transition",
  {
    id: id(),
    regionCode: regionCode(),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => ledgerFinding.id),
    schoolId: uuid("school_id"),
    /** position in the finding's history, from 1 */
    seq: integer("seq").notNull(),
    /** raise | ledger.RectificationAction */
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    deadlineBefore: date("deadline_before"),
    deadlineAfter: date("deadline_after"),
    note: text("note").notNull().default(""),
    actorId: uuid("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    /** the party the actor acted as: supervisor | responsible */
    actorParty: text("actor_party").notNull(),
    evidenceIds: jsonb("evidence_ids").$type<string[]>().notNull().default([]),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("ledger_transition_finding_seq_uq").on(t.findingId, t.seq)],
);

/**
 * Evidence files (佐证材料) of a finding: the bytes in the database with their SHA-256, the content type decided
 * from the bytes. Attached to a step of the history when that step cites it.
 */
export const ledgerEvidence = pgTable(
  "ledger_evidence",
  {
    id: id(),
    regionCode: regionCode(),
    findingId: uuid("finding_id")
      .notNull()
      .references(() => ledgerFinding.id),
    schoolId: uuid("school_id"),
    transitionId: uuid("transition_id"),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    /** a small PNG preview of an image, when one could be made */
    thumbnail: bytea("thumbnail"),
    uploadedBy: uuid("uploaded_by").notNull(),
    uploaderName: text("uploader_name").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("ledger_evidence_finding_idx").on(t.findingId)],
);
