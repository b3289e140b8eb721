import type { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { SESSION_COOKIE } from "../auth/sessionStore";
import type { AppEnv } from "./context";

/** A JSON response of a route contract. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** JSON text of a value of type T, serialized once and kept (a large answer many readers receive the same). */
export type JsonText<T> = string & { readonly jsonOf?: T };

/** `JSON.stringify(value)`, typed as the text of that value. */
export const jsonText = <T>(value: T): JsonText<T> => JSON.stringify(value) as JsonText<T>;

/**
 * Answers with JSON text already serialized, typed as the JSON of its value, so that the route's contract still checks
 * what the text was made from.
 */
export function jsonTextResponse<T>(c: Context, text: JsonText<T>): TypedResponse<JSONParsed<T>, 200, "json"> {
  return c.body(text, 200, { "content-type": "application/json" }) as unknown as TypedResponse<
    JSONParsed<T>,
    200,
    "json"
  >;
}

/** A required JSON request body of a route contract (a body of another type answers 415). */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** A file response of a route contract (a download: the bytes of `contentType`, described as a binary string). */
export const fileResponse = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: { type: "string" as const, format: "binary" } } },
});

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The media type of a Word document (.docx). */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Printable ASCII that may stand inside a quoted `filename` (no quote, no backslash). */
const PLAIN_FILE_NAME = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;

/**
 * The Content-Disposition header of a file response (RFC 6266): the file name in UTF-8 as `filename*` (RFC 5987,
 * which every current browser reads) and an ASCII `filename` for the clients that read only that one — the name
 * itself when it is plain ASCII, otherwise `fallback`, by default "download" with the name's extension.
 *
 * @param fileName the name the user sees, Chinese as it is
 * @param options `inline` to show the file in the browser (a picture, a PDF) instead of saving it
 * @example contentDisposition("整改台账.xlsx") // => `attachment; filename="download.xlsx"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%8F%B0%E8%B4%A6.xlsx`
 * @example contentDisposition("a.jpg", { inline: true }) // => `inline; filename="a.jpg"; filename*=UTF-8''a.jpg`
 */
export function contentDisposition(fileName: string, options: { inline?: boolean; fallback?: string } = {}): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0] ?? "";
  const ascii = PLAIN_FILE_NAME.test(fileName) ? fileName : (options.fallback ?? `download${extension}`);
  // RFC 5987 attr-char leaves out ' ( ) *, which encodeURIComponent keeps
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${options.inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A JSON file to download and keep byte for byte (a draw's canonical input or result, whose SHA-256 is published):
 * any JSON value, never re-serialised before hashing.
 */
export const jsonFileResponse = (description: string) => ({
  description,
  content: {
    "application/json": {
      schema: { description: "规范化 JSON 文件:计算 SHA-256 摘要时请使用收到的原始字节,勿重新序列化" },
    },
  },
});

/**
 * A multipart upload of a route contract, documented only: the handler reads the form itself, so a request that
 * is not multipart gets the upload's own message. `fields` are the other form fields beside the file `file`.
 */
export const multipartBody = (fileDescription: string, fields: Record<string, { description: string }> = {}) => ({
  required: true,
  content: {
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        required: ["file"],
        properties: {
          file: { type: "string" as const, format: "binary", description: fileDescription },
          ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { type: "string" as const, ...v }])),
        },
      },
    },
  },
});

/** The security schemes: the session cookie set by login, and the CSRF token every signed-in write repeats. */
export const securitySchemes = {
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "会话 Cookie(httpOnly、SameSite=Strict),由 POST /api/auth/login 设置,空闲超时后失效",
  },
  csrfToken: {
    type: "apiKey",
    in: "header",
    name: "X-CSRF-Token",
    description: "防跨站请求令牌:登录或 GET /api/auth/me 返回的 csrfToken,已登录时每个写请求(非 GET)都须携带",
  },
} as const;

/** A signed-in read needs the session cookie; a signed-in write needs the cookie and the CSRF header. */
export const signedInRead = [{ sessionCookie: [] }];
export const signedInWrite = [{ sessionCookie: [], csrfToken: [] }];
/** The security of a public route (login, health, the public verification pages): none. */
export const publicRoute = [] as { [scheme: string]: string[] }[];

const document = {
  openapi: "3.1.0",
  info: {
    title: "EduBureau 教育局业务平台接口",
    version: "0.1.0",
    license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    description: [
      "县区教育局业务平台的接口:学籍与基础数据、均衡发展监测、质量检测与成绩分析、督导整改台账、阳光招生。",
      "",
      "登录:POST /api/auth/login 设置会话 Cookie(eb_session)并返回 csrfToken;此后读请求带 Cookie,",
      "写请求(POST、PUT、PATCH、DELETE)另带请求头 X-CSRF-Token。公开接口(健康检查、登录、公示验证)无需登录。",
      "",
      "错误一律为 { error: { code, message, details } }:code 稳定可供程序判断,message 为中文说明。",
      "数据按登录账号的角色与数据范围过滤;个人信息默认脱敏。",
    ].join("\n"),
  },
  servers: [{ url: "/", description: "本服务器(接口路径均以 /api 开头)" }],
};

/**
 * A route's operationId when its contract names none: the method and the path's words in camelCase, a path
 * parameter as `By<Name>`, the `/api` prefix left out. Stable (it depends only on the route itself) and unique
 * (no two routes share method and path).
 *
 * @example operationIdOf("get", "/api/registry/students/{id}") // "getRegistryStudentsById"
 * @example operationIdOf("get", "/api/exams/{id}/tables.xlsx") // "getExamsByIdTablesXlsx"
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api(?=\/|$)/, "")
    .split("/")
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? ["by", ...(param[1] ?? "").split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return method.toLowerCase() + words.map(upper).join("");
}

const READ_METHODS = new Set(["get", "head", "options"]);
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type Operation = { operationId?: string; security?: unknown };

/**
 * The API description of an app: every route contract with its operationId and security filled in where the
 * contract does not set them (reads need the session cookie, writes the cookie and the CSRF header; a public route
 * says `security: publicRoute` in its contract), plus the title, servers and security schemes.
 */
export function describeApi(app: Pick<OpenAPIHono<AppEnv>, "getOpenAPI31Document">) {
  const doc = app.getOpenAPI31Document(document);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      operation.operationId ??= operationIdOf(method, path);
      operation.security ??= READ_METHODS.has(method) ? signedInRead : signedInWrite;
    }
  }
  doc.components = { ...doc.components, securitySchemes: { ...securitySchemes } };
  return doc;
}
