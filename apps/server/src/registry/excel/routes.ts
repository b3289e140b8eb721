/**
 * Excel in and out (mounted at /api/registry): import templates (students, staff, schools, school conditions),
 * upload → full validation → report → commit for each kind, and the student list export. Uploads take up to 30 MB
 * (BODY_LIMITS.registryImport, enforced by the app on the request body; a commit is a JSON body, 1 MB).
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { type auth, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { recordAudit } from "../../audit/store";
import { authorize } from "../../auth/authorize";
import type { AppEnv } from "../../http/context";
import { badRequest, conflict, errorResponses, errorSchema, notFound } from "../../http/errors";
import { fileResponse, jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { commitImport } from "./commit";
import { exportStudents } from "./export";
import { exportStaff } from "./exportStaff";
import { authorizeImport, importers } from "./importers";
import { createJob, findJob, jobFile, MAX_STORED_PROBLEMS, presentJob, type StoredReport } from "./jobs";
import { rememberSheet, sheetForCommit } from "./parsedSheets";
import { readSheet } from "./reader";
import { reportWorkbook, XLSX_TYPE } from "./report";
import * as s from "./schemas";
import { type ImportKind, importKinds } from "./sheetSpec";

/** Problems returned in JSON; the report workbook has them all. */
const PROBLEMS_IN_JSON = 200;

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
    "content-disposition": `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "no-store",
  });
}

/** The upload's form fields, checked; a request without a file gets a 400 saying how to send one. */
async function uploadedForm(c: Context<AppEnv>) {
  if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
    throw badRequest("IMPORT_NO_FILE", "请以 multipart/form-data 上传 Excel 文件(字段名 file)");
  }
  const parsed = s.uploadForm.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "file", message: i.message }));
    throw badRequest("VALIDATION_FAILED", details[0]?.message ?? "输入有误", details);
  }
  return parsed.data;
}

function presentResult(job: Parameters<typeof presentJob>[0]) {
  return {
    job: presentJob(job),
    summary: job.report.summary,
    problems: job.report.problems.slice(0, PROBLEMS_IN_JSON),
  };
}

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
    const importer = importers[form.kind];
    const correctionReason = form.kind === "conditions" ? form.correctionReason : undefined;
    if (form.correctionReason && form.kind !== "conditions") {
      throw badRequest("VALIDATION_FAILED", "只有办学条件导入可以更正已填报数据", [
        { field: "correctionReason", message: "只有办学条件导入可以更正已填报数据" },
      ]);
    }
    const bytes = Buffer.from(await form.file.arrayBuffer());
    if (bytes.length === 0) throw badRequest("IMPORT_EMPTY", "上传的文件是空的:请选择填写好的导入模板");
    const schoolYear = form.year ?? (await defaultYear(c, actor));
    const sheet = await readSheet(bytes, importer.spec);
    const result = await importer.steps.validate(db, actor, sheet, { schoolYear, cipher, correctionReason });
    const report: StoredReport = {
      schoolYear,
      summary: result.summary,
      problems: result.problems.slice(0, MAX_STORED_PROBLEMS),
      problemsTruncated: result.problems.length > MAX_STORED_PROBLEMS,
      invalidRows: result.invalidRows,
      ...(correctionReason ? { correctionReason } : {}),
    };
    const fileName = (form.file.name || "upload.xlsx").slice(0, 200);
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const job = await db.transaction(async (tx) => {
      const created = await createJob(
        tx,
        actor,
        { id: randomUUID(), kind: form.kind, fileName, fileSha256, file: bytes, report },
        now(),
      );
      await recordAudit(tx, {
        actor,
        action: "registry.import_upload",
        targetType: "import_job",
        targetId: created.id,
        reason: correctionReason,
        details: { kind: form.kind, fileName, fileSha256, schoolYear, ...result.summary, byColumn: undefined },
        ip: c.var.ip,
        at: now(),
      });
      return created;
    });
    rememberSheet(job.id, sheet);
    return c.json(presentResult(job), 201);
  });

  /** A job of the caller's, who must still be allowed to import its kind; 404 when missing or not theirs. */
  const ownJob = async (c: Context<AppEnv>, id: string) => {
    const reader = authorize(c.var.actor, "read", "registry");
    const job = await findJob(c.var.deps.db, reader, id);
    if (!job) throw notFound("导入批次");
    return { job, actor: authorizeImport(reader, job.kind as ImportKind), importer: importers[job.kind as ImportKind] };
  };

  app.openapi(jobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid("param").id);
    return c.json(presentResult(job), 200);
  });

  app.openapi(reportRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { job, actor, importer } = await ownJob(c, id);
    if (job.status === "committed") {
      throw conflict("IMPORT_FILE_DROPPED", "该批次已导入,原文件(含完整身份证号)已按规定删除,不再提供校验报告");
    }
    if (job.status === "discarded") {
      throw conflict("IMPORT_FILE_DROPPED", "该批次上传超过24小时未提交,原文件已按规定删除:请重新上传");
    }
    const file = await jobFile(c.var.deps.db, actor, id);
    if (!file) throw notFound("导入批次");
    const sheet = await readSheet(file, importer.spec);
    const name = job.fileName.replace(/\.xlsx$/i, "");
    return xlsx(c, reportWorkbook(job.fileName, sheet, job.report, importer.spec), `校验报告-${name}.xlsx`);
  });

  app.openapi(commitRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const { job, actor, importer } = await ownJob(c, id);
    const loadSheet = sheetForCommit(db, actor, id, importer.spec);
    const { onlyValidRows } = c.req.valid("json");
    const result = await commitImport({ db, cipher }, actor, job, importer.steps, loadSheet, {
      onlyValidRows,
      now: now(),
      ip: c.var.ip,
    });
    const updated = (await findJob(db, actor, id))!;
    return c.json({ job: presentJob(updated), ...result }, 200);
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
