import { auth } from "@edubureau/core";
import { forbidden, unauthenticated } from "../http/errors";

/**
 * The one access check. Returns the actor when allowed; throws 401 without a session and 403 without the right.
 * Stores call `scopeOf` for reads, so no query runs unscoped.
 */
export function authorize(
  actor: auth.Actor | null,
  action: "read" | "write" | "reveal",
  capability: auth.Capability,
): auth.Actor {
  if (!actor) throw unauthenticated();
  const allowed =
    action === "read"
      ? auth.canRead(actor, capability)
      : action === "write"
        ? auth.canWrite(actor, capability)
        : auth.canRevealPersonalData(actor, capability);
  if (!allowed) throw forbidden(`${action}:${capability}`);
  return actor;
}

/** The data scope of an actor in a capability; throws 403 when the actor may see nothing there. */
export function scopeOf(actor: auth.Actor | null, capability: auth.Capability): ReadableScope {
  const scope = auth.dataScope(authorize(actor, "read", capability), capability);
  if (scope.kind === "none") throw forbidden(`read:${capability}`);
  return scope;
}

export type ReadableScope = Exclude<auth.DataScope, { kind: "none" }>;
