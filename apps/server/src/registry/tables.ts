import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, regionCode, timestamps } from "../db/columns";

/** Administrative divisions (行政区划): the county and the towns beneath it. */
export const region = pgTable("region", {
  code: char("code", { length: 6 }).primaryKey(),
  name: text("name").notNull(),
  /** province | prefecture | county | town */
  level: text("level").notNull(),
  parentCode: char("parent_code", { length: 6 }),
});

/** Towns and villages beneath a county (乡镇), keyed by the 9-digit statistical code; used for catchment later. */
export const town = pgTable(
  "town",
  {
    code: char("code", { length: 9 }).primaryKey(),
    regionCode: regionCode(),
    name: text("name").notNull(),
  },
  (t) => [index("town_region_idx").on(t.regionCode)],
);

/** Schools (学校): one row per school; history (merge, relocation, closure) kept in school_event. */
export const school = pgTable(
  "school",
  {
    id: id(),
    regionCode: regionCode(),
    /** national school identification code (学校标识码), 10 digits */
    code: char("code", { length: 10 }).notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    /** registry.schoolKind */
    kind: text("kind").notNull(),
    /** urban | town | rural */
    locality: text("locality").notNull(),
    /** public | private */
    ownership: text("ownership").notNull(),
    townCode: char("town_code", { length: 9 }),
    address: text("address"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    principal: text("principal"),
    phone: text("phone"),
    /** open | merged | closed */
    status: text("status").notNull().default("open"),
    openedOn: date("opened_on"),
    closedOn: date("closed_on"),
    mergedIntoId: uuid("merged_into_id"),
    ...timestamps,
  },
  (t) => [uniqueIndex("school_code_uq").on(t.code), index("school_region_idx").on(t.regionCode)],
);

/** A school's history: founding, renaming, merging, relocation, closure. */
export const schoolEvent = pgTable(
  "school_event",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    on: date("on").notNull(),
    /** opened | renamed | relocated | merged | closed */
    kind: text("kind").notNull(),
    note: text("note").notNull().default(""),
    otherSchoolId: uuid("other_school_id"),
  },
  (t) => [index("school_event_school_idx").on(t.schoolId)],
);

/** People (人员): one row per human. Resident IDs are never stored in clear. */
export const person = pgTable(
  "person",
  {
    id: id(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    /** M | F */
    gender: char("gender", { length: 1 }).notNull(),
    birthDate: date("birth_date").notNull(),
    ethnicity: text("ethnicity").notNull().default("汉族"),
    /** pinyin initials of the name, lowercase (张三 → zs), for search as people type */
    nameInitials: text("name_initials").notNull().default(""),
    /** keyed hash (HMAC-SHA-256) of the resident ID, for exact look-up and duplicate checks */
    residentIdHash: text("resident_id_hash"),
    /** masked form shown by default, e.g. 110105********002X */
    residentIdMasked: text("resident_id_masked"),
    /** AES-256-GCM ciphertext of the resident ID, revealed only with permission and an audit row */
    residentIdCipher: text("resident_id_cipher"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("person_resident_id_uq").on(t.residentIdHash),
    index("person_region_idx").on(t.regionCode),
    index("person_name_idx").on(t.regionCode, t.name),
    // student search (registry/store.ts personTextMatch): a name's characters, any substring of one or more
    // characters narrowed to the names holding them all; pinyin initials by prefix in any collation; the last four
    // of the resident ID by equality
    index("person_name_chars_idx").using("gin", sql`string_to_array(lower(${t.name}), null)`),
    index("person_initials_idx").on(t.regionCode, t.nameInitials.op("text_pattern_ops")),
    index("person_resident_id_last4_idx").on(sql`lower(right(${t.residentIdMasked}, 4))`),
  ],
);

/** The student role of a person (学籍): national number, household and special-group flags. */
export const student = pgTable(
  "student",
  {
    id: id(),
    regionCode: regionCode(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    /** national student number (全国学籍号), 19 characters */
    studentNumber: text("student_number").notNull(),
    /** urban | rural household registration (户口性质) */
    householdType: text("household_type").notNull(),
    householdInCounty: boolean("household_in_county").notNull().default(true),
    leftBehind: boolean("left_behind").notNull().default(false),
    migrant: boolean("migrant").notNull().default(false),
    /** disability category (残疾类别) or null */
    disability: text("disability"),
    /** 随班就读 | 特教学校 | 送教上门 */
    disabilityPlacement: text("disability_placement"),
    orphan: boolean("orphan").notNull().default(false),
    povertyRegistered: boolean("poverty_registered").notNull().default(false),
    dibao: boolean("dibao").notNull().default(false),
    address: text("address"),
    guardianName: text("guardian_name"),
    guardianPhone: text("guardian_phone"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("student_number_uq").on(t.studentNumber),
    uniqueIndex("student_person_uq").on(t.personId),
    index("student_region_idx").on(t.regionCode),
  ],
);

/** Classes (班级) per school year. Grade 1–12; kindergarten levels −3..−1. */
export const schoolClass = pgTable(
  "school_class",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    grade: smallint("grade").notNull(),
    /** class number within the grade: 1 → (1)班 */
    number: smallint("number").notNull(),
    name: text("name").notNull(),
    headTeacherId: uuid("head_teacher_id"),
  },
  (t) => [
    uniqueIndex("class_school_year_grade_number_uq").on(t.schoolId, t.schoolYear, t.grade, t.number),
    index("class_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/** A student's enrollment in a school year (学籍年度记录), as of 1 September; never overwritten. */
export const enrollment = pgTable(
  "enrollment",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => student.id),
    classId: uuid("class_id").references(() => schoolClass.id),
    grade: smallint("grade").notNull(),
    /** registry.enrollmentStatus */
    status: text("status").notNull(),
    enteredOn: date("entered_on"),
    leftOn: date("left_on"),
    /** for a transfer: the school it came from / went to (null when outside the county) */
    fromSchoolId: uuid("from_school_id"),
    toSchoolId: uuid("to_school_id"),
  },
  (t) => [
    uniqueIndex("enrollment_student_year_school_uq").on(t.studentId, t.schoolYear, t.schoolId),
    index("enrollment_school_year_idx").on(t.schoolId, t.schoolYear),
    index("enrollment_class_idx").on(t.classId),
    index("enrollment_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/** The staff role of a person (教职工). */
export const staff = pgTable(
  "staff",
  {
    id: id(),
    regionCode: regionCode(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    staffNumber: text("staff_number").notNull(),
    hireDate: date("hire_date"),
    ...timestamps,
  },
  (t) => [uniqueIndex("staff_number_uq").on(t.staffNumber), uniqueIndex("staff_person_uq").on(t.personId)],
);

/** A staff member's employment in a school year (任职年度记录), as of 1 September; never overwritten. */
export const employment = pgTable(
  "employment",
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
    /** registry.postType */
    postType: text("post_type").notNull(),
    /** 编制 type: established | contract | substitute */
    establishment: text("establishment").notNull(),
    /** registry.subject, null for non-teaching posts */
    subject: text("subject"),
    /** the stage taught (people count toward the stage they teach) */
    stageTaught: text("stage_taught"),
    qualification: text("qualification").notNull(),
    title: text("title").notNull(),
    backboneLevel: text("backbone_level").notNull().default("none"),
    hasCertificate: boolean("has_certificate").notNull().default(true),
    fullTime: boolean("full_time").notNull().default(true),
    /** active | leave | retired | left */
    status: text("status").notNull().default("active"),
  },
  (t) => [
    uniqueIndex("employment_staff_year_uq").on(t.staffId, t.schoolYear),
    index("employment_school_year_idx").on(t.schoolId, t.schoolYear),
    index("employment_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/** Class–subject–teacher assignments (任课安排): the basis of teacher scope and exam attribution. */
export const classTeacher = pgTable(
  "class_teacher",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    classId: uuid("class_id")
      .notNull()
      .references(() => schoolClass.id),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    subject: text("subject").notNull(),
  },
  (t) => [
    uniqueIndex("class_teacher_class_subject_uq").on(t.classId, t.subject),
    index("class_teacher_staff_idx").on(t.staffId),
  ],
);

/** A school's conditions as of 1 September of a school year (办学条件); one row per school per year. */
export const schoolCondition = pgTable(
  "school_condition",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    /** total building floor area, m² */
    buildingArea: numeric("building_area", { precision: 12, scale: 2, mode: "number" }).notNull(),
    /** teaching and auxiliary rooms (教学及辅助用房), m² */
    teachingArea: numeric("teaching_area", { precision: 12, scale: 2, mode: "number" }).notNull(),
    /** sports grounds and halls (体育运动场馆), m² */
    sportsArea: numeric("sports_area", { precision: 12, scale: 2, mode: "number" }).notNull(),
    /** teaching equipment value (教学仪器设备值), fen */
    equipmentValueFen: bigint("equipment_value_fen", { mode: "number" }).notNull(),
    books: integer("books").notNull(),
    studentComputers: integer("student_computers").notNull(),
    multimediaRooms: integer("multimedia_rooms").notNull(),
    musicRooms: integer("music_rooms").notNull().default(0),
    musicRoomArea: numeric("music_room_area", { precision: 10, scale: 2, mode: "number" }).notNull().default(0),
    artRooms: integer("art_rooms").notNull().default(0),
    artRoomArea: numeric("art_room_area", { precision: 10, scale: 2, mode: "number" }).notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("condition_school_year_uq").on(t.schoolId, t.schoolYear)],
);

/**
 * Transfers (转学): school A initiates, school B (or nobody, for outside the county) receives. A transfer still
 * pending after the configured days is a suspected dropout (derived from initiatedOn and the clock, not stored).
 */
export const transfer = pgTable(
  "transfer",
  {
    id: id(),
    regionCode: regionCode(),
    studentId: uuid("student_id")
      .notNull()
      .references(() => student.id),
    schoolYear: smallint("school_year").notNull(),
    fromSchoolId: uuid("from_school_id")
      .notNull()
      .references(() => school.id),
    /** null: leaving the county (转出县外) */
    toSchoolId: uuid("to_school_id").references(() => school.id),
    /** for transfers out of the county: where the student goes */
    destination: text("destination"),
    reason: text("reason").notNull(),
    /** pending | received | rejected | cancelled | left_county */
    status: text("status").notNull(),
    initiatedOn: date("initiated_on").notNull(),
    initiatedBy: uuid("initiated_by").notNull(),
    decidedOn: date("decided_on"),
    decidedBy: uuid("decided_by"),
    decisionNote: text("decision_note"),
    ...timestamps,
  },
  (t) => [
    index("transfer_from_idx").on(t.fromSchoolId, t.status),
    index("transfer_to_idx").on(t.toSchoolId, t.status),
    index("transfer_student_idx").on(t.studentId),
  ],
);

/**
 * A school's request for the county's promotion (申请升级): promotion is a county act run by 基础教育股 for every
 * school at once, so a school asks and the section sees its request in the county's promotion preview; the county's
 * promotion confirms every request of that year. One request per school and year.
 */
export const promotionRequest = pgTable(
  "promotion_request",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    /** the school year to be promoted (2026: from 2026—2027学年 to the next) */
    schoolYear: smallint("school_year").notNull(),
    note: text("note"),
    requestedBy: uuid("requested_by").notNull(),
    /** pending | confirmed (by the county's promotion) */
    status: text("status").notNull(),
    confirmedBy: uuid("confirmed_by"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("promotion_request_school_year_uq").on(t.schoolId, t.schoolYear)],
);

/**
 * County settings of the register (学籍参数), one row per county; absent means the defaults. Changed by 基础教育股,
 * every change audited.
 */
export const registrySetting = pgTable("registry_setting", {
  regionCode: char("region_code", { length: 6 }).primaryKey(),
  /** days after which a pending transfer is flagged as a suspected dropout (疑似辍学) */
  transferOverdueDays: smallint("transfer_overdue_days").notNull(),
  /**
   * the county's current school year (2026 = 2026—2027学年): the year every list, overview and statistic shows when
   * none is asked for; moved only by the county's promotion or by 基础教育股, never by a school's data. Null: the
   * school year running by the calendar.
   */
  currentSchoolYear: smallint("current_school_year"),
  /** the day from which the county's promotion of the current year may run (升级日期); cleared by the promotion */
  promotionDate: date("promotion_date", { mode: "string" }),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
