/**
 * Excel in and out (mounted at /api/registry): import templates (students, staff, schools, school conditions),
 * upload → full validation → report → commit for each kind on the shared import pipeline (excel/importPipeline.ts),
 * and the student and staff list exports. Uploads take up to 30 MB
 * (BODY_LIMITS.registryImport, enforced by the app on the request body; a commit is a JSON body, 1 MB).
 */
import { Readable } from "node:stream";
import { type auth, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../../auth/authorize";
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
} from "../../excel/importPipeline";
import type { AppEnv } from "../../http/context";
import { badRequest, errorResponses, errorSchema } from "../../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { exportStudents } from "./export";
import { exportStaff } from "./exportStaff";
import { authorizeImport, importers } from "./importers";
import * as s from "./schemas";
import { type ImportKind, importKinds } from "./sheetSpec";

const tags = ["学籍与基础数据 · Excel"];
const conflictResponse = { 409: jsonResponse(errorSchema, "已导入、有错误或数据已变化") };

const templateRoute = (kind: ImportKind) =>
  createRoute({
    method: "get",
    path: `/templates/${kind}.xlsx`,
    tags,
    summary: `下载${importers[kind].label}导入模板`,
    request: { query: s.templateQuery },
    responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
  });
const uploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传导入文件(学生、教职工、学校、办学条件)并完整校验(不写入)",
  // documented here, parsed in the handler: a request that is not multipart gets the upload's own message
  request: { body: { required: true, content: { "multipart/form-data": { schema: s.uploadFormDoc } } } },
  responses: { 201: jsonResponse(s.importResultSchema, "校验结果"), ...errorResponses },
});
const jobRoute = createRoute({
  method: "get",
  path: "/imports/{id}",
  tags,
  summary: "导入批次及校验结果",
  request: { params: s.jobParams },
  responses: { 200: jsonResponse(s.importResultSchema, "校验结果"), ...errorResponses },
});
const reportRoute = createRoute({
  method: "get",
  path: "/imports/{id}/report.xlsx",
  tags,
  summary: "下载校验报告(错误单元格标红并附批注)",
  request: { params: s.jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const commitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags,
  summary: "提交导入(一个事务,全部成功或全部不写)",
  request: {
    params: s.jobParams,
    body: jsonBody(s.commitBody),
  },
  responses: { 200: jsonResponse(s.commitResultSchema, "已导入"), ...errorResponses, ...conflictResponse },
});
const exportRoute = createRoute({
  method: "get",
  path: "/exports/students.xlsx",
  tags,
  summary: "导出学生名单(默认脱敏;含个人信息须有权限并填写事由,记入审计)",
  request: { query: s.exportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "学生名单"), ...errorResponses },
});

const staffExportRoute = createRoute({
  method: "get",
  path: "/exports/staff.xlsx",
  tags,
  summary: "导出教职工名单(默认脱敏;含身份证号须有权限并填写事由,记入审计)",
  request: { query: s.staffExportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "教职工名单"), ...errorResponses },
});

/** The newest school year with classes in the actor's scope, or the one running now. */
const defaultYear = (c: Context<AppEnv>, actor: auth.Actor) =>
  defaultSchoolYear(c.var.deps.db, actor, c.var.deps.now());

function xlsx(c: Context<AppEnv>, body: Readable | Buffer, fileName: string) {
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body);
  return c.body(stream, 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "no-store",
  });
}

/** The upload's form fields, checked; a request without a file gets a 400 saying how to send one. */
const uploadedForm = (c: Context<AppEnv>) =>
  readUploadForm(c, s.uploadForm, { notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)" });

/** The register's jobs an actor may see: their own uploads, within their register scope. */
const ownJobs = (actor: auth.Actor): JobFilter => ({
  capability: "registry",
  scope: scopeOf(actor, "registry"),
  createdBy: actor.userId,
});

export function excelRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const kind of importKinds) {
    app.openapi(templateRoute(kind), async (c) => {
      const actor = authorizeImport(c.var.actor, kind);
      const importer = importers[kind];
      const year = c.req.valid("query").year ?? (await defaultYear(c, actor));
      const bytes = await importer.template(c.var.deps.db, actor, year);
      const suffix = importer.yearly ? `-${registry.schoolYearLabel(year)}` : "";
      return xlsx(c, bytes, `${importer.label}导入模板${suffix}.xlsx`);
    });
  }

  app.openapi(uploadRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    authorize(c.var.actor, "read", "registry");
    const form = await uploadedForm(c);
    const actor = authorizeImport(c.var.actor, form.kind);
    const correctionReason = form.kind === "conditions" ? form.correctionReason : undefined;
    if (form.correctionReason && form.kind !== "conditions") {
      throw badRequest("VALIDATION_FAILED", "只有办学条件导入可以更正已填报数据", [
        { field: "correctionReason", message: "只有办学条件导入可以更正已填报数据" },
      ]);
    }
    const bytes = Buffer.from(await form.file.arrayBuffer());
    const schoolYear = form.year ?? (await defaultYear(c, actor));
    const job = await uploadSheetImport(
      { db, cipher },
      importers[form.kind],
      actor,
      scopeOf(actor, "registry"),
      { bytes, fileName: form.file.name, schoolYear, correctionReason },
      { now: now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  });

  /** A job of the caller's, who must still be allowed to import its kind; 404 when missing or not theirs. */
  const ownJob = async (c: Context<AppEnv>, id: string) => {
    const reader = authorize(c.var.actor, "read", "registry");
    const job = await findSheetJob(c.var.deps.db, ownJobs(reader), id);
    const kind = job.kind as ImportKind;
    return { job, actor: authorizeImport(reader, kind), importer: importers[kind] };
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
    const { onlyValidRows } = c.req.valid("json");
    const result = await commitSheetImport({ db, cipher }, actor, job, importer, loadSheet, {
      onlyValidRows,
      now: now(),
      ip: c.var.ip,
    });
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid("query");
    const actor = c.var.actor;
    const schoolYear = q.year ?? (await defaultYear(c, authorize(actor, "read", "registry")));
    const status = q.status === "all" ? undefined : q.status;
    const result = await exportStudents(c.var.deps, actor, { ...q, schoolYear, status }, c.var.ip);
    return xlsx(c, result.stream, result.fileName);
  });

  app.openapi(staffExportRoute, async (c) => {
    const q = c.req.valid("query");
    const actor = c.var.actor;
    const schoolYear = q.year ?? (await defaultYear(c, authorize(actor, "read", "registry")));
    const result = await exportStaff(c.var.deps, actor, { ...q, schoolYear }, c.var.ip);
    return xlsx(c, result.stream, result.fileName);
  });

  return app;
}
