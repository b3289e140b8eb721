import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { registry } from "@edubureau/core";
import { serve } from "@hono/node-server";
import { and, asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { personName } from "../src/demo/names";
import { createRandom } from "../src/demo/random";
import { BODY_LIMITS, bodyLimitFor } from "../src/http/uploadLimits";
import { school, schoolClass } from "../src/registry/tables";
import { login, openTestDatabase, type Session, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Body limits over a real socket: a register file of 40,000 students (over 2 MB) imports through the upload route,
 * and a body over its limit is answered 413 with a Chinese message and `Connection: close`, then the connection is
 * closed, whether its length was declared or it came chunked.
 */
let database: Database;
let server: ReturnType<typeof serve>;
let port: number;
let session: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  const { app } = testApp(database);
  session = await login(app, "jcjy");
  server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

/** A workbook of `count` valid pupils for one class, every column filled, each with a distinct resident ID. */
async function pupils(count: number, cls: { code: string; grade: number; number: number }) {
  const headers = registry.studentRowColumns.map((c) => registry.studentRowHeaders[c] as string);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(headers);
  const rng = createRandom(18);
  for (let i = 0; i < count; i++) {
    const region = 110101 + Math.floor(i / 8_400);
    const day = Math.floor(i / 100) % 84;
    const month = String(1 + Math.floor(day / 28)).padStart(2, "0");
    const first17 = `${region}${TEST_YEAR - 6 - cls.grade}${month}${String(1 + (day % 28)).padStart(2, "0")}${100 + (i % 100)}`;
    const row: Record<string, string | number> = {
      姓名: personName(rng, i % 2 ? "M" : "F", "汉族", "young"),
      民族: "汉族",
      身份证号: `${first17}${registry.residentIdCheckChar(first17)}`,
      户口性质: i % 3 === 0 ? "农村" : "城镇",
      学校标识码: cls.code,
      年级: registry.gradeLabel(cls.grade),
      班号: cls.number,
      家庭住址: `示范县城关镇幸福路${i}号${i % 7}单元${i % 30}室`,
      监护人: personName(rng, "F", "汉族", "adult"),
      监护人电话: `139${String(i).padStart(8, "0")}`,
    };
    ws.addRow(headers.map((h) => row[h] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const api = (path: string) => `http://127.0.0.1:${port}${path}`;
const writeHeaders = () => ({
  cookie: session.cookie,
  "x-csrf-token": session.csrf,
  origin: `http://127.0.0.1:${port}`,
});

/** What came back on a raw connection: status, headers, body, and whether the server closed it. */
interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  closedByServer: boolean;
}

/**
 * Sends a request head on a raw socket, then feeds `body` chunks until the server answers; resolves once the
 * server has closed the connection (or after `timeoutMs`, with closedByServer false).
 */
function rawRequest(head: string, chunks: () => Buffer | null, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    let answered = false;
    const timer = setTimeout(() => finish(false), timeoutMs);
    const finish = (closedByServer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = received.toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      if (split < 0) return reject(new Error(`no answer (closed: ${closedByServer}): ${text}`));
      const [statusLine, ...lines] = text.slice(0, split).split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(":");
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine?.split(" ")[1]), headers, body: text.slice(split + 4), closedByServer });
    };
    socket.on("data", (data) => {
      received = Buffer.concat([received, data]);
      answered = true;
    });
    socket.on("end", () => finish(true));
    socket.on("close", () => finish(true));
    // the server may close while we still write: that is the point, not a failure
    socket.on("error", () => undefined);
    socket.on("connect", () => {
      socket.write(head);
      const pump = () => {
        while (!answered && !socket.destroyed) {
          const chunk = chunks();
          if (chunk === null) return;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
      };
      pump();
    });
  });
}

/** The body of a 413 as JSON (a chunked answer's single chunk, or the plain body). */
function errorOf(answer: RawAnswer) {
  const body = answer.headers["transfer-encoding"] === "chunked" ? answer.body.split("\r\n")[1]! : answer.body;
  return JSON.parse(body) as { error: { code: string; message: string } };
}

describe("one body limit per kind of request", () => {
  it("each upload route has its own limit, every other request the JSON limit", () => {
    expect(bodyLimitFor("/api/registry/imports")).toBe(BODY_LIMITS.registryImport);
    expect(bodyLimitFor("/api/registry/imports/0b4a3c1e-0000-4000-8000-000000000000/commit")).toBe(BODY_LIMITS.json);
    expect(bodyLimitFor("/api/exams/e1/imports")).toBe(BODY_LIMITS.examScores);
    expect(bodyLimitFor("/api/admissions/uploads/lottery")).toBe(BODY_LIMITS.admissionsList);
    expect(bodyLimitFor("/api/ledger/findings/f1/evidence")).toBe(BODY_LIMITS.ledgerEvidence);
    expect(bodyLimitFor("/api/users")).toBe(BODY_LIMITS.json);
    expect(bodyLimitFor("/api/backups")).toBe(BODY_LIMITS.backupRestore);
    expect(bodyLimitFor("/api/backups/make")).toBe(BODY_LIMITS.json);
    // a county's whole register (100,000 students, about 10 MB as xlsx) fits in one file
    expect(BODY_LIMITS.registryImport.fileBytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  });

  it("a 40,000-student register file (over 2 MB) imports through the upload route", async () => {
    const [cls] = await database.db
      .select({ code: school.code, grade: schoolClass.grade, number: schoolClass.number })
      .from(schoolClass)
      .innerJoin(school, eq(school.id, schoolClass.schoolId))
      .where(and(eq(schoolClass.schoolYear, TEST_YEAR), eq(school.kind, "primary")))
      .orderBy(asc(school.code), asc(schoolClass.grade), asc(schoolClass.number))
      .limit(1);
    const bytes = await pupils(40_000, cls!);
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const form = new FormData();
    form.append("file", new File([new Uint8Array(bytes)], "全县学生.xlsx"));
    const res = await fetch(api("/api/registry/imports"), { method: "POST", headers: writeHeaders(), body: form });
    const up = (await res.json()) as any;
    expect(res.status).toBe(201);
    expect(up.problems.slice(0, 3)).toEqual([]);
    expect(up.summary).toMatchObject({ rows: 40_000, invalidRows: 0 });
    const done = await fetch(api(`/api/registry/imports/${up.job.id}/commit`), {
      method: "POST",
      headers: { ...writeHeaders(), "content-type": "application/json" },
      body: JSON.stringify({ onlyValidRows: false }),
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ written: 40_000 });
  }, 240_000);

  it("a declared length over the limit: 413 before the body is read, Connection: close, then closed", async () => {
    const length = BODY_LIMITS.registryImport.bodyBytes + 1;
    const head =
      "POST /api/registry/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n" +
      `Cookie: ${session.cookie}\r\nX-CSRF-Token: ${session.csrf}\r\n` +
      `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${length}\r\n\r\n`;
    let sent = 0;
    const answer = await rawRequest(head, () => {
      if (sent >= length) return null;
      const chunk = Buffer.alloc(Math.min(64 * 1024, length - sent), 0x61);
      sent += chunk.length;
      return chunk;
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(errorOf(answer).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/30 MB/) });
    expect(answer.closedByServer).toBe(true);
    // the answer came before the whole body was sent
    expect(sent).toBeLessThan(length);
  });

  it("a chunked body is counted as it streams and refused at its limit: 413, Connection: close, then closed", async () => {
    const head =
      "POST /api/registry/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n" +
      `Cookie: ${session.cookie}\r\nX-CSRF-Token: ${session.csrf}\r\n` +
      "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n";
    const piece = Buffer.alloc(256 * 1024, 0x62);
    const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
    let sent = 0;
    const endless = BODY_LIMITS.registryImport.bodyBytes * 4; // never finishes on its own: the server must stop it
    const answer = await rawRequest(head, () => {
      if (sent > endless) return null;
      sent += piece.length;
      return chunk;
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(errorOf(answer).error.message).toContain("文件过大(上限 30 MB)");
    expect(answer.closedByServer).toBe(true);
    expect(sent).toBeLessThan(endless);
  });

  it("a chunked JSON body over 1 MB gets the JSON limit's 413", async () => {
    const json = Buffer.from(JSON.stringify({ displayName: "x".repeat(BODY_LIMITS.json.bodyBytes) }));
    const head =
      "POST /api/users HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
      `Cookie: ${session.cookie}\r\nX-CSRF-Token: ${session.csrf}\r\n` +
      "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    let at = 0;
    const answer = await rawRequest(head, () => {
      if (at > json.length) return null;
      const part = json.subarray(at, at + 64 * 1024);
      at += 64 * 1024;
      return part.length === 0
        ? Buffer.from("0\r\n\r\n")
        : Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from("\r\n")]);
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe("close");
    expect(errorOf(answer).error.message).toBe("请求内容过大(上限 1 MB)");
    expect(answer.closedByServer).toBe(true);
  });
});
