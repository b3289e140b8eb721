import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { importJob } from "../src/excel/tables";
import { reportFigureValue } from "../src/reports/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The cockpit and the year's work report on the test county: who reads which cards, figures kept current by the
 * writes that change them (stale in the write's transaction, recomputed once by the next read), the records behind
 * a figure, edited sentences that go stale when their figure changes, and the audited Word and xlsx exports.
 */
const USERS = ["leader", "bangong", "dudao", "anquan", "jcjy", "school1", "teacher1", "admin"] as const;
type User = (typeof USERS)[number];
const TODAY = "2026-11-20";

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

const figureOf = (cockpit: any, key: string) =>
  cockpit.cards.flatMap((c: any) => c.figures).find((f: any) => f.key === key);
const itemOf = (report: any, key: string) => report.groups.flatMap((g: any) => g.items).find((i: any) => i.key === key);

async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Raises one finding at school1 through the ledger's own routes, as the safety section. */
async function raiseFinding() {
  const school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  const types = (await as("anquan", "GET", "/api/ledger/types")).body.rows;
  const created = await as("anquan", "POST", "/api/ledger/inspections", {
    typeId: types.find((t: any) => t.kind === "hazard").id,
    title: "报告测试隐患排查",
    inspectedOn: "2026-11-18",
    inspectors: ["陈刚"],
    schoolIds: [school1],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const detail = await as("anquan", "GET", `/api/ledger/inspections/${created.body.id}`);
  const raised = await as("anquan", "POST", `/api/ledger/inspections/${created.body.id}/findings`, {
    targetIds: [detail.body.targets[0].id],
    category: "消防安全",
    description: "灭火器过期",
    severity: "major",
    responsiblePerson: "张校长",
    deadline: "2026-12-10",
    measures: "更换",
  });
  expect(raised.status, JSON.stringify(raised.body)).toBe(201);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = testApp(database, testClock(new Date(`${TODAY}T02:00:00Z`))));
  for (const u of USERS) sessions[u] = await login(app, u);
});
afterAll(() => database.close());

describe("who reads the cockpit", () => {
  it("answers 401 without a session and 403 to teachers and the system administrator, in Chinese", async () => {
    expect((await call(app, null, "GET", "/api/reports/cockpit")).status).toBe(401);
    for (const u of ["teacher1", "admin"] as const) {
      const res = await as(u, "GET", `/api/reports/cockpit?year=${TEST_YEAR}`);
      expect(res.status, u).toBe(403);
      expect(res.body.error.message).toContain("报告与驾驶舱");
    }
  });

  it("gives leadership and 办公室 every card, a section head their section's, a school its own figures", async () => {
    const leader = (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    const every = [
      "registry",
      "balance",
      "exams",
      "ledger",
      "admissions",
      "staffing",
      "retention",
      "preschool",
      "fitness",
      "reports",
    ];
    expect(leader.cards.map((c: any) => c.capability)).toEqual(every);
    expect(leader.countyName.length).toBeGreaterThan(0);
    const office = (await as("bangong", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    expect(office.cards.map((c: any) => c.capability)).toEqual(every);
    const dudao = (await as("dudao", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    expect(dudao.cards.map((c: any) => c.capability)).toEqual(["balance", "ledger"]);
    const jcjy = (await as("jcjy", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    expect(jcjy.cards.map((c: any) => c.capability)).toEqual([
      "registry",
      "balance",
      "retention",
      "preschool",
      "fitness",
    ]);

    const school = (await as("school1", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    expect(school.scope).toBe("school");
    const county = figureOf(leader, "registry.students");
    const own = figureOf(school, "registry.students");
    expect(county.status).toBe("ok");
    expect(own.status).toBe("ok");
    expect(own.value).toBeGreaterThan(0);
    expect(own.value).toBeLessThan(county.value);
    expect(figureOf(school, "registry.schools").value).toBe(1);
  });

  it("states last year's value, the change and a five-year trend", async () => {
    const leader = (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    const students = figureOf(leader, "registry.students");
    expect(students.trend.map((t: any) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(students.trend.at(-1).value).toBe(students.value);
    if (students.previous !== null) {
      expect(students.change.delta).toBe(students.value - students.previous);
      expect(students.sentence).toMatch(/比上年|与上年持平/);
    }
  });

  it("says a figure's inputs are incomplete instead of printing a number", async () => {
    const leader = (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body;
    const gaokao = figureOf(leader, "reports.gaokaoUndergraduateRate");
    expect(gaokao.status).toBe("incomplete");
    expect(gaokao.value).toBeNull();
    expect(gaokao.display).toBeNull();
    expect(gaokao.sentence).toContain("数据不全");
    expect(gaokao.sentence).not.toMatch(/\d/);
  });
});

describe("figures kept current by the writes that change them", () => {
  it("marks the ledger's figures stale in the write's transaction, leaves the register's, and recomputes once", async () => {
    const before = figureOf(
      (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body,
      "ledger.findings",
    );
    const rows = () =>
      database.db
        .select()
        .from(reportFigureValue)
        .where(and(eq(reportFigureValue.year, TEST_YEAR), eq(reportFigureValue.scopeKey, "county")));
    expect((await rows()).every((r) => !r.stale)).toBe(true);

    await raiseFinding();
    const afterWrite = await rows();
    expect(afterWrite.filter((r) => r.capability === "ledger").every((r) => r.stale)).toBe(true);
    expect(afterWrite.filter((r) => r.capability === "registry").every((r) => !r.stale)).toBe(true);

    const after = figureOf(
      (await as("leader", "GET", `/api/reports/cockpit?year=${TEST_YEAR}`)).body,
      "ledger.findings",
    );
    expect(after.value).toBe((before.value ?? 0) + 1);
    expect((await rows()).every((r) => !r.stale)).toBe(true);
  });
});

describe("the records behind a figure", () => {
  it("lists every school's value, adding up to the county's", async () => {
    const res = await as("leader", "GET", `/api/reports/figures/registry.students?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.definition.numerator.length).toBeGreaterThan(0);
    const sum = res.body.bySchool.reduce((s: number, r: any) => s + (r.figure.value ?? 0), 0);
    expect(sum).toBe(res.body.figure.value);
    expect(res.body.link).toBe("/registry/students");
  });

  it("lists the findings behind the findings figure", async () => {
    const res = await as("leader", "GET", `/api/reports/figures/ledger.findings?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    if (res.body.figure.value <= 200) expect(res.body.records.length).toBeGreaterThanOrEqual(res.body.figure.value);
  });

  it("refuses a figure outside a section head's cards and an unknown figure", async () => {
    expect((await as("dudao", "GET", `/api/reports/figures/registry.students?year=${TEST_YEAR}`)).status).toBe(404);
    expect((await as("leader", "GET", `/api/reports/figures/registry.nope?year=${TEST_YEAR}`)).status).toBe(404);
    const bad = await as("leader", "GET", `/api/reports/figures/nope?year=${TEST_YEAR}`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("指标编码格式应为");
  });
});

describe("what needs the leader now", () => {
  it("lists overdue rectifications by age and the queues, each with a count and a link", async () => {
    const res = await as("leader", "GET", "/api/reports/needs-now");
    expect(res.status).toBe(200);
    for (const item of res.body.items) {
      expect(item.count).toBeGreaterThan(0);
      expect(item.link.startsWith("/")).toBe(true);
    }
  });

  it("lists an import whose check failed until it is committed or discarded, to the section that owns it", async () => {
    const school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
    const [leader] = await database.db.select().from(appUser).where(eq(appUser.username, "leader"));
    await database.db.insert(importJob).values({
      regionCode: leader!.regionCode!,
      capability: "registry",
      kind: "students",
      schoolId: school1,
      fileName: "学生.xlsx",
      fileSha256: "0".repeat(64),
      file: Buffer.alloc(0),
      status: "failed",
      rowCount: 10,
      errorCount: 3,
      createdBy: leader!.id,
    });
    const failed = (res: any) => res.body.items.find((i: any) => i.kind === "imports.failed");
    const forLeader = failed(await as("leader", "GET", "/api/reports/needs-now"));
    expect(forLeader).toMatchObject({ count: 1, link: "/registry/import" });
    expect(forLeader.detail).toContain("3处问题");
    expect(failed(await as("jcjy", "GET", "/api/reports/needs-now"))?.count).toBe(1);
    expect(failed(await as("dudao", "GET", "/api/reports/needs-now"))).toBeUndefined();
    await database.db.update(importJob).set({ status: "discarded" }).where(eq(importJob.fileName, "学生.xlsx"));
    expect(failed(await as("leader", "GET", "/api/reports/needs-now"))).toBeUndefined();
  });
});

describe("the work report", () => {
  it("groups the figures in a report's chapters, each with its footnote", async () => {
    const report = (await as("bangong", "GET", `/api/reports/work-report?year=${TEST_YEAR}`)).body;
    expect(report.groups.map((g: any) => g.label)).toContain("安全与督导");
    expect(report.canExport).toBe(true);
    for (const g of report.groups) for (const i of g.items) expect(i.footnote).toContain("统计时点");
  });

  it("lets a section head edit their own figure's sentence, not another section's; 办公室 edits all", async () => {
    const ok = await as("dudao", "PUT", `/api/reports/work-report/sentences/ledger.findings?year=${TEST_YEAR}`, {
      text: "全年共发现各类问题若干项。",
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const item = itemOf(ok.body, "ledger.findings");
    expect(item.sentence).toBe("全年共发现各类问题若干项。");
    expect(item.stale).toBe(false);

    const refused = await as("dudao", "PUT", `/api/reports/work-report/sentences/registry.students?year=${TEST_YEAR}`, {
      text: "x",
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("您没有权限");
    expect(
      (
        await as("leader", "PUT", `/api/reports/work-report/sentences/registry.students?year=${TEST_YEAR}`, {
          text: "x",
        })
      ).status,
    ).toBe(403);
    const office = await as(
      "bangong",
      "PUT",
      `/api/reports/work-report/sentences/registry.students?year=${TEST_YEAR}`,
      {
        text: "全县在校学生稳中有升。",
      },
    );
    expect(office.status).toBe(200);
  });

  it("answers an empty sentence in Chinese naming the field and the fix", async () => {
    const res = await as("bangong", "PUT", `/api/reports/work-report/sentences/registry.students?year=${TEST_YEAR}`, {
      text: "  ",
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("表述不能为空");
  });

  it("marks an edited sentence stale when its figure changes, and audits the edit", async () => {
    await raiseFinding();
    const report = (await as("leader", "GET", `/api/reports/work-report?year=${TEST_YEAR}`)).body;
    expect(itemOf(report, "ledger.findings").stale).toBe(true);
    expect(itemOf(report, "registry.students").stale).toBe(false);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "reports.sentence.edit"));
    expect(audit.length).toBe(2);
  });

  it("exports Word and xlsx to 办公室 and leadership, audited, with numbers as numbers", async () => {
    const docx = await download("bangong", `/api/reports/work-report.docx?year=${TEST_YEAR}`);
    expect(docx.status).toBe(200);
    expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");
    const xlsx = await download("leader", `/api/reports/figures.xlsx?year=${TEST_YEAR}`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("指标一览");
    expect(ws?.getRow(2).getCell(2).value).toBe("指标");
    let students: ExcelJS.Row | undefined;
    ws?.eachRow((r) => {
      if (r.getCell(2).value === "在校学生数") students = r;
    });
    expect(typeof students?.getCell(3).value).toBe("number");
    expect(String(ws?.getCell(1, 1).value)).toContain("年度教育工作总结指标一览");

    expect((await download("school1", `/api/reports/figures.xlsx?year=${TEST_YEAR}`)).status).toBe(403);
    expect((await download("dudao", `/api/reports/work-report.docx?year=${TEST_YEAR}`)).status).toBe(403);
    const exports = await database.db.select().from(auditLog).where(eq(auditLog.action, "reports.export.xlsx"));
    expect(exports.length).toBe(1);
  });
});

describe("the year-end statistics check", () => {
  it("lists a jump beyond the settable ratio, and none when the ratio is wide", async () => {
    const tight = await as("bangong", "GET", `/api/reports/checks?year=${TEST_YEAR}&jumpRatio=0.01`);
    expect(tight.status).toBe(200);
    const wide = await as("bangong", "GET", `/api/reports/checks?year=${TEST_YEAR}&jumpRatio=10`);
    expect(wide.body.items.filter((i: any) => i.kind === "jump")).toEqual([]);
    for (const i of tight.body.items) expect(i.title.length).toBeGreaterThan(0);
  });

  it("checks staff by post against staff by subject and students in classes against those on roll", async () => {
    const list = (await as("bangong", "GET", `/api/reports/checks?year=${TEST_YEAR}&jumpRatio=10`)).body;
    const codes = list.items.filter((i: any) => i.kind === "totals").map((i: any) => i.code);
    for (const i of list.items.filter((x: any) => x.kind === "totals")) {
      expect(i.records.length, i.code).toBeGreaterThan(0);
      for (const r of i.records) expect(r.label.length).toBeGreaterThan(0);
    }
    for (const c of codes) expect(["totals:registry.classPlacement", "totals:registry.staffPostSubject"]).toContain(c);
  });

  it("answers a bad ratio in Chinese with the fix", async () => {
    const res = await as("bangong", "GET", `/api/reports/checks?year=${TEST_YEAR}&jumpRatio=50`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("变化幅度阈值应在0.01至10之间");
  });

  it("lets 办公室 mark an item explained, audited; refuses leadership and schools", async () => {
    const list = (await as("bangong", "GET", `/api/reports/checks?year=${TEST_YEAR}&jumpRatio=0.01`)).body;
    expect(list.canResolve).toBe(true);
    const item = list.items[0];
    if (!item) return;
    const path = `/api/reports/checks/${encodeURIComponent(item.code)}?year=${TEST_YEAR}&jumpRatio=0.01`;
    const body = { status: "explained", note: "新建学校投入使用,学生数增加" };
    expect((await as("leader", "PUT", path, body)).status).toBe(403);
    expect((await as("school1", "PUT", path, body)).status).toBe(403);
    const empty = await as("bangong", "PUT", path, { status: "explained", note: " " });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain("说明不能为空");
    const ok = await as("bangong", "PUT", path, body);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const resolved = ok.body.items.find((i: any) => i.code === item.code);
    expect(resolved.resolution).toMatchObject({ status: "explained", note: body.note });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "reports.check.resolve"));
    expect(audit.length).toBe(1);
  });
});
