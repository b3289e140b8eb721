import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/context";
import { validationHook } from "../../http/validation";

export function transfersRoutes() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
