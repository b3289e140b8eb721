import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv, Deps } from "../http/context";
import type { PlatformMetrics } from "./metrics";
import type { WriteSignal } from "./writeSignal";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
/** A request id from the proxy (nginx's $request_id) is kept when it looks like one. */
const GOOD_ID = /^[\w-]{8,64}$/;

/**
 * Every request: an id (the proxy's X-Request-Id or a new one, sent back in the answer and in every log line),
 * its latency by route pattern in the metrics, an access log line when logs are JSON, and — after a write that
 * succeeded — the write signal, so no server's cache answers with what was true before it.
 */
export function observability(deps: Deps, metrics: PlatformMetrics, writes: WriteSignal) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const sent = c.req.header("x-request-id");
    const requestId = sent && GOOD_ID.test(sent) ? sent : randomUUID();
    c.set("requestId", requestId);
    const started = performance.now();
    await next();
    c.header("X-Request-Id", requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c);
    const status = c.res.status;
    const path = c.req.path;
    metrics.observeRequest(c.req.method, path.startsWith("/api/") ? route : "web", status, seconds);
    // a sign-in only adds a session no cache holds; a sign-out or a password change ends sessions that are kept
    if (!READS.has(c.req.method) && status < 400 && path.startsWith("/api/") && path !== "/api/auth/login") {
      await writes.publish();
    }
    deps.log?.(status >= 500 ? "error" : "info", "request", {
      requestId,
      method: c.req.method,
      path,
      route,
      status,
      ms: Math.round(seconds * 1000),
    });
  });
}
