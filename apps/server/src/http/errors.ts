import { auth } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error a user may see: a stable code, an HTTP status and a Chinese message. Never a stack trace. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, "UNAUTHENTICATED", "请先登录");
/**
 * A refusal naming what was refused, from the one table of refused actions in core (您没有权限下载全县均衡发展监测表).
 * The error handler words it again with the county's owning sections of the day (业务归口) when the caller has them.
 */
export const forbidden = (action: auth.RefusedAction) =>
  Object.assign(new AppError(403, "FORBIDDEN", auth.refusalMessage(action)), { refusedAction: action });
/** Used both for records that do not exist and for records outside the caller's scope, so the two look alike. */
export const notFound = (what = "记录") => new AppError(404, "NOT_FOUND", `${what}不存在或您无权查看`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);

/** The body of every error response. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "VALIDATION_FAILED" }),
      message: z.string().openapi({ example: "输入有误,请检查标出的字段" }),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

export const errorResponses = {
  400: { description: "输入有误", content: { "application/json": { schema: errorSchema } } },
  401: { description: "未登录", content: { "application/json": { schema: errorSchema } } },
  403: { description: "无权限", content: { "application/json": { schema: errorSchema } } },
  404: { description: "不存在", content: { "application/json": { schema: errorSchema } } },
} as const;

/** One validation problem: which field, what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A database error's fields worth logging: never its parameters, which may hold personal data. */
interface QueryFailure {
  query?: unknown;
  params?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** Values quoted in a database message (`invalid input syntax for type uuid: "…"`) are the user's input. */
const redactQuoted = (message: string) => message.replace(/: "[^"]*"/g, ': "…"');

/**
 * What the log may say about an unexpected error: for a failed query its SQL text (placeholders, no values), the
 * SQL state and the database's message with quoted values removed; otherwise the error's stack. Never drizzle's
 * "params" line, nor a database error's detail, which quote the row's values.
 *
 * @example describeForLog(new DrizzleQueryError("select $1", ["110105…"], pgError))
 * // "查询失败 [SQLSTATE 22021] invalid byte sequence for encoding \"UTF8\": 0x00\nSQL: select $1"
 */
export function describeForLog(err: unknown): string {
  const failure = (typeof err === "object" && err !== null ? err : {}) as QueryFailure;
  if (typeof failure.query === "string" && "params" in failure) {
    const cause = (typeof failure.cause === "object" && failure.cause !== null ? failure.cause : {}) as QueryFailure;
    const state = typeof cause.code === "string" ? ` [SQLSTATE ${cause.code}]` : "";
    const message = typeof cause.message === "string" ? ` ${redactQuoted(cause.message)}` : "";
    return `查询失败${state}${message}\nSQL: ${failure.query}`;
  }
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}
