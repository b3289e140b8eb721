import { type Hook, z } from "@hono/zod-openapi";
import type { AppEnv } from "./context";

/**
 * Turns a failed zod validation into the platform's error shape, one entry per field, in Chinese.
 * zod's Chinese locale is switched on in app.ts.
 */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route, whatever its input type
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({
      field: issue.path.join(".") || "(请求体)",
      message: issue.message,
    }));
    return c.json({ error: { code: "VALIDATION_FAILED", message: "输入有误,请检查标出的字段", details } }, 400);
  }
};

/**
 * A record id in a request (a path parameter or a body field), with the Chinese message naming the record.
 *
 * @example uuidField("学校") // refuses "abc" with "学校编号格式不正确"
 */
export const uuidField = (what: string) => z.uuid(`${what}编号格式不正确`);
