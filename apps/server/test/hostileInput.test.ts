import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { describeForLog } from "../src/http/errors";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

/**
 * Input PostgreSQL cannot hold (a NUL character) and Origin headers that name no site get a 400 or 403 with a
 * Chinese message, never a 500; and what the server logs never carries the request's values.
 */
let database: Database;
let app: TestApp;
let leader: Session;
let admin: Session;

/** Everything written to the server's error log (console.error) while a test runs. */
let logged: string[] = [];
const realError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : String(a))).join(" "));
    realError(...args);
  };
});
afterEach(() => {
  console.error = realError;
});

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  leader = await login(app, "leader");
  admin = await login(app, "admin");
});
afterAll(() => database.close());

/** A value that must never reach the log: a name and the start of a resident ID. */
const PERSONAL = "张三丰110105";

/** Every GET route with a `q` search parameter, from the API's own OpenAPI document, path parameters filled. */
async function searchRoutes(): Promise<string[]> {
  const doc = (await call(app, null, "GET", "/api/openapi.json")).body as {
    paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>;
  };
  return Object.entries(doc.paths)
    .filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === "query" && p.name === "q"))
    .map(([path]) => path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000"));
}

describe("a NUL character gets a 400, never a 500", () => {
  it("in the search of every capability (q=%00), and nothing of it is logged", async () => {
    const routes = await searchRoutes();
    // students, staff, the student and staff exports, ledger findings and institutions at least
    expect(routes).toEqual(
      expect.arrayContaining([
        "/api/registry/students",
        "/api/registry/staff",
        "/api/ledger/findings",
        "/api/registry/exports/students.xlsx",
      ]),
    );
    for (const route of routes) {
      for (const q of ["%00", `${encodeURIComponent(PERSONAL)}%00`]) {
        const res = await call(app, leader, "GET", `${route}?q=${q}`);
        expect({ route, status: res.status, code: res.body?.error?.code }).toEqual({
          route,
          status: 400,
          code: "NUL_CHARACTER",
        });
        expect(res.body.error.message).toMatch(/空字符/);
      }
    }
    expect(logged.join("\n")).not.toContain(PERSONAL);
    expect(logged).toEqual([]);
  });

  it("in any query parameter or path parameter", async () => {
    for (const path of [
      "/api/registry/schools?q=a%00b",
      "/api/exams?schoolYear=%00",
      "/api/audit?actor=%00",
      "/api/registry/students/%00",
      `/api/registry/students/${encodeURIComponent(PERSONAL)}%00`,
    ]) {
      const res = await call(app, leader, "GET", path);
      expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({
        path,
        status: 400,
        code: "NUL_CHARACTER",
      });
    }
    expect(logged).toEqual([]);
  });

  it("inside a JSON body's field: 400 naming the field, nothing written", async () => {
    const before = await call(app, admin, "GET", "/api/users?pageSize=100");
    const res = await call(app, admin, "POST", "/api/users", {
      username: "nul_user",
      displayName: `${PERSONAL}\u0000`,
      role: "leader",
      password: "Edu-Nul-Test-2026!",
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "NUL_CHARACTER", details: [{ field: "displayName" }] });
    expect(res.body.error.message).toMatch(/空字符/);
    const after = await call(app, admin, "GET", "/api/users?pageSize=100");
    expect(after.body.total).toBe(before.body.total);
    // nested, and in a key
    const nested = await call(app, admin, "POST", "/api/users", { username: "a", profile: { "x\u0000": 1 } });
    expect(nested.body.error).toMatchObject({ code: "NUL_CHARACTER", details: [{ field: "profile.x" }] });
    // an escaped backslash followed by u0000 is text, not a NUL: the route's own validation answers
    const text = await call(app, admin, "POST", "/api/users", '{"username": "\\\\u0000"}');
    expect(text.body.error.code).toBe("VALIDATION_FAILED");
    expect(logged).toEqual([]);
  });
});

describe("an Origin that names no site, on a write", () => {
  for (const origin of ["null", "http://[bad", "not a url"]) {
    it(`Origin: ${origin} is refused as a cross-site write (403), not a 500`, async () => {
      for (const session of [null, admin]) {
        const headers: Record<string, string> = { host: "localhost", origin, "content-type": "application/json" };
        if (session) Object.assign(headers, { cookie: session.cookie, "x-csrf-token": session.csrf });
        const res = await app.request("http://localhost/api/auth/login", {
          method: "POST",
          headers,
          body: JSON.stringify({ username: "admin", password: "x" }),
        });
        expect(res.status).toBe(403);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("CROSS_SITE_REQUEST");
        expect(body.error.message).toMatch(/拒绝跨站请求/);
      }
      expect(logged).toEqual([]);
    });
  }

  it("the same site's Origin still passes", async () => {
    const res = await app.request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { host: "localhost", origin: "http://localhost", "content-type": "application/json" },
      body: JSON.stringify({ username: "leader", password: "wrong-password" }),
    });
    expect(res.status).toBe(401);
  });
});

describe("what an unexpected database error logs", () => {
  it("the SQL text and state, never the parameters nor the quoted values", async () => {
    for (const failing of [sql`select ${`${PERSONAL}\u0000`}::text as v`, sql`select ${PERSONAL}::uuid as v`]) {
      const err = await database.db.execute(failing).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).not.toBeNull();
      // the raw error does carry the value: that is why it is not logged as it is
      expect(`${(err as Error).message} ${JSON.stringify(err)}`).toContain(PERSONAL);
      const line = describeForLog(err);
      expect(line).toMatch(/^查询失败/);
      expect(line).toContain("SQL: select $1");
      expect(line).not.toContain(PERSONAL);
      expect(line).not.toContain("params");
    }
  });
});
