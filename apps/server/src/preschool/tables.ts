import type { preschool } from "@edubureau/core";
import {
  boolean,
  char,
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
import { school } from "../registry/tables";

/**
 * A kindergarten's yearly report (幼儿园年度填报), as of 1 September of the school year: the register additions the
 * preschool evaluation needs beyond the school, classes and staff the register holds. One row per kindergarten (or
 * primary school with attached preschool classes) per year; last year's row is never overwritten.
 */
export const preschoolReport = pgTable(
  "preschool_report",
  {
    id: id(),
    regionCode: regionCode(),
    schoolId: uuid("school_id")
      .notNull()
      .references(() => school.id),
    schoolYear: smallint("school_year").notNull(),
    /** preschool.KindergartenKind (办园性质) */
    kind: text("kind").notNull(),
    /** for 普惠性民办园: the date and document of recognition (认定日期, 认定文件) */
    recognisedOn: date("recognised_on"),
    recognisedDocument: text("recognised_document"),
    /** 办园许可证号 */
    licenceNumber: text("licence_number"),
    /** 保教费, fen a month */
    feeFenPerMonth: integer("fee_fen_per_month"),
    /** the township's public central kindergarten (乡镇中心园) */
    ruralCentral: boolean("rural_central").notNull().default(false),
    /** the principal holds 园长任职资格 */
    principalCertified: boolean("principal_certified"),
    /** average monthly pay of established (在编) and non-established (非在编) full-time teachers, fen */
    establishedPayFen: integer("established_pay_fen"),
    nonEstablishedPayFen: integer("non_established_pay_fen"),
    /** per-child public funding (public) or 普惠 subsidy (private), fen a year */
    fundingPerChildFen: integer("funding_per_child_fen"),
    /** building floor area and outdoor play area, m² */
    buildingArea: numeric("building_area", { precision: 10, scale: 2, mode: "number" }),
    playArea: numeric("play_area", { precision: 10, scale: 2, mode: "number" }),
    updatedBy: uuid("updated_by").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("preschool_report_school_year_uq").on(t.schoolId, t.schoolYear),
    index("preschool_report_region_year_idx").on(t.regionCode, t.schoolYear),
  ],
);

/**
 * Population aged 3, 4 and 5 of a township on the statistics date (乡镇适龄人口), entered by the county with its
 * source (公安户籍, 卫健, 入户调查…) until the household roster feeds it.
 */
export const preschoolPopulation = pgTable(
  "preschool_population",
  {
    id: id(),
    regionCode: regionCode(),
    townCode: char("town_code", { length: 9 }).notNull(),
    schoolYear: smallint("school_year").notNull(),
    age3: integer("age3").notNull(),
    age4: integer("age4").notNull(),
    age5: integer("age5").notNull(),
    source: text("source").notNull(),
    updatedBy: uuid("updated_by").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("preschool_population_town_year_uq").on(t.regionCode, t.townCode, t.schoolYear)],
);

/** Births of a township in a calendar year (出生人口), for the forecast of the next three years. */
export const preschoolBirths = pgTable(
  "preschool_births",
  {
    id: id(),
    regionCode: regionCode(),
    townCode: char("town_code", { length: 9 }).notNull(),
    birthYear: smallint("birth_year").notNull(),
    births: integer("births").notNull(),
    source: text("source").notNull(),
    updatedBy: uuid("updated_by").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("preschool_births_town_year_uq").on(t.regionCode, t.townCode, t.birthYear)],
);

/** The county's public satisfaction survey result for a school year (社会认可度), with its source. */
export const preschoolSurvey = pgTable(
  "preschool_survey",
  {
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    /** share 0..1 */
    satisfaction: numeric("satisfaction", { precision: 5, scale: 4, mode: "number" }).notNull(),
    source: text("source").notNull(),
    updatedBy: uuid("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.schoolYear] })],
);

/** The county's preschool settings (学前教育评估参数); a county without a row uses the national values. */
export const preschoolSettings = pgTable("preschool_settings", {
  regionCode: char("region_code", { length: 6 }).primaryKey(),
  config: jsonb("config").$type<preschool.PreschoolConfig>().notNull(),
  updatedBy: uuid("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
