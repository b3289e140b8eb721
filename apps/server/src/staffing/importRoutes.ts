/** The training-hours import: template → upload and full check → report → commit, on the shared pipeline. */
import { Readable } from "node:stream";
import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
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
import { errorResponses } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { attachment, tags, writeErrors, yearOf } from "./routeKit";
import { authorizeTrainingImport, trainingImporter } from "./trainingImport";

const importTemplateRoute = createRoute({
  method: "get",
  path: "/imports/template.xlsx",
  tags,
  summary: "下载培训学时导入模板(人事股)",
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: {
      type: "string" as const,
      format: "binary",
      description: "培训平台导出并按模板整理的 .xlsx 文件,最大 30 MB",
    },
  },
};
const uploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)"),
});
const importUploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传培训学时文件并完整校验(不写入;人事股)",
  request: { body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } } },
  responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const importJobRoute = createRoute({
  method: "get",
  path: "/imports/{id}",
  tags,
  summary: "培训学时导入批次及校验结果",
  request: { params: jobParams },
  responses: { 200: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const importReportRoute = createRoute({
  method: "get",
  path: "/imports/{id}/report.xlsx",
  tags,
  summary: "下载培训学时校验报告(错误单元格标红并附批注)",
  request: { params: jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const importCommitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags,
  summary: "提交培训学时导入(一个事务,全部成功或全部不写)",
  request: { params: jobParams, body: jsonBody(commitBody) },
  responses: { 200: jsonResponse(commitResultSchema, "已导入"), ...writeErrors },
});

export function importRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  /** The training imports an actor may see: their own uploads, within their scope. */
  const ownJobs = (actor: auth.Actor): JobFilter => ({
    capability: "staffing",
    scope: scopeOf(actor, "staffing"),
    createdBy: actor.userId,
  });

  app.openapi(importTemplateRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const bytes = await trainingImporter.template(c.var.deps.db, actor, await yearOf(c.var, actor.regionCode));
    return attachment(c, bytes, XLSX_TYPE, "培训学时导入模板.xlsx");
  });

  app.openapi(importUploadRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const form = await readUploadForm(c, uploadForm, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const job = await uploadSheetImport(
      { db: c.var.deps.db, cipher: c.var.deps.cipher },
      trainingImporter,
      actor,
      scopeOf(actor, "staffing"),
      {
        bytes: Buffer.from(await form.file.arrayBuffer()),
        fileName: form.file.name,
        schoolYear: await yearOf(c.var, actor.regionCode),
      },
      { now: c.var.deps.now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  });

  app.openapi(importJobRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    return c.json(presentSheetResult(await findSheetJob(c.var.deps.db, ownJobs(actor), c.req.valid("param").id)), 200);
  });

  app.openapi(importReportRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const job = await findSheetJob(c.var.deps.db, ownJobs(actor), c.req.valid("param").id);
    const report = await sheetJobReport(c.var.deps.db, trainingImporter, ownJobs(actor), job);
    return c.body(Readable.toWeb(report.stream) as ReadableStream, 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": contentDisposition(report.fileName),
      "cache-control": "private, no-store",
    });
  });

  app.openapi(importCommitRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const job = await findSheetJob(db, ownJobs(actor), id);
    const result = await commitSheetImport(
      { db, cipher },
      actor,
      job,
      trainingImporter,
      sheetOfJob(db, ownJobs(actor), job, trainingImporter.spec),
      { onlyValidRows: c.req.valid("json").onlyValidRows, now: now(), ip: c.var.ip },
    );
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
