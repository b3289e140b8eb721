import { owningSections } from "./capabilityOwners";
import type { Actor, Capability } from "./roles";

/**
 * Which records of the county a role may see in a capability.
 * - county: everything in the actor's region
 * - school: one school's records
 * - classes: the classes a teacher is assigned to (by class–subject–teacher rows)
 * - township: the records of one township (乡镇) that carry it: a township contact's persuasion cases in retention;
 *   every store whose rows carry no township answers nothing to it
 * - none: nothing
 */
export type DataScope =
  | { kind: "county"; regionCode: string }
  | { kind: "school"; regionCode: string; schoolId: string }
  | { kind: "classes"; regionCode: string; schoolId: string; staffId: string }
  | { kind: "township"; regionCode: string; townCode: string }
  | { kind: "none" };

const NONE: DataScope = { kind: "none" };

/** Capabilities school staff work in for their own school. */
const schoolCapabilities: readonly Capability[] = [
  "registry",
  "balance",
  "exams",
  "ledger",
  "admissions",
  "staffing",
  "retention",
  "preschool",
  "aid",
  "fitness",
  "reports",
];
/** Capabilities teachers see for their own classes. */
const teacherCapabilities: readonly Capability[] = ["registry", "exams", "fitness", "staffing"];
/** Capabilities an inspector (督学) reads county-wide; the ledger is also theirs to write. */
const inspectorCapabilities: readonly Capability[] = [
  "registry",
  "balance",
  "ledger",
  "reports",
  "preschool",
  "staffing",
];

/**
 * The records an actor may read in a capability. Every store query filters by this.
 *
 * @example dataScope(schoolAdminOfA, "registry") // => { kind: "school", schoolId: A, ... }
 */
export function dataScope(actor: Actor, capability: Capability): DataScope {
  const county: DataScope = { kind: "county", regionCode: actor.regionCode };
  switch (actor.role) {
    case "admin":
      return capability === "users" || capability === "audit" || capability === "registry" ? county : NONE;
    case "leader":
      return capability === "users" ? NONE : county;
    case "section":
      return capability === "users" || capability === "audit" ? NONE : county;
    case "inspector":
      return inspectorCapabilities.includes(capability) ? county : NONE;
    case "school_admin":
      return actor.schoolId && schoolCapabilities.includes(capability)
        ? { kind: "school", regionCode: actor.regionCode, schoolId: actor.schoolId }
        : NONE;
    case "teacher":
      return actor.schoolId && actor.staffId && teacherCapabilities.includes(capability)
        ? { kind: "classes", regionCode: actor.regionCode, schoolId: actor.schoolId, staffId: actor.staffId }
        : NONE;
    case "township":
      return actor.townCode && capability === "retention"
        ? { kind: "township", regionCode: actor.regionCode, townCode: actor.townCode }
        : NONE;
  }
}

/** May the actor read anything at all in a capability? */
export function canRead(actor: Actor, capability: Capability): boolean {
  return dataScope(actor, capability).kind !== "none";
}

/**
 * May the actor write in a capability (within its data scope)?
 * Sections write in what they own (the county's owners of the day when the actor carries them, else the defaults); school administrators write their school's data; inspectors write the ledger;
 * the system administrator manages accounts; leadership reads only.
 */
export function canWrite(actor: Actor, capability: Capability): boolean {
  switch (actor.role) {
    case "admin":
      return capability === "users";
    case "leader":
      return false;
    case "section":
      return actor.section !== null && owningSections(actor, capability).includes(actor.section);
    case "inspector":
      return capability === "ledger";
    case "school_admin":
      return (
        actor.schoolId !== null &&
        schoolCapabilities.includes(capability) &&
        capability !== "balance" &&
        capability !== "reports"
      );
    case "teacher":
    case "township":
      return false;
  }
}

/**
 * Is the actor the contact of this township (乡镇联络员)? A township contact reads its township's persuasion cases
 * and records visits (劝返) on them; it writes nothing else, so `canWrite` is false for it everywhere.
 *
 * @example isTownshipContactOf(contactOf152599100, "152599100") // => true; isTownshipContactOf(contactOf152599100, null) // => false
 */
export function isTownshipContactOf(actor: Actor, townCode: string | null): boolean {
  return actor.role === "township" && !!actor.townCode && actor.townCode === townCode;
}

/** The kinds of register record a write names. */
export type RegistryRecord = "school" | "conditions" | "class" | "student" | "transfer" | "staff";

/**
 * The capability whose writers may change a kind of register record. Everything in the register is read through
 * `registry`; staff records (教职工) are the teacher workforce's and are written by its owner, 人事股 (`staffing`),
 * and by school administrators for their own school; 基础教育股 reads them. The rest is `registry`'s.
 *
 * @example registryWriteCapability("staff") // => "staffing"; registryWriteCapability("student") // => "registry"
 */
export function registryWriteCapability(record: RegistryRecord): Capability {
  return record === "staff" ? "staffing" : "registry";
}

/**
 * May the actor change a kind of register record (within the data scope of its write capability)?
 *
 * @example canWriteRegistryRecord(personnelSection, "staff") // => true; canWriteRegistryRecord(personnelSection, "student") // => false
 */
export function canWriteRegistryRecord(actor: Actor, record: RegistryRecord): boolean {
  return canWrite(actor, registryWriteCapability(record));
}

/**
 * May the actor reveal or export personal data (ID numbers, family situation, disability, aid status) in a
 * capability? Only those who work with the records: the owning section and the school's administrator.
 * Every reveal is audited with a reason.
 */
export function canRevealPersonalData(actor: Actor, capability: Capability): boolean {
  if (actor.role === "section" || actor.role === "school_admin") return canWrite(actor, capability);
  return false;
}

/** The abilities the web reads instead of re-deriving the rules. */
export interface Abilities {
  read: Capability[];
  write: Capability[];
  reveal: Capability[];
}

/** All abilities of an actor, sent with the session so the UI shows what the server will allow. */
export function abilitiesOf(actor: Actor, capabilities: readonly Capability[]): Abilities {
  return {
    read: capabilities.filter((c) => canRead(actor, c)),
    write: capabilities.filter((c) => canWrite(actor, c)),
    reveal: capabilities.filter((c) => canRevealPersonalData(actor, c)),
  };
}
