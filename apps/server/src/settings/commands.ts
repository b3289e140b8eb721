/** Writes of the county's settings, each in one transaction with its audit row. */
import { auth, calendar } from "@edubureau/core";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { badRequest, forbidden, unauthenticated } from "../http/errors";
import { ownerAssignmentOn, ownersOf } from "./store";
import { capabilityOwner } from "./tables";

export interface AssignOwnerProps {
  capability: string;
  section: string;
  effectiveFrom: string;
  basis: string;
}

/**
 * Records the bureau's decision that a section owns a capability from a day (业务归口). The administrator records
 * it; a decision for the same capability and day replaces the earlier one. From that day the section's accounts
 * write the capability and the previous owner's read it only; days already past keep the owner they had.
 */
export async function assignOwner(
  db: Db,
  actor: auth.Actor | null,
  props: AssignOwnerProps,
  ctx: { now: Date; ip: string },
) {
  if (!actor) throw unauthenticated();
  if (!auth.mayAssignOwners(actor)) throw forbidden("settings.assignOwner");
  const today = calendar.beijingDate(ctx.now);
  const problems = auth.ownerAssignmentProblems(props, today);
  if (problems.length > 0) throw badRequest("VALIDATION_FAILED", problems[0]!.message, problems);
  const capability = props.capability as auth.SettableCapability;
  const section = props.section as auth.Section;
  const basis = props.basis.trim();
  return db.transaction(async (tx) => {
    const replaced = await ownerAssignmentOn(tx, actor.regionCode, capability, props.effectiveFrom);
    const ownerBefore = (await ownersOf(tx, actor.regionCode, props.effectiveFrom))[capability];
    const values = { section, basis, setBy: actor.userId, setAt: ctx.now };
    const [row] = await tx
      .insert(capabilityOwner)
      .values({ regionCode: actor.regionCode, capability, effectiveFrom: props.effectiveFrom, ...values })
      .onConflictDoUpdate({
        target: [capabilityOwner.regionCode, capabilityOwner.capability, capabilityOwner.effectiveFrom],
        set: values,
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "settings.capability_owner.assign",
      targetType: "capability_owner",
      targetId: capability,
      reason: basis,
      before: replaced
        ? { section: replaced.section, effectiveFrom: replaced.effectiveFrom, basis: replaced.basis }
        : { sections: ownerBefore },
      after: { section, effectiveFrom: props.effectiveFrom, basis },
      details: {
        capability: auth.capabilityLabels[capability],
        section: auth.sectionLabels[section],
        effectiveFrom: props.effectiveFrom,
        replaced: replaced !== null,
      },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!;
  });
}
