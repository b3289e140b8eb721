import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { createAdministrator } from "../src/auth/firstRun";
import { appUser, loginFailure } from "../src/auth/tables";
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

/** Logs in from a client address (as @hono/node-server would see it), or from no address at all. */
const loginRaw = (username: string, password: string, ip?: string) =>
  app.request(
    "/api/auth/login",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    },
    ip ? { incoming: { socket: { remoteAddress: ip } } } : undefined,
  );

const ADDRESS_A = "198.51.100.7";
const ADDRESS_B = "203.0.113.20";

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

  it("locks a username from one address after five failures, even for the right password, until the backoff ends", async () => {
    for (let i = 0; i < 5; i++) expect((await loginRaw("zizhu", `wrong-password-${i}`, ADDRESS_A)).status).toBe(401);
    const locked = await loginRaw("zizhu", DEMO_PASSWORD, ADDRESS_A);
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as any).error.message).toMatch(
      /账号在此网络地址已临时锁定,请于 \d\d:\d\d:\d\d 后再试/,
    );
    clock.advance(61_000);
    expect((await loginRaw("zizhu", DEMO_PASSWORD, ADDRESS_A)).status).toBe(200);
    const rows = await database.db.select().from(loginFailure).where(eq(loginFailure.username, "zizhu"));
    expect(rows).toEqual([]);
  });

  it("keeps a user locked out from an attacker's address able to sign in from their own", async () => {
    for (let i = 0; i < 6; i++) await loginRaw("jcjy", `guess-${i}`, ADDRESS_A);
    expect((await loginRaw("jcjy", DEMO_PASSWORD, ADDRESS_A)).status).toBe(429);
    expect((await loginRaw("jcjy", DEMO_PASSWORD, ADDRESS_B)).status).toBe(200);
    expect((await loginRaw("jcjy", DEMO_PASSWORD, ADDRESS_A)).status).toBe(429);
  });

  it("answers failures on an unknown username exactly as on a known one, locks included", async () => {
    const known: [number, unknown][] = [];
    const unknown: [number, unknown][] = [];
    for (let i = 0; i < 7; i++) {
      const k = await loginRaw("dudao", `wrong-password-${i}`, ADDRESS_B);
      const u = await loginRaw("no-such-user", `wrong-password-${i}`, ADDRESS_B);
      known.push([k.status, await k.json()]);
      unknown.push([u.status, await u.json()]);
    }
    expect(known.map(([status]) => status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(known);
    const rows = await database.db
      .select({ username: loginFailure.username, failures: loginFailure.failures })
      .from(loginFailure)
      .where(eq(loginFailure.ip, ADDRESS_B));
    expect(rows.sort((a, b) => a.username.localeCompare(b.username))).toEqual([
      { username: "dudao", failures: 5 },
      { username: "no-such-user", failures: 5 },
    ]);
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
    // read once first: the server keeps a signed-in session in memory, and the logout must end the kept one too
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(200);
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
  it.each([
    ["the published demo password", DEMO_PASSWORD, ["不能使用公开过的演示密码,请换一个", /^密码太容易被猜到:/]],
    [
      "repeated characters",
      "aaaaaaaaa1",
      ["密码太容易被猜到:含有重复的字符(如 aaa),请使用更长、不含用户名和常见词的密码"],
    ],
    [
      "the username",
      "Zhaosheng@2026",
      ["密码不能包含用户名", /^密码太容易被猜到:含有用户名、姓名、县名或本系统的名称/],
    ],
    ["the county's name in pinyin", "Beiyuan@2026", [/^密码太容易被猜到:含有用户名、姓名、县名或本系统的名称/]],
    ["a common Chinese password", "woaini1314", [/^密码太容易被猜到:这是最常用的密码之一/]],
  ])("refuses %s with the reason in Chinese", async (_case, newPassword, messages) => {
    const s = await login(app, "zhaosheng");
    const res = await call(app, s, "POST", "/api/auth/password", { currentPassword: DEMO_PASSWORD, newPassword });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "WEAK_PASSWORD", message: "新密码不符合要求" });
    expect(res.body.error.details).toEqual(
      messages.map((m) => ({ field: "newPassword", message: typeof m === "string" ? m : expect.stringMatching(m) })),
    );
  });

  it("checks the current password and the policy, then ends other sessions", async () => {
    const s1 = await login(app, "anquan");
    const s2 = await login(app, "anquan");
    expect((await call(app, s2, "GET", "/api/auth/me")).status).toBe(200); // kept in memory from here
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

describe("create-admin", () => {
  it("creates an administrator with a random password the policy accepts, and refuses a weak one in Chinese", async () => {
    const [leader] = await database.db.select().from(appUser).where(eq(appUser.username, "leader"));
    const props = { regionCode: leader!.regionCode, now: clock.now() };
    const made = await createAdministrator(database.db, { ...props, username: "chief" });
    expect(made.generated).toBe(true);
    expect((await loginRaw("chief", made.password)).status).toBe(200);
    await expect(
      createAdministrator(database.db, { ...props, username: "chief2", password: DEMO_PASSWORD }),
    ).rejects.toThrow(/^管理员密码不符合要求:不能使用公开过的演示密码/);
    await expect(
      createAdministrator(database.db, { ...props, username: "chief2", password: "aaaaaaaaa1" }),
    ).rejects.toThrow(/^管理员密码不符合要求:密码太容易被猜到:含有重复的字符/);
    const strong = await createAdministrator(database.db, {
      ...props,
      username: "chief2",
      password: "Granite-Owl-4417",
    });
    expect(strong.generated).toBe(false);
  });
});
