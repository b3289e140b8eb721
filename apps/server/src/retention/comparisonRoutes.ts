/** The comparisons of 四查三比对, their runs, the register of suspects and opening a case from one. */
import { retention } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { openCase } from "./caseCommands";
import { listSuspects } from "./caseStore";
import { runComparison } from "./comparisonCommands";
import * as p from "./present";
import { ctxOf, namesOf, tags, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { listRuns } from "./store";

const runRoute = createRoute({
  method: "post",
  path: "/comparisons/{kind}/run",
  tags,
  summary: "运行一项比对(户籍与学籍、学籍与在校、转学未接收、辍学与防返贫监测和低保名单),返回与上次比对相比的变化",
  request: { params: s.comparisonParam },
  responses: { 200: jsonResponse(s.runSchema, "比对结果"), ...writeErrors },
});
const runsRoute = createRoute({
  method: "get",
  path: "/comparisons",
  tags,
  summary: "比对记录",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.runSchema) }), "比对记录"), ...errorResponses },
});
const suspectsRoute = createRoute({
  method: "get",
  path: "/suspects",
  tags,
  summary: "疑似辍学名册(学校只见本校学生),每条附来源记录",
  request: { query: s.suspectQuery },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.suspectSchema) }), "疑似辍学"), ...errorResponses },
});
const openCaseRoute = createRoute({
  method: "post",
  path: "/suspects/{id}/case",
  tags,
  summary: "为疑似辍学学生立案并指定包保责任人(乡镇、村、学校、班主任)",
  request: { params: s.idParam, body: jsonBody(s.openCaseBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "个案"), ...writeErrors },
});

export function comparisonRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(runRoute, async (c) => {
    const { kind } = c.req.valid("param");
    const r = await runComparison(c.var.deps.db, c.var.actor, kind, ctxOf(c.var));
    return c.json(
      {
        id: r.id,
        kind: r.kind,
        kindLabel: retention.comparisonLabels[r.kind],
        ranAt: r.ranAt.toISOString(),
        flagged: r.flagged.length,
        added: r.diff.added,
        removed: r.diff.removed,
        summary: r.summary,
      },
      200,
    );
  });

  app.openapi(runsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    if (scope.kind !== "county") return c.json({ rows: [] }, 200);
    const rows = await listRuns(c.var.deps.db, scope.regionCode);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          kindLabel: retention.comparisonLabels[r.kind],
          ranAt: r.ranAt.toISOString(),
          flagged: r.flagged.length,
          added: [] as string[],
          removed: [] as string[],
          summary: r.summary,
        })),
      },
      200,
    );
  });

  app.openapi(suspectsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const [rows, names] = await Promise.all([
      listSuspects(c.var.deps.db, scope, c.req.valid("query")),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json({ rows: rows.map((r) => p.presentSuspect(r, names)) }, 200);
  });

  app.openapi(openCaseRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json({ id: await openCase(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) }, 201);
  });

  return app;
}
