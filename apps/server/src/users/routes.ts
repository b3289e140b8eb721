import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { accountLocks } from "../auth/loginFailureStore";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { createUser, resetPassword, updateUser } from "./commands";
import { createUserBody, resetPasswordBody, townsSchema, updateUserBody, userSchema } from "./schemas";
import { auditableUser, countyTowns, listUsers } from "./store";

const idParam = z.object({ id: z.uuid("用户编号格式不正确") });
const ok = jsonResponse(z.object({ ok: z.literal(true) }), "完成");
const user = jsonResponse(userSchema, "用户");

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["用户管理"],
  summary: "账号列表",
  responses: {
    200: jsonResponse(z.object({ rows: z.array(userSchema) }), "账号"),
    ...errorResponses,
  },
});
const createUserRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["用户管理"],
  summary: "新建账号",
  request: { body: jsonBody(createUserBody) },
  responses: { 201: user, ...errorResponses, 409: errorResponses[400] },
});
const updateRoute = createRoute({
  method: "patch",
  path: "/{id}",
  tags: ["用户管理"],
  summary: "修改账号(姓名、角色、数据范围、停用)",
  request: { params: idParam, body: jsonBody(updateUserBody) },
  responses: { 200: user, ...errorResponses },
});
const townsRoute = createRoute({
  method: "get",
  path: "/towns",
  tags: ["用户管理"],
  summary: "本县乡镇(为乡镇联络员账号指定乡镇)",
  responses: { 200: jsonResponse(townsSchema, "乡镇"), ...errorResponses },
});
const resetRoute = createRoute({
  method: "post",
  path: "/{id}/reset-password",
  tags: ["用户管理"],
  summary: "重置密码",
  request: { params: idParam, body: jsonBody(resetPasswordBody) },
  responses: { 200: ok, ...errorResponses },
});

type UserRow = Parameters<typeof auditableUser>[0];
/** The stored role and section (text columns) as the codes the contract names. */
const roleOf = (u: { role: string; section: string | null }) => ({
  role: u.role as auth.Role,
  section: u.section as auth.Section | null,
});
const present = (u: UserRow, lockedUntil: Date | null, schoolName: string | null = null) => ({
  ...auditableUser(u),
  ...roleOf(u),
  schoolName,
  townName: null,
  lockedUntil: lockedUntil?.toISOString() ?? null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

export function userRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ctx = (c: { var: AppEnv["Variables"] }) => ({ now: c.var.deps.now(), ip: c.var.ip });
  const lockOf = async (c: { var: AppEnv["Variables"] }, username: string) =>
    (await accountLocks(c.var.deps.db, [username], c.var.deps.now())).get(username) ?? null;

  app.openapi(listRoute, async (c) => {
    const rows = await listUsers(c.var.deps.db, c.var.actor, c.var.deps.now());
    return c.json(
      {
        rows: rows.map((r) => ({
          ...r,
          ...roleOf(r),
          lockedUntil: r.lockedUntil?.toISOString() ?? null,
          lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        })),
      },
      200,
    );
  });
  app.openapi(townsRoute, async (c) => c.json({ rows: await countyTowns(c.var.deps.db, c.var.actor) }, 200));
  app.openapi(createUserRoute, async (c) => {
    const created = await createUser(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c));
    return c.json(present(created, await lockOf(c, created.username)), 201);
  });
  app.openapi(updateRoute, async (c) => {
    const updated = await updateUser(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), ctx(c));
    return c.json(present(updated, await lockOf(c, updated.username)), 200);
  });
  app.openapi(resetRoute, async (c) => {
    await resetPassword(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json").password, ctx(c));
    return c.json({ ok: true as const }, 200);
  });
  return app;
}
