import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, openTestDatabase, type TestApp, testApp } from "./harness";

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
});
afterAll(() => database.close());

describe("platform endpoints", () => {
  it("reports health with the database kind and schema version", async () => {
    const res = await call(app, null, "GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: inject("dbKind"), schemaVersion: expect.any(Number) });
    expect(res.body.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it("publishes an OpenAPI document listing the routes", async () => {
    const res = await call(app, null, "GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/auth/login", "/api/users", "/api/audit", "/api/registry/overview"]),
    );
  });

  it("answers an unknown API path with a Chinese JSON 404", async () => {
    const res = await call(app, null, "GET", "/api/no-such-thing");
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: "NOT_FOUND", message: "接口不存在" });
  });

  it("sets security headers", async () => {
    const res = await app.request("/api/health");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
