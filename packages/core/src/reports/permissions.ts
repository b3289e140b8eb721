import { owningSections } from "../auth/capabilityOwners";
import { canRead, canWrite } from "../auth/policy";
import type { Actor, Capability } from "../auth/roles";
import type { FigureDefinition } from "./catalogue";

/**
 * The capabilities whose cards an actor's cockpit shows: a section head sees their section's capabilities (and
 * 办公室, which compiles the report, sees all), as the county has assigned them; leadership, inspectors and schools see every capability they read.
 *
 * @example cockpitCapabilities(supervisionHead, ["registry", "ledger"]) // => ["ledger"]
 * @example cockpitCapabilities(leader, ["registry", "ledger"]) // => ["registry", "ledger"]
 */
export function cockpitCapabilities(actor: Actor, capabilities: readonly Capability[]): Capability[] {
  if (actor.role === "section" && actor.section !== "office") {
    const section = actor.section;
    return capabilities.filter(
      (c) => section !== null && owningSections(actor, c).includes(section) && c !== "reports",
    );
  }
  return capabilities.filter((c) => c === "reports" || canRead(actor, c));
}

/**
 * May the actor edit a figure's sentence in the work report? 办公室 (and the owners of reports) edit every sentence;
 * a section head edits the sentences of the figures their section's capabilities compute.
 *
 * @example canEditSentence(supervisionHead, rectificationRate) // => true
 * @example canEditSentence(supervisionHead, students) // => false
 * @example canEditSentence(leader, students) // => false
 */
export function canEditSentence(actor: Actor, figure: Pick<FigureDefinition, "capability">): boolean {
  if (actor.role !== "section") return false;
  return canWrite(actor, "reports") || canWrite(actor, figure.capability);
}

/**
 * May the actor export the work report and the figure list? 办公室 assembles and exports, leadership takes it.
 *
 * @example canExportReport(office) // => true
 * @example canExportReport(schoolAdmin) // => false
 */
export function canExportReport(actor: Actor): boolean {
  return actor.role === "leader" || (actor.role === "section" && canWrite(actor, "reports"));
}

/**
 * May the actor mark a year-end check item fixed or explained? The sections that write the county's reports
 * (办公室, 基础教育股, who reports the September statistics).
 *
 * @example canResolveCheck(office) // => true
 * @example canResolveCheck(leader) // => false
 */
export function canResolveCheck(actor: Actor): boolean {
  return actor.role === "section" && canWrite(actor, "reports");
}
