/**
 * The exam-number roster and score import (mounted with the exams API), on the shared import pipeline
 * (excel/importPipeline.ts): the template with the writer's students, the roster download, upload and full check
 * (.xlsx or .csv, wide or long) → report with the wrong cells marked → commit in one transaction.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PROBLEMS_IN_JSON, readUploadForm } from "../excel/importPipeline";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { fileResponse, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { requireDraft } from "./commands";
import { exportScoreTemplate } from "./exports";
import { exportRoster } from "./roster";
import { conflictResponse, writeContext as ctx, file, readable, scoreWriter, tags } from "./routeKit";
import * as s from "./schemas";
import { commitScores, presentScoreJob, scoreReport, uploadScores } from "./scoreImportCommands";
import { findExam } from "./store";

const templateRoute = createRoute({
  method: "get",
  path: "/{id}/template.xlsx",
  tags,
  summary: "下载成绩导入模板(已填好本人范围内的学生)",
  request: { params: s.idParams },
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const rosterRoute = createRoute({
  method: "get",
  path: "/{id}/roster.xlsx",
  tags,
  summary: "下载考号名单(本人范围内的学生;学籍号默认部分隐藏,导出记入审计日志)",
  request: { params: s.idParams, query: s.rosterQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "考号名单"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/{id}/imports",
  tags,
  summary: "上传成绩文件(.xlsx 或 .csv,宽表或长表)并完整校验,不写入",
  request: {
    params: s.idParams,
    body: { required: true, content: { "multipart/form-data": { schema: s.uploadForm } } },
  },
  responses: { 201: jsonResponse(s.importResultSchema, "校验结果"), ...errorResponses, ...conflictResponse },
});
const reportRoute = createRoute({
  method: "get",
  path: "/{id}/imports/{jobId}/report.xlsx",
  tags,
  summary: "下载校验报告(错误单元格标红并附批注;只有上传者本人可下载,文件含完整学籍号)",
  request: { params: s.jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const commitRoute = createRoute({
  method: "post",
  path: "/{id}/imports/{jobId}/commit",
  tags,
  summary: "提交导入(重新校验;全部正确才写入,一个事务)",
  request: { params: s.jobParams },
  responses: {
    200: jsonResponse(z.object({ written: z.number(), added: z.number() }), "已导入"),
    ...errorResponses,
    ...conflictResponse,
  },
});

export function scoreRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(templateRoute, async (c) => {
    const { actor, scope } = scoreWriter(c.var.actor);
    const row = await findExam(c.var.deps.db, actor, c.req.valid("param").id);
    if (!row) throw notFound("考试");
    const result = await exportScoreTemplate(c.var.deps.db, actor, scope, row, ctx(c));
    return file(c, result.bytes, XLSX_TYPE, result.fileName);
  });

  app.openapi(rosterRoute, async (c) => {
    const target = await readable(c, c.req.valid("param").id);
    const result = await exportRoster(c.var.deps.db, c.var.actor, target, c.req.valid("query"), ctx(c));
    return file(c, result.bytes, XLSX_TYPE, result.fileName);
  });

  app.openapi(uploadRoute, async (c) => {
    const { actor, scope } = scoreWriter(c.var.actor);
    const { db } = c.var.deps;
    const row = await findExam(db, actor, c.req.valid("param").id);
    if (!row) throw notFound("考试");
    requireDraft(row);
    const form = await readUploadForm(c, s.uploadForm, {
      notMultipart: "请以 multipart/form-data 上传成绩文件(字段名 file)",
      formCode: "IMPORT_NO_FILE",
    });
    const bytes = Buffer.from(await form.file.arrayBuffer());
    const { job, problems } = await uploadScores(
      c.var.deps,
      actor,
      scope,
      row,
      { bytes, name: form.file.name },
      ctx(c),
    );
    const summary = job.report.summary;
    return c.json(
      { job: presentScoreJob({ ...job, summary }), summary, problems: problems.slice(0, PROBLEMS_IN_JSON) },
      201,
    );
  });

  app.openapi(reportRoute, async (c) => {
    const { actor, scope } = scoreWriter(c.var.actor);
    const { id, jobId } = c.req.valid("param");
    const result = await scoreReport(c.var.deps, actor, scope, id, jobId);
    return file(c, result.bytes, XLSX_TYPE, result.fileName);
  });

  app.openapi(commitRoute, async (c) => {
    const { actor, scope } = scoreWriter(c.var.actor);
    const { db } = c.var.deps;
    const { id, jobId } = c.req.valid("param");
    const row = await findExam(db, actor, id);
    if (!row) throw notFound("考试");
    requireDraft(row);
    return c.json(await commitScores(c.var.deps, actor, scope, row, jobId, ctx(c)), 200);
  });

  return app;
}
