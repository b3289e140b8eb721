import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

/**
 * Every refusal names what was refused, in the words of the one table of refused actions: a school asking for the
 * county's balance workbook is told it may not download that workbook (not that it may not "进行使用" the sandbox).
 */
let database: Database;
let app: TestApp;
const sessions = {} as Record<"school1" | "teacher1" | "leader", Session>;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database));
  for (const u of ["school1", "teacher1", "leader"] as const) sessions[u] = await login(app, u);
});
afterAll(() => database.close());

describe("a refusal names what was refused", () => {
  it("tells a school it may not download the county's balance workbook", async () => {
    const res = await call(app, sessions.school1, "GET", "/api/balance/report.xlsx?stage=primary");
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: "FORBIDDEN", message: "您没有权限下载全县均衡发展监测表" });
  });

  it("tells a school it may not download the county's balance report", async () => {
    const res = await call(app, sessions.school1, "GET", "/api/balance/report.docx?stage=primary");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("您没有权限下载全县均衡发展监测报告");
  });

  it("tells a school it may not use the what-if sandbox", async () => {
    const res = await call(app, sessions.school1, "GET", "/api/balance/scenarios");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("您没有权限进行全县模拟测算");
  });

  it("names the capability a role may not read, in Chinese", async () => {
    const res = await call(app, sessions.teacher1, "GET", "/api/ledger/findings");
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("您没有权限查看督导整改台账");
  });

  it("names the write a read-only role was refused", async () => {
    const res = await call(app, sessions.leader, "POST", "/api/balance/snapshots", {
      schoolYear: 2026,
      stage: "primary",
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("您没有权限修改均衡发展监测");
  });
});
