/**
 * The kindergartens' yearly report import (幼儿园年度填报导入) on the shared pipeline: template, upload with full
 * validation (nothing written), the job with its problems and the marked-up report, and the commit in one
 * transaction. A job is its uploader's alone.
 */
import { Readable } from "node:stream";
import { type auth, calendar, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { scopeOf } from "../auth/authorize";
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
import { authorizeReportImport, reportsImporter } from "./importer";

const year = z.coerce
  .number({ error: "学年应为整数" })
  .int("学年应为整数")
  .min(2000, "学年应在 2000 到 2100 之间")
  .max(2100, "学年应在 2000 到 2100 之间");
const templateQuery = z.object({ year: year.optional() });
const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
  year: year.optional(),
});
/** The upload form as documented in OpenAPI (the handler checks it with `uploadForm`). */
const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: { type: "string" as const, format: "binary", description: "按导入模板填写的 .xlsx 文件" },
    year: { type: "integer" as const, description: "填报学年(如 2026 表示 2026—2027 学年),默认为当前学年" },
  },
};

const tags = ["学前教育普及普惠 · 年度填报导入"];
const templateRoute = createRoute({
  method: "get",
  path: "/imports/template.xlsx",
  tags,
  summary: "下载幼儿园年度填报导入模板",
  request: { query: templateQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传幼儿园年度填报并完整校验(不写入)",
  request: { body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } } },
  responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const jobRoute = createRoute({
  method: "get",
  path: "/imports/{id}",
  tags,
  summary: "导入批次及校验结果",
  request: { params: jobParams },
  responses: { 200: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const reportRoute = createRoute({
  method: "get",
  path: "/imports/{id}/report.xlsx",
  tags,
  summary: "下载校验报告(错误单元格标红并附批注)",
  request: { params: jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const commitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags,
  summary: "提交导入(一个事务,全部正确才写入;记入审计)",
  request: { params: jobParams, body: jsonBody(commitBody) },
  responses: {
    200: jsonResponse(commitResultSchema, "已导入"),
    ...errorResponses,
    409: jsonResponse(errorSchema, "已导入、有错误或数据已变化"),
  },
});

type Vars = AppEnv["Variables"];

/** The import of the kindergartens' yearly reports (基础教育股 for the county; a kindergarten its own row). */
export function preschoolImportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  /** The preschool jobs an actor may see: their own uploads, within their preschool scope. */
  const ownJobs = (actor: auth.Actor): JobFilter => ({
    capability: "preschool",
    scope: scopeOf(actor, "preschool"),
    createdBy: actor.userId,
  });
  const xlsxStream = (c: Context<AppEnv>, body: Readable | Buffer, fileName: string) =>
    c.body(body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body), 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": contentDisposition(fileName),
      "cache-control": "no-store",
    });
  const defaultYear = (v: Vars) => registry.schoolYearOf(calendar.beijingDate(v.deps.now()));

  app.openapi(templateRoute, async (c) => {
    const actor = authorizeReportImport(c.var.actor);
    const y = c.req.valid("query").year ?? defaultYear(c.var);
    const bytes = await reportsImporter.template(c.var.deps.db, actor, y);
    return xlsxStream(c, bytes, `幼儿园年度填报导入模板-${y}学年.xlsx`);
  });

  app.openapi(uploadRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    authorizeReportImport(c.var.actor);
    const form = await readUploadForm(c, uploadForm, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const actor = authorizeReportImport(c.var.actor);
    const job = await uploadSheetImport(
      { db, cipher },
      reportsImporter,
      actor,
      scopeOf(actor, "preschool"),
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
    const actor = authorizeReportImport(c.var.actor);
    return { actor, job: await findSheetJob(c.var.deps.db, ownJobs(actor), id) };
  };

  app.openapi(jobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid("param").id);
    return c.json(presentSheetResult(job), 200);
  });

  app.openapi(reportRoute, async (c) => {
    const { job, actor } = await ownJob(c, c.req.valid("param").id);
    const report = await sheetJobReport(c.var.deps.db, reportsImporter, ownJobs(actor), job);
    return xlsxStream(c, report.stream, report.fileName);
  });

  app.openapi(commitRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const { job, actor } = await ownJob(c, id);
    if (c.req.valid("json").onlyValidRows) {
      throw badRequest("IMPORT_ALL_OR_NOTHING", "幼儿园年度填报须全部正确才能导入:请下载校验报告改正后重新上传", [
        { field: "onlyValidRows", message: "幼儿园年度填报不能只导入部分行" },
      ]);
    }
    const loadSheet = sheetOfJob(db, ownJobs(actor), job, reportsImporter.spec);
    const result = await commitSheetImport({ db, cipher }, actor, job, reportsImporter, loadSheet, {
      onlyValidRows: false,
      now: now(),
      ip: c.var.ip,
    });
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
