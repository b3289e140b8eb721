import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type TestApp, testApp } from "./harness";

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
    expect(res.body).toEqual({
      status: "ok",
      database: inject("dbKind"),
      schemaVersion: expect.any(Number),
      replica: { state: "none", lagSeconds: null, lagBytes: null, promoted: false },
    });
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

  it("gives every answer a request id, keeping a well-formed one from the proxy", async () => {
    const own = await app.request("/api/health");
    expect(own.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const proxied = await app.request("/api/health", { headers: { "x-request-id": "0123456789abcdef0123" } });
    expect(proxied.headers.get("x-request-id")).toBe("0123456789abcdef0123");
    const forged = await app.request("/api/health", { headers: { "x-request-id": 'forged" level="error' } });
    expect(forged.headers.get("x-request-id")).not.toContain("forged");
  });

  it("serves Prometheus metrics by route pattern to this machine only, never a record's id", async () => {
    const leader = await login(app, "leader");
    await call(app, leader, "GET", "/api/registry/students/00000000-0000-4000-8000-000000000000");
    const local = await app.request("/metrics");
    expect(local.status).toBe(200);
    const text = await local.text();
    expect(text).toContain('edubureau_http_request_duration_seconds_bucket{le="0.1",method="GET",route="/api/health"');
    expect(text).toContain('route="/api/registry/students/:id"');
    expect(text).not.toContain("00000000-0000-4000-8000-000000000000");
    expect(text).toContain("edubureau_import_jobs");
    expect(text).toContain("edubureau_db_replica_up 0");
    const remote = await app.request("/metrics", {}, { incoming: { socket: { remoteAddress: "203.0.113.9" } } });
    expect(remote.status).toBe(403);
  });
});
