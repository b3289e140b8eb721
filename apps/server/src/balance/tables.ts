import type { balance } from "@edubureau/core";
import { char, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, regionCode } from "../db/columns";

/**
 * The county's balance settings (均衡发展测算参数): standards, limits, the qualification rule and stage weights.
 * Provinces differ; a county without a row uses the national values.
 */
export const balanceSettings = pgTable("balance_settings", {
  regionCode: char("region_code", { length: 6 }).primaryKey(),
  config: jsonb("config").$type<balance.BalanceConfig>().notNull(),
  updatedBy: uuid("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A saved what-if scenario (模拟测算方案): adjustments to some schools for a year and stage. It never alters the
 * register; anyone in the county who reads balance figures can open it by its link.
 */
export const balanceScenario = pgTable(
  "balance_scenario",
  {
    id: id(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    schoolYear: smallint("school_year").notNull(),
    /** primary | junior */
    stage: text("stage").notNull(),
    adjustments: jsonb("adjustments").$type<balance.SchoolAdjustment[]>().notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").notNull(),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("balance_scenario_region_idx").on(t.regionCode, t.createdAt)],
);

/**
 * A published balance result (已发布的监测结果) for a year and stage: the figures as they were reported, with the
 * digest of the register inputs and settings they came from. Never changed; a correction publishes a new version
 * with its reason.
 */
export const balanceSnapshot = pgTable(
  "balance_snapshot",
  {
    id: id(),
    regionCode: regionCode(),
    schoolYear: smallint("school_year").notNull(),
    stage: text("stage").notNull(),
    version: smallint("version").notNull(),
    /** SHA-256 of the canonical inputs (register rows and settings) */
    inputsSha256: text("inputs_sha256").notNull(),
    config: jsonb("config").$type<balance.BalanceConfig>().notNull(),
    /** the presented evaluation, data checks and requirements, exactly as published */
    result: jsonb("result").$type<Record<string, unknown>>().notNull(),
    /** why a new version was published (required from version 2 on) */
    note: text("note").notNull().default(""),
    publishedBy: uuid("published_by").notNull(),
    publishedByName: text("published_by_name").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("balance_snapshot_version_uq").on(t.regionCode, t.schoolYear, t.stage, t.version)],
);
