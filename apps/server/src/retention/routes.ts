/**
 * The routes of dropout control (控辍保学), mounted at /api/retention. Handlers read
 * validate → load (scoped) → command or core → present.
 */

import { Readable } from "node:stream";
import { calendar, retention } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../auth/authorize";
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
import { badRequest, errorResponses, notFound } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, multipartBody, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import {
  compulsorySchools,
  pupilsById,
  pupilsOfSchool,
  schoolsOfCounty,
  townsOfCounty,
} from "../registry/retentionIntake";
import {
  auditRosterView,
  type CommandContext,
  isRetentionSection,
  openCase,
  recordExplanation,
  recordRecheck,
  recordVisit,
  reportAbsence,
  reportZeroReport,
  revealChild,
  rosterReader,
  runComparison,
  schoolReporter,
  sectionActor,
  transitionCase,
  updateSettings,
  uploadVisitEvidence,
} from "./commands";
import * as p from "./present";
import { computeRates, RATE_METHOD, readRates, recordsBehind, sentenceOf } from "./rates";
import { type RetentionImportKind, retentionImporters } from "./rosterImport";
import * as s from "./schemas";
import {
  caseHistory,
  evidenceFile,
  findCase,
  latestRoster,
  latestRuns,
  listAbsences,
  listCases,
  listChildren,
  listRechecks,
  listRuns,
  listSuspects,
  rosterOutcomeCounts,
  settingsOf,
  zeroReportsOf,
} from "./store";

const tags = ["控辍保学"];
const writeErrors = {
  ...errorResponses,
  409: { ...errorResponses[400], description: "状态冲突" },
  410: { ...errorResponses[400], description: "已清除" },
  413: { ...errorResponses[400], description: "文件过大" },
};

type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });
const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());

async function namesOf(v: Vars, regionCode: string) {
  const [schools, towns] = await Promise.all([
    schoolsOfCounty(v.deps.db, regionCode),
    townsOfCounty(v.deps.db, regionCode),
  ]);
  return { schools, towns };
}

// ---------------------------------------------------------------- contracts

const settingsRoute = createRoute({
  method: "get",
  path: "/settings",
  tags,
  summary: "控辍保学参数(连续缺课认定天数、返校核验天数、劝返时限、零报告截止日、是否保留户籍名单)",
  responses: { 200: jsonResponse(s.settingsSchema, "参数"), ...errorResponses },
});
const updateSettingsRoute = createRoute({
  method: "put",
  path: "/settings",
  tags,
  summary: "修改控辍保学参数(基础教育股)",
  request: { body: jsonBody(s.settingsBody) },
  responses: { 200: jsonResponse(s.settingsSchema, "参数"), ...writeErrors },
});
const overviewRoute = createRoute({
  method: "get",
  path: "/overview",
  tags,
  summary: "控辍保学概况:户籍比对结果、疑似辍学、个案、零报告、最近比对",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.overviewSchema, "概况"), ...errorResponses },
});
const childrenRoute = createRoute({
  method: "get",
  path: "/children",
  tags,
  summary: "适龄儿童名册(户籍名单与学籍比对结果,信息脱敏;每次查看记入审计日志)",
  request: { query: s.childrenQuery },
  responses: {
    200: jsonResponse(
      z.object({
        schoolYear: z.number(),
        rosterId: z.string().nullable(),
        rows: z.array(s.childSchema),
        total: z.number(),
      }),
      "适龄儿童",
    ),
    ...errorResponses,
  },
});
const revealRoute = createRoute({
  method: "post",
  path: "/children/{id}/reveal",
  tags,
  summary: "查看适龄儿童的完整身份信息(须填写原因,记入审计日志)",
  request: { params: s.idParam, body: jsonBody(s.revealBody) },
  responses: { 200: jsonResponse(s.revealSchema, "身份信息"), ...writeErrors },
});
const explanationRoute = createRoute({
  method: "put",
  path: "/children/{id}/explanation",
  tags,
  summary: "登记未在本县就读的说明(县外就读、死亡、迁出、送教上门、缓学)",
  request: { params: s.idParam, body: jsonBody(s.explanationBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "说明"), ...writeErrors },
});
const runRoute = createRoute({
  method: "post",
  path: "/comparisons/{kind}/run",
  tags,
  summary: "运行一项比对(户籍与学籍、学籍与在校、转学未接收、辍学与防返贫监测和低保名单),返回与上次比对相比的变化",
  request: { params: s.comparisonParam },
  responses: { 200: jsonResponse(s.runSchema, "比对结果"), ...writeErrors },
});
const runsRoute = createRoute({
  method: "get",
  path: "/comparisons",
  tags,
  summary: "比对记录",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.runSchema) }), "比对记录"), ...errorResponses },
});
const suspectsRoute = createRoute({
  method: "get",
  path: "/suspects",
  tags,
  summary: "疑似辍学名册(学校只见本校学生),每条附来源记录",
  request: { query: s.suspectQuery },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.suspectSchema) }), "疑似辍学"), ...errorResponses },
});
const openCaseRoute = createRoute({
  method: "post",
  path: "/suspects/{id}/case",
  tags,
  summary: "为疑似辍学学生立案并指定包保责任人(乡镇、村、学校、班主任)",
  request: { params: s.idParam, body: jsonBody(s.openCaseBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "个案"), ...writeErrors },
});
const casesRoute = createRoute({
  method: "get",
  path: "/cases",
  tags,
  summary: "劝返个案;register=confirmed 为确认辍学名册",
  request: { query: s.caseQuery },
  responses: {
    200: jsonResponse(z.object({ today: z.string(), rows: z.array(s.caseSchema) }), "个案"),
    ...errorResponses,
  },
});
const caseRoute = createRoute({
  method: "get",
  path: "/cases/{id}",
  tags,
  summary: "个案详情:包保责任人、劝返记录、佐证照片、处理经过",
  request: { params: s.idParam },
  responses: { 200: jsonResponse(s.caseDetailSchema, "个案详情"), ...errorResponses },
});
const transitionRoute = createRoute({
  method: "post",
  path: "/cases/{id}/transition",
  tags,
  summary: "处理个案:确认辍学、排除疑似、登记返校、再次离校、核验销号",
  request: { params: s.idParam, body: jsonBody(s.transitionBody) },
  responses: { 200: jsonResponse(z.object({ state: z.string() }), "个案状态"), ...writeErrors },
});
const visitRoute = createRoute({
  method: "post",
  path: "/cases/{id}/visits",
  tags,
  summary: "登记劝返记录(日期、人员、方式、结果)",
  request: { params: s.idParam, body: jsonBody(s.visitBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "劝返记录"), ...writeErrors },
});
const evidenceUploadRoute = createRoute({
  method: "post",
  path: "/cases/{id}/evidence",
  tags,
  summary: "上传劝返佐证照片(JPEG、PNG、WebP 或 PDF,不超过10MB)",
  request: {
    params: s.idParam,
    body: multipartBody("照片或PDF", { visitId: { description: "所属劝返记录编号(可选)" } }),
  },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "佐证材料"), ...writeErrors },
});
const evidenceRoute = createRoute({
  method: "get",
  path: "/evidence/{id}",
  tags,
  summary: "查看劝返佐证材料",
  request: { params: s.idParam },
  responses: { 200: fileResponse("application/octet-stream", "佐证材料"), ...errorResponses },
});
const pupilsRoute = createRoute({
  method: "get",
  path: "/pupils",
  tags,
  summary: "本校在籍学生(学校填报缺课时选择)",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.pupilSchema) }), "学生"), ...errorResponses },
});
const absencesRoute = createRoute({
  method: "get",
  path: "/absences",
  tags,
  summary: "缺课登记(学校只见本校)",
  request: { query: z.object({ month: s.monthParam.shape.month.optional() }) },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.absenceSchema) }), "缺课登记"), ...errorResponses },
});
const reportAbsenceRoute = createRoute({
  method: "post",
  path: "/absences",
  tags,
  summary: "登记本校学生连续缺课情况(学校)",
  request: { body: jsonBody(s.absenceBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "缺课登记"), ...writeErrors },
});
const zeroReportsRoute = createRoute({
  method: "get",
  path: "/zero-reports/{month}",
  tags,
  summary: "某月各校零报告情况,列出逾期未报学校",
  request: { params: s.monthParam },
  responses: {
    200: jsonResponse(
      z.object({ month: z.string(), dueDate: z.string(), rows: z.array(s.zeroReportRowSchema) }),
      "零报告",
    ),
    ...errorResponses,
  },
});
const submitZeroReportRoute = createRoute({
  method: "put",
  path: "/zero-reports/{month}",
  tags,
  summary: "填报本校某月的零报告或失学辍学人数(学校)",
  request: { params: s.monthParam, body: jsonBody(s.zeroReportBody) },
  responses: { 200: jsonResponse(z.object({ month: z.string() }), "已填报"), ...writeErrors },
});
const rechecksRoute = createRoute({
  method: "get",
  path: "/rechecks",
  tags,
  summary: "全县季度复核记录",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.recheckSchema) }), "复核记录"), ...errorResponses },
});
const recheckRoute = createRoute({
  method: "post",
  path: "/rechecks",
  tags,
  summary: "登记全县季度复核(基础教育股),同时记下当时的疑似、个案和零报告数字",
  request: { body: jsonBody(s.recheckBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "复核"), ...writeErrors },
});
const ratesRoute = createRoute({
  method: "get",
  path: "/rates",
  tags,
  summary: "入学率和巩固率(全县、乡镇、学校,本学年及此前四年),附分子分母、口径说明和工作报告表述",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.ratesSchema, "入学率与巩固率"), ...errorResponses },
});
const computeRatesRoute = createRoute({
  method: "post",
  path: "/rates/compute",
  tags,
  summary: "按学籍和户籍名单重新测算入学率和巩固率(基础教育股)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.ratesSchema, "入学率与巩固率"), ...writeErrors },
});
const recordsRoute = createRoute({
  method: "get",
  path: "/rates/records",
  tags,
  summary: "某项比率背后的学生或儿童记录(姓名脱敏,记入审计日志)",
  request: { query: s.recordsQuery },
  responses: { 200: jsonResponse(s.recordsSchema, "记录"), ...errorResponses },
});

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

/** The uploaded file of a multipart request, or a 400 saying how to send one. */
async function uploadedFile(c: Context<AppEnv>): Promise<{ name: string; bytes: Uint8Array; visitId: string | null }> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw badRequest("NOT_MULTIPART", "请以表单方式上传文件(multipart/form-data,字段名 file)");
  }
  const form = await c.req.parseBody();
  const parsed = s.uploadForm.safeParse(form);
  if (!parsed.success)
    throw badRequest("NO_FILE", "请选择要上传的照片或文件", [{ field: "file", message: "请选择文件" }]);
  const visitId = typeof form.visitId === "string" && form.visitId ? form.visitId : null;
  if (visitId && !/^[0-9a-f-]{36}$/i.test(visitId)) {
    throw badRequest("VALIDATION_FAILED", "劝返记录编号格式不正确", [
      { field: "visitId", message: "劝返记录编号格式不正确" },
    ]);
  }
  return {
    name: parsed.data.file.name || "照片",
    bytes: new Uint8Array(await parsed.data.file.arrayBuffer()),
    visitId,
  };
}

function ratesResponse(schoolYear: number, snapshot: Awaited<ReturnType<typeof readRates>>) {
  const empty = { countyName: "", schoolYear, years: [] };
  const snap = snapshot ?? { ...empty, computedAt: null };
  return {
    countyName: snap.countyName,
    computedAt: snap.computedAt,
    schoolYear,
    years: snap.years,
    sentence: snapshot ? sentenceOf(snapshot, schoolYear) : "尚未测算,请由基础教育股点击“重新测算”。",
    method: RATE_METHOD,
  };
}

export function retentionRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // evidence uploads take up to 10 MB, like the ledger's

  app.openapi(settingsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    return c.json(await settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now()), 200);
  });

  app.openapi(updateSettingsRoute, async (c) => {
    return c.json(await updateSettings(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)), 200);
  });

  app.openapi(overviewRoute, async (c) => {
    const v = c.var;
    const actor = authorize(v.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const schoolYear = c.req.valid("query").schoolYear ?? settings.currentSchoolYear;
    const today = todayFor(v);
    const county = scope.kind === "county";
    const roster = county ? await latestRoster(v.deps.db, scope.regionCode, schoolYear) : null;
    const [children, suspects, cases, runs] = await Promise.all([
      roster ? rosterOutcomeCounts(v.deps.db, roster.id) : { enrolled: 0, explained: 0, gap: 0, unmatched: 0 },
      listSuspects(v.deps.db, scope, { status: "open" }),
      listCases(v.deps.db, scope, { register: "all" }),
      county ? latestRuns(v.deps.db, scope.regionCode) : [],
    ]);
    const month = retention.previousMonth(retention.monthOf(today));
    const zero = await zeroReportRows(v, scope, month, settings.zeroReportDueDay, today);
    const bySource: Record<string, number> = {};
    for (const r of suspects) bySource[r.suspect.source] = (bySource[r.suspect.source] ?? 0) + 1;
    const byState: Record<string, number> = {};
    for (const r of cases) byState[r.c.state] = (byState[r.c.state] ?? 0) + 1;
    return c.json(
      {
        schoolYear,
        today,
        roster: roster
          ? {
              id: roster.id,
              fileName: roster.fileName,
              source: roster.source,
              rowCount: roster.rowCount,
              importedAt: roster.importedAt.toISOString(),
              matchedAt: roster.matchedAt?.toISOString() ?? null,
              purgedAt: roster.purgedAt?.toISOString() ?? null,
            }
          : null,
        children,
        suspects: { open: suspects.length, bySource },
        cases: {
          byState,
          overdue: cases.filter((r) => retention.caseEscalation(r.c.state, r.c.deadline, today) !== "none").length,
          priority: cases.filter((r) => r.c.priority && retention.openCaseStates.includes(r.c.state)).length,
        },
        zeroReports: {
          month,
          schools: zero.rows.length,
          reported: zero.rows.filter((r) => r.status === "reported" || r.status === "reported_late").length,
          late: zero.rows.filter((r) => r.status === "late").length,
        },
        runs: runs.map((r) => ({
          kind: r.kind,
          kindLabel: retention.comparisonLabels[r.kind],
          ranAt: r.ranAt.toISOString(),
          summary: r.summary,
        })),
      },
      200,
    );
  });

  app.openapi(childrenRoute, async (c) => {
    const v = c.var;
    const actor = rosterReader(v.actor);
    const q = c.req.valid("query");
    const settings = await settingsOf(v.deps.db, actor.regionCode, v.deps.now());
    const schoolYear = q.schoolYear ?? settings.currentSchoolYear;
    const roster = await latestRoster(v.deps.db, actor.regionCode, schoolYear);
    if (!roster) return c.json({ schoolYear, rosterId: null, rows: [], total: 0 }, 200);
    const [{ rows, total }, names] = await Promise.all([
      listChildren(v.deps.db, roster, q),
      namesOf(v, actor.regionCode),
    ]);
    await auditRosterView(
      v.deps.db,
      actor,
      roster.id,
      {
        schoolYear,
        outcome: q.outcome ?? null,
        townCode: q.townCode ?? null,
        q: q.q ?? null,
        page: q.page,
        rows: rows.length,
      },
      ctxOf(v),
    );
    return c.json(
      { schoolYear, rosterId: roster.id, rows: rows.map((r) => p.presentChild(r, schoolYear, names)), total },
      200,
    );
  });

  app.openapi(revealRoute, async (c) => {
    const v = c.var;
    const { id } = c.req.valid("param");
    return c.json(await revealChild(v.deps.db, v.actor, id, c.req.valid("json").reason, v.deps.cipher, ctxOf(v)), 200);
  });

  app.openapi(explanationRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      { id: await recordExplanation(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) },
      200,
    );
  });

  app.openapi(runRoute, async (c) => {
    const { kind } = c.req.valid("param");
    const r = await runComparison(c.var.deps.db, c.var.actor, kind, ctxOf(c.var));
    return c.json(
      {
        id: r.id,
        kind: r.kind,
        kindLabel: retention.comparisonLabels[r.kind],
        ranAt: r.ranAt.toISOString(),
        flagged: r.flagged.length,
        added: r.diff.added,
        removed: r.diff.removed,
        summary: r.summary,
      },
      200,
    );
  });

  app.openapi(runsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    if (scope.kind !== "county") return c.json({ rows: [] }, 200);
    const rows = await listRuns(c.var.deps.db, scope.regionCode);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          kindLabel: retention.comparisonLabels[r.kind],
          ranAt: r.ranAt.toISOString(),
          flagged: r.flagged.length,
          added: [] as string[],
          removed: [] as string[],
          summary: r.summary,
        })),
      },
      200,
    );
  });

  app.openapi(suspectsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const [rows, names] = await Promise.all([
      listSuspects(c.var.deps.db, scope, c.req.valid("query")),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json({ rows: rows.map((r) => p.presentSuspect(r, names)) }, 200);
  });

  app.openapi(openCaseRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json({ id: await openCase(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) }, 201);
  });

  app.openapi(casesRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    const today = todayFor(c.var);
    const [rows, names] = await Promise.all([
      listCases(c.var.deps.db, scope, c.req.valid("query")),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json({ today, rows: rows.map((r) => p.presentCase(r, actor, today, names)) }, 200);
  });

  app.openapi(caseRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    const { id } = c.req.valid("param");
    const r = await findCase(c.var.deps.db, scope, id);
    if (!r) throw notFound("劝返个案");
    const [history, names] = await Promise.all([caseHistory(c.var.deps.db, id), namesOf(c.var, scope.regionCode)]);
    return c.json({ case: p.presentCase(r, actor, todayFor(c.var), names), ...p.presentHistory(history) }, 200);
  });

  app.openapi(transitionRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(
      { state: await transitionCase(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) },
      200,
    );
  });

  app.openapi(visitRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json({ id: await recordVisit(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var)) }, 201);
  });

  app.openapi(evidenceUploadRoute, async (c) => {
    const { id } = c.req.valid("param");
    const file = await uploadedFile(c);
    return c.json(
      { id: await uploadVisitEvidence(c.var.deps.db, c.var.actor, id, file.visitId, file, ctxOf(c.var)) },
      201,
    );
  });

  app.openapi(evidenceRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const f = await evidenceFile(c.var.deps.db, scope, c.req.valid("param").id);
    if (!f) throw notFound("佐证材料");
    return c.body(new Uint8Array(f.bytes), 200, {
      "content-type": f.contentType,
      "content-disposition": contentDisposition(f.fileName, { inline: true }),
      "x-content-type-options": "nosniff",
    });
  });

  app.openapi(pupilsRoute, async (c) => {
    const a = schoolReporter(c.var.actor);
    const settings = await settingsOf(c.var.deps.db, a.regionCode, c.var.deps.now());
    return c.json(
      { rows: await pupilsOfSchool(c.var.deps.db, a.regionCode, a.schoolId, settings.currentSchoolYear) },
      200,
    );
  });

  app.openapi(absencesRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const rows = await listAbsences(c.var.deps.db, scope, c.req.valid("query").month);
    const [pupils, names] = await Promise.all([
      pupilsById(
        c.var.deps.db,
        rows.map((r) => r.studentId),
      ),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          studentId: r.studentId,
          name: retention.maskName(pupils.get(r.studentId)?.name ?? ""),
          schoolName: names.schools.get(r.schoolId)?.name ?? "",
          month: r.month,
          fromDate: r.fromDate,
          toDate: r.toDate,
          schoolDays: r.schoolDays,
          approvedLeave: r.approvedLeave,
          reason: r.reason,
        })),
      },
      200,
    );
  });

  app.openapi(reportAbsenceRoute, async (c) => {
    return c.json({ id: await reportAbsence(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)) }, 201);
  });

  app.openapi(zeroReportsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const { month } = c.req.valid("param");
    const settings = await settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now());
    const r = await zeroReportRows(c.var, scope, month, settings.zeroReportDueDay, todayFor(c.var));
    return c.json({ month, dueDate: retention.zeroReportDueDate(month, settings.zeroReportDueDay), rows: r.rows }, 200);
  });

  app.openapi(submitZeroReportRoute, async (c) => {
    const { month } = c.req.valid("param");
    await reportZeroReport(c.var.deps.db, c.var.actor, month, c.req.valid("json"), ctxOf(c.var));
    return c.json({ month }, 200);
  });

  app.openapi(rechecksRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    if (scope.kind !== "county") return c.json({ rows: [] }, 200);
    const rows = await listRechecks(c.var.deps.db, scope.regionCode);
    return c.json(
      {
        rows: rows.map((r) => ({
          id: r.id,
          quarter: r.quarter,
          checkedOn: r.checkedOn,
          figures: r.figures,
          note: r.note,
        })),
      },
      200,
    );
  });

  app.openapi(recheckRoute, async (c) => {
    const v = c.var;
    const actor = authorize(v.actor, "read", "retention");
    if (!isRetentionSection(actor)) {
      // the command refuses with the right message
      return c.json({ id: await recordRecheck(v.deps.db, actor, c.req.valid("json"), {}, ctxOf(v)) }, 201);
    }
    const scope = scopeOf(actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const today = todayFor(v);
    const [suspects, cases] = await Promise.all([
      listSuspects(v.deps.db, scope, { status: "open" }),
      listCases(v.deps.db, scope, { register: "open" }),
    ]);
    const zero = await zeroReportRows(
      v,
      scope,
      retention.previousMonth(retention.monthOf(today)),
      settings.zeroReportDueDay,
      today,
    );
    const figures = {
      openSuspects: suspects.length,
      openCases: cases.length,
      confirmedDropouts: cases.filter((r) => r.c.state === "confirmed").length,
      overdueCases: cases.filter((r) => retention.caseEscalation(r.c.state, r.c.deadline, today) !== "none").length,
      lateSchools: zero.rows.filter((r) => r.status === "late").length,
    };
    return c.json({ id: await recordRecheck(v.deps.db, actor, c.req.valid("json"), figures, ctxOf(v)) }, 201);
  });

  app.openapi(ratesRoute, async (c) => {
    const v = c.var;
    const scope = scopeOf(v.actor, "retention");
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const schoolYear = c.req.valid("query").schoolYear ?? settings.currentSchoolYear;
    return c.json(ratesResponse(schoolYear, await readRates(v.deps.db, v.actor, schoolYear)), 200);
  });

  app.openapi(computeRatesRoute, async (c) => {
    const v = c.var;
    const schoolYear = c.req.valid("query").schoolYear;
    const snap = await computeRates(v.deps.db, v.actor, ctxOf(v), { schoolYear });
    return c.json(ratesResponse(snap.schoolYear, await readRates(v.deps.db, v.actor, snap.schoolYear)), 200);
  });

  app.openapi(recordsRoute, async (c) => {
    return c.json(await recordsBehind(c.var.deps.db, c.var.actor, c.req.valid("query"), ctxOf(c.var)), 200);
  });

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

/** Every compulsory school's report status for a month (one school's for its administrator). */
async function zeroReportRows(
  v: Vars,
  scope: ReturnType<typeof scopeOf>,
  month: string,
  dueDay: number,
  today: string,
) {
  const [schools, reports, towns] = await Promise.all([
    compulsorySchools(v.deps.db, scope.regionCode),
    zeroReportsOf(v.deps.db, scope, month),
    townsOfCounty(v.deps.db, scope.regionCode),
  ]);
  const bySchool = new Map(reports.map((r) => [r.schoolId, r]));
  const visible = scope.kind === "county" ? schools : schools.filter((x) => x.id === scope.schoolId);
  const rows = visible.map((sch) => {
    const r = bySchool.get(sch.id);
    const status = retention.zeroReportStatus(month, r?.reportedOn ?? null, today, dueDay);
    return {
      schoolId: sch.id,
      schoolName: sch.name,
      townName: sch.townCode ? (towns.get(sch.townCode) ?? null) : null,
      month,
      status,
      statusLabel: retention.zeroReportStatusLabels[status],
      dueDate: retention.zeroReportDueDate(month, dueDay),
      reportedOn: r?.reportedOn ?? null,
      outOfSchool: r?.outOfSchool ?? null,
      note: r?.note ?? "",
    };
  });
  const order = { late: 0, reported_late: 1, pending: 2, reported: 3 } as const;
  rows.sort((a, b) => order[a.status] - order[b.status] || a.schoolName.localeCompare(b.schoolName, "zh-CN"));
  return { rows };
}
