/**
 * County settings of the platform itself. The owning section of a capability (业务归口): which section writes
 * preschool and fitness, decided by the bureau and recorded with the day it applies from. Rows are never edited in
 * place except a decision for the same capability and day, which replaces the earlier one (audited with both).
 */
import type { auth } from "@edubureau/core";
import { date, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, regionCode } from "../db/columns";

export const capabilityOwner = pgTable(
  "capability_owner",
  {
    id: id(),
    regionCode: regionCode(),
    /** auth.SettableCapability: preschool | fitness */
    capability: text("capability").$type<auth.SettableCapability>().notNull(),
    /** auth.Section that owns it from effective_from */
    section: text("section").$type<auth.Section>().notNull(),
    /** the first day (Beijing time) the section owns it */
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    /** the bureau's decision it records (局长办公会决定, a document number) */
    basis: text("basis").notNull(),
    setBy: uuid("set_by").notNull(),
    setAt: timestamp("set_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("capability_owner_uq").on(t.regionCode, t.capability, t.effectiveFrom)],
);
