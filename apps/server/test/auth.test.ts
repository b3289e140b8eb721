import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { call, DEMO_PASSWORD, login, openTestDatabase, type TestApp, testApp, testClock } from "./harness";

let database: Database;
let app: TestApp;
const clock = testClock(new Date("2026-11-23T02:00:00Z"));
beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database, clock).app;
});
afterAll(() => database.close());

const loginRaw = (username: string, password: string) =>
  app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });

async function auditCount(action: string) {
  const rows = await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action));
  return rows[0]?.n ?? 0;
}

describe("login", () => {
  it("sets an httpOnly SameSite=Strict session cookie and returns the user, scope and abilities", async () => {
    const res = await loginRaw("school1", DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^eb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = (await res.json()) as any;
    expect(me.user).toMatchObject({ username: "school1", role: "school_admin", roleLabel: "学校管理员" });
    expect(me.user.schoolName).toBeTruthy();
    expect(me.abilities.write).toContain("registry");
    expect(me.abilities.read).not.toContain("audit");
    expect(me.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it("refuses a wrong password and an unknown user with the same Chinese message, and audits both", async () => {
    const before = await auditCount("auth.login_failed");
    const wrong = await loginRaw("leader", "not-the-password-1");
    const unknown = await loginRaw("nobody", "not-the-password-1");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = (await wrong.json()) as any;
    const b = (await unknown.json()) as any;
    expect(a.error).toEqual({ code: "INVALID_CREDENTIALS", message: "用户名或密码错误" });
    expect(b.error).toEqual(a.error);
    expect(await auditCount("auth.login_failed")).toBe(before + 2);
  });

  it("locks an account after five failures, even for the right password, and unlocks after the backoff", async () => {
    for (let i = 0; i < 5; i++) expect((await loginRaw("zizhu", `wrong-password-${i}`)).status).toBe(401);
    const locked = await loginRaw("zizhu", DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as any).error.message).toMatch(/账号已临时锁定/);
    clock.advance(61_000);
    expect((await loginRaw("zizhu", DEMO_PASSWORD)).status).toBe(200);
    const [row] = await database.db.select().from(appUser).where(eq(appUser.username, "zizhu"));
    expect(row?.failedLogins).toBe(0);
    expect(row?.lockedUntil).toBeNull();
  });

  it("refuses a login body that is not JSON", async () => {
    const res = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "username=leader&password=x",
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as any).error.message).toMatch(/JSON/);
  });
});

describe("sessions", () => {
  it("answers /me with 401 without a session and with the user with one", async () => {
    expect((await call(app, null, "GET", "/api/auth/me")).status).toBe(401);
    const s = await login(app, "leader");
    const me = await call(app, s, "GET", "/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.role).toBe("leader");
  });

  it("ends the session on logout", async () => {
    const s = await login(app, "leader");
    expect((await call(app, s, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("expires an idle session after the configured hours", async () => {
    const s = await login(app, "jiaoyan");
    clock.advance(7 * 3600_000);
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(200);
    clock.advance(8 * 3600_000 + 1000);
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("refuses a signed-in write without the CSRF token", async () => {
    const s = await login(app, "admin");
    const res = await call(app, { ...s, csrf: "forged" }, "POST", "/api/auth/logout");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("CSRF_FAILED");
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(200);
  });

  it("refuses a write from another origin", async () => {
    const s = await login(app, "admin");
    const res = await app.request("/api/auth/logout", {
      method: "POST",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf, origin: "https://evil.example", host: "localhost:3000" },
    });
    expect(res.status).toBe(403);
  });
});

describe("change password", () => {
  it("checks the current password and the policy, then ends other sessions", async () => {
    const s1 = await login(app, "anquan");
    const s2 = await login(app, "anquan");
    const wrong = await call(app, s1, "POST", "/api/auth/password", {
      currentPassword: "nope-nope-1",
      newPassword: "River-Bend-2031",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toEqual({ field: "currentPassword", message: "当前密码不正确" });
    const weak = await call(app, s1, "POST", "/api/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "short",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.map((d: any) => d.message)).toContain("密码至少10个字符");
    const ok = await call(app, s1, "POST", "/api/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "River-Bend-2031",
    });
    expect(ok.status).toBe(200);
    expect((await call(app, s1, "GET", "/api/auth/me")).status).toBe(200);
    expect((await call(app, s2, "GET", "/api/auth/me")).status).toBe(401);
    expect((await loginRaw("anquan", DEMO_PASSWORD)).status).toBe(401);
    expect((await loginRaw("anquan", "River-Bend-2031")).status).toBe(200);
    expect(await auditCount("auth.change_password")).toBe(1);
  });
});
