/**
 * The exams API (mounted at /api/exams): exams and their versions (this file), the analysis and its downloads
 * (analysisRoutes.ts), and the exam-number roster and score import (scoreRoutes.ts: template → upload and full check →
 * report → commit, on the shared import pipeline). Handlers parse, authorize once, call a command or the store, and
 * present; every read is filtered by the reader's scope and the reporting policy.
 */
import { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { badRequest, errorResponses, notFound } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { schoolNamesById } from "../registry/examsIntake";
import { analysisRoutes } from "./analysisRoutes";
import { checkExamInput, createExam, publishExam, startCorrection, updateExam } from "./commands";
import { updateSubjectItems } from "./itemStructure";
import { policyFor, presentExam } from "./presentAnalysis";
import { conflictResponse, writeContext as ctx, readable, tags } from "./routeKit";
import * as s from "./schemas";
import { listScoreJobs } from "./scoreImportCommands";
import { scoreRoutes } from "./scoreRoutes";
import { examVersions, findExam, importProgress, listExams } from "./store";

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
  responses: { 200: jsonResponse(s.examDetailSchema, "考试详情"), ...errorResponses },
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

export function examRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

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
          status: v.status as s.ExamStatus,
          changes: v.changes as s.ExamChanges | null,
          publishedAt: v.publishedAt?.toISOString() ?? null,
          createdAt: v.createdAt.toISOString(),
        })),
        baseline: baseline ? { id: baseline.id, name: baseline.name, heldOn: baseline.heldOn } : null,
        progress: progress
          .map((p) => ({ ...p, schoolName: names.get(p.schoolId) ?? "" }))
          .sort((a, b) => a.schoolName.localeCompare(b.schoolName, "zh")),
        imports: scope.kind === "classes" ? [] : await listScoreJobs(db, scope, row.id),
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

  app.route("/", analysisRoutes());
  app.route("/", scoreRoutes());
  return app;
}
