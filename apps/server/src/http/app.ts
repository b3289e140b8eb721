import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { auth } from "@edubureau/core";
import { serveStatic } from "@hono/node-server/serve-static";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { z as zod } from "zod";
import { publicDrawRoutes } from "../admissions/publicRoutes";
import { admissionsRoutes } from "../admissions/routes";
import { auditRoutes } from "../audit/routes";
import { requireSignedIn, sessionMiddleware } from "../auth/middleware";
import { authRoutes } from "../auth/routes";
import { backupRoutes } from "../backup/routes";
import { balanceRoutes } from "../balance/routes";
import { isConnectionError } from "../db/hosts";
import { schemaVersion } from "../db/migrate";
import { examRoutes } from "../exams/routes";
import { fitnessRoutes } from "../fitness/routes";
import { ledgerRoutes } from "../ledger/routes";
import { connectionAddress, isLoopback } from "../ops/clientAddress";
import { createMetrics } from "../ops/metrics";
import { observability } from "../ops/observability";
import { bindWriteSignal, localWriteSignal } from "../ops/writeSignal";
import { preschoolRoutes } from "../preschool/routes";
import { excelRoutes } from "../registry/excel/routes";
import { registryRoutes } from "../registry/routes";
import { transfersRoutes } from "../registry/transfers/routes";
import { reportsRoutes } from "../reports/routes";
import { retentionRoutes } from "../retention/routes";
import { settingsRoutes } from "../settings/routes";
import { staffingRoutes } from "../staffing/routes";
import { userRoutes } from "../users/routes";
import type { AppEnv, Deps } from "./context";
import { AppError, describeForLog, errorResponses } from "./errors";
import { refuseNulCharacters } from "./nulCharacters";
import { describeApi, fileResponse, jsonResponse, publicRoute } from "./openapi";
import { bodyLimitRefusal, bodyLimits, payloadTooLargeResponse } from "./uploadLimits";

zod.config(zod.locales.zhCN());

const webDist = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const healthRoute = createRoute({
  method: "get",
  path: "/api/health",
  tags: ["平台"],
  summary: "健康检查",
  security: publicRoute,
  responses: {
    200: jsonResponse(
      z.object({
        status: z.literal("ok"),
        database: z.enum(["pglite", "postgresql"]),
        schemaVersion: z.number(),
        replica: z
          .object({
            state: z
              .enum(["none", "up", "down"])
              .describe("up:报表类读取走只读副本;down:副本不可用或落后过多,读取改由主库承担"),
            lagSeconds: z.number().nullable().describe("副本最后重放的事务落后的秒数(已全部重放时为 0)"),
            lagBytes: z.number().nullable().describe("副本尚未重放的预写日志字节数"),
            promoted: z.boolean().describe("副本已被提升为主库"),
          })
          .describe("只读副本(DATABASE_READ_URL)"),
      }),
      "运行正常",
    ),
    // every /api route answers 400 to a NUL character in its URL (nulCharacters.ts)
    400: errorResponses[400],
  },
});

const metricsRoute = createRoute({
  method: "get",
  path: "/metrics",
  tags: ["平台"],
  summary: "运行指标(Prometheus 文本格式;只对本机或持有 EDUBUREAU_METRICS_TOKEN 的采集程序开放)",
  security: publicRoute,
  responses: {
    200: fileResponse("text/plain", "指标"),
    400: errorResponses[400],
    403: errorResponses[403],
  },
});

const openApiRoute = createRoute({
  method: "get",
  path: "/api/openapi.json",
  tags: ["平台"],
  summary: "接口说明(OpenAPI 3.1)",
  security: publicRoute,
  responses: {
    200: jsonResponse(z.record(z.string(), z.unknown()), "OpenAPI 文档"),
    400: errorResponses[400],
  },
});

/** The one app factory: middleware, routes, not-found and error handling, the web app. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  const writes = deps.writes ?? localWriteSignal();
  bindWriteSignal(deps.db, writes);
  const metrics = deps.metrics ?? createMetrics(deps.db, deps.pools);

  // request ids, latency by route, access logs, the write signal for every server's caches (ops/observability.ts)
  app.use("*", observability(deps, metrics, writes));

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  // one body limit per kind of request (uploadLimits.ts), enforced while the body streams in
  app.use("/api/*", bodyLimits());
  app.use("/api/*", sessionMiddleware(deps));
  app.use("/api/*", refuseNulCharacters());

  app.openapi(healthRoute, async (c) => {
    const read = deps.pools?.read?.status;
    const replica = read
      ? { state: read.state, lagSeconds: read.lagSeconds, lagBytes: read.lagBytes, promoted: read.promoted }
      : { state: "none" as const, lagSeconds: null, lagBytes: null, promoted: false };
    return c.json(
      { status: "ok" as const, database: deps.dbKind, schemaVersion: await schemaVersion(deps), replica },
      200,
    );
  });
  app.route("/api/auth", authRoutes());
  // Every area here is signed-in and answers 401 before validating input, so an outsider learns nothing about a
  // route's shape; a new area is mounted by adding it to this list, which also guards it.
  const signedInAreas: [string, () => OpenAPIHono<AppEnv>][] = [
    ["/api/users", userRoutes],
    ["/api/audit", auditRoutes],
    ["/api/registry", registryRoutes],
    ["/api/registry", transfersRoutes],
    ["/api/registry", excelRoutes],
    ["/api/balance", balanceRoutes],
    ["/api/ledger", ledgerRoutes],
    ["/api/staffing", staffingRoutes],
    ["/api/admissions", admissionsRoutes],
    ["/api/exams", examRoutes],
    ["/api/fitness", fitnessRoutes],
    ["/api/backups", backupRoutes],
    ["/api/preschool", preschoolRoutes],
    ["/api/retention", retentionRoutes],
    ["/api/reports", reportsRoutes],
    ["/api/settings", settingsRoutes],
  ];
  for (const area of new Set(signedInAreas.map(([path]) => path))) app.use(`${area}/*`, requireSignedIn);
  for (const [path, routes] of signedInAreas) app.route(path, routes());
  app.route("/api/public/draws", publicDrawRoutes());

  // the description of every route above, with operationIds and security filled in (openapi.ts), built once
  let description: ReturnType<typeof describeApi> | undefined;
  app.openapi(openApiRoute, (c) => {
    description ??= describeApi(app);
    return c.json(description, 200);
  });

  app.all("/api/*", () => {
    throw new AppError(404, "NOT_FOUND", "接口不存在");
  });

  // Prometheus metrics: from this machine, or with EDUBUREAU_METRICS_TOKEN as a bearer token (the proxy does not
  // pass /metrics on)
  app.openapi(metricsRoute, async (c) => {
    const token = deps.config?.metricsToken;
    const allowed = token
      ? c.req.header("authorization") === `Bearer ${token}`
      : isLoopback(connectionAddress(c)) && !c.req.header("x-forwarded-for");
    if (!allowed)
      return c.json({ error: { code: "FORBIDDEN", message: "指标只对本机或持有指标令牌的采集程序开放" } }, 403);
    return c.text(await metrics.registry.metrics(), 200, { "content-type": metrics.registry.contentType });
  });

  if (existsSync(webDist)) {
    const indexHtml = readFileSync(`${webDist}/index.html`, "utf8");
    app.use("/*", serveStatic({ root: webDist }));
    // Client-side routes: every other GET gets the app shell, and the web router shows its own 404 page.
    app.get("*", (c) => c.html(indexHtml));
  }

  app.onError((err, c) => {
    // a body cut off at its limit fails wherever it was being read: the answer is the 413 all the same
    const refused = bodyLimitRefusal(c);
    if (refused) return payloadTooLargeResponse(c, refused);
    if (err instanceof AppError) {
      // a refusal names the owning section of the caller's county on the day (业务归口), not the default
      const refusedAction = "refusedAction" in err ? (err.refusedAction as auth.RefusedAction) : null;
      const owners = c.var.actor?.owners;
      const message = refusedAction && owners ? auth.refusalMessage(refusedAction, owners) : err.message;
      return c.json({ error: { code: err.code, message, details: err.details } }, err.status);
    }
    if (err instanceof HTTPException) {
      const [code, message] =
        err.status === 400
          ? ["MALFORMED_REQUEST", "请求内容不是有效的 JSON"]
          : err.status === 415
            ? ["UNSUPPORTED_MEDIA_TYPE", "请以 JSON 格式提交(Content-Type: application/json)"]
            : ["REQUEST_REFUSED", "请求无法处理"];
      return c.json({ error: { code, message } }, err.status);
    }
    // the path and the error, never the query string nor a failed query's parameters (they may hold personal data)
    const failure = describeForLog(err);
    // the database unreachable (a failover under way): 503, which the proxy retries on another server for a GET
    if (isConnectionError((err as { cause?: unknown }).cause ?? err)) {
      deps.log?.("warn", "database unavailable", {
        requestId: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        failure,
      });
      c.header("Retry-After", "2");
      return c.json({ error: { code: "DATABASE_UNAVAILABLE", message: "数据库暂时不可用(正在切换),请稍后再试" } }, 503);
    }
    if (deps.log)
      deps.log("error", "failure", { requestId: c.var.requestId, method: c.req.method, path: c.req.path, failure });
    else console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} ${failure}`);
    return c.json({ error: { code: "INTERNAL", message: "服务器内部错误,请稍后再试或联系管理员" } }, 500);
  });

  app.notFound((c) => c.json({ error: { code: "NOT_FOUND", message: "页面或接口不存在" } }, 404));

  return app;
}

export type App = ReturnType<typeof createApp>;
