import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { validationHook } from "../http/validation";
import { listAudit } from "./store";

const auditRowSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
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
      from: z.iso.date("开始日期格式应为 YYYY-MM-DD").optional(),
      to: z.iso.date("结束日期格式应为 YYYY-MM-DD").optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
    }),
  },
  responses: {
    200: {
      description: "审计记录",
      content: { "application/json": { schema: z.object({ rows: z.array(auditRowSchema), total: z.number() }) } },
    },
    ...errorResponses,
  },
});

export function auditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(auditRoute, async (c) => {
    const q = c.req.valid("query");
    // Dates are China Standard Time days: a day runs from 00:00 +08:00 to the next 00:00.
    const from = q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined;
    const to = q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined;
    const { rows, total } = await listAudit(c.var.deps.db, c.var.actor, { ...q, from, to });
    return c.json({ rows: rows.map(({ regionCode: _r, ...r }) => ({ ...r, at: r.at.toISOString() })), total }, 200);
  });
  return app;
}
