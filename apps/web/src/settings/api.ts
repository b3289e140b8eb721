import { api } from "../app/api";
import type { Body, Ok, Schema } from "../app/wire";

/** GET /api/settings/capability-owners (server: settings/schemas.ts capabilityOwnersSchema). */
export type CapabilityOwners = Schema<"CapabilityOwners">;
/** POST /api/settings/capability-owners (server: assignOwnerBody). */
export type AssignOwnerBody = Body<"postSettingsCapabilityOwners">;

export const settingsApi = {
  owners: () => api.get<Ok<"getSettingsCapabilityOwners">>("/settings/capability-owners"),
  assignOwner: (body: AssignOwnerBody) =>
    api.post<Ok<"postSettingsCapabilityOwners">>("/settings/capability-owners", body),
};
