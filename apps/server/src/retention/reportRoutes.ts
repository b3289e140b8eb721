/** Pupils of a school, absences, the monthly zero-reports and the quarterly re-checks. */
import { retention } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { pupilsById, pupilsOfSchool } from "../registry/retentionIntake";
import { listCases, listSuspects } from "./caseStore";
import { isRetentionSection, schoolReporter } from "./commands";
import { recordRecheck, reportAbsence, reportZeroReport } from "./reportCommands";
import { listAbsences, listRechecks } from "./reportStore";
import { ctxOf, namesOf, tags, todayFor, writeErrors, zeroReportRows } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

const pupilsRoute = createRoute({
  method: "get",
  path: "/pupils",
  tags,
  summary: "本校在籍学生(学校填报缺课时选择)",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.pupilSchema) }), "学生"), ...errorResponses },
});
const absencesRoute = createRoute({
  method: "get",
  path: "/absences",
  tags,
  summary: "缺课登记(学校只见本校)",
  request: { query: z.object({ month: s.monthParam.shape.month.optional() }) },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.absenceSchema) }), "缺课登记"), ...errorResponses },
});
const reportAbsenceRoute = createRoute({
  method: "post",
  path: "/absences",
  tags,
  summary: "登记本校学生连续缺课情况(学校)",
  request: { body: jsonBody(s.absenceBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "缺课登记"), ...writeErrors },
});
const zeroReportsRoute = createRoute({
  method: "get",
  path: "/zero-reports/{month}",
  tags,
  summary: "某月各校零报告情况,列出逾期未报学校",
  request: { params: s.monthParam },
  responses: {
    200: jsonResponse(
      z.object({ month: z.string(), dueDate: z.string(), rows: z.array(s.zeroReportRowSchema) }),
      "零报告",
    ),
    ...errorResponses,
  },
});
const submitZeroReportRoute = createRoute({
  method: "put",
  path: "/zero-reports/{month}",
  tags,
  summary: "填报本校某月的零报告或失学辍学人数(学校)",
  request: { params: s.monthParam, body: jsonBody(s.zeroReportBody) },
  responses: { 200: jsonResponse(z.object({ month: z.string() }), "已填报"), ...writeErrors },
});
const rechecksRoute = createRoute({
  method: "get",
  path: "/rechecks",
  tags,
  summary: "全县季度复核记录",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.recheckSchema) }), "复核记录"), ...errorResponses },
});
const recheckRoute = createRoute({
  method: "post",
  path: "/rechecks",
  tags,
  summary: "登记全县季度复核(基础教育股),同时记下当时的疑似、个案和零报告数字",
  request: { body: jsonBody(s.recheckBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "复核"), ...writeErrors },
});

export function reportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(pupilsRoute, async (c) => {
    const a = schoolReporter(c.var.actor);
    const settings = await settingsOf(c.var.deps.db, a.regionCode, c.var.deps.now());
    return c.json(
      { rows: await pupilsOfSchool(c.var.deps.db, a.regionCode, a.schoolId, settings.currentSchoolYear) },
      200,
    );
  });

  app.openapi(absencesRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const rows = await listAbsences(c.var.deps.db, scope, c.req.valid("query").month);
    const [pupils, names] = await Promise.all([
      pupilsById(
        c.var.deps.db,
        rows.map((r) => r.studentId),
      ),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          studentId: r.studentId,
          name: retention.maskName(pupils.get(r.studentId)?.name ?? ""),
          schoolName: names.schools.get(r.schoolId)?.name ?? "",
          month: r.month,
          fromDate: r.fromDate,
          toDate: r.toDate,
          schoolDays: r.schoolDays,
          approvedLeave: r.approvedLeave,
          reason: r.reason,
        })),
      },
      200,
    );
  });

  app.openapi(reportAbsenceRoute, async (c) => {
    return c.json({ id: await reportAbsence(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)) }, 201);
  });

  app.openapi(zeroReportsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const { month } = c.req.valid("param");
    const settings = await settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now());
    const r = await zeroReportRows(c.var, scope, month, settings.zeroReportDueDay, todayFor(c.var));
    return c.json({ month, dueDate: retention.zeroReportDueDate(month, settings.zeroReportDueDay), rows: r.rows }, 200);
  });

  app.openapi(submitZeroReportRoute, async (c) => {
    const { month } = c.req.valid("param");
    await reportZeroReport(c.var.deps.db, c.var.actor, month, c.req.valid("json"), ctxOf(c.var));
    return c.json({ month }, 200);
  });

  app.openapi(rechecksRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    if (scope.kind !== "county") return c.json({ rows: [] }, 200);
    const rows = await listRechecks(c.var.deps.db, scope.regionCode);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          quarter: r.quarter,
          checkedOn: r.checkedOn,
          figures: r.figures,
          note: r.note,
        })),
      },
      200,
    );
  });

  app.openapi(recheckRoute, async (c) => {
    const v = c.var;
    const actor = authorize(v.actor, "read", "retention");
    if (!isRetentionSection(actor)) {
      // the command refuses with the right message
      return c.json({ id: await recordRecheck(v.deps.db, actor, c.req.valid("json"), {}, ctxOf(v)) }, 201);
    }
    const scope = scopeOf(actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const today = todayFor(v);
    const [suspects, cases] = await Promise.all([
      listSuspects(v.deps.db, scope, { status: "open" }),
      listCases(v.deps.db, scope, { register: "open" }),
    ]);
    const zero = await zeroReportRows(
      v,
      scope,
      retention.previousMonth(retention.monthOf(today)),
      settings.zeroReportDueDay,
      today,
    );
    const figures = {
      openSuspects: suspects.length,
      openCases: cases.length,
      confirmedDropouts: cases.filter((r) => r.c.state === "confirmed").length,
      overdueCases: cases.filter((r) => retention.caseEscalation(r.c.state, r.c.deadline, today) !== "none").length,
      lateSchools: zero.rows.filter((r) => r.status === "late").length,
    };
    return c.json({ id: await recordRecheck(v.deps.db, actor, c.req.valid("json"), figures, ctxOf(v)) }, 201);
  });

  return app;
}
