import { and, eq, like, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { employment } from "../src/registry/tables";
import { staffingTraining } from "../src/staffing/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The teacher workforce (教师队伍) on the test county: 人事股 (renshi) keeps settings, plans and decisions; the
 * leader approves the plan; 教研室 (jiaoyan) records studio activities; schools propose and record school-based hours
 * for their own teachers; a teacher reads only their own record; 督学 and other sections read; the system
 * administrator sees nothing. The clock stands on 7 December 2026 (Beijing 10:00).
 */
const USERS = ["renshi", "leader", "jiaoyan", "jcjy", "school1", "school2", "teacher1", "duxue", "admin"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date("2026-12-07T02:00:00Z"))));
  for (const u of USERS) sessions[u] = await login(app, u);
});
afterAll(() => database.close());

describe("reading the figures", () => {
  it("gives the county's establishment whose filled posts are the 在编 staff 在岗 or 离岗", async () => {
    const res = await as("leader", "GET", `/api/staffing/establishment?schoolYear=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(employment)
      .where(
        and(
          eq(employment.schoolYear, TEST_YEAR),
          eq(employment.establishment, "established"),
          sql`${employment.status} in ('active', 'leave')`,
        ),
      );
    expect(res.body.filled).toBe(row?.n);
    const owed = res.body.schools.reduce((n: number, s: { owed: number }) => n + s.owed, 0);
    expect(res.body.owed).toBe(owed);
    expect(res.body.owed).toBeGreaterThan(0);
    for (const s of res.body.schools) expect(s.balance).toBe(s.filled - s.owed);
  });

  it("gives the overview with the sentences of a work report, each linked to its page", async () => {
    const res = await as("leader", "GET", "/api/staffing/overview");
    expect(res.status).toBe(200);
    expect(res.body.schoolYear).toBe(TEST_YEAR);
    const texts = res.body.sentences.map((s: { text: string }) => s.text).join("\n");
    expect(texts).toContain("退二补一");
    expect(texts).toContain("后备人才库");
    for (const s of res.body.sentences) expect(s.link).toMatch(/^\/staffing\//);
    expect(res.body.training.cycleStart).toBe("2022-01-01");
    expect(res.body.pools.studios).toBeGreaterThan(0);
  });

  it("limits a school to its own school and a teacher to their own record", async () => {
    const school = await as("school1", "GET", "/api/staffing/establishment");
    expect(school.status).toBe(200);
    expect(school.body.schools).toHaveLength(1);
    expect((await as("teacher1", "GET", "/api/staffing/overview")).status).toBe(403);
    const me = await as("teacher1", "GET", "/api/staffing/me");
    expect(me.status).toBe(200);
    expect(me.body.progress.required).toBeGreaterThan(0);
    expect((await as("admin", "GET", "/api/staffing/overview")).status).toBe(403);
    expect((await as("duxue", "GET", "/api/staffing/structure")).status).toBe(200);
    expect((await as("jcjy", "GET", "/api/staffing/demand")).status).toBe(200);
  });
});

describe("settings", () => {
  it("lets 人事股 save settings for a year and refuses the others", async () => {
    const current = (await as("renshi", "GET", "/api/staffing/settings")).body.settings;
    const saved = await as("renshi", "PUT", "/api/staffing/settings", {
      ...current,
      fromYear: 2026,
      retirementsPerRecruit: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.retirementsPerRecruit).toBe(1);
    expect(saved.body.history.map((h: { fromYear: number }) => h.fromYear)).toContain(2026);
    const bad = await as("renshi", "PUT", "/api/staffing/settings", { ...current, fromYear: 2026, cycleHours: 0 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toMatch(/学时/);
    expect((await as("leader", "PUT", "/api/staffing/settings", current)).status).toBe(403);
    expect((await as("school1", "PUT", "/api/staffing/settings", current)).status).toBe(403);
    // back to 退二补一 for the rest of the file
    expect((await as("renshi", "PUT", "/api/staffing/settings", { ...current, fromYear: 2026 })).status).toBe(200);
  });
});

describe("recruitment plan", () => {
  it("is proposed by 人事股, edited, approved by the leader and then frozen", async () => {
    const created = await as("renshi", "POST", "/api/staffing/recruitment");
    expect(created.status).toBe(200);
    const plan = created.body.plan;
    expect(plan.status).toBe("draft");
    expect(created.body.rule.retirementsPerRecruit).toBe(2);
    // the replacement lines add up to the county's rounded total
    const replacement = plan.lines.reduce((n: number, l: { replacement: number }) => n + l.replacement, 0);
    expect(replacement).toBe(created.body.proposal.replacement);
    expect(replacement).toBe(Math.ceil(created.body.proposal.retirements / 2));
    const line = plan.lines[0];
    expect(
      (await as("school1", "PUT", `/api/staffing/recruitment/lines/${line.id}`, { quantity: 9, note: "" })).status,
    ).toBe(403);
    const edited = await as("renshi", "PUT", `/api/staffing/recruitment/lines/${line.id}`, {
      quantity: line.quantity + 1,
      note: "含特岗",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.plan.quantity).toBe(plan.quantity + 1);
    expect((await as("renshi", "POST", "/api/staffing/recruitment/approve")).status).toBe(403);
    expect((await as("leader", "POST", "/api/staffing/recruitment/approve")).status).toBe(200);
    const frozen = await as("renshi", "PUT", `/api/staffing/recruitment/lines/${line.id}`, { quantity: 0, note: "" });
    expect(frozen.status).toBe(409);
    expect((await as("renshi", "POST", "/api/staffing/recruitment")).status).toBe(409);

    const file = await download("renshi", "/api/staffing/recruitment/export.xlsx");
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("招聘计划表");
    expect(String(ws?.getCell(1, 1).value)).toMatch(/县.*招聘教师岗位计划表/);
    expect(ws?.getCell(3, 4).value).toBe("招聘人数");
    expect(typeof ws?.getCell(4, 4).value).toBe("number");
    expect(wb.getWorksheet("说明")).toBeDefined();
  });
});

describe("training hours", () => {
  it("takes a school's school-based hours for its own teachers only, with row checks", async () => {
    const mine = await as("school1", "GET", "/api/staffing/training?filter=all");
    const theirs = await as("school2", "GET", "/api/staffing/training?filter=all");
    const t1 = mine.body.teachers[0].staffId;
    const t2 = theirs.body.teachers[0].staffId;
    const record = {
      staffId: t1,
      course: "校本教研·同课异构",
      level: "school",
      startDate: "2026-10-12",
      endDate: "2026-10-12",
      hours: 4,
    };
    expect((await as("school1", "POST", "/api/staffing/training", record)).status).toBe(201);
    const twice = await as("school1", "POST", "/api/staffing/training", record);
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain("已登记过");
    const tooMany = await as("school1", "POST", "/api/staffing/training", { ...record, course: "另一项", hours: 9 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details[0].field).toBe("hours");
    const outside = await as("school1", "POST", "/api/staffing/training", {
      ...record,
      course: "旧记录",
      startDate: "2021-05-01",
      endDate: "2021-05-01",
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toContain("不在本周期");
    expect(
      (await as("school1", "POST", "/api/staffing/training", { ...record, level: "county", course: "县培" })).status,
    ).toBe(400);
    expect((await as("school1", "POST", "/api/staffing/training", { ...record, staffId: t2 })).status).toBe(403);
    expect((await as("leader", "POST", "/api/staffing/training", { ...record, course: "x" })).status).toBe(403);
    expect(
      (
        await as("renshi", "POST", "/api/staffing/training", {
          ...record,
          staffId: t2,
          level: "county",
          course: "县级培训",
        })
      ).status,
    ).toBe(201);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, "staffing.training.create"));
    expect(rows).toHaveLength(2);
  });

  it("exports the completion table with numbers as numbers", async () => {
    const file = await download("leader", "/api/staffing/training/export.xlsx");
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("学校完成情况");
    expect(typeof ws?.getCell(4, 3).value).toBe("number");
  });
});

describe("rotation", () => {
  it("is proposed by the school and decided by 人事股", async () => {
    const r = await as("school1", "GET", "/api/staffing/training?filter=all");
    const staffId = r.body.teachers[1].staffId;
    const proposed = await as("school1", "POST", "/api/staffing/rotation", {
      staffId,
      schoolYear: TEST_YEAR,
      note: "自愿交流",
    });
    expect(proposed.status).toBe(201);
    const id = proposed.body.id;
    const view = await as("renshi", "GET", "/api/staffing/rotation");
    const to = view.body.schools.find((s: { name: string }) => s.name !== r.body.teachers[1].schoolName).id;
    expect(
      (await as("school2", "POST", `/api/staffing/rotation/${id}/decision`, { decision: "approved", toSchoolId: to }))
        .status,
    ).toBe(403);
    const missing = await as("renshi", "POST", `/api/staffing/rotation/${id}/decision`, {
      decision: "approved",
      toSchoolId: to,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("起止日期");
    const ok = await as("renshi", "POST", `/api/staffing/rotation/${id}/decision`, {
      decision: "approved",
      toSchoolId: to,
      startDate: "2027-02-20",
      endDate: "2029-07-15",
      note: "同意",
    });
    expect(ok.status).toBe(200);
    const again = await as("renshi", "POST", `/api/staffing/rotation/${id}/decision`, {
      decision: "rejected",
      note: "x",
    });
    expect(again.status).toBe(409);
    const after = await as("renshi", "GET", "/api/staffing/rotation");
    expect(after.body.rotations.find((x: { id: string }) => x.id === id).status).toBe("approved");
  });
});

describe("studios and researchers", () => {
  it("lets 教研室 record a studio's activity and refuses other sections", async () => {
    const pools = await as("jiaoyan", "GET", "/api/staffing/pools");
    const studio = pools.body.studios[0];
    const body = { on: "2026-11-20", title: "送教下乡", participants: 30 };
    expect((await as("jiaoyan", "POST", `/api/staffing/studios/${studio.id}/activities`, body)).status).toBe(201);
    expect((await as("jcjy", "POST", `/api/staffing/studios/${studio.id}/activities`, body)).status).toBe(403);
    const future = await as("jiaoyan", "POST", `/api/staffing/studios/${studio.id}/activities`, {
      ...body,
      on: "2027-01-01",
    });
    expect(future.status).toBe(400);
    const audits = await database.db.select().from(auditLog).where(like(auditLog.action, "staffing.studio.%"));
    expect(audits).toHaveLength(1);
  });
});

describe("exports", () => {
  it("masks resident IDs in the roster and audits every export", async () => {
    const file = await download("renshi", "/api/staffing/roster/export.xlsx");
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("教师花名册");
    const ids: string[] = [];
    ws?.eachRow((row, n) => {
      if (n > 3) ids.push(String(row.getCell(7).value ?? ""));
    });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.filter(Boolean)) expect(id).toMatch(/\*{4,}/);
    const word = await download("leader", "/api/staffing/summary.docx");
    expect(word.status).toBe(200);
    expect(word.bytes.subarray(0, 2).toString()).toBe("PK");
    const audits = await database.db.select().from(auditLog).where(like(auditLog.action, "staffing.export.%"));
    expect(audits.map((a) => a.action).sort()).toEqual([
      "staffing.export.recruitment",
      "staffing.export.roster",
      "staffing.export.summary",
      "staffing.export.training",
    ]);
  });
});

describe("training import", () => {
  /** A workbook of the template's columns with the given rows. */
  async function workbook(rows: (string | number)[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("培训学时");
    ws.addRow(["工号", "姓名", "培训项目", "培训层级", "开始日期", "结束日期", "学时", "培训平台"]);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  async function upload(u: User, bytes: Buffer) {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)]), "培训学时.xlsx");
    const res = await app.request("/api/staffing/imports", {
      method: "POST",
      headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("reports unknown teachers, hours out of range, a course twice and dates outside the cycle, writing nothing", async () => {
    const teachers = (await as("renshi", "GET", "/api/staffing/training?filter=all")).body.teachers;
    const [a, b] = teachers;
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(staffingTraining);
    const bytes = await workbook([
      ["999999999999", "无此人", "县级新课标培训", "县级", "2026-03-02", "2026-03-03", 16, "县平台"],
      [a.staffNumber, a.name, "暑期研修", "省级", "2026-07-06", "2026-07-06", 12, "省平台"],
      [a.staffNumber, a.name, "信息技术培训", "县级", "2026-04-01", "2026-04-02", 16, ""],
      [a.staffNumber, a.name, "信息技术培训", "县级", "2026-04-01", "2026-04-02", 16, ""],
      [b.staffNumber, b.name, "旧周期培训", "县级", "2021-10-01", "2021-10-02", 16, ""],
      [b.staffNumber, b.name, "班主任培训", "国家级", "2026-05-10", "2026-05-12", 24, "国家平台"],
    ]);
    expect((await upload("school1", bytes)).status).toBe(403);
    const res = await upload("renshi", bytes);
    expect(res.status).toBe(201);
    const by = res.body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(by).toEqual(expect.arrayContaining(["2:工号", "3:学时", "5:培训项目", "6:开始日期"]));
    expect(res.body.summary.validRows).toBe(2);
    const unknown = res.body.problems.find((p: { row: number }) => p.row === 2);
    expect(unknown.message).toContain("花名册中没有这名教师");

    const report = await download("renshi", `/api/staffing/imports/${res.body.job.id}/report.xlsx`);
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.bytes as unknown as ArrayBuffer);
    const notes: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.note) notes.push(typeof cell.note === "string" ? cell.note : JSON.stringify(cell.note));
        }),
      ),
    );
    expect(notes.join("\n")).toContain("每天 8 学时");

    const refused = await as("renshi", "POST", `/api/staffing/imports/${res.body.job.id}/commit`, {});
    expect(refused.status).toBe(409);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(staffingTraining);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("commits a clean file in one transaction and refuses it a second time", async () => {
    const teachers = (await as("renshi", "GET", "/api/staffing/training?filter=all")).body.teachers;
    const t = teachers[2];
    const bytes = await workbook([
      [t.staffNumber, t.name, "国培计划·骨干教师研修", "国家级", "2026-07-13", "2026-07-22", 80, "国家平台"],
      [t.staffNumber, t.name, "省培计划·学科培训", "省级", "2026-08-03", "2026-08-07", 40, "省平台"],
    ]);
    const res = await upload("renshi", bytes);
    expect(res.status).toBe(201);
    expect(res.body.summary.errors).toBe(0);
    const done = await as("renshi", "POST", `/api/staffing/imports/${res.body.job.id}/commit`, {});
    expect(done.status).toBe(200);
    expect(done.body.written).toBe(2);
    const again = await upload("renshi", bytes);
    expect(again.body.summary.errors).toBe(2);
    expect(again.body.problems[0].message).toContain("已登记过");
  });
});
