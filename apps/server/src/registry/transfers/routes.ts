/**
 * Transfers (转学) and year-end promotion (升级与毕业), mounted at /api/registry. Handlers read
 * validate → command or store → present.
 */
import { calendar, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize, scopeOf } from "../../auth/authorize";
import type { AppEnv } from "../../http/context";
import { errorResponses, forbidden, notFound } from "../../http/errors";
import { jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { registrySettings } from "../settings";
import { type CommandContext, decideTransfer, initiateTransfer } from "./commands";
import { commitPromotion, promotionPreview, requestPromotion } from "./promotion";
import {
  decisionNoteBody,
  initiateTransferBody,
  overdueDaysQuery,
  presentTransfer,
  promotionBody,
  promotionPreviewQuery,
  promotionPreviewSchema,
  promotionRequestBody,
  promotionRequestSchema,
  promotionResultSchema,
  receiveBody,
  transferListQuery,
  transferRowSchema,
} from "./schemas";
import { findTransfer, listTransfers, pendingTransfers } from "./store";

const writeErrors = { ...errorResponses, 409: { ...errorResponses[400], description: "状态冲突" } };
const tags = ["学籍与基础数据"];
const idParam = z.object({ id: z.uuid("转学申请编号格式不正确") });

const listRoute = createRoute({
  method: "get",
  path: "/transfers",
  tags,
  summary: "转学记录(本校转入、转出;县级全部)",
  request: { query: transferListQuery },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(transferRowSchema), total: z.number() }), "转学记录"),
    ...errorResponses,
  },
});
const overdueRoute = createRoute({
  method: "get",
  path: "/transfers/overdue",
  tags,
  summary: "超期未接收的转学(疑似辍学)",
  request: { query: z.object({ days: overdueDaysQuery }) },
  responses: {
    200: jsonResponse(z.object({ days: z.number(), today: z.string(), rows: z.array(transferRowSchema) }), "超期转学"),
    ...errorResponses,
  },
});
const initiateRoute = createRoute({
  method: "post",
  path: "/transfers",
  tags,
  summary: "发起转学(转入县内学校,或转出县外)",
  request: { body: jsonBody(initiateTransferBody) },
  responses: { 201: jsonResponse(transferRowSchema, "转学申请"), ...writeErrors },
});
const decisionRoute = <A extends registry.TransferAction, B extends z.ZodType>(action: A, schema: B, summary: string) =>
  createRoute({
    method: "post",
    path: `/transfers/{id}/${action}`,
    tags,
    summary,
    request: { params: idParam, body: jsonBody(schema) },
    responses: { 200: jsonResponse(transferRowSchema, "转学申请"), ...writeErrors },
  });
const receiveRoute = decisionRoute("receive", receiveBody, "接收转入(转入学校或基础教育股)");
const rejectRoute = decisionRoute("reject", decisionNoteBody, "退回转学申请(转入学校或基础教育股)");
const cancelRoute = decisionRoute("cancel", decisionNoteBody, "撤销转学申请(转出学校或基础教育股)");
const previewRoute = createRoute({
  method: "get",
  path: "/promotion/preview",
  tags,
  summary: "学年升级预览(各校各年级升级、毕业人数,需新建的班级;全县当前学年与升级日期)",
  request: { query: promotionPreviewQuery },
  responses: { 200: jsonResponse(promotionPreviewSchema, "升级预览"), ...writeErrors },
});
const promoteRoute = createRoute({
  method: "post",
  path: "/promotion",
  tags,
  summary: "执行全县学年升级(基础教育股,升级日期当日或以后,按预览人数确认;一次完成,不可重复)",
  request: { body: jsonBody(promotionBody) },
  responses: { 200: jsonResponse(promotionResultSchema, "升级结果"), ...writeErrors },
});

const requestRoute = createRoute({
  method: "post",
  path: "/promotion/requests",
  tags,
  summary: "学校申请升级(由基础教育股在全县升级日期统一办理,升级时确认)",
  request: { body: jsonBody(promotionRequestBody) },
  responses: {
    201: jsonResponse(promotionRequestSchema.extend({ schoolYear: z.number() }), "升级申请"),
    ...writeErrors,
  },
});

type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });

/** The data scope for transfer lists: schools and county roles; a teacher's class scope does not reach them. */
function transferScope(actor: Vars["actor"]) {
  const scope = scopeOf(actor, "registry");
  if (scope.kind === "classes") throw forbidden("registry.readTransfers");
  return scope;
}

/** The overdue limit: the one asked for, or the county's setting. */
async function overdueLimit(v: Vars, asked: number | undefined): Promise<number> {
  return asked ?? (await registrySettings(v.deps.db, v.actor, v.deps.now())).transferOverdueDays;
}

/** Reads a transfer back within the caller's scope and presents it. */
async function presented(v: Vars, id: string) {
  const actor = authorize(v.actor, "read", "registry");
  const days = await overdueLimit(v, undefined);
  const row = await findTransfer(v.deps.db, transferScope(actor), id);
  if (!row) throw notFound("转学申请");
  return presentTransfer(row, actor, { today: calendar.beijingDate(v.deps.now()), days });
}

export function transfersRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(listRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "registry");
    const q = c.req.valid("query");
    const { rows, total } = await listTransfers(c.var.deps.db, transferScope(actor), q);
    const ctx = { today: calendar.beijingDate(c.var.deps.now()), days: await overdueLimit(c.var, q.days) };
    return c.json({ rows: rows.map((r) => presentTransfer(r, actor, ctx)), total }, 200);
  });

  app.openapi(overdueRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "registry");
    const days = await overdueLimit(c.var, c.req.valid("query").days);
    const today = calendar.beijingDate(c.var.deps.now());
    const pending = await pendingTransfers(c.var.deps.db, transferScope(actor));
    const rows = pending
      .filter((r) => registry.transferOverdue(r.initiatedOn, today, days))
      .map((r) => presentTransfer(r, actor, { today, days }));
    return c.json({ days, today, rows }, 200);
  });

  app.openapi(initiateRoute, async (c) => {
    const id = await initiateTransfer(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json(await presented(c.var, id), 201);
  });

  for (const [route, action] of [
    [receiveRoute, "receive"],
    [rejectRoute, "reject"],
    [cancelRoute, "cancel"],
  ] as const) {
    app.openapi(route, async (c) => {
      const { id } = c.req.valid("param");
      await decideTransfer(c.var.deps.db, c.var.actor, id, action, c.req.valid("json"), ctxOf(c.var));
      return c.json(await presented(c.var, id), 200);
    });
  }

  app.openapi(previewRoute, async (c) => {
    return c.json(await promotionPreview(c.var.deps.db, c.var.actor, c.req.valid("query"), c.var.deps.now()), 200);
  });

  app.openapi(requestRoute, async (c) => {
    return c.json(await requestPromotion(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)), 201);
  });

  app.openapi(promoteRoute, async (c) => {
    return c.json(await commitPromotion(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var)), 200);
  });

  return app;
}
