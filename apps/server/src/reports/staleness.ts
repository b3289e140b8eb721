/**
 * Keeping the materialised figures current (指标物化). Every write of the platform records an audit row in its own
 * transaction, and the audit action names the capability ("ledger.finding.close" → ledger). `recordAudit` calls
 * `markFiguresStale` in that same transaction, so a figure is stale exactly when a write that may change it has
 * committed; the next read recomputes the stale figures of that capability once and stores them (`figures.ts`).
 * No timer, no cache: a clean figure is read as stored, a stale one is never shown.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { reportFigureValue } from "./tables";

/** The capability a write's audit action belongs to: its first segment. */
export function capabilityOfAction(action: string): string {
  return action.split(".")[0] ?? "";
}

/**
 * Capabilities whose figures also read another capability's records: a write there makes them stale too. Balance,
 * admissions, staffing, preschool and fitness count students, classes and staff of the register.
 */
const readersOf: Record<string, readonly string[]> = {
  registry: ["registry", "balance", "admissions", "staffing", "preschool", "fitness"],
};

/** The figure capabilities a write of a capability may change. */
export function capabilitiesChangedBy(capability: string): readonly string[] {
  return readersOf[capability] ?? [capability];
}

/**
 * Marks stale the figures of the capability an audited write belongs to, in the county of the writer (every
 * county's when the write has no county, as a restore or a system task). Raises the generation, so a
 * recomputation that read the records before this write does not store its result as current.
 */
export async function markFiguresStale(db: Db, regionCode: string | null | undefined, action: string): Promise<void> {
  const capability = capabilityOfAction(action);
  // the reports' own writes (sentences, check items) change no figure; their imports (reports.import) do
  if (capability === "auth" || capability === "audit") return;
  if (capability === "reports" && action !== "reports.import") return;
  await db
    .update(reportFigureValue)
    .set({ stale: true, generation: sql`${reportFigureValue.generation} + 1` })
    .where(
      and(
        inArray(reportFigureValue.capability, [...capabilitiesChangedBy(capability)]),
        regionCode ? eq(reportFigureValue.regionCode, regionCode) : undefined,
      ),
    );
}
