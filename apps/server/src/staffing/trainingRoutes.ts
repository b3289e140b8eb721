/** Continuing education hours (继续教育学时): progress, recording one training, the export. */
import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../auth/authorize";
import { titledWorkbook } from "../excel/titledWorkbook";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { trainingOf } from "./figures";
import { presentProgress } from "./present";
import {
  attachment,
  auditExport,
  basisFor,
  countyName,
  ctxOf,
  schoolName,
  tags,
  todayFor,
  writeErrors,
  yearOf,
} from "./routeKit";
import { schoolYearQuery } from "./schemas";
import { settingsFor } from "./store";
import { recordTraining } from "./trainingCommands";
import * as s from "./trainingSchemas";

const trainingRoute = createRoute({
  method: "get",
  path: "/training",
  tags,
  summary: "继续教育学时:本周期各校和全县完成情况、进度滞后教师名单、国培省培人数",
  request: { query: s.trainingQuery },
  responses: { 200: jsonResponse(s.trainingSchema, "继续教育"), ...errorResponses },
});
const addTrainingRoute = createRoute({
  method: "post",
  path: "/training",
  tags,
  summary: "登记一条培训学时(学校登记本校校本研修;人事股登记各级培训)",
  request: { body: jsonBody(s.trainingBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "培训记录"), ...writeErrors },
});
const trainingExportRoute = createRoute({
  method: "get",
  path: "/training/export.xlsx",
  tags,
  summary: "导出继续教育学时完成情况表(Excel)",
  request: { query: schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "学时完成情况表"), ...errorResponses },
});

export function trainingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(trainingRoute, async (c) => {
    const q = c.req.valid("query");
    const { scope, basis } = await basisFor(c, q);
    const t = await trainingOf(c.var.deps.db, scope, basis, todayFor(c.var));
    const wanted = t.teachers.filter((x) =>
      q.filter === "behind" ? x.progress.behind : q.filter === "complete" ? x.progress.complete : true,
    );
    return c.json(
      {
        cycle: t.cycle,
        total: t.total,
        complete: t.complete,
        behind: t.behind,
        rate: t.rate,
        nationalParticipants: t.nationalParticipants,
        provincialParticipants: t.provincialParticipants,
        hoursByYear: t.hoursByYear,
        schools: t.schools.map((x) => ({ ...x, schoolName: schoolName(basis, x.schoolId) })),
        teachers: wanted.slice(0, 500).map((x) => presentProgress(basis, x)),
        teachersTotal: wanted.length,
      },
      200,
    );
  });

  app.openapi(addTrainingRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    const year = await yearOf(c.var, actor.regionCode);
    const { settings } = await settingsFor(c.var.deps.db, actor.regionCode, year);
    const id = await recordTraining(c.var.deps.db, actor, year, settings, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(trainingExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const today = todayFor(c.var);
    const t = await trainingOf(c.var.deps.db, scope, basis, today);
    const county = await countyName(c, scope.regionCode);
    const cyc = `${t.cycle.start.slice(0, 4)}—${t.cycle.end.slice(0, 4)}年`;
    const bytes = await titledWorkbook(
      [
        {
          name: "学校完成情况",
          title: `${county}教师继续教育学时完成情况(${cyc}周期)`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 26 },
            { header: "专任教师", width: 10 },
            { header: "已完成", width: 10 },
            { header: "进度滞后", width: 10 },
            { header: "完成率(%)", width: 10 },
          ],
          rows: t.schools.map((x, i) => [
            i + 1,
            schoolName(basis, x.schoolId),
            x.teachers,
            x.complete,
            x.behind,
            x.rate,
          ]),
          totals: ["合计", "", t.total, t.complete, t.behind, t.rate],
        },
        {
          name: "教师学时",
          title: `${county}教师继续教育学时明细(${cyc}周期)`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 24 },
            { header: "工号", width: 12 },
            { header: "姓名", width: 10 },
            { header: "任教学科", width: 10 },
            { header: "累计学时", width: 10 },
            { header: "其中校本研修", width: 12 },
            { header: "计入学时", width: 10 },
            { header: "应完成学时", width: 10 },
            { header: "截至目前应达到", width: 14 },
            { header: "状态", width: 10 },
          ],
          rows: t.teachers.map((x, i) => {
            const p = presentProgress(basis, x);
            return [
              i + 1,
              p.schoolName,
              p.staffNumber,
              p.name,
              p.subject,
              p.total,
              p.schoolBased,
              p.counted,
              p.required,
              p.expected,
              p.complete ? "已完成" : p.behind ? "进度滞后" : "正常",
            ];
          }),
        },
      ],
      [
        `每个五年周期(本周期 ${t.cycle.start} 至 ${t.cycle.end})每名教师不少于 ${basis.settings.cycleHours} 学时;记录按结束日期计入周期。`,
        `校本研修学时最多计入应完成学时的 ${Math.round(basis.settings.schoolBasedMaxShare * 100)}%,超出部分只显示不计入。`,
        "周期内入职的教师按入职当年起的周期年数折算应完成学时(每年五分之一)。",
        "进度滞后:计入学时少于按已结束周期年份折算的应达到学时;周期最后一年应达到全部学时。",
        "完成率 = 已完成的在岗专任教师 ÷ 在岗专任教师。",
      ],
      { countyName: county, today, subtitle: `截至 ${today}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "training", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `继续教育学时完成情况-${today}.xlsx`);
  });

  return app;
}
