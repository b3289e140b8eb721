/** The consolidation rate (巩固率) and the records behind each figure. */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { recordsBehind } from "./rateRecords";
import { computeRates, RATE_METHOD, readRates, sentenceOf } from "./rates";
import { ctxOf, tags, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

const ratesRoute = createRoute({
  method: "get",
  path: "/rates",
  tags,
  summary: "入学率和巩固率(全县、乡镇、学校,本学年及此前四年),附分子分母、口径说明和工作报告表述",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.ratesSchema, "入学率与巩固率"), ...errorResponses },
});
const computeRatesRoute = createRoute({
  method: "post",
  path: "/rates/compute",
  tags,
  summary: "按学籍和户籍名单重新测算入学率和巩固率(基础教育股)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.ratesSchema, "入学率与巩固率"), ...writeErrors },
});
const recordsRoute = createRoute({
  method: "get",
  path: "/rates/records",
  tags,
  summary: "某项比率背后的学生或儿童记录(姓名脱敏,记入审计日志)",
  request: { query: s.recordsQuery },
  responses: { 200: jsonResponse(s.recordsSchema, "记录"), ...errorResponses },
});

function ratesResponse(schoolYear: number, snapshot: Awaited<ReturnType<typeof readRates>>) {
  const empty = { countyName: "", schoolYear, years: [] };
  const snap = snapshot ?? { ...empty, computedAt: null };
  return {
    countyName: snap.countyName,
    computedAt: snap.computedAt,
    schoolYear,
    years: snap.years,
    sentence: snapshot ? sentenceOf(snapshot, schoolYear) : "尚未测算,请由基础教育股点击“重新测算”。",
    method: RATE_METHOD,
  };
}

export function rateRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(ratesRoute, async (c) => {
    const v = c.var;
    const scope = scopeOf(v.actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const schoolYear = c.req.valid("query").schoolYear ?? settings.currentSchoolYear;
    return c.json(ratesResponse(schoolYear, await readRates(v.deps.db, v.actor, schoolYear)), 200);
  });

  app.openapi(computeRatesRoute, async (c) => {
    const v = c.var;
    const schoolYear = c.req.valid("query").schoolYear;
    const snap = await computeRates(v.deps.db, v.actor, ctxOf(v), { schoolYear });
    return c.json(ratesResponse(snap.schoolYear, await readRates(v.deps.db, v.actor, snap.schoolYear)), 200);
  });

  app.openapi(recordsRoute, async (c) => {
    return c.json(await recordsBehind(c.var.deps.db, c.var.actor, c.req.valid("query"), ctxOf(c.var)), 200);
  });

  return app;
}
