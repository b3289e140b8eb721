/**
 * Tables of the teacher workforce (教师队伍 · 人事股). They extend the register's staff (registry's staff and
 * employment tables, which this room never alters) with rows keyed by staff id. Every row carries region_code;
 * rows about one school carry school_id, the key of every scope check.
 */
import type { staffing } from "@edubureau/core";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, regionCode, timestamps } from "../db/columns";
import { school, staff } from "../registry/tables";

/** The county's staffing settings (人事股参数), one row per county and the year they apply from. */
export const staffingSetting = pgTable(
  "staffing_setting",
  {
    regionCode: regionCode(),
    fromYear: smallint("from_year").notNull(),
    province: text("province").notNull(),
    settings: jsonb("settings").$type<staffing.StaffingSettings>().notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.fromYear] })],
);

/**
 * What the workforce keeps of a staff member beyond the register: position, subjects also taught, the day they
 * arrived at the current school (rotation), and the 双师型 recognition of vocational teachers.
 */
export const staffingProfile = pgTable(
  "staffing_profile",
  {
    staffId: uuid("staff_id")
      .primaryKey()
      .references(() => staff.id),
    regionCode: regionCode(),
    /** principal | vice_principal | middle | teacher */
    position: text("position").notNull().default("teacher"),
    positionSince: date("position_since", { mode: "string" }),
    /** registry.subject codes also taught (兼任学科) */
    alsoTeaches: jsonb("also_teaches").$type<string[]>().notNull().default([]),
    atSchoolSince: date("at_school_since", { mode: "string" }),
    doubleQualified: boolean("double_qualified").notNull().default(false),
    /** teacher certificate kind and number (教师资格证), shown masked */
    certificate: text("certificate"),
    ...timestamps,
  },
  (t) => [index("staffing_profile_region_idx").on(t.regionCode)],
);

/** A school's facts of a school year the establishment needs beyond the register: boarding students, 优质校. */
export const staffingSchoolYear = pgTable(
  "staffing_school_year",
  {
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    boardingStudents: integer("boarding_students").notNull().default(0),
    /** urban or high-performing school whose eligible teachers count toward the 10 % rotation target */
    highPerforming: boolean("high_performing").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schoolId, t.schoolYear] }),
    index("staffing_school_year_region_idx").on(t.regionCode),
  ],
);

/** Backbone recognitions (骨干教师, 学科带头人, 名师) with their level, date and expiry. */
export const staffingRecognition = pgTable(
  "staffing_recognition",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    tier: text("tier").$type<staffing.BackboneTier>().notNull(),
    level: text("level").$type<staffing.RecognitionLevel>().notNull(),
    subject: text("subject"),
    recognisedOn: date("recognised_on", { mode: "string" }).notNull(),
    expiresOn: date("expires_on", { mode: "string" }),
    ...timestamps,
  },
  (t) => [
    index("staffing_recognition_region_idx").on(t.regionCode),
    index("staffing_recognition_staff_idx").on(t.staffId),
  ],
);

/** Continuing-education records (继续教育学时), from the platforms' Excel or entered by schools (校本研修). */
export const staffingTraining = pgTable(
  "staffing_training",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    course: text("course").notNull(),
    level: text("level").$type<staffing.TrainingLevel>().notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    hours: numeric("hours", { precision: 6, scale: 1, mode: "number" }).notNull(),
    /** import | form | demo */
    source: text("source").notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staffing_training_course_uq").on(t.staffId, t.course, t.startDate),
    index("staffing_training_region_end_idx").on(t.regionCode, t.endDate),
    index("staffing_training_school_idx").on(t.schoolId),
  ],
);

/** Rotation (交流轮岗): a school's proposal, 人事股's decision, and the period of the move. */
export const staffingRotation = pgTable(
  "staffing_rotation",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    /** the school the teacher leaves (the row's school for scope) */
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    toSchoolId: uuid("to_school_id").references(() => school.id),
    /** proposed | approved | rejected */
    status: text("status").notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    note: text("note").notNull().default(""),
    proposedBy: uuid("proposed_by"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("staffing_rotation_staff_year_uq").on(t.staffId, t.schoolYear),
    index("staffing_rotation_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/** Exemptions from rotation with their reason (免于交流), per school year. */
export const staffingExemption = pgTable(
  "staffing_exemption",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    reason: text("reason").notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staffing_exemption_staff_year_uq").on(t.staffId, t.schoolYear)],
);

/** A recruitment plan (招聘计划) of a school year: proposed from the figures, edited by 人事股, approved by the leader. */
export const staffingRecruitPlan = pgTable(
  "staffing_recruit_plan",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    retirementsPerRecruit: smallint("retirements_per_recruit").notNull(),
    recruitRounding: text("recruit_rounding").$type<staffing.Rounding>().notNull(),
    retirements: integer("retirements").notNull(),
    proposedTotal: integer("proposed_total").notNull(),
    /** draft | approved */
    status: text("status").notNull(),
    createdBy: uuid("created_by"),
    approvedBy: uuid("approved_by"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("staffing_recruit_plan_year_uq").on(t.regionCode, t.schoolYear)],
);

/** One line of a recruitment plan: a school and subject, the proposal and the number 人事股 settled on. */
export const staffingRecruitLine = pgTable(
  "staffing_recruit_line",
  {
    id: id(),
    regionCode: regionCode(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => staffingRecruitPlan.id),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    subject: text("subject").notNull(),
    retirements: integer("retirements").notNull(),
    gap: numeric("gap", { precision: 6, scale: 1, mode: "number" }).notNull(),
    replacement: integer("replacement").notNull(),
    forShortage: integer("for_shortage").notNull(),
    proposed: integer("proposed").notNull(),
    quantity: integer("quantity").notNull(),
    /** recruits of this line arrived and entered in the register */
    arrived: integer("arrived").notNull().default(0),
    note: text("note").notNull().default(""),
  },
  (t) => [uniqueIndex("staffing_recruit_line_uq").on(t.planId, t.schoolId, t.subject)],
);

/** A recruit of a plan line who arrived and was entered in the register (新教师到岗): the line and the staff record. */
export const staffingRecruitArrival = pgTable(
  "staffing_recruit_arrival",
  {
    id: id(),
    regionCode: regionCode(),
    lineId: uuid("line_id")
      .notNull()
      .references(() => staffingRecruitLine.id),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    arrivedOn: date("arrived_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staffing_recruit_arrival_staff_uq").on(t.staffId),
    index("staffing_recruit_arrival_line_idx").on(t.lineId),
  ],
);

/** A school's stated recruitment need (招聘需求), read by 人事股 beside the proposal. */
export const staffingRecruitNeed = pgTable(
  "staffing_recruit_need",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    subject: text("subject").notNull(),
    count: smallint("count").notNull(),
    reason: text("reason").notNull(),
    proposedBy: uuid("proposed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staffing_recruit_need_region_year_idx").on(t.regionCode, t.schoolYear)],
);

/** The reserve-cadre pool (后备人才库) with criteria met and the latest assessment. */
export const staffingReserve = pgTable(
  "staffing_reserve",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    criteria: text("criteria").notNull(),
    assessment: text("assessment"),
    assessedOn: date("assessed_on", { mode: "string" }),
    /** active | left */
    status: text("status").notNull().default("active"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("staffing_reserve_staff_uq").on(t.staffId),
    index("staffing_reserve_region_idx").on(t.regionCode),
  ],
);

/** 名师工作室: a county studio with its host, subject and founding date (managed by 教研室). */
export const staffingStudio = pgTable(
  "staffing_studio",
  {
    id: id(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    hostStaffId: uuid("host_staff_id")
      .notNull()
      .references(() => staff.id),
    subject: text("subject").notNull(),
    foundedOn: date("founded_on", { mode: "string" }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("staffing_studio_name_uq").on(t.regionCode, t.name)],
);

/** Members of a studio. */
export const staffingStudioMember = pgTable(
  "staffing_studio_member",
  {
    regionCode: regionCode(),
    studioId: uuid("studio_id")
      .notNull()
      .references(() => staffingStudio.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.studioId, t.staffId] })],
);

/** A studio's activities (研修活动) by date. */
export const staffingStudioActivity = pgTable(
  "staffing_studio_activity",
  {
    id: id(),
    regionCode: regionCode(),
    studioId: uuid("studio_id")
      .notNull()
      .references(() => staffingStudio.id),
    on: date("on", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    participants: smallint("participants").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staffing_studio_activity_studio_idx").on(t.studioId)],
);

/** Part-time researchers (兼职教研员) appointed by 教研室 for a term. */
export const staffingResearcher = pgTable(
  "staffing_researcher",
  {
    id: id(),
    regionCode: regionCode(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    subject: text("subject").notNull(),
    appointedOn: date("appointed_on", { mode: "string" }).notNull(),
    termEndsOn: date("term_ends_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staffing_researcher_staff_uq").on(t.staffId, t.appointedOn)],
);
