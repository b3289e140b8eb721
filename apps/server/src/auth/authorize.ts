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

/**
 * The data scope of an actor in a capability; throws 403 when the actor may see nothing there. A township contact's
 * scope is refused here too: only the queries that read rows carrying a township ask for it (`scopeWithTownshipOf`),
 * so every other route of retention refuses it.
 */
export function scopeOf(actor: auth.Actor | null, capability: auth.Capability): ReadableScope {
  const scope = auth.dataScope(authorize(actor, "read", capability), capability);
  if (scope.kind === "none" || scope.kind === "township") throw forbidden(`read:${capability}`);
  return scope;
}

/** A scope of the county, a school or a teacher's classes. */
export type ReadableScope = Exclude<auth.DataScope, { kind: "none" } | { kind: "township" }>;
/** A township contact's scope (乡镇联络员): the rows of its township. */
export type TownshipScope = Extract<auth.DataScope, { kind: "township" }>;

/**
 * The scope of a reader of rows that carry a township (retention's persuasion cases): as `scopeOf`, and a township
 * contact's township as well.
 */
export function scopeWithTownshipOf(
  actor: auth.Actor | null,
  capability: auth.Capability,
): ReadableScope | TownshipScope {
  const scope = auth.dataScope(authorize(actor, "read", capability), capability);
  if (scope.kind === "none") throw forbidden(`read:${capability}`);
  return scope;
}
