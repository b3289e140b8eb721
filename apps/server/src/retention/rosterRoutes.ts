/** The household roster's children (each view audited), the reveal of one child, explanations. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { rosterReader } from "./commands";
import * as p from "./present";
import { auditRosterView, recordExplanation, revealChild } from "./rosterCommands";
import { ctxOf, namesOf, tags, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { latestRoster, listChildren, settingsOf } from "./store";

const childrenRoute = createRoute({
  method: "get",
  path: "/children",
  tags,
  summary: "适龄儿童名册(户籍名单与学籍比对结果,信息脱敏;每次查看记入审计日志)",
  request: { query: s.childrenQuery },
  responses: {
    200: jsonResponse(
      z.object({
        schoolYear: z.number(),
        rosterId: z.string().nullable(),
        rows: z.array(s.childSchema),
        total: z.number(),
      }),
      "适龄儿童",
    ),
    ...errorResponses,
  },
});
const revealRoute = createRoute({
  method: "post",
  path: "/children/{id}/reveal",
  tags,
  summary: "查看适龄儿童的完整身份信息(须填写原因,记入审计日志)",
  request: { params: s.idParam, body: jsonBody(s.revealBody) },
  responses: { 200: jsonResponse(s.revealSchema, "身份信息"), ...writeErrors },
});
const explanationRoute = createRoute({
  method: "put",
  path: "/children/{id}/explanation",
  tags,
  summary: "登记未在本县就读的说明(县外就读、死亡、迁出、送教上门、缓学)",
  request: { params: s.idParam, body: jsonBody(s.explanationBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "说明"), ...writeErrors },
});

export function rosterRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(childrenRoute, async (c) => {
    const v = c.var;
    const actor = rosterReader(v.actor);
    const q = c.req.valid("query");
    const settings = await settingsOf(v.deps.db, actor.regionCode, v.deps.now());
    const schoolYear = q.schoolYear ?? settings.currentSchoolYear;
    const roster = await latestRoster(v.deps.db, actor.regionCode, schoolYear);
    if (!roster) return c.json({ schoolYear, rosterId: null, rows: [], total: 0 }, 200);
    const [{ rows, total }, names] = await Promise.all([
      listChildren(v.deps.db, roster, q),
      namesOf(v, actor.regionCode),
    ]);
    await auditRosterView(
      v.deps.db,
      actor,
      roster.id,
      {
        schoolYear,
        outcome: q.outcome ?? null,
        townCode: q.townCode ?? null,
        q: q.q ?? null,
        page: q.page,
        rows: rows.length,
      },
      ctxOf(v),
    );
    return c.json(
      { schoolYear, rosterId: roster.id, rows: rows.map((r) => p.presentChild(r, schoolYear, names)), total },
      200,
    );
  });

  app.openapi(revealRoute, async (c) => {
    const v = c.var;
    const { id } = c.req.valid("param");
    return c.json(await revealChild(v.deps.db, v.actor, id, c.req.valid("json").reason, v.deps.cipher, ctxOf(v)), 200);
  });

  app.openapi(explanationRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      { id: await recordExplanation(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) },
      200,
    );
  });

  return app;
}
