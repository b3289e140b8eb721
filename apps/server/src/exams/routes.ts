/**
 * The exams API (mounted at /api/exams): exams and their versions, the exam-number roster (考号名单), score import
 * (template → upload and full check → report → commit), publishing and corrections, and the analysis by county, school, class, teacher and item, each
 * filtered by the reader's scope and the reporting policy.
 */
import { createHash, randomUUID } from "node:crypto";
import { auth, calendar } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import type { AppEnv } from "../http/context";
import { AppError, badRequest, conflict, errorResponses, errorSchema, notFound } from "../http/errors";
import { fileResponse, jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { schoolNamesById } from "../registry/examsIntake";
import { teacherClassIds } from "../registry/scope";
import { regionName } from "../registry/store";
import { checkExamInput, createExam, publishExam, requireDraft, startCorrection, updateExam } from "./commands";
import { presentItems, presentStudents, presentValueAdded, visibleRows } from "./detail";
import { countyTables, importReport, scoreTemplate } from "./excel";
import { updateSubjectItems } from "./itemStructure";
import { policyFor, presentAnalysis, presentExam, presentGroups, presentOverview } from "./presentAnalysis";
import { schoolReportDocx } from "./report";
import { exportRoster, rosterRows } from "./roster";
import * as s from "./schemas";
import { readScoreFile } from "./scoreFile";
import { validateScores, writeScores } from "./scoreImport";
import { examSnapshot } from "./snapshot";
import { type ExamRow, examVersions, findExam, importProgress, listExams, listImports, rowsOf } from "./store";
import { examImport } from "./tables";

const tags = ["质量检测"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PROBLEMS_IN_JSON = 200;
const conflictResponse = { 409: jsonResponse(errorSchema, "状态不允许(已发布、有错误等)") };

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "考试列表(教师只看已发布的)",
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.examSchema) }), "考试"), ...errorResponses },
});
const createExamRoute = createRoute({
  method: "post",
  path: "/",
  tags,
  summary: "新建考试(草稿;按学籍生成在籍名单)",
  request: { body: jsonBody(s.examInputSchema) },
  responses: { 201: jsonResponse(s.examSchema, "已创建"), ...errorResponses, ...conflictResponse },
});
const detailRoute = createRoute({
  method: "get",
  path: "/{id}",
  tags,
  summary: "考试详情:版本、各校导入进度、导入批次",
  request: { params: s.idParams },
  responses: { 200: jsonResponse(s.computedSchema, "考试详情"), ...errorResponses },
});
const patchRoute = createRoute({
  method: "patch",
  path: "/{id}",
  tags,
  summary: "修改草稿(名称、日期、毕业年级、分析参数、对比考试)",
  request: { params: s.idParams, body: jsonBody(s.examPatchSchema) },
  responses: { 200: jsonResponse(s.examSchema, "已保存"), ...errorResponses, ...conflictResponse },
});
const itemsPutRoute = createRoute({
  method: "put",
  path: "/{id}/subjects/{code}/items",
  tags,
  summary: "修改草稿某科目的小题结构(题号、满分、客观/主观、知识点;各小题满分之和须等于科目满分)",
  request: { params: s.subjectParams, body: jsonBody(s.itemsInputSchema) },
  responses: { 200: jsonResponse(s.examSchema, "已保存"), ...errorResponses, ...conflictResponse },
});
const publishRoute = createRoute({
  method: "post",
  path: "/{id}/publish",
  tags,
  summary: "发布(发布后不可修改;更正须新建版本)",
  request: { params: s.idParams },
  responses: { 200: jsonResponse(s.examSchema, "已发布"), ...errorResponses, ...conflictResponse },
});
const correctionRoute = createRoute({
  method: "post",
  path: "/{id}/corrections",
  tags,
  summary: "新建更正版本(复制成绩,写明原因)",
  request: {
    params: s.idParams,
    body: jsonBody(z.object({ note: z.string().trim().min(4, "请写明更正原因(至少4个字)").max(500, "原因过长") })),
  },
  responses: { 201: jsonResponse(s.examSchema, "更正版本"), ...errorResponses, ...conflictResponse },
});
const analysisRoute = createRoute({
  method: "get",
  path: "/{id}/analysis",
  tags,
  summary: "成绩分析概览:全县与学校 × 各科与总分,可查看的班级名单(按数据范围与政策呈现)",
  request: { params: s.idParams },
  responses: { 200: jsonResponse(s.computedSchema, "分析概览"), ...errorResponses },
});
const analysisGroupsRoute = createRoute({
  method: "get",
  path: "/{id}/analysis/groups",
  tags,
  summary: "成绩分析:班级或教师 × 各科与总分,可按科目、学校、单个班级或教师筛选(按数据范围与政策呈现)",
  request: { params: s.idParams, query: s.analysisGroupsQuery },
  responses: { 200: jsonResponse(s.computedSchema, "班级或教师的分析"), ...errorResponses },
});
const valueAddedRoute = createRoute({
  method: "get",
  path: "/{id}/value-added",
  tags,
  summary: "增值评价(与同一批学生的前次考试比较)",
  request: { params: s.idParams },
  responses: { 200: jsonResponse(s.computedSchema, "增值评价"), ...errorResponses, ...conflictResponse },
});
const itemsRoute = createRoute({
  method: "get",
  path: "/{id}/items",
  tags,
  summary: "试题分析:难度、区分度(27% 分组)",
  request: {
    params: s.idParams,
    query: z.object({ subject: z.string().min(1, "请选择科目"), schoolId: z.uuid("学校编号格式不正确").optional() }),
  },
  responses: { 200: jsonResponse(s.computedSchema, "试题分析"), ...errorResponses },
});
const studentsRoute = createRoute({
  method: "get",
  path: "/{id}/students",
  tags,
  summary: "学生成绩名单(学校与教师:非毕业年级只显示等级;不显示名次)",
  request: {
    params: s.idParams,
    query: z.object({
      schoolId: z.uuid("学校编号格式不正确").optional(),
      classId: z.uuid("班级编号格式不正确").optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(50),
    }),
  },
  responses: { 200: jsonResponse(s.computedSchema, "学生成绩"), ...errorResponses },
});
const templateRoute = createRoute({
  method: "get",
  path: "/{id}/template.xlsx",
  tags,
  summary: "下载成绩导入模板(已填好本人范围内的学生)",
  request: { params: s.idParams },
  responses: { 200: fileResponse(XLSX, "导入模板"), ...errorResponses },
});
const rosterRoute = createRoute({
  method: "get",
  path: "/{id}/roster.xlsx",
  tags,
  summary: "下载考号名单(本人范围内的学生;学籍号默认部分隐藏,导出记入审计日志)",
  request: { params: s.idParams, query: s.rosterQuery },
  responses: { 200: fileResponse(XLSX, "考号名单"), ...errorResponses },
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
  responses: { 200: fileResponse(XLSX, "校验报告"), ...errorResponses },
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
const tablesRoute = createRoute({
  method: "get",
  path: "/{id}/tables.xlsx",
  tags,
  summary: "导出全县(本校)质量分析表 Excel",
  request: { params: s.idParams },
  responses: { 200: fileResponse(XLSX, "分析表"), ...errorResponses },
});
const docxRoute = createRoute({
  method: "get",
  path: "/{id}/schools/{schoolId}/report.docx",
  tags,
  summary: "导出学校质量分析报告 Word(图表、表格、文字分析)",
  request: { params: s.idParams.extend({ schoolId: z.uuid("学校编号格式不正确") }) },
  responses: { 200: fileResponse(DOCX, "学校报告"), ...errorResponses },
});

function file(c: Context<AppEnv>, bytes: Buffer, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "cache-control": "no-store",
  });
}

/** For a teacher: the classes they teach or head in the exam's school year; null for other scopes. */
async function teacherClasses(db: Db, scope: ReadableScope, row: ExamRow): Promise<Set<string> | null> {
  if (scope.kind !== "classes") return null;
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select x.class_id as id from ${teacherClassIds(scope.staffId, row.schoolYear)} x(class_id)`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Loads the exam within the reader's scope (404 otherwise) with the reader's scope and a teacher's classes. */
async function readable(c: Context<AppEnv>, id: string) {
  const { db } = c.var.deps;
  const scope = scopeOf(c.var.actor, "exams");
  const row = await findExam(db, c.var.actor, id);
  if (!row) throw notFound("考试");
  return { row, scope, classes: await teacherClasses(db, scope, row) };
}

/** An import writer (教研室 for the county, a school administrator for their school) and their scope. */
function importer(actor: auth.Actor | null): { actor: auth.Actor; scope: ReadableScope } {
  const a = authorize(actor, "write", "exams");
  return { actor: a, scope: scopeOf(a, "exams") };
}

function presentJob(job: typeof examImport.$inferSelect) {
  return {
    id: job.id,
    fileName: job.fileName,
    layout: job.layout,
    status: job.status,
    rowCount: job.rowCount,
    errorCount: job.errorCount,
    createdAt: job.createdAt.toISOString(),
    committedAt: job.committedAt?.toISOString() ?? null,
  };
}

/**
 * An import job within the writer's scope; with `uploadedBy`, only that account's (the file holds the full 学籍号
 * as uploaded, so its report goes back to its uploader alone, as the register's imports do).
 */
async function findJob(db: Db, scope: ReadableScope, examId: string, jobId: string, uploadedBy?: string) {
  const rows = await db
    .select()
    .from(examImport)
    .where(
      and(
        eq(examImport.id, jobId),
        eq(examImport.examId, examId),
        eq(examImport.regionCode, scope.regionCode),
        scope.kind === "county" ? undefined : eq(examImport.schoolId, scope.schoolId),
        uploadedBy ? eq(examImport.createdBy, uploadedBy) : undefined,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export function examRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ctx = (c: Context<AppEnv>) => ({ now: c.var.deps.now(), ip: c.var.ip });

  app.openapi(listRoute, async (c) => {
    const rows = await listExams(c.var.deps.db, c.var.actor, { schoolYear: c.req.valid("query").year });
    return c.json({ rows: rows.map(presentExam) }, 200);
  });

  app.openapi(createExamRoute, async (c) => {
    const input = c.req.valid("json");
    authorize(c.var.actor, "write", "exams");
    const problems = checkExamInput(input);
    if (problems.length > 0) throw badRequest("VALIDATION_FAILED", problems[0]!.message, problems);
    const row = await createExam(c.var.deps.db, c.var.actor, input, ctx(c));
    return c.json(presentExam(row), 201);
  });

  app.openapi(detailRoute, async (c) => {
    const { db } = c.var.deps;
    const { row, scope } = await readable(c, c.req.valid("param").id);
    const canWrite = c.var.actor ? auth.canWrite(c.var.actor, "exams") : false;
    const baseline = row.baselineExamId ? await findExam(db, c.var.actor, row.baselineExamId) : null;
    const progress = scope.kind === "classes" ? [] : await importProgress(db, c.var.actor, row);
    const names = await schoolNamesById(
      db,
      progress.map((p) => p.schoolId),
    );
    return c.json(
      {
        exam: presentExam(row),
        policy: policyFor(row, scope),
        versions: (await examVersions(db, row)).map((v) => ({
          ...v,
          publishedAt: v.publishedAt?.toISOString() ?? null,
          createdAt: v.createdAt.toISOString(),
        })),
        baseline: baseline ? { id: baseline.id, name: baseline.name, heldOn: baseline.heldOn } : null,
        progress: progress
          .map((p) => ({ ...p, schoolName: names.get(p.schoolId) ?? "" }))
          .sort((a, b) => a.schoolName.localeCompare(b.schoolName, "zh")),
        imports:
          scope.kind === "classes"
            ? []
            : (await listImports(db, c.var.actor, row.id)).map((j) => ({
                ...j,
                createdAt: j.createdAt.toISOString(),
                committedAt: j.committedAt?.toISOString() ?? null,
              })),
        abilities: {
          import: canWrite && row.status === "draft",
          manage: canWrite && scope.kind === "county",
        },
      },
      200,
    );
  });

  app.openapi(patchRoute, async (c) => {
    const patch = c.req.valid("json");
    const { db } = c.var.deps;
    const current = await findExam(db, authorize(c.var.actor, "write", "exams"), c.req.valid("param").id);
    if (!current) throw notFound("考试");
    const problems = checkExamInput({
      ...current,
      ...patch,
      subjects: current.subjects,
      config: patch.config ?? current.config,
    });
    if (problems.length > 0) throw badRequest("VALIDATION_FAILED", problems[0]!.message, problems);
    const row = await updateExam(db, c.var.actor, current.id, patch, ctx(c));
    return c.json(presentExam(row), 200);
  });

  app.openapi(itemsPutRoute, async (c) => {
    const { id, code } = c.req.valid("param");
    const row = await updateSubjectItems(c.var.deps.db, c.var.actor, id, { code, ...c.req.valid("json") }, ctx(c));
    return c.json(presentExam(row), 200);
  });

  app.openapi(publishRoute, async (c) => {
    const row = await publishExam(c.var.deps.db, c.var.actor, c.req.valid("param").id, ctx(c));
    return c.json(presentExam(row), 200);
  });

  app.openapi(correctionRoute, async (c) => {
    const { note } = c.req.valid("json");
    const row = await startCorrection(c.var.deps.db, c.var.actor, c.req.valid("param").id, note, ctx(c));
    return c.json(presentExam(row), 201);
  });

  app.openapi(analysisRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    return c.json({ exam: presentExam(row), ...(await presentOverview(snap, scope, classes)) }, 200);
  });

  app.openapi(analysisGroupsRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    const result = await presentGroups(snap, scope, classes, c.req.valid("query"));
    if ("missing" in result) throw notFound(result.missing);
    return c.json(result.groups, 200);
  });

  app.openapi(valueAddedRoute, async (c) => {
    const { db } = c.var.deps;
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    if (!row.baselineExamId) {
      throw conflict("EXAM_NO_BASELINE", "本次考试没有设置对比的前次考试:请在考试设置中选择同一批学生的早先考试");
    }
    const base = await findExam(db, c.var.actor, row.baselineExamId);
    if (!base) throw notFound("对比的前次考试");
    const [snap, baseSnap] = await Promise.all([examSnapshot(db, row), examSnapshot(db, base)]);
    return c.json(presentValueAdded(snap, baseSnap, scope, classes), 200);
  });

  app.openapi(itemsRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const snap = await examSnapshot(c.var.deps.db, row);
    const mask = visibleRows(snap, scope, classes);
    if (q.schoolId) {
      const code = snap.schools.ids.indexOf(q.schoolId);
      if (code < 0 || (scope.kind !== "county" && scope.schoolId !== q.schoolId)) throw notFound("学校");
      for (let r = 0; r < mask.length; r++) if (snap.columns.school[r] !== code) mask[r] = 0;
    }
    const result = presentItems(snap, q.subject, mask);
    if (!result) throw notFound("该科目的小题结构");
    return c.json({ policy: policyFor(row, scope), ...result }, 200);
  });

  app.openapi(studentsRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    const policy = policyFor(row, scope);
    const result = await presentStudents(
      c.var.deps.db,
      snap,
      policy,
      visibleRows(snap, scope, classes),
      c.req.valid("query"),
    );
    return c.json({ policy, levelNames: row.config.levels.names, subjects: row.subjects, ...result }, 200);
  });

  app.openapi(templateRoute, async (c) => {
    const { actor, scope } = importer(c.var.actor);
    const { db } = c.var.deps;
    const row = await findExam(db, actor, c.req.valid("param").id);
    if (!row) throw notFound("考试");
    const students = await rosterRows(db, row, scope, null);
    const bytes = await scoreTemplate(row, students);
    await recordAudit(db, {
      actor,
      action: "exams.export_template",
      targetType: "exam",
      targetId: row.id,
      details: { students: students.length, format: "xlsx" },
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return file(c, bytes, XLSX, `成绩导入模板-${row.name}.xlsx`);
  });

  app.openapi(rosterRoute, async (c) => {
    const target = await readable(c, c.req.valid("param").id);
    const result = await exportRoster(c.var.deps.db, c.var.actor, target, c.req.valid("query"), ctx(c));
    return file(c, result.bytes, XLSX, result.fileName);
  });

  app.openapi(uploadRoute, async (c) => {
    const { actor, scope } = importer(c.var.actor);
    const { db, now } = c.var.deps;
    const row = await findExam(db, actor, c.req.valid("param").id);
    if (!row) throw notFound("考试");
    requireDraft(row);
    if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
      throw badRequest("IMPORT_NO_FILE", "请以 multipart/form-data 上传成绩文件(字段名 file)");
    }
    const parsed = s.uploadForm.safeParse(await c.req.parseBody());
    if (!parsed.success) throw badRequest("IMPORT_NO_FILE", parsed.error.issues[0]?.message ?? "请选择文件");
    const bytes = Buffer.from(await parsed.data.file.arrayBuffer());
    const fileName = (parsed.data.file.name || "scores.xlsx").slice(0, 200);
    const table = await readScoreFile(bytes, fileName);
    const result = await validateScores(db, actor, scope, row, table);
    const report = {
      summary: {
        layout: result.layout,
        rows: result.rows,
        students: result.students,
        errors: result.errors,
        warnings: result.warnings,
        subjects: result.subjects,
      },
      problems: result.problems.slice(0, 5000),
    };
    const job = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(examImport)
        .values({
          id: randomUUID(),
          regionCode: actor.regionCode,
          examId: row.id,
          schoolId: scope.kind === "county" ? null : scope.schoolId,
          fileName,
          fileSha256: createHash("sha256").update(bytes).digest("hex"),
          file: bytes,
          layout: result.layout,
          status: "validated",
          rowCount: result.rows,
          errorCount: result.errors,
          report,
          createdBy: actor.userId,
          createdAt: now(),
          updatedAt: now(),
        })
        .returning();
      await recordAudit(tx, {
        actor,
        action: "exams.import_upload",
        targetType: "exam_import",
        targetId: created!.id,
        details: { examId: row.id, fileName, ...report.summary },
        ip: c.var.ip,
        at: now(),
      });
      return created!;
    });
    return c.json(
      { job: presentJob(job), summary: report.summary, problems: result.problems.slice(0, PROBLEMS_IN_JSON) },
      201,
    );
  });

  app.openapi(reportRoute, async (c) => {
    const { actor, scope } = importer(c.var.actor);
    const { id, jobId } = c.req.valid("param");
    const job = await findJob(c.var.deps.db, scope, id, jobId, actor.userId);
    if (!job) throw notFound("导入批次");
    const table = await readScoreFile(job.file, job.fileName);
    const report = job.report as { summary: { rows: number; errors: number; warnings: number }; problems: never[] };
    const bytes = await importReport(job.fileName, table, report.problems, report.summary);
    return file(c, bytes, XLSX, `校验报告-${job.fileName.replace(/\.(xlsx|csv)$/i, "")}.xlsx`);
  });

  app.openapi(commitRoute, async (c) => {
    const { actor, scope } = importer(c.var.actor);
    const { db, now } = c.var.deps;
    const { id, jobId } = c.req.valid("param");
    const row = await findExam(db, actor, id);
    if (!row) throw notFound("考试");
    requireDraft(row);
    const job = await findJob(db, scope, id, jobId);
    if (!job) throw notFound("导入批次");
    if (job.status !== "validated") throw conflict("IMPORT_DONE", "该批次已经提交过或已作废:请重新上传文件");
    const table = await readScoreFile(job.file, job.fileName);
    const written = await db.transaction(async (tx) => {
      // checked again inside the transaction: the roster or the file's students may have changed since the upload
      const result = await validateScores(tx, actor, scope, row, table);
      if (result.errors > 0) {
        throw new AppError(
          409,
          "IMPORT_HAS_ERRORS",
          `文件有 ${result.errors} 处错误,没有导入任何成绩:请下载校验报告,改正后重新上传`,
          { errors: result.errors },
        );
      }
      await writeScores(tx, row, result.updates);
      const at = now();
      await tx
        .update(examImport)
        .set({ status: "committed", committedAt: at, updatedAt: at })
        .where(eq(examImport.id, job.id));
      await tx
        .update(examImport)
        .set({ file: Buffer.alloc(0) })
        .where(eq(examImport.id, job.id));
      // the exam's last change: a draft's cached snapshot is keyed by it
      await tx.execute(
        sql`update exam set updated_at = greatest(${at}, updated_at + interval '1 millisecond') where id = ${row.id}`,
      );
      const added = result.updates.filter((u) => u.newToRoster).length;
      await recordAudit(tx, {
        actor,
        action: "exams.import_commit",
        targetType: "exam",
        targetId: row.id,
        details: { jobId: job.id, students: result.updates.length, added, subjects: result.subjects },
        ip: c.var.ip,
        at,
      });
      return { written: result.updates.length, added };
    });
    return c.json(written, 200);
  });

  app.openapi(tablesRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    const county = (await regionName(c.var.deps.db, row.regionCode)) ?? "";
    const footer = `${county} ${calendar.beijingDate(c.var.deps.now())}`;
    const bytes = await countyTables(row, await presentAnalysis(snap, scope, classes), footer);
    await recordAudit(c.var.deps.db, {
      actor: c.var.actor,
      action: "exams.export_tables",
      targetType: "exam",
      targetId: row.id,
      details: { format: "xlsx" },
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return file(c, bytes, XLSX, `质量分析表-${row.name}.xlsx`);
  });

  app.openapi(docxRoute, async (c) => {
    const { id, schoolId } = c.req.valid("param");
    const { row, scope } = await readable(c, id);
    if (scope.kind === "classes" || (scope.kind === "school" && scope.schoolId !== schoolId)) throw notFound("学校");
    const snap = await examSnapshot(c.var.deps.db, row);
    if (!snap.schools.ids.includes(schoolId)) throw notFound("学校");
    const schoolScope: ReadableScope = { kind: "school", regionCode: scope.regionCode, schoolId };
    const view = await presentAnalysis(snap, schoolScope, null, { keepScores: true });
    const countyName = (await regionName(c.var.deps.db, row.regionCode)) ?? row.regionCode;
    const bytes = await schoolReportDocx(row, view, policyFor(row, scope), {
      countyName,
      date: calendar.beijingDate(c.var.deps.now()),
    });
    await recordAudit(c.var.deps.db, {
      actor: c.var.actor,
      action: "exams.export_report",
      targetType: "exam",
      targetId: row.id,
      details: { schoolId, format: "docx" },
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return file(c, bytes, DOCX, `质量分析报告-${view.subjects[0]?.schools[0]?.name ?? "学校"}-${row.name}.docx`);
  });

  return app;
}
