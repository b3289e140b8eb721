import { auth } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const settable = z.enum(auth.settableCapabilities as [auth.SettableCapability], {
  error: "该业务的归口股室不可设置(只有学前教育和体质健康可以设置)",
});
const section = z.enum(auth.sections as [auth.Section], { error: "股室不存在" });

export const assignOwnerBody = z
  .object({
    capability: settable,
    section,
    effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "生效日期格式应为 YYYY-MM-DD"),
    basis: z.string().max(200, "依据最多200个字"),
  })
  .openapi("AssignCapabilityOwner");

const sectionRef = z.object({ section, label: z.string() });
const assignment = z.object({
  id: z.string(),
  capability: settable,
  capabilityLabel: z.string(),
  section,
  sectionLabel: z.string(),
  effectiveFrom: z.string(),
  basis: z.string(),
  setBy: z.string(),
  setAt: z.string(),
});

export const capabilityOwnersSchema = z
  .object({
    today: z.string(),
    mayAssign: z.boolean(),
    capabilities: z.array(
      z.object({
        capability: settable,
        label: z.string(),
        choices: z.array(sectionRef),
        /** the owner today; since null while the county has set nothing (the default) */
        current: sectionRef.extend({ since: z.string().nullable() }),
        /** decisions that take effect after today */
        scheduled: z.array(assignment),
      }),
    ),
    history: z.array(assignment),
  })
  .openapi("CapabilityOwners");
