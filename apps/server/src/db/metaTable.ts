import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Platform facts kept in the database: demo generation parameters, first-run markers. */
export const platformMeta = pgTable("platform_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
