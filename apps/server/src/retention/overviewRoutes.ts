/** The settings and the overview of dropout control. */
import { retention } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { listCases, listSuspects } from "./caseStore";
import { updateSettings } from "./commands";
import { ctxOf, tags, todayFor, writeErrors, zeroReportRows } from "./routeKit";
import * as s from "./schemas";
import { latestRoster, latestRuns, rosterOutcomeCounts, settingsOf } from "./store";

const settingsRoute = createRoute({
  method: "get",
  path: "/settings",
  tags,
  summary: "控辍保学参数(连续缺课认定天数、返校核验天数、劝返时限、零报告截止日、是否保留户籍名单)",
  responses: { 200: jsonResponse(s.settingsSchema, "参数"), ...errorResponses },
});
const updateSettingsRoute = createRoute({
  method: "put",
  path: "/settings",
  tags,
  summary: "修改控辍保学参数(基础教育股)",
  request: { body: jsonBody(s.settingsBody) },
  responses: { 200: jsonResponse(s.settingsSchema, "参数"), ...writeErrors },
});
const overviewRoute = createRoute({
  method: "get",
  path: "/overview",
  tags,
  summary: "控辍保学概况:户籍比对结果、疑似辍学、个案、零报告、最近比对",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.overviewSchema, "概况"), ...errorResponses },
});

export function overviewRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(settingsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    return c.json(await settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now()), 200);
  });

  app.openapi(updateSettingsRoute, async (c) => {
    return c.json(await updateSettings(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)), 200);
  });

  app.openapi(overviewRoute, async (c) => {
    const v = c.var;
    const actor = authorize(v.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const schoolYear = c.req.valid("query").schoolYear ?? settings.currentSchoolYear;
    const today = todayFor(v);
    const county = scope.kind === "county";
    const roster = county ? await latestRoster(v.deps.db, scope.regionCode, schoolYear) : null;
    const [children, suspects, cases, runs] = await Promise.all([
      roster ? rosterOutcomeCounts(v.deps.db, roster) : { enrolled: 0, explained: 0, gap: 0, unmatched: 0 },
      listSuspects(v.deps.db, scope, { status: "open" }),
      listCases(v.deps.db, scope, { register: "all" }),
      county ? latestRuns(v.deps.db, scope.regionCode) : [],
    ]);
    const month = retention.previousMonth(retention.monthOf(today));
    const zero = await zeroReportRows(v, scope, month, settings.zeroReportDueDay, today);
    const bySource: Record<string, number> = {};
    for (const r of suspects) bySource[r.suspect.source] = (bySource[r.suspect.source] ?? 0) + 1;
    const byState: Record<string, number> = {};
    for (const r of cases) byState[r.c.state] = (byState[r.c.state] ?? 0) + 1;
    return c.json(
      {
        schoolYear,
        today,
        roster: roster
          ? {
              id: roster.id,
              fileName: roster.fileName,
              source: roster.source,
              rowCount: roster.rowCount,
              importedAt: roster.importedAt.toISOString(),
              matchedAt: roster.matchedAt?.toISOString() ?? null,
              purgedAt: roster.purgedAt?.toISOString() ?? null,
            }
          : null,
        children,
        suspects: { open: suspects.length, bySource },
        cases: {
          byState,
          overdue: cases.filter((r) => retention.caseEscalation(r.c.state, r.c.deadline, today) !== "none").length,
          priority: cases.filter((r) => r.c.priority && retention.openCaseStates.includes(r.c.state)).length,
        },
        zeroReports: {
          month,
          schools: zero.rows.length,
          reported: zero.rows.filter((r) => r.status === "reported" || r.status === "reported_late").length,
          late: zero.rows.filter((r) => r.status === "late").length,
        },
        runs: runs.map((r) => ({
          kind: r.kind,
          kindLabel: retention.comparisonLabels[r.kind],
          ranAt: r.ranAt.toISOString(),
          summary: r.summary,
        })),
      },
      200,
    );
  });

  return app;
}
