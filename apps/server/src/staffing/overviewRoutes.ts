/** The overview of the workforce and the settings (by province and the year they apply from). */
import type { staffing } from "@edubureau/core";
import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { saveSettings } from "./commands";
import { overviewOf } from "./overview";
import { basisFor, ctxOf, tags, writeErrors, yearOf } from "./routeKit";
import * as s from "./schemas";
import { settingsFor, settingsHistory } from "./store";

const overviewRoute = createRoute({
  method: "get",
  path: "/overview",
  tags,
  summary: "教师队伍概览:编制、学科缺口、年龄结构、退休与招聘、培训、交流和人才梯队,附工作报告表述",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.overviewSchema, "概览"), ...errorResponses },
});
const settingsRoute = createRoute({
  method: "get",
  path: "/settings",
  tags,
  summary: "教师队伍参数(按省份和适用年份记录)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.settingsResponse, "参数"), ...errorResponses },
});
const saveSettingsRoute = createRoute({
  method: "put",
  path: "/settings",
  tags,
  summary: "保存某年起适用的参数(人事股)",
  request: { body: jsonBody(s.settingsSchema) },
  responses: { 200: jsonResponse(s.settingsResponse, "参数"), ...writeErrors },
});

export function overviewRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(overviewRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const { est: _est, ...overview } = await overviewOf(c, scope, basis);
    return c.json(overview, 200);
  });

  const settingsView = async (c: Context<AppEnv>, regionCode: string, schoolYear: number) => {
    const { settings, stored } = await settingsFor(c.var.deps.db, regionCode, schoolYear);
    const history = await settingsHistory(c.var.deps.db, regionCode);
    return {
      settings: settings as z.infer<typeof s.settingsSchema>,
      stored: stored !== null,
      history: history.map((h) => ({ ...h, updatedAt: h.updatedAt.toISOString() })),
    };
  };

  app.openapi(settingsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "staffing");
    const year = await yearOf(c.var, scope.regionCode, c.req.valid("query").schoolYear);
    return c.json(await settingsView(c, scope.regionCode, year), 200);
  });

  app.openapi(saveSettingsRoute, async (c) => {
    const body = c.req.valid("json");
    await saveSettings(c.var.deps.db, c.var.actor, body as staffing.StaffingSettings, ctxOf(c.var));
    return c.json(await settingsView(c, c.var.actor?.regionCode ?? "", body.fromYear), 200);
  });

  return app;
}
