/** The recruitment plan: proposal, edits, approval, arrivals, its export, and the schools' needs. */
import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { titledWorkbook } from "../excel/titledWorkbook";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { registerRecruit } from "./arrivalCommands";
import { loadBasis } from "./figures";
import { presentRecruitment } from "./present";
import { addNeed, approvePlan, editPlanLine, proposePlan } from "./recruitmentCommands";
import * as s from "./recruitmentSchemas";
import {
  aggregateScope,
  attachment,
  auditExport,
  basisFor,
  countyName,
  ctxOf,
  roundingText,
  ruleText,
  tags,
  todayFor,
  writeErrors,
} from "./routeKit";
import { idParam, schoolYearQuery, yearQuery } from "./schemas";
import { planYearOfLine } from "./store";

const recruitmentRoute = createRoute({
  method: "get",
  path: "/recruitment",
  tags,
  summary: "招聘计划:按补充规则测算的建议、编辑后的计划及学校需求",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...errorResponses },
});
const proposePlanRoute = createRoute({
  method: "post",
  path: "/recruitment",
  tags,
  summary: "按当前数据生成(或重新生成)本学年招聘计划草案(人事股)",
  request: { query: yearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const editLineRoute = createRoute({
  method: "put",
  path: "/recruitment/lines/{id}",
  tags,
  summary: "修改招聘计划某校某学科的人数和备注(人事股,审批前)",
  request: { params: idParam, body: jsonBody(s.planLineBody) },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const recruitRoute = createRoute({
  method: "post",
  path: "/recruitment/lines/{id}/recruits",
  tags,
  summary: "登记招聘计划某行的新教师到岗并录入教职工名册(人事股,审批后)",
  request: { params: idParam, body: jsonBody(s.recruitBody) },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const approveRoute = createRoute({
  method: "post",
  path: "/recruitment/approve",
  tags,
  summary: "审批本学年招聘计划(局领导)",
  request: { query: yearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const recruitmentExportRoute = createRoute({
  method: "get",
  path: "/recruitment/export.xlsx",
  tags,
  summary: "导出招聘计划表(招聘公告附表,Excel)",
  request: { query: yearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "招聘计划表"), ...errorResponses },
});
const needRoute = createRoute({
  method: "post",
  path: "/recruitment/needs",
  tags,
  summary: "学校提出招聘需求(学校管理员为本校)",
  request: { body: jsonBody(s.needBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "需求"), ...writeErrors },
});

export function recruitmentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(recruitmentRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  app.openapi(proposePlanRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    await proposePlan(c.var.deps.db, c.var.actor, basis, ctxOf(c.var));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  const recruitmentOfLine = async (c: Context<AppEnv>, lineId: string) => {
    const scope = aggregateScope(c.var.actor);
    const year = await planYearOfLine(c.var.deps.db, scope.regionCode, lineId);
    if (year === null) throw notFound("招聘计划行");
    return presentRecruitment(c, scope, await loadBasis(c.var.deps.db, scope, year));
  };

  app.openapi(editLineRoute, async (c) => {
    const { id } = c.req.valid("param");
    await editPlanLine(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json(await recruitmentOfLine(c, id), 200);
  });

  app.openapi(recruitRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { db, cipher } = c.var.deps;
    await registerRecruit(db, c.var.actor, id, c.req.valid("json"), { ...ctxOf(c.var), cipher });
    return c.json(await recruitmentOfLine(c, id), 200);
  });

  app.openapi(approveRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    await approvePlan(c.var.deps.db, c.var.actor, basis.schoolYear, ctxOf(c.var));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  app.openapi(recruitmentExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const r = await presentRecruitment(c, scope, basis);
    if (!r.plan) throw notFound("本学年招聘计划(请人事股先生成计划)");
    const county = await countyName(c, scope.regionCode);
    const k = basis.settings.retirementsPerRecruit;
    const lines = r.plan.lines.filter((l) => l.quantity > 0);
    const bytes = await titledWorkbook(
      [
        {
          name: "招聘计划表",
          title: `${county}${basis.schoolYear + 1}年公开招聘教师岗位计划表`,
          columns: [
            { header: "序号", width: 6 },
            { header: "招聘单位", width: 26 },
            { header: "岗位名称", width: 16 },
            { header: "招聘人数", width: 10 },
            { header: "其中:补充退休", width: 12 },
            { header: "其中:补充学科缺口", width: 14 },
            { header: "退休人数", width: 10 },
            { header: "学科缺口(人)", width: 12 },
            { header: "备注", width: 30 },
          ],
          rows: lines.map((l, i) => [
            i + 1,
            l.schoolName,
            `${l.label}教师`,
            l.quantity,
            l.replacement,
            l.forShortage,
            l.retirements,
            l.gap,
            l.note,
          ]),
          totals: ["合计", "", "", lines.reduce((n, l) => n + l.quantity, 0), null, null, null, null, ""],
        },
      ],
      [
        `补充规则:${ruleText(k)},即每 ${k} 名在编专任教师退休补充 1 名;全县合计按“${roundingText(basis.settings.recruitRounding)}”取整后,按各校各学科的精确份额以最大余数法分配。`,
        "退休人数:法定退休日期在本学年(9 月 1 日至次年 8 月 31 日)或已到龄仍在岗的在编专任教师。",
        "学科缺口:按国家课程方案测算的所需教师减现有教师(兼任学科按半个计);学校缺编名额优先补充缺口最大的学科,每缺一名教师(四舍五入)补充一名,合计不超过该校缺编数。",
        `计划状态:${r.plan.status === "approved" ? "已经局领导审批" : "草案,待局领导审批"};人事股可逐行调整招聘人数,调整前的建议人数保留在系统中。`,
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `统计时点 ${basis.asOf}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "recruitment", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `招聘计划表-${basis.schoolYear + 1}.xlsx`);
  });

  app.openapi(needRoute, async (c) => {
    const id = await addNeed(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  return app;
}
