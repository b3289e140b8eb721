import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { registry } from "@edubureau/core";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { inject } from "vitest";
import { createPersonalDataCipher } from "../src/auth/personalData";
import { loadConfig } from "../src/config";
import { type Database, openDatabase } from "../src/db/client";
import { DEMO_PASSWORD } from "../src/demo/accounts";
import { createApp } from "../src/http/app";
import { TEMPLATE_DB, TEST_SECRET, TEST_YEAR } from "./template";

/** A fresh copy of the migrated template with the test county, on the database kind of this test project. */
export async function openTestDatabase(): Promise<Database> {
  if (inject("dbKind") === "pglite") {
    const blob = new Blob([readFileSync(inject("pgliteTemplate"))]);
    return openDatabase({ kind: "pglite", loadDataDir: blob });
  }
  const serverUrl = inject("postgresUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgresql", url: serverUrl, poolSize: 1 });
  await admin.db.execute(sql.raw(`create database ${name} template ${TEMPLATE_DB}`));
  await admin.close();
  return openDatabase({ kind: "postgresql", url: serverUrl.replace(/\/[^/]*$/, `/${name}`), poolSize: 4 });
}

/** A clock tests can move forward (session expiry, lock-outs). */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** The real app on a test database, called in-process through app.request (no network). */
export function testApp(database: Database, clock = testClock()) {
  const config = loadConfig({ EDUBUREAU_DATA: "/nonexistent", NODE_ENV: "test" });
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    config,
    cipher: createPersonalDataCipher(TEST_SECRET),
    now: clock.now,
  });
  return { app, clock };
}

export type TestApp = ReturnType<typeof testApp>["app"];

export interface Session {
  cookie: string;
  csrf: string;
}

export { DEMO_PASSWORD } from "../src/demo/accounts";

/** Logs in and returns the cookie and CSRF token for later calls. */
export async function login(app: TestApp, username: string, password: string = DEMO_PASSWORD): Promise<Session> {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

/** Calls the API as a session (or anonymously), sending JSON and the CSRF token on writes. */
export async function call(
  app: TestApp,
  session: Session | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== "GET") headers["x-csrf-token"] = session.csrf;
  }
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text so the assertion shows it
  }
  return { status: res.status, body: parsed };
}

/**
 * Every sheet's rows (values from column A) of a workbook, by sheet name. Read with exceljs's in-memory reader:
 * its streaming reader can end a sheet before workbook.xml is parsed and then fail on an undefined model.
 */
export async function workbookRows(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[ws.name] = rows;
  }
  return sheets;
}

/** A resident ID from its first 17 characters, with its check character. */
export const withCheckChar = (first17: string) => `${first17}${registry.residentIdCheckChar(first17)}`;

/**
 * The body of a new student for POST /api/registry/students: a first-grader of the test year, not yet in a class,
 * with every flag off; `overrides` changes any field.
 *
 * @example newStudentBody(schoolId, withCheckChar("15259920190316771"), { name: "两台服务器" })
 */
export function newStudentBody(schoolId: string, residentId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: "测试学生",
    ethnicity: "汉族",
    residentId,
    schoolId,
    schoolYear: TEST_YEAR,
    grade: 1,
    classId: null,
    householdType: "urban",
    leftBehind: false,
    migrant: false,
    disability: null,
    disabilityPlacement: null,
    orphan: false,
    povertyRegistered: false,
    dibao: false,
    address: "北原县城关镇",
    guardianName: "测试家长",
    guardianPhone: "13800005678",
    ...overrides,
  };
}
