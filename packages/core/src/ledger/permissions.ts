/**
 * Who may do what in the ledger (督导·隐患排查·整改台账), as pure predicates over an actor and plain records.
 *
 * - Supervisors: inspectors (督学) and the owning sections (督导室, 安全股, from auth.capabilityOwners.ledger) of the
 *   county. They configure inspection types, keep the tutoring-institution register, run inspections, raise,
 *   verify, close and withdraw findings.
 * - A school administrator is the responsible party for its own school's findings: it rectifies them and never
 *   closes them. It may also run a self-inspection (自查) of its own school, which is the same thing with the school
 *   as inspector; its findings are still verified and closed by a supervisor.
 * - Leadership and the other sections read everything of the county; teachers and the system administrator see
 *   nothing of the ledger.
 */
import { type Actor, capabilityOwners } from "../auth/roles";
import type { LedgerParty } from "./rectification";

/** Whether the actor supervises the ledger of its county: an inspector or a member of an owning section. */
export function isLedgerSupervisor(actor: Actor): boolean {
  if (actor.role === "inspector") return true;
  return actor.role === "section" && actor.section !== null && capabilityOwners.ledger.includes(actor.section);
}

/** Whether the actor reads the whole county's ledger (supervisors, leadership, every section). */
export function readsCountyLedger(actor: Actor): boolean {
  return actor.role === "leader" || actor.role === "section" || actor.role === "inspector";
}

/** The part of a finding the predicates look at. */
export interface FindingOwner {
  regionCode: string;
  /** the school the finding is about; null for an off-campus institution */
  schoolId: string | null;
}

/**
 * The actor's part in a finding: supervisor, responsible school, reader, or null when the finding is none of the
 * actor's business (another county, another school, a teacher). Null must look like "not found" to the caller.
 *
 * @example ledgerPartyOf(dudao, { regionCode: "130123", schoolId: "s1" }) // => "supervisor"
 * @example ledgerPartyOf(school1Admin, { regionCode: "130123", schoolId: "s1" }) // => "responsible"
 * @example ledgerPartyOf(school2Admin, { regionCode: "130123", schoolId: "s1" }) // => null
 * @example ledgerPartyOf(leader, { regionCode: "130123", schoolId: "s1" }) // => "reader"
 */
export function ledgerPartyOf(actor: Actor, finding: FindingOwner): LedgerParty | null {
  if (actor.regionCode !== finding.regionCode) return null;
  if (isLedgerSupervisor(actor)) return "supervisor";
  if (readsCountyLedger(actor)) return "reader";
  if (actor.role === "school_admin" && actor.schoolId !== null && actor.schoolId === finding.schoolId) {
    return "responsible";
  }
  return null;
}

/** What an inspection about to be created is. */
export interface InspectionDraft {
  /** a school's inspection of itself (自查) */
  selfInspection: boolean;
  /** the schools inspected (institutions are not schools) */
  schoolIds: readonly string[];
  /** number of institutions inspected */
  institutionCount: number;
}

export type InspectionPermission = { ok: true } | { ok: false; message: string };

/**
 * Whether the actor may create an inspection: supervisors any inspection; a school administrator only a
 * self-inspection of its own school; nobody else.
 *
 * @example mayCreateInspection(school1Admin, { selfInspection: true, schoolIds: ["s1"], institutionCount: 0 })
 * // => { ok: true }
 * @example mayCreateInspection(school1Admin, { selfInspection: false, schoolIds: ["s1"], institutionCount: 0 }).ok
 * // => false
 */
export function mayCreateInspection(actor: Actor, draft: InspectionDraft): InspectionPermission {
  if (isLedgerSupervisor(actor)) return { ok: true };
  if (actor.role === "school_admin" && actor.schoolId !== null) {
    if (!draft.selfInspection)
      return { ok: false, message: "学校只能开展本校自查,督导检查和隐患排查由督学、督导室或安全股组织" };
    const onlyOwn =
      draft.institutionCount === 0 && draft.schoolIds.length === 1 && draft.schoolIds[0] === actor.schoolId;
    return onlyOwn ? { ok: true } : { ok: false, message: "学校自查的对象只能是本校" };
  }
  return { ok: false, message: "您没有权限开展检查" };
}

/**
 * Whether the actor may add findings to an inspection: supervisors always; a school administrator to its own
 * self-inspection (its own school's findings, which a supervisor will verify and close).
 *
 * @example mayRaiseFindings(school1Admin, { selfInspection: true, schoolId: "s1", regionCode: "130123" }) // => true
 */
export function mayRaiseFindings(
  actor: Actor,
  inspection: { selfInspection: boolean; schoolId: string | null; regionCode: string },
): boolean {
  if (actor.regionCode !== inspection.regionCode) return false;
  if (isLedgerSupervisor(actor)) return true;
  return (
    actor.role === "school_admin" &&
    inspection.selfInspection &&
    actor.schoolId !== null &&
    actor.schoolId === inspection.schoolId
  );
}

/**
 * Whether the actor may configure inspection types and checklists, and keep the register of off-campus tutoring
 * institutions: supervisors only.
 */
export function mayConfigureLedger(actor: Actor): boolean {
  return isLedgerSupervisor(actor);
}
