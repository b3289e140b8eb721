import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { call, DEMO_PASSWORD, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

let database: Database;
let app: TestApp;
let admin: Session;
let schoolId: string;
let teacherStaffId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  admin = await login(app, "admin");
  const teacher = (await database.db.select().from(appUser).where(eq(appUser.username, "teacher1")))[0]!;
  schoolId = teacher.schoolId!;
  teacherStaffId = teacher.staffId!;
});
afterAll(() => database.close());

const create = (body: Record<string, unknown>) =>
  call(app, admin, "POST", "/api/users", { displayName: "测试用户", password: "Valid-Password-2026", ...body });

const loginFrom = (username: string, password: string, ip: string) =>
  app.request(
    "/api/auth/login",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }) },
    { incoming: { socket: { remoteAddress: ip } } },
  );

async function userCount() {
  return (await database.db.select().from(appUser)).length;
}

describe("creating accounts", () => {
  it("creates a school administrator who must change the password at first login", async () => {
    const res = await create({ username: "zhang.wei", role: "school_admin", schoolId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: "zhang.wei", role: "school_admin", schoolId, mustChangePassword: true });
    expect(res.body.passwordHash).toBeUndefined();
    const s = await login(app, "zhang.wei", "Valid-Password-2026");
    expect((await call(app, s, "GET", "/api/auth/me")).body.mustChangePassword).toBe(true);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "users.create"), eq(auditLog.targetId, res.body.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("creates a teacher tied to their staff record", async () => {
    const res = await create({ username: "li.teacher", role: "teacher", schoolId, staffId: teacherStaffId });
    expect(res.status).toBe(201);
  });

  it.each([
    [{ username: "Bad Name", role: "leader" }, "username", /小写字母/],
    [{ username: "ab", role: "leader" }, "username", /至少3个字符/],
    [{ username: "sec1", role: "section" }, "section", /须指定所属股室/],
    [{ username: "sec2", role: "section", section: "canteen" }, "section", /股室不存在/],
    [{ username: "sch1", role: "school_admin" }, "schoolId", /须指定所属学校/],
    [
      { username: "sch2", role: "leader", schoolId: "00000000-0000-4000-8000-000000000000" },
      "schoolId",
      /不应指定学校/,
    ],
    [
      { username: "sch3", role: "school_admin", schoolId: "00000000-0000-4000-8000-000000000000" },
      "schoolId",
      /不存在/,
    ],
    [{ username: "tch1", role: "teacher", schoolId }, "staffId", /关联教职工/],
    [{ username: "role1", role: "superuser" }, "role", /角色不存在/],
    [{ username: "weak1", role: "leader", password: "abc" }, "password", /至少10个字符/],
    [{ username: "weak2", role: "leader", password: "EduDemo@2026" }, "password", /^不能使用公开过的演示密码/],
    [{ username: "weak3", role: "leader", password: "aaaaaaaaa1" }, "password", /^密码太容易被猜到:含有重复的字符/],
    [{ username: "liming", role: "leader", password: "Liming@2026" }, "password", /^密码不能包含用户名$/],
    [
      { username: "weak4", role: "leader", displayName: "王建国", password: "Wangjianguo#1" },
      "password",
      /^密码太容易被猜到:含有用户名、姓名/,
    ],
  ])("refuses %o with a message on %s", async (body, field, message) => {
    const before = await userCount();
    const res = await create(body);
    expect(res.status).toBe(400);
    const problem = res.body.error.details.find((d: any) => d.field === field);
    expect(problem?.message).toMatch(message);
    expect(await userCount()).toBe(before);
  });

  it("refuses a username already taken", async () => {
    const res = await create({ username: "leader", role: "leader" });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "USERNAME_TAKEN", message: "用户名“leader”已被使用" });
  });
});

describe("changing accounts", () => {
  it("disabling an account ends its sessions and refuses its logins", async () => {
    const s = await login(app, "zhaosheng");
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(200); // kept in memory from here
    const id = (await database.db.select().from(appUser).where(eq(appUser.username, "zhaosheng")))[0]!.id;
    const res = await call(app, admin, "PATCH", `/api/users/${id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(401);
    await expect(login(app, "zhaosheng")).rejects.toThrow(/401/);
    expect((await call(app, admin, "PATCH", `/api/users/${id}`, { disabled: false })).status).toBe(200);
    await expect(login(app, "zhaosheng")).resolves.toBeTruthy();
  });

  it("moving a school administrator to another role checks the new scope", async () => {
    const id = (await database.db.select().from(appUser).where(eq(appUser.username, "school2")))[0]!.id;
    const res = await call(app, admin, "PATCH", `/api/users/${id}`, { role: "section" });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["section", "schoolId"]));
  });

  it("does not let the administrator disable themselves", async () => {
    const me = (await call(app, admin, "GET", "/api/auth/me")).body.user.id;
    const res = await call(app, admin, "PATCH", `/api/users/${me}`, { disabled: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("SELF_LOCKOUT");
  });

  it("resets a password: old sessions end, the new password works and must be changed", async () => {
    const s = await login(app, "renshi");
    const id = (await database.db.select().from(appUser).where(eq(appUser.username, "renshi")))[0]!.id;
    const weak = await call(app, admin, "POST", `/api/users/${id}/reset-password`, { password: "123" });
    expect(weak.status).toBe(400);
    const ok = await call(app, admin, "POST", `/api/users/${id}/reset-password`, { password: "Fresh-Start-2027" });
    expect(ok.status).toBe(200);
    expect((await call(app, s, "GET", "/api/auth/me")).status).toBe(401);
    const again = await login(app, "renshi", "Fresh-Start-2027");
    expect((await call(app, again, "GET", "/api/auth/me")).body.mustChangePassword).toBe(true);
  });

  it("refuses the demo password as a reset, and a reset unlocks the account from every address", async () => {
    const id = (await database.db.select().from(appUser).where(eq(appUser.username, "jiaoyan")))[0]!.id;
    const demo = await call(app, admin, "POST", `/api/users/${id}/reset-password`, { password: DEMO_PASSWORD });
    expect(demo.status).toBe(400);
    expect(demo.body.error.details).toContainEqual({ field: "password", message: "不能使用公开过的演示密码,请换一个" });
    for (let i = 0; i < 5; i++) await loginFrom("jiaoyan", `guess-${i}`, "198.51.100.7");
    expect((await loginFrom("jiaoyan", DEMO_PASSWORD, "198.51.100.7")).status).toBe(429);
    const listed = (await call(app, admin, "GET", "/api/users")).body.rows.find((u: any) => u.id === id);
    expect(listed.lockedUntil).toEqual(expect.any(String));
    expect(
      (await call(app, admin, "POST", `/api/users/${id}/reset-password`, { password: "Quiet-Harbour-88" })).status,
    ).toBe(200);
    expect((await loginFrom("jiaoyan", "Quiet-Harbour-88", "198.51.100.7")).status).toBe(200);
    const after = (await call(app, admin, "GET", "/api/users")).body.rows.find((u: any) => u.id === id);
    expect(after.lockedUntil).toBeNull();
  });

  it("answers 404 for an account that does not exist", async () => {
    const res = await call(app, admin, "PATCH", "/api/users/00000000-0000-4000-8000-000000000000", {
      displayName: "x",
    });
    expect(res.status).toBe(404);
  });
});
