/**
 * Which section owns a capability (业务归口), where the county may choose. Issue texts: preschool is written by
 * 基础教育股 "or a 学前教育 section, settable"; fitness by 基础教育股 "or 体卫艺, settable". A county records its choice
 * with the date it applies from; the policy reads the map of the day (`ownersOn`), passed in with the actor.
 */
import type { Actor, Capability, CapabilityOwners, Role, Section } from "./roles";
import { capabilityLabels, capabilityOwners, sectionLabels } from "./roles";

/** The capabilities whose owning section a county may set, and the sections it may choose from (default first). */
export const ownerChoices = {
  preschool: ["basic_education", "preschool_education"],
  fitness: ["basic_education", "health_arts"],
} as const satisfies Partial<Record<Capability, readonly Section[]>>;
export type SettableCapability = keyof typeof ownerChoices;
export const settableCapabilities = Object.keys(ownerChoices) as SettableCapability[];

/** A county's decision: from `effectiveFrom` (an ISO date, Beijing time) `section` owns `capability`. */
export interface OwnerAssignment {
  capability: SettableCapability;
  section: Section;
  effectiveFrom: string;
}

/**
 * The owners map of a day: the default map with, for each settable capability, the section of the latest
 * assignment that has taken effect on or before `date`. Later assignments are scheduled and change nothing yet.
 *
 * @example ownersOn([{ capability: "fitness", section: "health_arts", effectiveFrom: "2027-01-01" }], "2027-01-01").fitness // => ["health_arts"]
 * @example ownersOn([{ capability: "fitness", section: "health_arts", effectiveFrom: "2027-01-01" }], "2026-12-31").fitness // => ["basic_education"]
 */
export function ownersOn(assignments: readonly OwnerAssignment[], date: string): CapabilityOwners {
  const latest = new Map<SettableCapability, OwnerAssignment>();
  for (const a of assignments) {
    if (a.effectiveFrom > date) continue;
    const seen = latest.get(a.capability);
    if (!seen || a.effectiveFrom >= seen.effectiveFrom) latest.set(a.capability, a);
  }
  const owners: CapabilityOwners = { ...capabilityOwners };
  for (const [capability, a] of latest) owners[capability] = [a.section];
  return owners;
}

/**
 * The sections that own a capability for an actor's county on the day of the request.
 *
 * @example owningSections({ ...jcjy, owners: undefined }, "fitness") // => ["basic_education"]
 */
export function owningSections(actor: Pick<Actor, "owners">, capability: Capability): readonly Section[] {
  return (actor.owners ?? capabilityOwners)[capability];
}

/**
 * The owning sections' names, for a refusal or a hint (基础教育股; 督导室、安全股).
 *
 * @example ownerNames(undefined, "ledger") // => "督导室、安全股"
 */
export function ownerNames(owners: CapabilityOwners | undefined, capability: Capability): string {
  return (owners ?? capabilityOwners)[capability].map((s) => sectionLabels[s]).join("、");
}

/**
 * Who sets the owning sections: the system administrator, who keeps the accounts and their roles, records what the
 * bureau decided (the decision itself is the leadership's, named in the basis). Leadership and the sections read it.
 *
 * @example mayAssignOwners(admin) // => true; mayAssignOwners(leader) // => false
 */
export function mayAssignOwners(actor: Pick<Actor, "role">): boolean {
  return actor.role === "admin";
}

const ownerReaders: readonly Role[] = ["admin", "leader", "section", "inspector"];

/**
 * Who reads the owning sections and their history: the bureau's own accounts (not schools, teachers or townships).
 *
 * @example mayReadOwners(leader) // => true; mayReadOwners(schoolAdmin) // => false
 */
export function mayReadOwners(actor: Pick<Actor, "role">): boolean {
  return ownerReaders.includes(actor.role);
}

export interface OwnerAssignmentInput {
  capability: string;
  section: string;
  effectiveFrom: string;
  basis: string;
}

/**
 * Problems with an assignment, by field: the capability must be settable, the section one of its choices, the date
 * today or later (a day already past keeps the owner it had), the basis (依据: the bureau's decision) written.
 *
 * @example ownerAssignmentProblems({ capability: "fitness", section: "personnel", effectiveFrom: "2027-01-01", basis: "局长办公会决定" }, "2026-12-07")
 * // => [{ field: "section", message: "体质健康只能由基础教育股或体卫艺股负责" }]
 */
export function ownerAssignmentProblems(
  input: OwnerAssignmentInput,
  today: string,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const choices = (ownerChoices as Record<string, readonly Section[]>)[input.capability];
  if (!choices) {
    problems.push({ field: "capability", message: "该业务的归口股室不可设置(只有学前教育和体质健康可以设置)" });
  } else if (!choices.includes(input.section as Section)) {
    problems.push({
      field: "section",
      message: `${capabilityLabels[input.capability as SettableCapability]}只能由${choices.map((s) => sectionLabels[s]).join("或")}负责`,
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveFrom) || Number.isNaN(Date.parse(input.effectiveFrom))) {
    problems.push({ field: "effectiveFrom", message: "生效日期格式应为 YYYY-MM-DD" });
  } else if (input.effectiveFrom < today) {
    problems.push({
      field: "effectiveFrom",
      message: `生效日期不能早于今天(${today}):已过去的日子仍按当时的归口股室`,
    });
  }
  if (input.basis.trim().length < 4) {
    problems.push({ field: "basis", message: "请写明依据(如:局长办公会决定、局发文号),至少4个字" });
  }
  return problems;
}
