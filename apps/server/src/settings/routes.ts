/** County settings of the platform: the owning sections of capabilities (业务归口). */
import { auth, calendar } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { displayNamesOf } from "../auth/userStore";
import type { AppEnv } from "../http/context";
import { errorResponses, forbidden, unauthenticated } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { assignOwner } from "./commands";
import { assignOwnerBody, capabilityOwnersSchema } from "./schemas";
import { ownerAssignments } from "./store";

const tags = ["系统设置"];
const ownersRoute = createRoute({
  method: "get",
  path: "/capability-owners",
  tags,
  summary: "业务归口股室:学前教育、体质健康由哪个股室负责,自何日起,及历次决定",
  responses: { 200: jsonResponse(capabilityOwnersSchema, "业务归口"), ...errorResponses },
});
const assignRoute = createRoute({
  method: "post",
  path: "/capability-owners",
  tags,
  summary: "设置业务归口股室(系统管理员按局里的决定设置,自生效日起执行)",
  request: { body: jsonBody(assignOwnerBody) },
  responses: { 200: jsonResponse(capabilityOwnersSchema, "业务归口"), ...errorResponses },
});

async function presentOwners(v: AppEnv["Variables"], actor: auth.Actor) {
  const today = calendar.beijingDate(v.deps.now());
  const rows = await ownerAssignments(v.deps.db, actor.regionCode);
  const names = await displayNamesOf(
    v.deps.db,
    rows.map((r) => r.setBy),
  );
  const history = rows.map((r) => ({
    id: r.id,
    capability: r.capability,
    capabilityLabel: auth.capabilityLabels[r.capability],
    section: r.section,
    sectionLabel: auth.sectionLabels[r.section],
    effectiveFrom: r.effectiveFrom,
    basis: r.basis,
    setBy: names.get(r.setBy)?.displayName ?? "",
    setAt: r.setAt.toISOString(),
  }));
  const owners = auth.ownersOn(rows, today);
  return {
    today,
    mayAssign: auth.mayAssignOwners(actor),
    capabilities: auth.settableCapabilities.map((capability) => {
      const section = owners[capability][0]!;
      const inEffect = history.filter((h) => h.capability === capability && h.effectiveFrom <= today).at(-1);
      return {
        capability,
        label: auth.capabilityLabels[capability],
        choices: auth.ownerChoices[capability].map((s) => ({ section: s, label: auth.sectionLabels[s] })),
        current: { section, label: auth.sectionLabels[section], since: inEffect?.effectiveFrom ?? null },
        scheduled: history.filter((h) => h.capability === capability && h.effectiveFrom > today),
      };
    }),
    history: history.reverse(),
  };
}

/** A reader of the settings: the bureau's accounts; schools, teachers and townships are refused. */
function settingsReader(actor: auth.Actor | null): auth.Actor {
  if (!actor) throw unauthenticated();
  if (!auth.mayReadOwners(actor)) throw forbidden("settings.readOwners");
  return actor;
}

export function settingsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(ownersRoute, async (c) => c.json(await presentOwners(c.var, settingsReader(c.var.actor)), 200));
  app.openapi(assignRoute, async (c) => {
    await assignOwner(c.var.deps.db, c.var.actor, c.req.valid("json"), { now: c.var.deps.now(), ip: c.var.ip });
    return c.json(await presentOwners(c.var, settingsReader(c.var.actor)), 200);
  });
  return app;
}
