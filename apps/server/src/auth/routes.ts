import { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteCookie, setCookie } from "hono/cookie";
import { recordAudit } from "../audit/store";
import type { AppEnv } from "../http/context";
import { AppError, badRequest, errorResponses, unauthenticated } from "../http/errors";
import { jsonBody, jsonResponse, publicRoute, signedInWrite } from "../http/openapi";
import { validationHook } from "../http/validation";
import { townsOfCounty } from "../registry/retentionIntake";
import { regionName, schoolName } from "../registry/store";
import { actorWithOwners } from "./actor";
import { addressBlocked, recordAddressFailure } from "./ipThrottle";
import { clearLoginFailures, loginLockedUntil, recordLoginFailure } from "./loginFailureStore";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords";
import { changePasswordBody, loginBody, type Me, meSchema } from "./schemas";
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from "./sessionStore";
import { findUserById, findUserByUsername, recordSuccessfulLogin, setPassword } from "./userStore";

const loginRoute = createRoute({
  method: "post",
  path: "/login",
  tags: ["账号"],
  summary: "登录",
  security: publicRoute,
  request: { body: jsonBody(loginBody) },
  responses: { 200: jsonResponse(meSchema, "已登录"), ...errorResponses, 429: jsonResponse(z.any(), "尝试过多") },
});

const logoutRoute = createRoute({
  method: "post",
  path: "/logout",
  tags: ["账号"],
  summary: "退出登录",
  // signed in, a write like any other (cookie and CSRF header); signed out, it answers 200 all the same
  security: [...signedInWrite, {}],
  responses: {
    200: jsonResponse(z.object({ ok: z.literal(true) }), "已退出"),
    400: errorResponses[400],
    403: errorResponses[403],
  },
});

const meRoute = createRoute({
  method: "get",
  path: "/me",
  tags: ["账号"],
  summary: "当前用户、角色、数据范围与权限",
  responses: { 200: jsonResponse(meSchema, "当前用户"), ...errorResponses },
});

const changePasswordRoute = createRoute({
  method: "post",
  path: "/password",
  tags: ["账号"],
  summary: "修改密码",
  request: { body: jsonBody(changePasswordBody) },
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), "已修改"), ...errorResponses },
});

const allCapabilities = Object.keys(auth.capabilityLabels) as auth.Capability[];

async function presentMe(
  c: { var: AppEnv["Variables"] },
  user: NonNullable<Awaited<ReturnType<typeof findUserById>>>,
  csrfToken: string,
): Promise<Me> {
  const actor = await actorWithOwners(c.var.deps.db, user, c.var.deps.now());
  const db = c.var.deps.db;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: actor.role,
      roleLabel: auth.roleLabels[actor.role],
      section: actor.section,
      sectionLabel: actor.section ? auth.sectionLabels[actor.section] : null,
      schoolId: user.schoolId,
      schoolName: user.schoolId ? await schoolName(db, user.schoolId) : null,
      townCode: user.townCode,
      townName: user.townCode ? ((await townsOfCounty(db, user.regionCode)).get(user.townCode) ?? null) : null,
      regionCode: user.regionCode,
      regionName: await regionName(db, user.regionCode),
    },
    csrfToken,
    mustChangePassword: user.mustChangePassword,
    abilities: auth.abilitiesOf(actor, allCapabilities),
  };
}

const INVALID_LOGIN = "用户名或密码错误";

export function authRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid("json");
    const { db, now, config } = c.var.deps;
    const at = now();
    if (await addressBlocked(db, c.var.ip, at)) {
      throw new AppError(429, "TOO_MANY_ATTEMPTS", "登录尝试过于频繁,请10分钟后再试");
    }
    // Locked per username as typed and address, before the account is even looked up: an unknown username is
    // answered, timed and throttled exactly like a known one, and a lock made from one address does not keep the
    // real user out from another.
    const lockedUntil = await loginLockedUntil(db, username, c.var.ip, at);
    if (lockedUntil) {
      const until = lockedUntil.toLocaleTimeString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });
      const message = `登录失败次数过多,账号在此网络地址已临时锁定,请于 ${until} 后再试,或联系管理员重置密码`;
      throw new AppError(429, "ACCOUNT_LOCKED", message);
    }
    const user = await findUserByUsername(db, username);
    // the hash check runs for an unknown username too (against a hash that never verifies) so timing does not tell
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || user.disabled) {
      await db.transaction(async (tx) => {
        await recordAddressFailure(tx, c.var.ip, at);
        const locked = await recordLoginFailure(tx, username, c.var.ip, at);
        await recordAudit(tx, {
          actor: null,
          actorName: username,
          action: "auth.login_failed",
          targetType: "user",
          targetId: user?.id,
          details: { reason: !user ? "unknown_user" : user.disabled ? "disabled" : "wrong_password", ...locked },
          ip: c.var.ip,
          at,
        });
      });
      throw new AppError(401, "INVALID_CREDENTIALS", user?.disabled && ok ? "账号已停用,请联系管理员" : INVALID_LOGIN);
    }
    const created = await db.transaction(async (tx) => {
      await recordSuccessfulLogin(tx, user.id, at);
      await clearLoginFailures(tx, username, c.var.ip);
      await recordAudit(tx, {
        actor: { userId: user.id, username: user.username, regionCode: user.regionCode },
        action: "auth.login",
        targetType: "user",
        targetId: user.id,
        ip: c.var.ip,
        at,
      });
      return createSession(tx, {
        userId: user.id,
        now: at,
        hours: config.sessionHours,
        ip: c.var.ip,
        userAgent: c.req.header("user-agent"),
      });
    });
    setCookie(c, SESSION_COOKIE, created.token, {
      httpOnly: true,
      sameSite: "Strict",
      secure: config.production,
      path: "/",
    });
    return c.json(await presentMe(c, user, created.csrfToken), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const s = c.var.session;
    if (s) {
      const { db, now } = c.var.deps;
      const actor = c.var.actor;
      await db.transaction(async (tx) => {
        await deleteSession(tx, s.tokenHash);
        if (actor) {
          await recordAudit(tx, {
            actor,
            action: "auth.logout",
            targetType: "user",
            targetId: actor.userId,
            ip: c.var.ip,
            at: now(),
          });
        }
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const actor = c.var.actor;
    const s = c.var.session;
    if (!actor || !s) throw unauthenticated();
    const user = await findUserById(c.var.deps.db, actor.userId);
    if (!user) throw unauthenticated();
    return c.json(await presentMe(c, user, s.csrfToken), 200);
  });

  app.openapi(changePasswordRoute, async (c) => {
    const actor = c.var.actor;
    const s = c.var.session;
    if (!actor || !s) throw unauthenticated();
    const { currentPassword, newPassword } = c.req.valid("json");
    const { db, now } = c.var.deps;
    const user = await findUserById(db, actor.userId);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badRequest("WRONG_PASSWORD", "当前密码不正确", [{ field: "currentPassword", message: "当前密码不正确" }]);
    }
    const problems = auth.passwordProblems(newPassword, {
      username: user.username,
      displayName: user.displayName,
      countyName: await regionName(db, user.regionCode),
    });
    if (problems.length > 0) {
      throw badRequest(
        "WEAK_PASSWORD",
        "新密码不符合要求",
        problems.map((p) => ({ field: "newPassword", message: p.message })),
      );
    }
    const passwordHash = await hashPassword(newPassword);
    await db.transaction(async (tx) => {
      await setPassword(tx, user.id, passwordHash, false, now());
      await deleteUserSessions(tx, user.id, s.tokenHash);
      await recordAudit(tx, {
        actor,
        action: "auth.change_password",
        targetType: "user",
        targetId: user.id,
        ip: c.var.ip,
        at: now(),
      });
    });
    return c.json({ ok: true as const }, 200);
  });

  return app;
}
