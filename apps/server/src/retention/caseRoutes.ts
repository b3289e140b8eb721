/** Persuasion cases (劝返): list, detail, transitions, visits, evidence uploads and downloads. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeWithTownshipOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { badRequest, errorResponses, notFound } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, multipartBody } from "../http/openapi";
import { validationHook } from "../http/validation";
import { recordVisit, transitionCase, uploadVisitEvidence } from "./caseCommands";
import { caseHistory, evidenceFile, findCase, listCases } from "./caseStore";
import * as p from "./present";
import { ctxOf, namesOf, tags, todayFor, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

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

export function caseRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // evidence uploads take up to 10 MB, like the ledger's

  app.openapi(casesRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeWithTownshipOf(actor, "retention");
    const today = todayFor(c.var);
    const [rows, names, settings] = await Promise.all([
      listCases(c.var.deps.db, scope, c.req.valid("query")),
      namesOf(c.var, scope.regionCode),
      settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now()),
    ]);
    const when = { today, leadershipDays: settings.leadershipEscalationDays };
    return c.json({ today, rows: rows.map((r) => p.presentCase(r, actor, when, names)) }, 200);
  });

  app.openapi(caseRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "retention");
    const scope = scopeWithTownshipOf(actor, "retention");
    const { id } = c.req.valid("param");
    const r = await findCase(c.var.deps.db, scope, id);
    if (!r) throw notFound("劝返个案");
    const [history, names, settings] = await Promise.all([
      caseHistory(c.var.deps.db, id),
      namesOf(c.var, scope.regionCode),
      settingsOf(c.var.deps.db, scope.regionCode, c.var.deps.now()),
    ]);
    const when = { today: todayFor(c.var), leadershipDays: settings.leadershipEscalationDays };
    return c.json({ case: p.presentCase(r, actor, when, names), ...p.presentHistory(history) }, 200);
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
    const scope = scopeWithTownshipOf(c.var.actor, "retention");
    const f = await evidenceFile(c.var.deps.db, scope, c.req.valid("param").id);
    if (!f) throw notFound("佐证材料");
    return c.body(new Uint8Array(f.bytes), 200, {
      "content-type": f.contentType,
      "content-disposition": contentDisposition(f.fileName, { inline: true }),
      "x-content-type-options": "nosniff",
    });
  });

  return app;
}
