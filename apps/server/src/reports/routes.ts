/**
 * The reports' routes (报告与驾驶舱), mounted at /api/reports: the figure catalogue, the cockpit (county, section or
 * school), what needs the reader now, the records behind a figure, the year's work report with edited sentences and
 * its Word and xlsx exports. Handlers read validate → authorize → store/core → present.
 */
import { calendar, reports } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { contentDisposition, DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { defaultSchoolYear, listSchools, regionName } from "../registry/store";
import { checksOf, DEFAULT_JUMP_RATIO, resolveCheck } from "./checks";
import { cockpitOf } from "./cockpit";
import { type CommandContext, recordReportExport, revertSentence, saveSentence } from "./commands";
import { drillOf } from "./drill";
import { figuresWorkbook, workReportDocument } from "./export";
import { needsNowOf } from "./needsNow";
import { presentDefinition } from "./present";
import * as s from "./schemas";
import { schoolDataImportRoutes } from "./schoolDataRoutes";
import { workReportOf } from "./workReport";

const tags = ["报告与驾驶舱"];
type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });

const catalogueRoute = createRoute({
  method: "get",
  path: "/catalogue",
  tags,
  summary: "指标目录:每个指标的名称、分子、分母、统计时点、不计入的内容和计算来源",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.definitionSchema) }), "指标目录"), ...errorResponses },
});
const cockpitRoute = createRoute({
  method: "get",
  path: "/cockpit",
  tags,
  summary: "驾驶舱:各业务的指标卡片、上年对比和近五年走势(局领导看全县,股室负责人看本股室,学校看本校)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.cockpitSchema, "驾驶舱"), ...errorResponses },
});
const needsNowRoute = createRoute({
  method: "get",
  path: "/needs-now",
  tags,
  summary: "待办提醒:逾期整改(按逾期时长)、待复查、延期申请、转学待接收",
  responses: { 200: jsonResponse(s.needsNowSchema, "待办"), ...errorResponses },
});
const drillRoute = createRoute({
  method: "get",
  path: "/figures/{key}",
  tags,
  summary: "指标下钻:口径、各校数值和指标背后的记录",
  request: { params: s.keyParam, query: s.yearQuery },
  responses: { 200: jsonResponse(s.drillSchema, "指标明细"), ...errorResponses },
});
const workReportRoute = createRoute({
  method: "get",
  path: "/work-report",
  tags,
  summary: "年度工作总结数据:按章节的指标表述、上年值与变化、口径脚注,修改过的表述及其是否过时",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.workReportSchema, "工作总结数据"), ...errorResponses },
});
const saveSentenceRoute = createRoute({
  method: "put",
  path: "/work-report/sentences/{key}",
  tags,
  summary: "修改一个指标的报告表述(负责该指标的股室或办公室)",
  request: { params: s.keyParam, query: s.yearQuery, body: jsonBody(s.sentenceBody) },
  responses: { 200: jsonResponse(s.workReportSchema, "工作总结数据"), ...errorResponses },
});
const revertSentenceRoute = createRoute({
  method: "delete",
  path: "/work-report/sentences/{key}",
  tags,
  summary: "撤销对表述的修改,恢复自动生成的表述",
  request: { params: s.keyParam, query: s.yearQuery },
  responses: { 200: jsonResponse(s.workReportSchema, "工作总结数据"), ...errorResponses },
});
const docxRoute = createRoute({
  method: "get",
  path: "/work-report.docx",
  tags,
  summary: "导出年度工作总结数据(Word,办公室汇编用)",
  request: { query: s.yearQuery },
  responses: { 200: fileResponse(DOCX_TYPE, "工作总结数据"), ...errorResponses },
});
const xlsxRoute = createRoute({
  method: "get",
  path: "/figures.xlsx",
  tags,
  summary: "导出全部指标及口径(Excel)",
  request: { query: s.yearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "指标一览"), ...errorResponses },
});

const checksRoute = createRoute({
  method: "get",
  path: "/checks",
  tags,
  summary: "统计数据核查:跨业务应一致的总数、同比异常变化、超出国家标准的数值,及处理情况",
  request: { query: s.checksQuery },
  responses: { 200: jsonResponse(s.checksSchema, "核查清单"), ...errorResponses },
});
const resolveCheckRoute = createRoute({
  method: "put",
  path: "/checks/{code}",
  tags,
  summary: "标记核查项已更正或已说明(办公室、基础教育股)",
  request: { params: s.codeParam, query: s.checksQuery, body: jsonBody(s.resolveBody) },
  responses: { 200: jsonResponse(s.checksSchema, "核查清单"), ...errorResponses },
});

async function yearOf(c: Context<AppEnv>, year: number | undefined): Promise<number> {
  return year ?? (await defaultSchoolYear(c.var.deps.db, c.var.actor, c.var.deps.now()));
}

/** County names by code: reference data loaded with the county and never edited, so read once per process. */
const countyNames = new Map<string, string>();
async function countyNameOf(c: Context<AppEnv>, code: string): Promise<string> {
  let name = countyNames.get(code);
  if (name === undefined) {
    name = (await regionName(c.var.deps.db, code)) ?? "";
    if (name) countyNames.set(code, name);
  }
  return name;
}

function attachment(c: Context<AppEnv>, bytes: Uint8Array, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

export function reportsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(catalogueRoute, async (c) => {
    authorize(c.var.actor, "read", "reports");
    return c.json({ rows: reports.figureCatalogue.map(presentDefinition) }, 200);
  });

  app.openapi(cockpitRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const [year, countyName] = await Promise.all([
      yearOf(c, c.req.valid("query").year),
      countyNameOf(c, scope.regionCode),
    ]);
    const cockpit = await cockpitOf(c.var.deps.db, actor, scope, year, c.var.deps.now());
    return c.json({ ...cockpit, countyName }, 200);
  });

  app.openapi(needsNowRoute, async (c) => {
    scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    return c.json(await needsNowOf(c.var.deps.db, actor, c.var.deps.now()), 200);
  });

  app.openapi(drillRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const f = reports.figureByKey(c.req.valid("param").key);
    if (!f || !reports.cockpitCapabilities(actor, [f.capability]).includes(f.capability)) throw notFound("指标");
    const year = await yearOf(c, c.req.valid("query").year);
    const schools = scope.kind === "county" ? (await listSchools(c.var.deps.db, actor)).map((r) => r.id) : [];
    const drill = await drillOf(c.var.deps.db, scope, schools, f, year, c.var.deps.now());
    return c.json({ ...drill, definition: presentDefinition(f) }, 200);
  });

  const reportAnswer = async (c: Context<AppEnv>, year: number) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const [report, countyName] = await Promise.all([
      workReportOf(c.var.deps.db, actor, scope, year, c.var.deps.now()),
      countyNameOf(c, scope.regionCode),
    ]);
    return { ...report, countyName };
  };

  app.openapi(workReportRoute, async (c) => {
    const year = await yearOf(c, c.req.valid("query").year);
    return c.json(await reportAnswer(c, year), 200);
  });

  app.openapi(saveSentenceRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const year = await yearOf(c, c.req.valid("query").year);
    const { key } = c.req.valid("param");
    await saveSentence(c.var.deps.db, actor, scope, { key, year, text: c.req.valid("json").text }, ctxOf(c.var));
    return c.json(await reportAnswer(c, year), 200);
  });

  app.openapi(revertSentenceRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const year = await yearOf(c, c.req.valid("query").year);
    await revertSentence(c.var.deps.db, actor, scope, { key: c.req.valid("param").key, year }, ctxOf(c.var));
    return c.json(await reportAnswer(c, year), 200);
  });

  app.openapi(docxRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "reports");
    const year = await yearOf(c, c.req.valid("query").year);
    await recordReportExport(c.var.deps.db, actor, { year, format: "docx" }, ctxOf(c.var));
    const report = await reportAnswer(c, year);
    const today = calendar.beijingDate(c.var.deps.now());
    const bytes = await workReportDocument(report, { countyName: report.countyName, today });
    return attachment(c, bytes, DOCX_TYPE, `${report.countyName}${year}年度工作总结数据.docx`);
  });

  app.openapi(xlsxRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "reports");
    const year = await yearOf(c, c.req.valid("query").year);
    await recordReportExport(c.var.deps.db, actor, { year, format: "xlsx" }, ctxOf(c.var));
    const report = await reportAnswer(c, year);
    const today = calendar.beijingDate(c.var.deps.now());
    const bytes = await figuresWorkbook(report, { countyName: report.countyName, today });
    return attachment(c, bytes, XLSX_TYPE, `${report.countyName}${year}年度指标一览.xlsx`);
  });

  app.openapi(checksRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const q = c.req.valid("query");
    const year = await yearOf(c, q.year);
    const ratio = q.jumpRatio ?? DEFAULT_JUMP_RATIO;
    return c.json(await checksOf(c.var.deps.db, actor, scope, year, ratio, c.var.deps.now()), 200);
  });

  app.openapi(resolveCheckRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "reports");
    const actor = authorize(c.var.actor, "read", "reports");
    const q = c.req.valid("query");
    const year = await yearOf(c, q.year);
    const ratio = q.jumpRatio ?? DEFAULT_JUMP_RATIO;
    const body = c.req.valid("json");
    await resolveCheck(
      c.var.deps.db,
      actor,
      scope,
      { year, code: c.req.valid("param").code, status: body.status, note: body.note, jumpRatio: ratio },
      ctxOf(c.var),
    );
    return c.json(await checksOf(c.var.deps.db, actor, scope, year, ratio, c.var.deps.now()), 200);
  });

  app.route("/data", schoolDataImportRoutes());
  return app;
}
