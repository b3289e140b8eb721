import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "./app";
import type { Deps } from "./context";
import { describeApi, operationIdOf } from "./openapi";

// the routes only: a request that passes no session check would reach the database, which is not there
const app = createApp({ dbKind: "pglite" } as Deps);
const doc = describeApi(app);

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, { content?: Record<string, { schema?: { type?: string; format?: string } }> }>;
};
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
  METHODS.filter((m) => m in item).map((method) => ({
    method,
    path,
    op: (item as Record<string, Operation>)[method] as Operation,
  })),
);
const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe("the API description", () => {
  it("describes every route the router answers, and only those", () => {
    const routed = new Set(
      app.routes
        // middleware (ALL) and the web app's fallback page (GET *) are not API routes
        .filter((r) => r.method !== "ALL" && !r.path.includes("*"))
        .map((r) => key(r.method, r.path.replace(/:([^/{]+)(\{[^}]*\})?/g, "{$1}"))),
    );
    const described = new Set(operations.map((o) => key(o.method, o.path)));
    expect([...routed].filter((r) => !described.has(r))).toEqual([]);
    expect([...described].filter((d) => !routed.has(d))).toEqual([]);
    expect(described).toContain("GET /api/balance/report.xlsx");
    expect(described).toContain("POST /api/admissions/uploads/allocation");
  });

  it("names every operation once, in camelCase", () => {
    const ids = operations.map((o) => o.op.operationId ?? "");
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdOf("get", "/api/registry/students")).toBe("getRegistryStudents");
    expect(operationIdOf("put", "/api/registry/schools/{id}/conditions/{year}")).toBe(
      "putRegistrySchoolsByIdConditionsByYear",
    );
    expect(operationIdOf("get", "/api/exams/{id}/schools/{schoolId}/report.docx")).toBe(
      "getExamsByIdSchoolsBySchoolIdReportDocx",
    );
  });

  it("states how each operation is authenticated: the session cookie to read, and the CSRF header to write", () => {
    expect(doc.components?.securitySchemes).toEqual({
      sessionCookie: expect.objectContaining({ type: "apiKey", in: "cookie", name: "eb_session" }),
      csrfToken: expect.objectContaining({ type: "apiKey", in: "header", name: "X-CSRF-Token" }),
    });
    const publicOnes: string[] = [];
    for (const { method, path, op } of operations) {
      expect(op.security, key(method, path)).toBeDefined();
      if (op.security?.length === 0) publicOnes.push(key(method, path));
      else if (method !== "get")
        expect(op.security?.[0], key(method, path)).toEqual({ sessionCookie: [], csrfToken: [] });
      else expect(op.security?.[0], key(method, path)).toEqual({ sessionCookie: [] });
    }
    expect(publicOnes.sort()).toEqual([
      "GET /api/health",
      "GET /api/openapi.json",
      "GET /api/public/draws",
      "GET /api/public/draws/{code}",
      "GET /api/public/draws/{code}/files/{which}",
      "GET /metrics",
      "POST /api/auth/login",
    ]);
  });

  describe("matches what the server does without a session", () => {
    beforeAll(() => {
      // a public route reaches for the missing database and answers 500, which is logged
      vi.spyOn(console, "error").mockImplementation(() => {});
    });
    afterAll(() => {
      vi.restoreAllMocks();
    });

    it("answers 401 to every operation that needs the session, and never to a public one", async () => {
      // outside the signed-in areas a route checks its input first: it gets a valid body
      const bodies: Record<string, unknown> = { "POST /api/auth/password": { currentPassword: "a", newPassword: "b" } };
      for (const { method, path, op } of operations) {
        const url = path.replace(/\{[^}]+\}/g, "x");
        const body = bodies[key(method, path)];
        const res = await app.request(url, {
          method: method.toUpperCase(),
          ...(body ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}),
        });
        // a requirement list holding an empty one ({}) also lets an anonymous caller through (logout)
        const anonymous = op.security?.length === 0 || op.security?.some((r) => Object.keys(r).length === 0);
        if (anonymous) expect(res.status, key(method, path)).not.toBe(401);
        else expect(res.status, key(method, path)).toBe(401);
      }
    });
  });

  it("describes every file as binary, with its content type", () => {
    const files: string[] = [];
    for (const { method, path, op } of operations) {
      for (const response of Object.values(op.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type.startsWith("application/json")) {
            // a JSON file (a draw's canonical input or result) is JSON to its reader, not a JSON string
            expect(media.schema?.type, `${key(method, path)} ${type}`).not.toBe("string");
            continue;
          }
          files.push(`${key(method, path)} ${type}`);
          expect(media.schema, `${key(method, path)} ${type}`).toEqual({ type: "string", format: "binary" });
        }
      }
    }
    expect(files).toContain(
      "GET /api/admissions/templates/{which} application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(files).toContain("GET /api/backups/{name} application/gzip");
  });

  it("gives a typed client: types generated by openapi-typescript name every operation and type-check", async () => {
    const generated = astToString(await openapiTS(doc as Parameters<typeof openapiTS>[0]));
    const ids = operations.map((o) => o.op.operationId ?? "");
    const client = [
      `import type { operations, paths } from "./api";`,
      // every operation by its name
      ...ids.map((id, i) => `type Named${i} = operations[${JSON.stringify(id)}];`),
      `export type All = [${ids.map((_, i) => `Named${i}`).join(", ")}];`,
      // the student list's query, a file download, an upload with its file and settings
      `type ListStudents = NonNullable<operations["getRegistryStudents"]["parameters"]["query"]>;`,
      `export const search: ListStudents = { q: "张" };`,
      `type Report = operations["getBalanceReportXlsx"];`,
      `export const reportQuery: NonNullable<Report["parameters"]["query"]> = { year: 2026, stage: "junior" };`,
      // a stage the API does not know is refused by the types (the directive fails if it is not)
      `// @ts-expect-error no such stage`,
      `export const badQuery: NonNullable<Report["parameters"]["query"]> = { stage: "senior" };`,
      `export type Xlsx = Report["responses"][200]["content"]["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];`,
      `type Upload = paths["/api/admissions/uploads/lottery"]["post"]["requestBody"]["content"]["multipart/form-data"];`,
      `export const upload: Upload = { file: "", settings: "{}" };`,
    ].join("\n");

    const files: Record<string, string> = { "/client/api.ts": generated, "/client/client.ts": client };
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      lib: ["lib.es2022.d.ts"],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile, directoryExists } = host;
    host.directoryExists = (d) => d === "/client" || (directoryExists?.(d) ?? false);
    host.fileExists = (f) => f in files || fileExists(f);
    host.readFile = (f) => files[f] ?? readFile(f);
    host.getSourceFile = (f, lang, ...rest) => {
      const text = files[f];
      return text === undefined ? getSourceFile(f, lang, ...rest) : ts.createSourceFile(f, text, lang);
    };
    const program = ts.createProgram(Object.keys(files), options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
    // and a name that is not an operation fails, so the check above can fail
    files["/client/client.ts"] = `import type { operations } from "./api";\ntype X = operations["listNothing"];`;
    const failing = ts.createProgram(Object.keys(files), options, host, program);
    expect(ts.getPreEmitDiagnostics(failing).length).toBeGreaterThan(0);
  }, 60_000);
});
