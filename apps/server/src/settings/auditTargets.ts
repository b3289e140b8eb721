import { auth } from "@edubureau/core";
import type { AuditTargetKinds } from "../audit/targets";

/** The owning section of a capability in the audit log: named by the capability (体质健康的归口股室). */
export const settingsAuditTargets: AuditTargetKinds = {
  capability_owner: {
    labels: async (_db, ids) =>
      new Map(
        ids
          .filter((id): id is auth.SettableCapability => id in auth.ownerChoices)
          .map((id) => [id, `${auth.capabilityLabels[id]}的归口股室`]),
      ),
  },
};
