/**
 * The import of fitness test results (体质测试成绩导入) on the shared pipeline, mounted under /api/fitness: template,
 * upload with full validation (nothing written), the job with its problems and the marked-up report, and the commit
 * in one transaction. A job is its uploader's alone.
 */
import { Readable } from "node:stream";
import { type auth, calendar, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../auth/authorize";
import {
  commitSheetImport,
  findSheetJob,
  type JobFilter,
  presentSheetJob,
  presentSheetResult,
  readUploadForm,
  sheetJobReport,
  sheetOfJob,
  uploadSheetImport,
} from "../excel/importPipeline";
import { commitBody, commitResultSchema, importResultSchema, jobParams } from "../excel/importSchemas";
import type { AppEnv } from "../http/context";
import { badRequest, errorResponses, errorSchema } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { authorizeResultsImport, resultsImporter } from "./importer";
import * as s from "./schemas";

type Vars = AppEnv["Variables"];
const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());

const importTags = ["体质健康 · 成绩导入"];
const templateRoute = createRoute({
  method: "get",
  path: "/imports/template.xlsx",
  tags: importTags,
  summary: "下载体质测试成绩导入模板",
  request: { query: s.importTemplateQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags: importTags,
  summary: "上传体质测试成绩并完整校验(不写入)",
  request: { body: { required: true, content: { "multipart/form-data": { schema: s.uploadFormDoc } } } },
  responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const jobRoute = createRoute({
  method: "get",
  path: "/imports/{id}",
  tags: importTags,
  summary: "导入批次及校验结果",
  request: { params: jobParams },
  responses: { 200: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const reportRoute = createRoute({
  method: "get",
  path: "/imports/{id}/report.xlsx",
  tags: importTags,
  summary: "下载校验报告(错误单元格标红并附批注)",
  request: { params: jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const commitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags: importTags,
  summary: "提交导入(一个事务,全部正确才写入)",
  request: { params: jobParams, body: jsonBody(commitBody) },
  responses: {
    200: jsonResponse(commitResultSchema, "已导入"),
    ...errorResponses,
    409: jsonResponse(errorSchema, "已导入、有错误或数据已变化"),
  },
});

/** The import of fitness test results (school for its own pupils; the county office for every school). */
export function fitnessImportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  /** The fitness jobs an actor may see: their own uploads, within their fitness scope. */
  const ownJobs = (actor: auth.Actor): JobFilter => ({
    capability: "fitness",
    scope: scopeOf(actor, "fitness"),
    createdBy: actor.userId,
  });
  const xlsxStream = (c: Context<AppEnv>, body: Readable | Buffer, fileName: string) =>
    c.body(body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body), 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": contentDisposition(fileName),
      "cache-control": "no-store",
    });
  const defaultYear = (v: Vars) => registry.schoolYearOf(todayFor(v));

  app.openapi(templateRoute, async (c) => {
    const actor = authorizeResultsImport(c.var.actor);
    const year = c.req.valid("query").year ?? defaultYear(c.var);
    const bytes = await resultsImporter.template(c.var.deps.db, actor, year);
    return xlsxStream(c, bytes, `体质测试成绩导入模板-${year}学年.xlsx`);
  });

  app.openapi(uploadRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    authorize(c.var.actor, "read", "fitness");
    const form = await readUploadForm(c, s.uploadForm, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const actor = authorizeResultsImport(c.var.actor);
    const job = await uploadSheetImport(
      { db, cipher },
      resultsImporter,
      actor,
      scopeOf(actor, "fitness"),
      {
        bytes: Buffer.from(await form.file.arrayBuffer()),
        fileName: form.file.name,
        schoolYear: form.year ?? defaultYear(c.var),
      },
      { now: now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  });

  const ownJob = async (c: Context<AppEnv>, id: string) => {
    const actor = authorizeResultsImport(c.var.actor);
    return { actor, job: await findSheetJob(c.var.deps.db, ownJobs(actor), id) };
  };

  app.openapi(jobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid("param").id);
    return c.json(presentSheetResult(job), 200);
  });

  app.openapi(reportRoute, async (c) => {
    const { job, actor } = await ownJob(c, c.req.valid("param").id);
    const report = await sheetJobReport(c.var.deps.db, resultsImporter, ownJobs(actor), job);
    return xlsxStream(c, report.stream, report.fileName);
  });

  app.openapi(commitRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const { job, actor } = await ownJob(c, id);
    if (c.req.valid("json").onlyValidRows) {
      throw badRequest("IMPORT_ALL_OR_NOTHING", "体质测试成绩须全部正确才能导入:请下载校验报告改正后重新上传", [
        { field: "onlyValidRows", message: "体质测试成绩不能只导入部分行" },
      ]);
    }
    const loadSheet = sheetOfJob(db, ownJobs(actor), job, resultsImporter.spec);
    const result = await commitSheetImport({ db, cipher }, actor, job, resultsImporter, loadSheet, {
      onlyValidRows: false,
      now: now(),
      ip: c.var.ip,
    });
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
