import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { AppEnv, Deps } from "../http/context";
import { AppError, unauthenticated } from "../http/errors";
import { clientAddress } from "../ops/clientAddress";
import { SESSION_COOKIE, touchSession } from "./sessionStore";
import { signedInSession } from "./signedInSessions";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The host of an Origin header, or null when it names none: `Origin: null` (a sandboxed frame, a file, a redirect
 * across sites) or a value that is not a URL; a write from such a page is refused as cross-site.
 */
function originHost(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  const { host } = new URL(origin);
  return host || null;
}

/**
 * Loads the session from the cookie into `actor`, and guards writes:
 * - a cross-site Origin is refused outright, and so is one that names no site (`null`, not a URL);
 * - a signed-in write must carry the session's CSRF token in `X-CSRF-Token` (the cookie alone is not enough).
 */
export function sessionMiddleware(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("deps", deps);
    c.set("ip", clientAddress(c, deps.config?.trustedProxies ?? []));
    c.set("actor", null);
    c.set("session", null);
    const write = !SAFE_METHODS.has(c.req.method);

    if (write) {
      const origin = c.req.header("origin");
      const host = c.req.header("host");
      if (origin && host && originHost(origin) !== host) {
        throw new AppError(403, "CROSS_SITE_REQUEST", "拒绝跨站请求:请在本系统的页面中操作");
      }
    }

    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const now = deps.now();
      const signedIn = await signedInSession(deps.db, token, now);
      if (signedIn) {
        const { found, actor } = signedIn;
        if (write && c.req.header("x-csrf-token") !== found.session.csrfToken) {
          throw new AppError(403, "CSRF_FAILED", "请求校验失败,请刷新页面后重试");
        }
        c.set("actor", actor);
        c.set("session", {
          tokenHash: found.session.tokenHash,
          csrfToken: found.session.csrfToken,
          mustChangePassword: found.user.mustChangePassword,
          displayName: found.user.displayName,
        });
        const slid = await touchSession(
          deps.db,
          found.session.tokenHash,
          found.session.lastSeenAt,
          now,
          deps.config.sessionHours,
        );
        // the kept copy (signedInSessions.ts) slides with the stored row
        if (slid) Object.assign(found.session, { lastSeenAt: now, expiresAt: slid });
      }
    }
    await next();
  });
}

/** Refuses a request without a session (401) before anything else of the route runs. */
export const requireSignedIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.actor) throw unauthenticated();
  await next();
});
