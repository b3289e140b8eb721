/**
 * The analysis of an exam (mounted with the exams API): the overview by county and school, classes and teachers,
 * value added, items, the students' scores, and the county tables and school reports to download — each filtered
 * by the reader's scope and the reporting policy.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { badRequest, conflict, errorResponses, notFound } from "../http/errors";
import { DOCX_TYPE, fileResponse, jsonResponse, jsonTextResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { presentItems, presentStudents, presentValueAdded, visibleRows } from "./detail";
import { exportCountyTables, exportSchoolReport } from "./exports";
import { overviewJson, policyFor, presentGroups } from "./presentAnalysis";
import { conflictResponse, writeContext as ctx, file, readable, tags } from "./routeKit";
import * as s from "./schemas";
import { examSnapshot } from "./snapshot";
import { findExam } from "./store";

const analysisRoute = createRoute({
  method: "get",
  path: "/{id}/analysis",
  tags,
  summary: "成绩分析概览:全县与学校 × 各科与总分,可查看的班级名单(按数据范围与政策呈现)",
  request: { params: s.idParams },
  responses: { 200: jsonResponse(s.analysisViewSchema, "分析概览"), ...errorResponses },
});
const analysisGroupsRoute = createRoute({
  method: "get",
  path: "/{id}/analysis/groups",
  tags,
  summary: "成绩分析:班级或教师 × 各科与总分,可按科目、学校、单个班级或教师筛选,可排序、分页(按数据范围与政策呈现)",
  request: { params: s.idParams, query: s.analysisGroupsQuery },
  responses: { 200: jsonResponse(s.analysisGroupsViewSchema, "班级或教师的分析"), ...errorResponses },
});
const valueAddedRoute = createRoute({
  method: "get",
  path: "/{id}/value-added",
  tags,
  summary: "增值评价(与同一批学生的前次考试比较),可按科目、层级、学校或若干组筛选",
  request: { params: s.idParams, query: s.valueAddedQuery },
  responses: { 200: jsonResponse(s.valueAddedViewSchema, "增值评价"), ...errorResponses, ...conflictResponse },
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
  responses: { 200: jsonResponse(s.itemsViewSchema, "试题分析"), ...errorResponses },
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
  responses: { 200: jsonResponse(s.studentsViewSchema, "学生成绩"), ...errorResponses },
});
const tablesRoute = createRoute({
  method: "get",
  path: "/{id}/tables.xlsx",
  tags,
  summary: "导出全县(本校)质量分析表 Excel",
  request: { params: s.idParams },
  responses: { 200: fileResponse(XLSX_TYPE, "分析表"), ...errorResponses },
});
const docxRoute = createRoute({
  method: "get",
  path: "/{id}/schools/{schoolId}/report.docx",
  tags,
  summary: "导出学校质量分析报告 Word(图表、表格、文字分析)",
  request: { params: s.idParams.extend({ schoolId: z.uuid("学校编号格式不正确") }) },
  responses: { 200: fileResponse(DOCX_TYPE, "学校报告"), ...errorResponses },
});

export function analysisRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(analysisRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    return jsonTextResponse(c, await overviewJson(snap, row, scope, classes));
  });

  app.openapi(analysisGroupsRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const snap = await examSnapshot(c.var.deps.db, row);
    const result = await presentGroups(snap, scope, classes, c.req.valid("query"));
    if (result.refused) throw badRequest("EXAM_SORT_HIDDEN", result.refused);
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
    const result = presentValueAdded(snap, baseSnap, scope, classes, c.req.valid("query"));
    if ("missing" in result) throw notFound(result.missing);
    return c.json(result.view, 200);
  });

  app.openapi(itemsRoute, async (c) => {
    const { row, scope, classes } = await readable(c, c.req.valid("param").id);
    const q = c.req.valid("query");
    const snap = await examSnapshot(c.var.deps.db, row);
    const result = presentItems(snap, q.subject, scope, classes, q.schoolId);
    if ("missing" in result) throw notFound(result.missing);
    return c.json({ policy: policyFor(row, scope), ...result.view }, 200);
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

  app.openapi(tablesRoute, async (c) => {
    const target = await readable(c, c.req.valid("param").id);
    const result = await exportCountyTables(c.var.deps.db, c.var.actor, target, ctx(c));
    return file(c, result.bytes, XLSX_TYPE, result.fileName);
  });

  app.openapi(docxRoute, async (c) => {
    const { id, schoolId } = c.req.valid("param");
    const target = await readable(c, id);
    const result = await exportSchoolReport(c.var.deps.db, c.var.actor, target, schoolId, ctx(c));
    return file(c, result.bytes, DOCX_TYPE, result.fileName);
  });

  return app;
}
