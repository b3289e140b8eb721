import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPersonalDataCipher } from "../src/auth/personalData";
import { loginFailure } from "../src/auth/tables";
import { loadConfig } from "../src/config";
import { type Database, openDatabase } from "../src/db/client";
import { createApp } from "../src/http/app";
import { runIfDue, type ScheduledJobSpec } from "../src/ops/scheduler";
import { loginAddressFailure, scheduledJob } from "../src/ops/tables";
import { localWriteSignal, postgresWriteSignal, type WriteSignal } from "../src/ops/writeSignal";
import {
  call,
  DEMO_PASSWORD,
  login,
  newStudentBody,
  openTestDatabase,
  type TestApp,
  testClock,
  withCheckChar,
} from "./harness";
import { TEST_SECRET, TEST_YEAR } from "./template";

/**
 * Two app servers on one database, as behind the proxy: on PostgreSQL each with its own pool and its own LISTEN
 * connection; on the embedded database (one process) they share the handle and the signal.
 */
let first: Database;
let second: Database;
let signals: WriteSignal[];
let a: TestApp;
let b: TestApp;
const clock = testClock(new Date("2026-11-23T02:00:00Z"));

function server(database: Database, writes: WriteSignal) {
  const config = loadConfig({ EDUBUREAU_DATA: "/nonexistent", NODE_ENV: "test" });
  const cipher = createPersonalDataCipher(TEST_SECRET);
  return createApp({ db: database.db, dbKind: database.kind, config, cipher, now: clock.now, writes });
}

beforeAll(async () => {
  first = await openTestDatabase();
  if (first.kind === "postgresql") {
    second = await openDatabase({ kind: "postgresql", url: first.pools!.finder.url, poolSize: 4 });
    signals = [postgresWriteSignal(first, () => {}), postgresWriteSignal(second, () => {})];
  } else {
    second = first;
    const shared = localWriteSignal();
    signals = [shared, shared];
  }
  a = server(first, signals[0]!);
  b = server(second, signals[1]!);
});
afterAll(async () => {
  for (const s of signals) await s.close();
  if (second !== first) await second.close();
  await first.close();
});

/** A first-grade student of the test year at a school, registered through the API in the tests below. */
const newStudent = (schoolId: string, first17: string, name: string) =>
  newStudentBody(schoolId, withCheckChar(first17), { name });

const loginFrom = (app: TestApp, username: string, password: string, ip: string) =>
  app.request(
    "/api/auth/login",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }) },
    { incoming: { socket: { remoteAddress: ip } } },
  );

describe("two app servers on one database", () => {
  it("locks an account after five failures made through both servers, counted once each, on both", async () => {
    const ip = "198.51.100.31";
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await loginFrom(i % 2 ? b : a, "zizhu", `wrong-${i}`, ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await loginFrom(a, "zizhu", DEMO_PASSWORD, ip)).status).toBe(429);
    expect((await loginFrom(b, "zizhu", DEMO_PASSWORD, ip)).status).toBe(429);
    const rows = await first.db.select().from(loginFailure).where(eq(loginFailure.username, "zizhu"));
    expect(rows.map((r) => r.failures)).toEqual([5]);
  });

  it("counts failures at once on both servers without losing one", async () => {
    const ip = "198.51.100.32";
    await Promise.all([0, 1, 2, 3].map((i) => loginFrom(i % 2 ? b : a, "jcjy", `wrong-${i}`, ip)));
    const rows = await first.db.select().from(loginFailure).where(eq(loginFailure.ip, ip));
    expect(rows.map((r) => r.failures)).toEqual([4]);
    expect((await loginFrom(b, "jcjy", DEMO_PASSWORD, ip)).status).toBe(200);
  });

  it("blocks an address that tried 30 usernames, half through each server, on both", async () => {
    const ip = "198.51.100.33";
    for (let i = 0; i < 30; i++)
      expect((await loginFrom(i % 2 ? b : a, `guess${i}`, "wrong-password", ip)).status).toBe(401);
    const blockedA = await loginFrom(a, "leader", DEMO_PASSWORD, ip);
    const blockedB = await loginFrom(b, "leader", DEMO_PASSWORD, ip);
    expect([blockedA.status, blockedB.status]).toEqual([429, 429]);
    expect(((await blockedB.json()) as any).error.code).toBe("TOO_MANY_ATTEMPTS");
    const rows = await first.db.select().from(loginAddressFailure).where(eq(loginAddressFailure.ip, ip));
    expect(rows).toHaveLength(30);
    // ten minutes later the address may try again
    clock.advance(10 * 60_000 + 1000);
    expect((await loginFrom(b, "leader", DEMO_PASSWORD, ip)).status).toBe(200);
  });

  it("runs a scheduled job once per period however many servers claim it at the same moment", async () => {
    let ran = 0;
    const job: ScheduledJobSpec = {
      name: "test-purge",
      everyMs: 60 * 60_000,
      run: async () => {
        ran += 1;
        return 0;
      },
      describe: () => "",
    };
    const at = new Date("2026-11-23T03:00:00Z");
    const claimed = await Promise.all([first, second, first, second].map((d) => runIfDue(d.db, job, at, () => {})));
    expect(claimed.filter(Boolean)).toHaveLength(1);
    expect(ran).toBe(1);
    // within the hour nobody runs it again; after the hour, once more
    expect(await runIfDue(second.db, job, new Date("2026-11-23T03:59:00Z"), () => {})).toBe(false);
    const later = new Date("2026-11-23T04:00:00Z");
    const again = await Promise.all([first, second].map((d) => runIfDue(d.db, job, later, () => {})));
    expect(again.filter(Boolean)).toHaveLength(1);
    const [row] = await first.db.select().from(scheduledJob).where(eq(scheduledJob.name, "test-purge"));
    expect(row).toMatchObject({ runs: 2, outcome: "ok", failures: 0 });
    expect(ran).toBe(2);
  });

  it("shows a student registered through one server in the other's home overview at once (no 15-second cache)", async () => {
    const leaderB = await login(b, "leader");
    const school1 = await login(a, "school1");
    const before = (await call(b, leaderB, "GET", `/api/registry/overview?year=${TEST_YEAR}`)).body.students.total;
    const schoolId = (await call(a, school1, "GET", "/api/auth/me")).body.user.schoolId;
    const first17 = "15259920190316771";
    const created = await call(
      a,
      school1,
      "POST",
      "/api/registry/students",
      newStudent(schoolId, first17, "两台服务器"),
    );
    expect(created.status).toBe(201);
    // the other server hears of the write through LISTEN/NOTIFY within moments
    let after = before;
    for (let i = 0; i < 50 && after === before; i++) {
      after = (await call(b, leaderB, "GET", `/api/registry/overview?year=${TEST_YEAR}`)).body.students.total;
      if (after === before) await new Promise((r) => setTimeout(r, 100));
    }
    expect(after).toBe(before + 1);
  });

  it("ends on the other server at once a session signed out on one (the session each keeps in memory)", async () => {
    const leader = await login(a, "leader");
    expect((await call(a, leader, "GET", "/api/auth/me")).status).toBe(200);
    expect((await call(b, leader, "GET", "/api/auth/me")).status).toBe(200);
    expect((await call(a, leader, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await call(a, leader, "GET", "/api/auth/me")).status).toBe(401);
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      status = (await call(b, leader, "GET", "/api/auth/me")).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(401);
  });

  it("shows a write through one server in the other's cockpit figures (the figure table each keeps in memory)", async () => {
    const leaderB = await login(b, "leader");
    const cockpit = async () => (await call(b, leaderB, "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    const figure = (body: any, key: string) =>
      body.cards.flatMap((c: any) => c.figures).find((f: any) => f.key === key);
    const before = figure(await cockpit(), "registry.students");
    expect(before.status).toBe("ok");
    // a student registered: the register's figures are stale on every server from the commit on
    const school1 = await login(a, "school1");
    const schoolId = (await call(a, school1, "GET", "/api/auth/me")).body.user.schoolId;
    const first17 = "15259920190521773";
    const created = await call(
      a,
      school1,
      "POST",
      "/api/registry/students",
      newStudent(schoolId, first17, "驾驶舱测试"),
    );
    expect(created.status).toBe(201);
    let after = before.value;
    for (let i = 0; i < 50 && after === before.value; i++) {
      after = figure(await cockpit(), "registry.students").value;
      if (after === before.value) await new Promise((r) => setTimeout(r, 100));
    }
    expect(after).toBe(before.value + 1);
  });

  it("reports which database it runs on and that no replica is configured", async () => {
    const health = await call(b, null, "GET", "/api/health");
    expect(health.body).toMatchObject({ database: inject("dbKind"), replica: { state: "none" } });
  });
});
