import { calendar } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { hashPassword } from "../src/auth/passwords";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { call, DEMO_PASSWORD, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";

/**
 * 业务归口: which section writes preschool and fitness. With the defaults 基础教育股 writes both; once the county
 * gives fitness to 体卫艺股 (recorded by the administrator, from a day, audited), 体卫艺股 writes it and 基础教育股
 * is refused with a message naming the new owner.
 */
let database: Database;
let app: TestApp;
let today: string;
const s = {} as Record<"admin" | "leader" | "jcjy" | "tiwei" | "school1", Session>;

const correction = (threshold: number) => ({
  kind: "item",
  item: "run50",
  grade: 10,
  sex: "female",
  score: 74,
  threshold,
  reason: "按印刷版标准第38页核对",
  effectiveFrom: "2026-12-01",
});

beforeAll(async () => {
  database = await openTestDatabase();
  const t = testApp(database);
  app = t.app;
  today = calendar.beijingDate(t.clock.now());
  const [jcjy] = await database.db.select().from(appUser).where(eq(appUser.username, "jcjy"));
  await database.db.insert(appUser).values({
    regionCode: jcjy!.regionCode,
    username: "tiwei",
    displayName: "体卫艺股·马丽",
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: "section",
    section: "health_arts",
  });
  for (const u of ["admin", "leader", "jcjy", "tiwei", "school1"] as const) s[u] = await login(app, u);
});
afterAll(() => database.close());

const assign = (who: Session, body: Record<string, unknown>) =>
  call(app, who, "POST", "/api/settings/capability-owners", body);

describe("with the defaults", () => {
  it("shows 基础教育股 owning preschool and fitness, to the bureau's accounts only", async () => {
    const r = await call(app, s.leader, "GET", "/api/settings/capability-owners");
    expect(r.status).toBe(200);
    expect(r.body.mayAssign).toBe(false);
    expect(r.body.capabilities.map((c: { current: { label: string } }) => c.current.label)).toEqual([
      "基础教育股",
      "基础教育股",
    ]);
    expect(r.body.capabilities[1].choices.map((c: { label: string }) => c.label)).toEqual(["基础教育股", "体卫艺股"]);
    expect((await call(app, s.admin, "GET", "/api/settings/capability-owners")).body.mayAssign).toBe(true);
    const school = await call(app, s.school1, "GET", "/api/settings/capability-owners");
    expect(school.status).toBe(403);
    expect(school.body.error.message).toBe("您没有权限查看业务归口股室");
  });

  it("lets 基础教育股 write fitness and preschool, and refuses 体卫艺股 naming 基础教育股", async () => {
    const me = await call(app, s.jcjy, "GET", "/api/auth/me");
    expect(me.body.abilities.write).toEqual(expect.arrayContaining(["fitness", "preschool"]));
    expect((await call(app, s.jcjy, "POST", "/api/fitness/corrections", correction(9.1))).status).toBe(201);
    const config = (await call(app, s.jcjy, "GET", "/api/preschool/config")).body.config;
    expect((await call(app, s.jcjy, "PUT", "/api/preschool/config", config)).status).toBe(200);
    const refused = await call(app, s.tiwei, "POST", "/api/fitness/corrections", correction(9.0));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("您没有权限更正体质健康评分表(由基础教育股负责)");
    expect((await call(app, s.tiwei, "GET", "/api/auth/me")).body.abilities.write).toEqual([]);
  });
});

describe("assigning fitness to 体卫艺股", () => {
  it("is refused to leadership and sections, and checks the choice, the day and the basis by field", async () => {
    const body = { capability: "fitness", section: "health_arts", effectiveFrom: today, basis: "局长办公会决定" };
    for (const u of ["leader", "jcjy", "tiwei", "school1"] as const) {
      const r = await assign(s[u], body);
      expect(r.status, u).toBe(403);
      expect(r.body.error.message).toBe("您没有权限修改业务归口股室(由系统管理员按局里的决定设置)");
    }
    const wrongSection = await assign(s.admin, { ...body, section: "personnel" });
    expect(wrongSection.status).toBe(400);
    expect(wrongSection.body.error.details).toEqual([
      { field: "section", message: "体质健康只能由基础教育股或体卫艺股负责" },
    ]);
    const past = await assign(s.admin, { ...body, effectiveFrom: calendar.addDays(today, -1) });
    expect(past.body.error.details[0].field).toBe("effectiveFrom");
    const noBasis = await assign(s.admin, { ...body, basis: "" });
    expect(noBasis.body.error.details[0].field).toBe("basis");
    const notSettable = await assign(s.admin, { ...body, capability: "exams" });
    expect(notSettable.status).toBe(400);
    expect((await call(app, s.admin, "GET", "/api/settings/capability-owners")).body.history).toEqual([]);
  });

  it("schedules a later day without changing who writes today", async () => {
    const later = calendar.addDays(today, 30);
    const r = await assign(s.admin, {
      capability: "fitness",
      section: "health_arts",
      effectiveFrom: later,
      basis: "局长办公会决定(下月起)",
    });
    expect(r.status).toBe(200);
    expect(r.body.capabilities[1].current).toMatchObject({ label: "基础教育股", since: null });
    expect(r.body.capabilities[1].scheduled).toMatchObject([{ sectionLabel: "体卫艺股", effectiveFrom: later }]);
    expect((await call(app, s.tiwei, "POST", "/api/fitness/corrections", correction(9.0))).status).toBe(403);
  });

  it("from today: 体卫艺股 writes fitness, 基础教育股 is refused naming 体卫艺股 and still writes preschool", async () => {
    const r = await assign(s.admin, {
      capability: "fitness",
      section: "health_arts",
      effectiveFrom: today,
      basis: "局长办公会决定 2026年第12次",
    });
    expect(r.status).toBe(200);
    expect(r.body.capabilities[1].current).toEqual({ section: "health_arts", label: "体卫艺股", since: today });
    expect((await call(app, s.tiwei, "GET", "/api/auth/me")).body.abilities.write).toEqual(["fitness"]);
    expect((await call(app, s.tiwei, "POST", "/api/fitness/corrections", correction(9.0))).status).toBe(201);
    const refused = await call(app, s.jcjy, "POST", "/api/fitness/corrections", correction(9.1));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("您没有权限更正体质健康评分表(由体卫艺股负责)");
    const config = (await call(app, s.jcjy, "GET", "/api/preschool/config")).body.config;
    expect((await call(app, s.jcjy, "PUT", "/api/preschool/config", config)).status).toBe(200);
    expect((await call(app, s.tiwei, "PUT", "/api/preschool/config", config)).status).toBe(403);
    // 基础教育股 still reads fitness
    expect((await call(app, s.jcjy, "GET", "/api/fitness/corrections")).status).toBe(200);
  });

  it("is in the audit log with the basis, the section before and after, named in Chinese", async () => {
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "settings.capability_owner.assign"), eq(auditLog.targetId, "fitness")));
    expect(rows).toHaveLength(2);
    const last = rows.find((r) => r.reason === "局长办公会决定 2026年第12次");
    expect(last?.details).toMatchObject({ capability: "体质健康", section: "体卫艺股", effectiveFrom: today });
    const log = await call(app, s.admin, "GET", "/api/audit?action=settings.capability_owner.assign");
    expect(log.status).toBe(200);
    expect(JSON.stringify(log.body)).toContain("体质健康的归口股室");
  });
});
