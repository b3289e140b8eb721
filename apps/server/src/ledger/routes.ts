/**
 * The ledger's routes (督导·隐患排查·整改台账), mounted at /api/ledger. Handlers read
 * validate → load (scoped) → command or core → present.
 */
import { type auth, calendar, ledger } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../auth/authorize";
import { type AppEnv, reportDb } from "../http/context";
import { badRequest, errorResponses, notFound } from "../http/errors";
import { contentDisposition, DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { regionName } from "../registry/store";
import {
  type CommandContext,
  createInspection,
  createInspectionType,
  createInstitution,
  raiseFindings,
  recordChecklist,
  transitionFinding,
  updateInspectionType,
  updateInstitution,
  uploadEvidence,
} from "./commands";
import { ledgerWorkbook } from "./export";
import { noticeDocument } from "./notice";
import * as p from "./present";
import * as s from "./schemas";
import { ledgerStatisticsOf } from "./statistics";
import {
  dueFindings,
  evidenceFile,
  evidenceOf,
  findFinding,
  findInspection,
  historyOf,
  listFindings,
  listInspections,
  listInstitutions,
  listTypes,
  scopeSchools,
  supervisorQueue,
  targetsOf,
  typeById,
} from "./store";

const tags = ["督导整改台账"];
const writeErrors = {
  ...errorResponses,
  409: { ...errorResponses[400], description: "状态冲突" },
  413: { ...errorResponses[400], description: "文件过大" },
};
/** Rows the ledger export writes at most (a county's ledger is a few thousand rows). */
export const EXPORT_MAX_ROWS = 50_000;

type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });
const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());

// ---------------------------------------------------------------- contracts

const schoolsRoute = createRoute({
  method: "get",
  path: "/schools",
  tags,
  summary: "可选的检查对象学校(本人可见范围)",
  responses: {
    200: jsonResponse(
      z.object({ rows: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) }),
      "学校",
    ),
    ...errorResponses,
  },
});
const typesRoute = createRoute({
  method: "get",
  path: "/types",
  tags,
  summary: "检查类型及检查清单",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.inspectionTypeSchema) }), "检查类型"), ...errorResponses },
});
const createTypeRoute = createRoute({
  method: "post",
  path: "/types",
  tags,
  summary: "新增检查类型(督学、督导室、安全股)",
  request: { body: jsonBody(s.inspectionTypeBody) },
  responses: { 201: jsonResponse(s.inspectionTypeSchema, "检查类型"), ...writeErrors },
});
const updateTypeRoute = createRoute({
  method: "put",
  path: "/types/{id}",
  tags,
  summary: "修改检查类型和检查清单",
  request: { params: s.idParam, body: jsonBody(s.inspectionTypeBody) },
  responses: { 200: jsonResponse(s.inspectionTypeSchema, "检查类型"), ...writeErrors },
});
const institutionsRoute = createRoute({
  method: "get",
  path: "/institutions",
  tags,
  summary: "校外培训机构名录",
  request: { query: s.institutionQuery },
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.institutionSchema) }), "培训机构"), ...errorResponses },
});
const createInstitutionRoute = createRoute({
  method: "post",
  path: "/institutions",
  tags,
  summary: "登记校外培训机构",
  request: { body: jsonBody(s.institutionBody) },
  responses: { 201: jsonResponse(s.institutionSchema, "培训机构"), ...writeErrors },
});
const updateInstitutionRoute = createRoute({
  method: "put",
  path: "/institutions/{id}",
  tags,
  summary: "修改校外培训机构信息或状态",
  request: { params: s.idParam, body: jsonBody(s.institutionBody) },
  responses: { 200: jsonResponse(s.institutionSchema, "培训机构"), ...writeErrors },
});
const inspectionsRoute = createRoute({
  method: "get",
  path: "/inspections",
  tags,
  summary: "检查记录(学校只见本校被检查的记录)",
  request: { query: s.inspectionListQuery },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(s.inspectionSchema), total: z.number() }), "检查记录"),
    ...errorResponses,
  },
});
const createInspectionRoute = createRoute({
  method: "post",
  path: "/inspections",
  tags,
  summary: "登记一次检查(督学、督导室、安全股;学校只能自查本校)",
  request: { body: jsonBody(s.createInspectionBody) },
  responses: { 201: jsonResponse(s.inspectionSchema, "检查"), ...writeErrors },
});
const inspectionDetailSchema = z
  .object({
    inspection: s.inspectionSchema,
    checklist: z.array(s.checklistItemSchema),
    targets: z.array(s.targetSchema),
  })
  .openapi("LedgerInspectionDetail");
const inspectionRoute = createRoute({
  method: "get",
  path: "/inspections/{id}",
  tags,
  summary: "检查详情:检查对象及检查表",
  request: { params: s.idParam },
  responses: { 200: jsonResponse(inspectionDetailSchema, "检查详情"), ...errorResponses },
});
const checklistRoute = createRoute({
  method: "put",
  path: "/inspections/{id}/targets/{targetId}/checklist",
  tags,
  summary: "填写检查对象的检查表",
  request: {
    params: z.object({ id: z.uuid("检查编号格式不正确"), targetId: z.uuid("检查对象编号格式不正确") }),
    body: jsonBody(s.checklistBody),
  },
  responses: { 200: jsonResponse(inspectionDetailSchema, "检查详情"), ...writeErrors },
});
const raiseRoute = createRoute({
  method: "post",
  path: "/inspections/{id}/findings",
  tags,
  summary: "登记问题(多个对象即为共性问题)并下达整改",
  request: { params: s.idParam, body: jsonBody(s.raiseFindingBody) },
  responses: { 201: jsonResponse(z.object({ rows: z.array(s.findingSchema) }), "问题"), ...writeErrors },
});
const noticeRoute = createRoute({
  method: "get",
  path: "/inspections/{id}/notice.docx",
  tags,
  summary: "检查情况通报(Word)",
  request: { params: s.idParam },
  responses: { 200: fileResponse(DOCX_TYPE, "通报"), ...errorResponses },
});
const findingsRoute = createRoute({
  method: "get",
  path: "/findings",
  tags,
  summary: "整改台账:按类型、学校、严重程度、状态、逾期筛选,附各状态数量(看板)",
  request: { query: s.findingListQuery },
  responses: {
    200: jsonResponse(
      z.object({
        today: z.string(),
        rows: z.array(s.findingSchema),
        total: z.number(),
        counts: s.findingCountsSchema,
      }),
      "问题",
    ),
    ...errorResponses,
  },
});
const exportRoute = createRoute({
  method: "get",
  path: "/findings/export.xlsx",
  tags,
  summary: "导出整改台账(Excel)",
  request: { query: s.findingListQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "整改台账"), ...errorResponses },
});
const findingRoute = createRoute({
  method: "get",
  path: "/findings/{id}",
  tags,
  summary: "问题详情:整改记录与佐证材料",
  request: { params: s.idParam },
  responses: { 200: jsonResponse(s.findingDetailSchema, "问题详情"), ...errorResponses },
});
const transitionRoute = createRoute({
  method: "post",
  path: "/findings/{id}/transitions",
  tags,
  summary: "整改流转:开始整改、提交复查、复查通过销号、复查不通过、申请/批准/驳回延期、撤销",
  request: { params: s.idParam, body: jsonBody(s.transitionBody) },
  responses: { 200: jsonResponse(s.findingDetailSchema, "问题详情"), ...writeErrors },
});
const uploadRoute = createRoute({
  method: "post",
  path: "/findings/{id}/evidence",
  tags,
  summary: "上传整改照片或材料(JPEG、PNG、WebP、PDF,10 MB 以内)",
  request: {
    params: s.idParam,
    body: { required: true, content: { "multipart/form-data": { schema: s.uploadForm } } },
  },
  responses: { 201: jsonResponse(s.evidenceSchema, "材料"), ...writeErrors },
});
const evidenceRoute = createRoute({
  method: "get",
  path: "/evidence/{id}",
  tags,
  summary: "查看佐证材料原件",
  request: { params: s.idParam },
  responses: { 200: fileResponse("application/octet-stream", "材料"), ...errorResponses },
});
const thumbnailRoute = createRoute({
  method: "get",
  path: "/evidence/{id}/thumbnail",
  tags,
  summary: "佐证照片缩略图",
  request: { params: s.idParam },
  responses: { 200: fileResponse("image/jpeg", "缩略图"), ...errorResponses },
});
const remindersRoute = createRoute({
  method: "get",
  path: "/reminders",
  tags,
  summary: "提醒:临近时限、逾期(按升级级别)以及待复查、待审批延期",
  responses: { 200: jsonResponse(s.remindersSchema, "提醒"), ...errorResponses },
});
const statisticsRoute = createRoute({
  method: "get",
  path: "/statistics",
  tags,
  summary: "整改统计及工作报告表述",
  request: { query: s.statisticsQuery },
  responses: { 200: jsonResponse(s.statisticsSchema, "统计"), ...errorResponses },
});

// ---------------------------------------------------------------- helpers

async function inspectionDetail(v: Vars, actor: auth.Actor, id: string) {
  const scope = scopeOf(actor, "ledger");
  const inspection = await findInspection(v.deps.db, scope, id);
  if (!inspection) throw notFound("检查");
  const type = await typeById(v.deps.db, actor.regionCode, inspection.typeId);
  const checklist = type?.checklist ?? [];
  const targets = await targetsOf(v.deps.db, scope, id);
  return {
    inspection: p.presentInspection(inspection, actor),
    checklist,
    targets: targets.map((t) => p.presentTarget(t, checklist)),
  };
}

async function findingDetail(v: Vars, actor: auth.Actor, id: string) {
  const f = await findFinding(v.deps.db, scopeOf(actor, "ledger"), id);
  if (!f || !ledger.ledgerPartyOf(actor, f)) throw notFound("问题");
  const [history, evidence] = await Promise.all([historyOf(v.deps.db, id), evidenceOf(v.deps.db, id)]);
  return {
    finding: p.presentFinding(f, actor, todayFor(v)),
    history: history.map(p.presentHistory),
    evidence: evidence.map(p.presentEvidence),
  };
}

function attachment(c: Context<AppEnv>, bytes: Uint8Array, type: string, fileName: string, inline = false) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName, { inline }),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

/** The uploaded file of a multipart request, or a 400 saying how to send one. */
async function uploadedFile(c: Context<AppEnv>): Promise<{ name: string; bytes: Uint8Array }> {
  if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
    throw badRequest("EVIDENCE_NO_FILE", "请以 multipart/form-data 上传文件(字段名 file)");
  }
  const parsed = s.uploadForm.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "请选择要上传的文件";
    throw badRequest("EVIDENCE_NO_FILE", message, [{ field: "file", message }]);
  }
  const file = parsed.data.file;
  return { name: file.name || "未命名", bytes: new Uint8Array(await file.arrayBuffer()) };
}

// ---------------------------------------------------------------- handlers

export function ledgerRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // evidence uploads take up to 10 MB: BODY_LIMITS.ledgerEvidence, enforced by the app on the request body

  app.openapi(schoolsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "ledger");
    return c.json({ rows: await scopeSchools(c.var.deps.db, scope) }, 200);
  });

  app.openapi(typesRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    scopeOf(actor, "ledger");
    const rows = await listTypes(c.var.deps.db, actor.regionCode);
    return c.json({ rows: rows.map(p.presentType) }, 200);
  });

  app.openapi(createTypeRoute, async (c) => {
    const id = await createInspectionType(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    const row = await typeById(c.var.deps.db, c.var.actor?.regionCode ?? "", id);
    if (!row) throw notFound("检查类型");
    return c.json(p.presentType(row), 201);
  });

  app.openapi(updateTypeRoute, async (c) => {
    const { id } = c.req.valid("param");
    await updateInspectionType(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    const row = await typeById(c.var.deps.db, c.var.actor?.regionCode ?? "", id);
    if (!row) throw notFound("检查类型");
    return c.json(p.presentType(row), 200);
  });

  app.openapi(institutionsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const scope = scopeOf(actor, "ledger");
    // schools have no business with the institution register
    if (scope.kind !== "county") return c.json({ rows: [] }, 200);
    const rows = await listInstitutions(c.var.deps.db, actor.regionCode, c.req.valid("query"));
    return c.json({ rows: rows.map(p.presentInstitution) }, 200);
  });

  const institutionById = async (c: Context<AppEnv>, id: string) => {
    const rows = await listInstitutions(c.var.deps.db, c.var.actor?.regionCode ?? "");
    const row = rows.find((r) => r.id === id);
    if (!row) throw notFound("校外培训机构");
    return p.presentInstitution(row);
  };

  app.openapi(createInstitutionRoute, async (c) => {
    const id = await createInstitution(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json(await institutionById(c, id), 201);
  });

  app.openapi(updateInstitutionRoute, async (c) => {
    const { id } = c.req.valid("param");
    await updateInstitution(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json(await institutionById(c, id), 200);
  });

  app.openapi(inspectionsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { rows, total } = await listInspections(c.var.deps.db, scopeOf(actor, "ledger"), c.req.valid("query"));
    return c.json({ rows: rows.map((r) => p.presentInspection(r, actor)), total }, 200);
  });

  app.openapi(createInspectionRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const id = await createInspection(c.var.deps.db, actor, c.req.valid("json"), ctxOf(c.var));
    return c.json((await inspectionDetail(c.var, actor, id)).inspection, 201);
  });

  app.openapi(inspectionRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    return c.json(await inspectionDetail(c.var, actor, c.req.valid("param").id), 200);
  });

  app.openapi(checklistRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { id, targetId } = c.req.valid("param");
    await recordChecklist(c.var.deps.db, actor, id, targetId, c.req.valid("json").results, ctxOf(c.var));
    return c.json(await inspectionDetail(c.var, actor, id), 200);
  });

  app.openapi(raiseRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { id } = c.req.valid("param");
    const ids = await raiseFindings(c.var.deps.db, actor, id, c.req.valid("json"), ctxOf(c.var));
    const scope = scopeOf(actor, "ledger");
    const today = todayFor(c.var);
    const rows = [];
    for (const fid of ids) {
      const f = await findFinding(c.var.deps.db, scope, fid);
      if (f) rows.push(p.presentFinding(f, actor, today));
    }
    return c.json({ rows }, 201);
  });

  app.openapi(noticeRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { id } = c.req.valid("param");
    const scope = scopeOf(actor, "ledger");
    const detail = await inspectionDetail(c.var, actor, id);
    const today = todayFor(c.var);
    const { rows } = await listFindings(c.var.deps.db, scope, {
      inspectionId: id,
      today,
      page: 1,
      pageSize: EXPORT_MAX_ROWS,
    });
    const bytes = await noticeDocument({
      inspection: detail.inspection,
      targets: detail.targets,
      findings: rows.map((f) => p.presentFinding(f, actor, today)),
      today,
      countyName: (await regionName(c.var.deps.db, actor.regionCode)) ?? actor.regionCode,
    });
    return attachment(c, bytes, DOCX_TYPE, `${detail.inspection.title}-情况通报.docx`);
  });

  app.openapi(findingsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const today = todayFor(c.var);
    const q = c.req.valid("query");
    const { rows, total, counts } = await listFindings(c.var.deps.db, scopeOf(actor, "ledger"), { ...q, today });
    return c.json({ today, rows: rows.map((f) => p.presentFinding(f, actor, today)), total, counts }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const today = todayFor(c.var);
    const q = c.req.valid("query");
    const { rows } = await listFindings(reportDb(c.var.deps), scopeOf(actor, "ledger"), {
      ...q,
      today,
      page: 1,
      pageSize: EXPORT_MAX_ROWS,
    });
    const county = (await regionName(c.var.deps.db, actor.regionCode)) ?? "";
    const bytes = await ledgerWorkbook(
      rows.map((f) => p.presentFinding(f, actor, today)),
      { today, title: `${county}整改台账` },
    );
    return attachment(c, bytes, XLSX_TYPE, `整改台账-${today}.xlsx`);
  });

  app.openapi(findingRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    return c.json(await findingDetail(c.var, actor, c.req.valid("param").id), 200);
  });

  app.openapi(transitionRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { id } = c.req.valid("param");
    await transitionFinding(c.var.deps.db, actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json(await findingDetail(c.var, actor, id), 200);
  });

  app.openapi(uploadRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const { id } = c.req.valid("param");
    const file = await uploadedFile(c);
    const evidenceId = await uploadEvidence(c.var.deps.db, actor, id, file, ctxOf(c.var));
    const row = (await evidenceOf(c.var.deps.db, id)).find((e) => e.id === evidenceId);
    if (!row) throw notFound("材料");
    return c.json(p.presentEvidence(row), 201);
  });

  app.openapi(evidenceRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const file = await evidenceFile(c.var.deps.db, scopeOf(actor, "ledger"), c.req.valid("param").id);
    if (!file) throw notFound("材料");
    return attachment(c, file.bytes, file.contentType, file.fileName, true);
  });

  app.openapi(thumbnailRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const file = await evidenceFile(c.var.deps.db, scopeOf(actor, "ledger"), c.req.valid("param").id);
    if (!file?.thumbnail) throw notFound("缩略图");
    return attachment(c, file.thumbnail, "image/jpeg", `${file.fileName}.thumb.jpg`, true);
  });

  app.openapi(remindersRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const scope = scopeOf(actor, "ledger");
    const today = todayFor(c.var);
    const due = await dueFindings(c.var.deps.db, scope, calendar.addDays(today, ledger.DEFAULT_APPROACHING_DAYS));
    const present = due.map((f) => p.presentFinding(f, actor, today));
    // who hears about an overdue finding: the school at once, the section after 7 days, leadership after 30
    const supervisor = ledger.isLedgerSupervisor(actor);
    const levels: readonly string[] =
      scope.kind === "school"
        ? ["school", "section", "leadership"]
        : supervisor
          ? ["section", "leadership"]
          : ["leadership"];
    const overdue = present.filter((f) => f.deadlineStatus === "overdue" && levels.includes(f.escalation));
    const approaching =
      scope.kind === "school" || supervisor ? present.filter((f) => f.deadlineStatus === "approaching") : [];
    const queue = supervisor
      ? await supervisorQueue(c.var.deps.db, scope)
      : { awaitingReview: 0, extensionRequests: 0 };
    return c.json(
      {
        today,
        approaching: approaching.slice(0, 100),
        overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue).slice(0, 100),
        ...queue,
      },
      200,
    );
  });

  app.openapi(statisticsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "ledger");
    const q = c.req.valid("query");
    return c.json(await ledgerStatisticsOf(reportDb(c.var.deps), scopeOf(actor, "ledger"), q, todayFor(c.var)), 200);
  });

  return app;
}
