import { calendar } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { presentAuditRows, targetLabelsOf } from "./present";
import { listAudit, searchAuditTargets } from "./store";

const auditRowSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    /** the username, or what was typed at a failed login */
    actorName: z.string(),
    /** the account's display name (姓名) now; null for a failed login or an account since removed */
    actorDisplayName: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    /** the record named for people: a finding's number and description, a student's name and masked ID, … */
    targetLabel: z.string().nullable(),
    reason: z.string().nullable(),
    beforeDigest: z.string().nullable(),
    afterDigest: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    ip: z.string().nullable(),
  })
  .openapi("AuditRow");

const auditRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["审计日志"],
  summary: "浏览审计日志(系统管理员、局领导)",
  request: {
    query: z.object({
      action: z.string().max(64).optional(),
      actor: z.string().max(64).optional(),
      targetType: z
        .string()
        .regex(/^[a-z_]{1,64}$/, "对象类型格式不正确")
        .optional(),
      targetId: z.string().max(200).optional(),
      from: z.iso.date("开始日期格式应为 YYYY-MM-DD").optional(),
      to: z.iso.date("结束日期格式应为 YYYY-MM-DD").optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.array(auditRowSchema),
        total: z.number(),
        /** the record filtered by, with its label (the page names it even when it has no rows) */
        target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }).nullable(),
      }),
      "审计记录",
    ),
    ...errorResponses,
  },
});

const targetSearchRoute = createRoute({
  method: "get",
  path: "/targets",
  tags: ["审计日志"],
  summary: "按名称查找对象,用于按对象筛选审计日志(系统管理员、局领导)",
  request: {
    query: z.object({
      type: z.string().regex(/^[a-z_]{1,64}$/, "对象类型格式不正确"),
      q: z.string().trim().min(1, "请输入名称").max(64),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(z.object({ id: z.string(), label: z.string() })) }),
      "名称匹配的对象(至多20个)",
    ),
    ...errorResponses,
  },
});

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(auditRoute, async (c) => {
    const q = c.req.valid("query");
    // Dates are China Standard Time days: a day runs from 00:00 +08:00 to the next 00:00.
    const from = q.from ? calendar.beijingInstant(q.from) : undefined;
    const to = q.to ? calendar.beijingInstant(calendar.addDays(q.to, 1)) : undefined;
    const db = c.var.deps.db;
    const { rows, total } = await listAudit(db, c.var.actor, { ...q, from, to });
    const object = q.targetType && q.targetId ? { targetType: q.targetType, targetId: q.targetId } : null;
    const [presented, objectLabel] = await Promise.all([
      presentAuditRows(db, rows),
      object ? targetLabelsOf(db, [object]) : new Map<string, string>(),
    ]);
    const target = object
      ? {
          type: object.targetType,
          id: object.targetId,
          label: objectLabel.get(`${object.targetType}:${object.targetId}`) ?? null,
        }
      : null;
    return c.json({ rows: presented, total, target }, 200);
  });
  app.openapi(targetSearchRoute, async (c) => {
    const q = c.req.valid("query");
    const items = await searchAuditTargets(c.var.deps.db, c.var.actor, q.type, q.q);
    return c.json({ items }, 200);
  });
  return app;
}
