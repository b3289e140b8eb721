/** Queries of the county's settings: the owning sections of capabilities (业务归口). */
import { auth } from "@edubureau/core";
import { and, asc, eq, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { capabilityOwner } from "./tables";

/**
 * The owners map of a county on a day: the defaults with the county's decisions in effect. Loaded with every
 * session, so a decision takes effect on its day for every server without a restart.
 *
 * @example await ownersOf(db, "152599", "2027-01-01") // => { ..., fitness: ["health_arts"] }
 */
export async function ownersOf(db: Db, regionCode: string, day: string): Promise<auth.CapabilityOwners> {
  const rows = await db
    .select({
      capability: capabilityOwner.capability,
      section: capabilityOwner.section,
      effectiveFrom: capabilityOwner.effectiveFrom,
    })
    .from(capabilityOwner)
    .where(and(eq(capabilityOwner.regionCode, regionCode), lte(capabilityOwner.effectiveFrom, day)));
  return auth.ownersOn(rows, day);
}

/** Every decision of the county, oldest first (the page's history, scheduled ones included). */
export async function ownerAssignments(db: Db, regionCode: string) {
  return db
    .select()
    .from(capabilityOwner)
    .where(eq(capabilityOwner.regionCode, regionCode))
    .orderBy(asc(capabilityOwner.effectiveFrom), asc(capabilityOwner.setAt));
}

/** The decision of a capability on a day, if one is recorded (replaced by a new one for the same day). */
export async function ownerAssignmentOn(db: Db, regionCode: string, capability: string, day: string) {
  const [row] = await db
    .select()
    .from(capabilityOwner)
    .where(
      and(
        eq(capabilityOwner.regionCode, regionCode),
        eq(capabilityOwner.capability, capability as auth.SettableCapability),
        eq(capabilityOwner.effectiveFrom, day),
      ),
    );
  return row ?? null;
}
