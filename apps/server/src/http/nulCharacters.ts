/**
 * The NUL character (U+0000) is refused in every request's URL (path and query) and in every JSON body: PostgreSQL
 * text cannot hold it, so it would otherwise fail deep in a query. One check for all routes, before any handler.
 */
import type { MiddlewareHandler } from "hono";
import { badRequest, type FieldProblem } from "./errors";

const HOW_TO_FIX = "含有空字符(U+0000),请删除后重试(常见于从其他软件复制的内容)";

/** Where the first NUL in a parsed JSON value is (a key or a string), as a field path; null if there is none. */
export function nulFieldOf(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\0") ? path.join(".") || "(请求体)" : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\0")) return [...path, key.replaceAll("\0", "")].join(".");
    const found = nulFieldOf(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses a NUL in the URL or in a JSON body with a 400 naming where it is. */
export function refuseNulCharacters(): MiddlewareHandler {
  return async (c, next) => {
    // a NUL arrives percent-encoded (%00); a literal one never passes Node's HTTP parser
    const url = c.req.url;
    if (/%00/i.test(url) || url.includes("\0")) {
      throw badRequest("NUL_CHARACTER", `网址或查询条件${HOW_TO_FIX}`);
    }
    if (c.req.raw.body && /^application\/([\w.+-]*\+)?json/i.test(c.req.header("content-type") ?? "")) {
      let text: string;
      try {
        text = await c.req.text();
      } catch {
        return next(); // the route's own reading reports what went wrong (body too large, connection lost)
      }
      if (text.includes("\0") || /\\u0000/i.test(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return next(); // not JSON: the route's validation answers MALFORMED_REQUEST
        }
        const field = nulFieldOf(parsed);
        if (field !== null) {
          const problems: FieldProblem[] = [{ field, message: `此项${HOW_TO_FIX}` }];
          throw badRequest("NUL_CHARACTER", `提交的内容${HOW_TO_FIX}`, problems);
        }
      }
    }
    return next();
  };
}
