/**
 * Excel in and out (mounted at /api/registry): the student import template, upload → full validation → report →
 * commit, and the student list export. Uploads take up to 30 MB (the app's 1 MB JSON limit skips /imports paths).
 */
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { type auth, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { recordAudit } from "../../audit/store";
import { authorize } from "../../auth/authorize";
import type { AppEnv } from "../../http/context";
import { AppError, badRequest, conflict, errorResponses, errorSchema, notFound } from "../../http/errors";
import { jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear, listSchools } from "../store";
import { commitStudentImport } from "./commit";
import { exportStudents } from "./export";
import { createJob, findJob, jobFile, MAX_STORED_PROBLEMS, presentJob, type StoredReport } from "./jobs";
import { readStudentSheet } from "./reader";
import { reportWorkbook, XLSX_TYPE } from "./report";
import * as s from "./schemas";
import { studentTemplate } from "./templates";
import { validateStudentImport } from "./validate";

/** Largest upload accepted. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
/** Problems returned in JSON; the report workbook has them all. */
const PROBLEMS_IN_JSON = 200;

const tags = ["学籍与基础数据 · Excel"];
const conflictResponse = { 409: jsonResponse(errorSchema, "已导入、有错误或数据已变化") };

const templateRoute = createRoute({
  method: "get",
  path: "/templates/students.xlsx",
  tags,
  summary: "下载学生信息导入模板",
  request: { query: s.templateQuery },
  responses: { 200: s.xlsxResponse("导入模板"), ...errorResponses },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传学生信息文件并完整校验(不写入学籍)",
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
  responses: { 200: s.xlsxResponse("校验报告"), ...errorResponses },
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
  responses: { 200: s.xlsxResponse("学生名单"), ...errorResponses },
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
  const tooLarge = (limit: string) => () => {
    throw new AppError(413, "PAYLOAD_TOO_LARGE", `文件过大(上限 ${limit}):请分成几个文件上传`);
  };
  app.use("/imports", bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: tooLarge("30 MB") }));
  app.use("/imports/*", bodyLimit({ maxSize: 1024 * 1024, onError: tooLarge("1 MB") }));

  app.openapi(templateRoute, async (c) => {
    const actor = authorize(c.var.actor, "write", "registry");
    const year = c.req.valid("query").year ?? (await defaultYear(c, actor));
    const schools = (await listSchools(c.var.deps.db, actor)).filter((x) => x.status === "open");
    const bytes = await studentTemplate(year, schools, actor.regionCode);
    return xlsx(c, bytes, `学生信息导入模板-${registry.schoolYearLabel(year)}.xlsx`);
  });

  app.openapi(uploadRoute, async (c) => {
    const actor = authorize(c.var.actor, "write", "registry");
    const { db, cipher, now } = c.var.deps;
    const form = await uploadedForm(c);
    const bytes = Buffer.from(await form.file.arrayBuffer());
    if (bytes.length === 0) throw badRequest("IMPORT_EMPTY", "上传的文件是空的:请选择填写好的导入模板");
    const schoolYear = form.year ?? (await defaultYear(c, actor));
    const sheet = await readStudentSheet(bytes);
    const result = await validateStudentImport(db, actor, sheet, { schoolYear, cipher });
    const report: StoredReport = {
      schoolYear,
      summary: result.summary,
      problems: result.problems.slice(0, MAX_STORED_PROBLEMS),
      problemsTruncated: result.problems.length > MAX_STORED_PROBLEMS,
      invalidRows: result.invalidRows,
    };
    const fileName = (form.file.name || "upload.xlsx").slice(0, 200);
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const job = await db.transaction(async (tx) => {
      const created = await createJob(
        tx,
        actor,
        { id: randomUUID(), fileName, fileSha256, file: bytes, report },
        now(),
      );
      await recordAudit(tx, {
        actor,
        action: "registry.import_upload",
        targetType: "import_job",
        targetId: created.id,
        details: { kind: "students", fileName, fileSha256, schoolYear, ...result.summary, byColumn: undefined },
        ip: c.var.ip,
        at: now(),
      });
      return created;
    });
    return c.json(presentResult(job), 201);
  });

  app.openapi(jobRoute, async (c) => {
    const actor = authorize(c.var.actor, "write", "registry");
    const job = await findJob(c.var.deps.db, actor, c.req.valid("param").id);
    if (!job) throw notFound("导入批次");
    return c.json(presentResult(job), 200);
  });

  app.openapi(reportRoute, async (c) => {
    const actor = authorize(c.var.actor, "write", "registry");
    const { id } = c.req.valid("param");
    const job = await findJob(c.var.deps.db, actor, id);
    if (!job) throw notFound("导入批次");
    if (job.status === "committed") {
      throw conflict("IMPORT_FILE_DROPPED", "该批次已导入,原文件(含完整身份证号)已按规定删除,不再提供校验报告");
    }
    const file = await jobFile(c.var.deps.db, actor, id);
    if (!file) throw notFound("导入批次");
    const sheet = await readStudentSheet(file);
    const name = job.fileName.replace(/\.xlsx$/i, "");
    return xlsx(c, reportWorkbook(job.fileName, sheet, job.report), `校验报告-${name}.xlsx`);
  });

  app.openapi(commitRoute, async (c) => {
    const actor = authorize(c.var.actor, "write", "registry");
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const job = await findJob(db, actor, id);
    if (!job) throw notFound("导入批次");
    const loadSheet = async () => readStudentSheet((await jobFile(db, actor, id)) ?? Buffer.alloc(0));
    const { onlyValidRows } = c.req.valid("json");
    const result = await commitStudentImport({ db, cipher }, actor, job, loadSheet, {
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

  return app;
}
