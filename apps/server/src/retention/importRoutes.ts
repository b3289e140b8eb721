/** The roster and poverty-list imports: template → upload and full check → report → commit, on the shared pipeline. */
import { Readable } from "node:stream";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
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
import { errorResponses } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, multipartBody, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { sectionActor } from "./commands";
import { type RetentionImportKind, retentionImporters } from "./rosterImport";
import { tags, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

const templateRoute = createRoute({
  method: "get",
  path: "/templates/{kind}",
  tags,
  summary: "下载户籍适龄人口名单或防返贫监测、低保名单的导入模板",
  request: { params: s.importKindParam, query: s.yearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传户籍适龄人口名单或防返贫监测、低保名单并完整校验(不写入;基础教育股)",
  request: {
    body: multipartBody("按导入模板填写的 .xlsx 文件,最大 30 MB", {
      kind: { description: "roster 户籍适龄人口名单;poverty 防返贫监测和低保名单" },
      schoolYear: { description: "名单所属学年(年龄按该年8月31日计算),默认为当前学年" },
    }),
  },
  responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...writeErrors },
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
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...writeErrors },
});
const commitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags,
  summary: "提交导入(一个事务,全部成功或全部不写)",
  request: { params: jobParams, body: jsonBody(commitBody) },
  responses: { 200: jsonResponse(commitResultSchema, "已导入"), ...writeErrors },
});

/** The retention jobs an actor may see: the section's own uploads. */
const ownJobs = (actor: Parameters<typeof scopeOf>[0] & object): JobFilter => ({
  capability: "retention",
  scope: scopeOf(actor, "retention"),
  createdBy: actor.userId,
});

function xlsx(c: Context<AppEnv>, body: Readable | Buffer, fileName: string) {
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body);
  return c.body(stream, 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "no-store",
  });
}

export function importRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(templateRoute, async (c) => {
    const actor = sectionActor(c.var.actor);
    const { kind } = c.req.valid("param");
    const settings = await settingsOf(c.var.deps.db, actor.regionCode, c.var.deps.now());
    const year = c.req.valid("query").schoolYear ?? settings.currentSchoolYear;
    const importer = retentionImporters[kind];
    return xlsx(c, await importer.template(c.var.deps.db, actor, year), `${importer.label}导入模板.xlsx`);
  });

  app.openapi(uploadRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const actor = sectionActor(c.var.actor);
    const form = await readUploadForm(c, s.importUploadForm, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const settings = await settingsOf(db, actor.regionCode, now());
    const job = await uploadSheetImport(
      { db, cipher },
      retentionImporters[form.kind as RetentionImportKind],
      actor,
      scopeOf(actor, "retention"),
      {
        bytes: Buffer.from(await form.file.arrayBuffer()),
        fileName: form.file.name,
        schoolYear: form.schoolYear ?? settings.currentSchoolYear,
      },
      { now: now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  });

  const ownJob = async (c: Context<AppEnv>, id: string) => {
    const actor = sectionActor(c.var.actor);
    const job = await findSheetJob(c.var.deps.db, ownJobs(actor), id);
    return { job, actor, importer: retentionImporters[job.kind as RetentionImportKind] };
  };

  app.openapi(jobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid("param").id);
    return c.json(presentSheetResult(job), 200);
  });

  app.openapi(reportRoute, async (c) => {
    const { job, actor, importer } = await ownJob(c, c.req.valid("param").id);
    const report = await sheetJobReport(c.var.deps.db, importer, ownJobs(actor), job);
    return xlsx(c, report.stream, report.fileName);
  });

  app.openapi(commitRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const { job, actor, importer } = await ownJob(c, id);
    const loadSheet = sheetOfJob(db, ownJobs(actor), job, importer.spec);
    const result = await commitSheetImport({ db, cipher }, actor, job, importer, loadSheet, {
      onlyValidRows: c.req.valid("json").onlyValidRows,
      now: now(),
      ip: c.var.ip,
    });
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
