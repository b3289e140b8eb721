import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { person } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

let database: Database;
let app: TestApp;
let admin: Session;
beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  admin = await login(app, "admin");
});
afterAll(() => database.close());

async function counts() {
  const [u] = await database.db.select({ n: count() }).from(appUser);
  const [p] = await database.db.select({ n: count() }).from(person);
  return { users: u?.n, people: p?.n };
}

describe("bad input gets a clear 4xx and writes nothing", () => {
  it("malformed JSON", async () => {
    const before = await counts();
    const res = await call(app, admin, "POST", "/api/users", '{"username": "a",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("MALFORMED_REQUEST");
    expect(res.body.error.message).toBe("请求内容不是有效的 JSON");
    expect(await counts()).toEqual(before);
  });

  it("an oversized body", async () => {
    const before = await counts();
    const res = await call(app, admin, "POST", "/api/users", { username: "big", displayName: "x".repeat(2_000_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/请求内容过大/);
    expect(await counts()).toEqual(before);
  });

  it("wrong types, each field named in Chinese", async () => {
    const res = await call(app, admin, "POST", "/api/users", {
      username: 42,
      displayName: ["x"],
      role: "leader",
      password: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    const fields = res.body.error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["username", "displayName", "password"]));
    for (const d of res.body.error.details) expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("SQL-looking strings are data, not SQL", async () => {
    const before = await counts();
    const evil = "x'; drop table app_user; --";
    const res = await call(app, admin, "GET", `/api/registry/students?q=${encodeURIComponent(evil)}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
    const loginRes = await call(app, null, "POST", "/api/auth/login", { username: "' or '1'='1", password: evil });
    expect(loginRes.status).toBe(401);
    const audit = await call(app, admin, "GET", `/api/audit?actor=${encodeURIComponent("' or 1=1 --")}`);
    expect(audit.status).toBe(200);
    expect(audit.body.total).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("query parameters out of range", async () => {
    const res = await call(app, admin, "GET", "/api/registry/students?pageSize=100000&year=abc");
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["pageSize", "year"]));
  });

  it("a bad id in the path", async () => {
    const res = await call(app, admin, "PATCH", "/api/users/not-a-uuid", { displayName: "x" });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ field: "id", message: "用户编号格式不正确" });
  });
});
