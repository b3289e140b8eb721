import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { town } from "../src/registry/tables";
import { retentionCase, retentionSuspect } from "../src/retention/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

/**
 * A township contact (乡镇联络员, the demo's xiangzhen): reads the persuasion cases of its township and records
 * visits on them; every other case answers 404 and every other route 403.
 */
let database: Database;
let app: TestApp;
let contact: Session;
let admin: Session;
let ownTown: string;
let otherTown: string;
const caseIds = { own: "", other: "" };

async function plantCase(regionCode: string, townCode: string, number: string, createdBy: string) {
  const run = crypto.randomUUID();
  const [s] = await database.db
    .insert(retentionSuspect)
    .values({
      regionCode,
      schoolYear: 2026,
      source: "roster_gap",
      sourceId: crypto.randomUUID(),
      townCode,
      nameMasked: "张*明",
      detail: "户籍在本乡镇,未在任何学校就读",
      status: "open",
      firstRunId: run,
      lastRunId: run,
    })
    .returning({ id: retentionSuspect.id });
  const [c] = await database.db
    .insert(retentionCase)
    .values({
      regionCode,
      number,
      suspectId: s!.id,
      townCode,
      nameMasked: "张*明",
      state: "confirmed",
      chain: {
        township: { name: "副镇长 苏和", phone: "13947100001" },
        village: { name: "村支书 王福", phone: "13947100002" },
        school: { name: "—", phone: "" },
        teacher: { name: "—", phone: "" },
      },
      openedOn: "2026-11-02",
      deadline: "2026-12-31",
      createdBy,
    })
    .returning({ id: retentionCase.id });
  return c!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  const [x] = await database.db.select().from(appUser).where(eq(appUser.username, "xiangzhen"));
  ownTown = x!.townCode!;
  const towns = await database.db.select().from(town).where(eq(town.regionCode, x!.regionCode));
  otherTown = towns.map((t) => t.code).find((c) => c !== ownTown)!;
  caseIds.own = await plantCase(x!.regionCode, ownTown, "2026-0901", x!.id);
  caseIds.other = await plantCase(x!.regionCode, otherTown, "2026-0902", x!.id);
  contact = await login(app, "xiangzhen");
  admin = await login(app, "admin");
});
afterAll(() => database.close());

const visit = {
  visitedOn: "2026-11-20",
  visitors: "副镇长 苏和、村支书 王福",
  method: "home_visit",
  outcome: "refused",
  note: "",
};

describe("a township contact", () => {
  it("is told its township and may read retention only", async () => {
    const me = (await call(app, contact, "GET", "/api/auth/me")).body;
    expect(me.user).toMatchObject({ role: "township", roleLabel: "乡镇联络员", townCode: ownTown });
    expect(me.user.townName).toBeTruthy();
    expect(me.abilities).toEqual({ read: ["retention"], write: [], reveal: [] });
  });

  it("lists and opens the cases of its township only; another township's case is 404", async () => {
    const list = await call(app, contact, "GET", "/api/retention/cases?register=all");
    expect(list.status).toBe(200);
    expect(list.body.rows.map((r: { number: string }) => r.number)).toEqual(["2026-0901"]);
    expect(list.body.rows[0].abilities).toEqual({ act: false, dismiss: false, visit: true });
    expect((await call(app, contact, "GET", `/api/retention/cases/${caseIds.own}`)).status).toBe(200);
    const other = await call(app, contact, "GET", `/api/retention/cases/${caseIds.other}`);
    expect(other.status).toBe(404);
    expect(other.body.error.message).toBe("劝返个案不存在或您无权查看");
  });

  it("records a visit on its township's case, audited; not on another township's", async () => {
    const r = await call(app, contact, "POST", `/api/retention/cases/${caseIds.own}/visits`, visit);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "retention.visit.record"), eq(auditLog.targetId, caseIds.own)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorName ?? audit[0]?.actorId).toBeTruthy();
    const detail = await call(app, contact, "GET", `/api/retention/cases/${caseIds.own}`);
    expect(detail.body.visits).toHaveLength(1);
    expect((await call(app, contact, "POST", `/api/retention/cases/${caseIds.other}/visits`, visit)).status).toBe(404);
  });

  it("is refused every step of the case beyond visits", async () => {
    const r = await call(app, contact, "POST", `/api/retention/cases/${caseIds.own}/transition`, {
      action: "record_return",
      note: "",
      returnedOn: "2026-11-25",
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe("您没有权限处理该劝返个案");
  });

  it.each([
    "/api/retention/overview",
    "/api/retention/suspects?status=open",
    "/api/retention/rates",
    "/api/retention/settings",
    "/api/registry/schools",
    "/api/registry/students",
    "/api/fitness/corrections",
    "/api/preschool/config",
    "/api/ledger/findings",
    "/api/users",
    "/api/audit",
    "/api/settings/capability-owners",
  ])("is refused GET %s", async (path) => {
    const r = await call(app, contact, "GET", path);
    expect(r.status, JSON.stringify(r.body)).toBe(403);
    expect(r.body.error.message).toMatch(/^您没有权限/);
  });
});

describe("creating a township contact", () => {
  const body = {
    username: "xz.dongcun",
    displayName: "东村镇·联络员",
    role: "township",
    password: "Valid-Password-2026",
  };
  it("lists the county's townships and binds the account to one of them", async () => {
    const towns = await call(app, admin, "GET", "/api/users/towns");
    expect(towns.status).toBe(200);
    expect(towns.body.rows.map((t: { code: string }) => t.code)).toContain(otherTown);
    expect((await call(app, contact, "GET", "/api/users/towns")).status).toBe(403);
    const r = await call(app, admin, "POST", "/api/users", { ...body, townCode: otherTown });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ role: "township", townCode: otherTown });
    const listed = (await call(app, admin, "GET", "/api/users")).body.rows.find(
      (u: { username: string }) => u.username === "xz.dongcun",
    );
    expect(listed.townName).toBe(towns.body.rows.find((t: { code: string }) => t.code === otherTown).name);
  });

  it("refuses one without a township, with a township outside the county, or a township on another role", async () => {
    const none = await call(app, admin, "POST", "/api/users", { ...body, username: "xz.none" });
    expect(none.status).toBe(400);
    expect(none.body.error.details).toEqual([{ field: "townCode", message: "乡镇联络员须指定所属乡镇" }]);
    const outside = await call(app, admin, "POST", "/api/users", {
      ...body,
      username: "xz.out",
      townCode: "110105001",
    });
    expect(outside.body.error.details).toEqual([{ field: "townCode", message: "所选乡镇不存在或不属于本县" }]);
    const leader = await call(app, admin, "POST", "/api/users", {
      ...body,
      username: "xz.leader",
      role: "leader",
      townCode: otherTown,
    });
    expect(leader.body.error.details).toEqual([{ field: "townCode", message: "只有乡镇联络员可指定乡镇" }]);
  });
});
