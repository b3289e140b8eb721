import { registry } from "@edubureau/core";
import { and, count, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { purgeStaleUploads, startUploadPurge } from "../src/excel/importJobs";
import { importJob } from "../src/excel/tables";
import { employment, school, schoolCondition, staff } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, workbookRows } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The other import kinds on the shared machinery: staff (人事股 or the school), schools (基础教育股 only) and yearly
 * school conditions (never overwritten, except by an audited correction upload); and the purge of uploads never
 * committed.
 */
type User = "renshi" | "jcjy" | "leader" | "school1" | "school2" | "teacher1";
let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
let code1: string;
let code2: string;
let school1Id: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ["renshi", "jcjy", "leader", "school1", "school2", "teacher1"] as const) {
    sessions[u] = await login(app, u);
  }
  const codeOf = async (u: User) => {
    const id = (await call(app, sessions[u], "GET", "/api/auth/me")).body.user.schoolId;
    const [row] = await database.db.select({ code: school.code }).from(school).where(eq(school.id, id));
    return { id, code: row!.code };
  };
  ({ id: school1Id, code: code1 } = await codeOf("school1"));
  code2 = (await codeOf("school2")).code;
});
afterAll(() => database.close());

let sequence = 301;
function newId(): string {
  const seq = String(sequence++ * 2 + 1).padStart(3, "0");
  const first17 = `15259919850620${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

type Row = Record<string, string | number>;
async function xlsx(sheetName: string, headers: readonly string[], rows: Row[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const staffHeaders = registry.staffRowColumns.map((c) => registry.staffRowHeaders[c]);
const schoolHeaders = registry.schoolRowColumns.map((c) => registry.schoolRowHeaders[c]);
const conditionHeaders = registry.conditionRowColumns.map((c) => registry.conditionRowHeaders[c]);
const staffFile = (rows: Row[]) => xlsx("教职工信息", staffHeaders, rows);
const schoolFile = (rows: Row[]) => xlsx("学校信息", schoolHeaders, rows);
const conditionFile = (rows: Row[]) => xlsx("办学条件", conditionHeaders, rows);

const teacherRow = (schoolCode: string, patch: Row = {}): Row => ({
  姓名: "郑导入",
  身份证号: newId(),
  学校标识码: schoolCode,
  岗位类别: "专任教师",
  编制类型: "在编",
  任教学科: "数学",
  任教学段: "小学",
  最高学历: "本科",
  专业技术职称: "二级",
  教师资格证: "是",
  入职日期: "2008-08-30",
  ...patch,
});
const conditionRow = (schoolCode: string, patch: Row = {}): Row => ({
  学校标识码: schoolCode,
  "校舍建筑面积(平方米)": "9000",
  "教学及辅助用房面积(平方米)": "5000.5",
  "体育运动场馆面积(平方米)": "12000",
  "教学仪器设备值(元)": "1250000.50",
  "图书(册)": "40000",
  "学生用计算机(台)": "100",
  "网络多媒体教室(间)": "20",
  ...patch,
});

async function upload(u: User, bytes: Buffer, fields: Record<string, string>) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "导入.xlsx"));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await app.request("/api/registry/imports", {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const commit = (u: User, id: string, onlyValidRows = false) =>
  as(u, "POST", `/api/registry/imports/${id}/commit`, { onlyValidRows });
async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}
const staffCount = async () => (await database.db.select({ n: count() }).from(staff))[0]!.n;

describe("staff import", () => {
  it("gives 人事股 a template with the county's schools and drop-downs, and a school its own school only", async () => {
    const county = await download("renshi", `/api/registry/templates/staff.xlsx?year=${TEST_YEAR}`);
    expect(county.status).toBe(200);
    const wb = await workbookRows(county.bytes);
    expect(Object.keys(wb)).toEqual(["教职工信息", "填写说明", "选项"]);
    expect(wb.教职工信息![0]).toEqual(staffHeaders);
    expect(String(wb.教职工信息![1]![0])).toMatch(/^示例/);
    expect(registry.parseResidentId(String(wb.教职工信息![1]![1])).ok).toBe(true);
    const countyCodes = wb.选项!.map((r) => r[0]).filter(Boolean);
    expect(countyCodes.length).toBeGreaterThan(3);
    const mine = await workbookRows(
      (await download("school1", `/api/registry/templates/staff.xlsx?year=${TEST_YEAR}`)).bytes,
    );
    expect(mine.选项!.map((r) => r[0]).filter(Boolean)).toEqual(["学校标识码", code1]);
    // the template as downloaded has only the example: nothing to import
    expect((await upload("renshi", county.bytes, { kind: "staff" })).body.error.code).toBe("IMPORT_EMPTY");
  });

  it("imports a clean file for 人事股 in one go: numbered, masked in the list, audited", async () => {
    const before = await staffCount();
    const rows = [
      teacherRow(code1, { 姓名: "郑甲" }),
      teacherRow(code2, { 姓名: "郑乙", 岗位类别: "工勤人员", 任教学科: "", 任教学段: "" }),
    ];
    const up = await upload("renshi", await staffFile(rows), { kind: "staff", year: String(TEST_YEAR) });
    expect(up.status).toBe(201);
    expect(up.body.job).toMatchObject({ kind: "staff", status: "validated", rowCount: 2, errorCount: 0 });
    const done = await commit("renshi", up.body.job.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ written: 2, skipped: 0 });
    expect(await staffCount()).toBe(before + 2);
    const list = await as("jcjy", "GET", `/api/registry/staff?year=${TEST_YEAR}&q=郑乙`);
    expect(list.body.rows[0]).toMatchObject({ postType: "worker", subject: null, status: "active" });
    expect(list.body.rows[0].staffNumber).toMatch(/^152599\d{6}$/);
    expect(list.body.rows[0].residentIdMasked).toMatch(/\*{8}/);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registry.import"), eq(auditLog.targetId, up.body.job.id)));
    expect(audit!.details).toMatchObject({ kind: "staff", written: 2 });
  });

  it("reports every kind of error by row and column and writes nothing", async () => {
    const existing = teacherRow(code1, { 姓名: "郑已有" });
    expect(
      (await commit("renshi", (await upload("renshi", await staffFile([existing]), { kind: "staff" })).body.job.id))
        .status,
    ).toBe(200);
    const before = await staffCount();
    const id = newId();
    const twice = newId();
    const rows = [
      teacherRow(code1, { 身份证号: `${id.slice(0, 17)}${id[17] === "1" ? "2" : "1"}` }),
      teacherRow(code1, { 任教学科: "" }),
      teacherRow(code1, { 岗位类别: "老师" }),
      teacherRow(code1, { 身份证号: existing.身份证号! }),
      teacherRow("9999999999"),
      teacherRow(code1, { 入职日期: "2099-01-01" }),
      teacherRow(code1, { 身份证号: twice }),
      teacherRow(code1, { 身份证号: twice }),
    ];
    const up = await upload("renshi", await staffFile(rows), { kind: "staff", year: String(TEST_YEAR) });
    expect(up.status).toBe(201);
    expect(up.body.job.status).toBe("failed");
    const byRow = Object.fromEntries(up.body.problems.map((p: any) => [p.row, p.column]));
    expect(byRow).toMatchObject({
      2: "身份证号",
      3: "任教学科",
      4: "岗位类别",
      5: "身份证号",
      6: "学校标识码",
      7: "入职日期",
    });
    expect(up.body.problems.find((p: any) => p.row === 5).message).toContain("已有此身份证号的教职工");
    expect(up.body.problems.filter((p: any) => p.row >= 8)).toEqual([
      expect.objectContaining({
        row: 8,
        column: "身份证号",
        message: expect.stringContaining("与第9行的身份证号重复"),
      }),
      expect.objectContaining({
        row: 9,
        column: "身份证号",
        message: expect.stringContaining("与第8行的身份证号重复"),
      }),
    ]);
    const refused = await commit("renshi", up.body.job.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect(await staffCount()).toBe(before);
    const report = await download("renshi", `/api/registry/imports/${up.body.job.id}/report.xlsx`);
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "教职工信息", "问题清单"]);
    expect(String(wb.getWorksheet("汇总")!.getCell("A1").value)).toBe("教职工信息导入校验报告");
    const cell = wb.getWorksheet("教职工信息")!.getCell("H3");
    expect(String(cell.note && (typeof cell.note === "string" ? cell.note : JSON.stringify(cell.note)))).toContain(
      "专任教师须填写任教学科",
    );
  });

  it("marks another school's code as outside a school administrator's scope", async () => {
    const up = await upload("school1", await staffFile([teacherRow(code1), teacherRow(code2)]), { kind: "staff" });
    expect(up.body.problems).toEqual([
      expect.objectContaining({ row: 3, column: "学校标识码", message: expect.stringContaining("不在您的管理范围") }),
    ]);
    const done = await commit("school1", up.body.job.id, true);
    expect(done.body).toMatchObject({ written: 1, skipped: 1 });
    const [row] = await database.db
      .select({ n: count() })
      .from(employment)
      .where(and(eq(employment.schoolId, school1Id), eq(employment.schoolYear, TEST_YEAR)));
    expect(row!.n).toBeGreaterThan(0);
  });

  it("refuses 基础教育股, leadership and teachers (templates and uploads), and staff files from 人事股 as students", async () => {
    const bytes = await staffFile([teacherRow(code1)]);
    for (const u of ["jcjy", "leader", "teacher1"] as const) {
      expect((await upload(u, bytes, { kind: "staff" })).status, u).toBe(403);
      expect((await download(u, "/api/registry/templates/staff.xlsx")).status, u).toBe(403);
    }
    expect((await upload("renshi", bytes, { kind: "students" })).status).toBe(403);
    const wrongTemplate = await upload("jcjy", bytes, { kind: "students" });
    expect(wrongTemplate.status).toBe(400);
    expect(wrongTemplate.body.error.code).toBe("IMPORT_WRONG_TEMPLATE");
    expect(wrongTemplate.body.error.message).toContain("学生导入模板");
    expect((await upload("renshi", bytes, { kind: "teachers" })).status).toBe(400);
  });
});

describe("school import", () => {
  const newSchool = (code: string, name: string): Row => ({
    学校标识码: code,
    学校名称: name,
    办学类型: "小学",
    城乡分类: "乡村",
    建校日期: "2026-09-01",
  });

  it("lets 基础教育股 add schools with their opening in the history, and refuses codes already in the register", async () => {
    const rows = [
      newSchool("1525990901", "导入第一小学"),
      newSchool("1525990902", "导入第二小学"),
      newSchool(code1, "重复学校"),
    ];
    const up = await upload("jcjy", await schoolFile(rows), { kind: "schools" });
    expect(up.status).toBe(201);
    expect(up.body.problems).toEqual([
      expect.objectContaining({ row: 4, column: "学校标识码", message: expect.stringContaining("已有此学校标识码") }),
    ]);
    expect((await commit("jcjy", up.body.job.id)).status).toBe(409);
    const done = await commit("jcjy", up.body.job.id, true);
    expect(done.body).toMatchObject({ written: 2, skipped: 1 });
    const schools = await as("jcjy", "GET", "/api/registry/schools");
    const added = schools.body.rows.find((s: any) => s.code === "1525990901");
    expect(added).toMatchObject({ name: "导入第一小学", kind: "primary", locality: "rural", ownership: "public" });
    const detail = await as("jcjy", "GET", `/api/registry/schools/${added.id}`);
    expect(detail.body.events).toEqual([expect.objectContaining({ kind: "opened", on: "2026-09-01" })]);
  });

  it("refuses school administrators and 人事股", async () => {
    const bytes = await schoolFile([newSchool("1525990903", "导入第三小学")]);
    const res = await upload("school1", bytes, { kind: "schools" });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain("基础教育股");
    expect((await upload("renshi", bytes, { kind: "schools" })).status).toBe(403);
    expect((await download("school1", "/api/registry/templates/schools.xlsx")).status).toBe(403);
  });
});

describe("school conditions import", () => {
  const year = TEST_YEAR + 1;
  const conditionsOf = (schoolCode: string, y: number) =>
    database.db
      .select({ c: schoolCondition })
      .from(schoolCondition)
      .innerJoin(school, eq(school.id, schoolCondition.schoolId))
      .where(and(eq(school.code, schoolCode), eq(schoolCondition.schoolYear, y)));

  it("prefills the template with the schools still to report the year", async () => {
    const res = await download("school1", `/api/registry/templates/conditions.xlsx?year=${year}`);
    const rows = (await workbookRows(res.bytes)).办学条件!;
    expect(rows[0]).toEqual(conditionHeaders);
    expect(rows.slice(2).map((r) => r[0])).toEqual([code1]);
  });

  it("reports a new year: areas in m², the equipment value kept in fen", async () => {
    const up = await upload(
      "jcjy",
      await conditionFile([conditionRow(code1), conditionRow(code2, { "图书(册)": "1,200" })]),
      {
        kind: "conditions",
        year: String(year),
      },
    );
    expect(up.body.job).toMatchObject({ kind: "conditions", status: "validated", schoolYear: year });
    expect((await commit("jcjy", up.body.job.id)).body.written).toBe(2);
    const [row] = await conditionsOf(code1, year);
    expect(row!.c).toMatchObject({
      buildingArea: 9000,
      teachingArea: 5000.5,
      equipmentValueFen: 125000050,
      musicRooms: 0,
    });
    expect((await conditionsOf(code2, year))[0]!.c.books).toBe(1200);
  });

  it("never overwrites a reported year: refused with a message saying how to correct", async () => {
    const up = await upload("jcjy", await conditionFile([conditionRow(code1, { "图书(册)": "99999" })]), {
      kind: "conditions",
      year: String(year),
    });
    expect(up.body.job.status).toBe("failed");
    expect(up.body.problems[0].message).toMatch(/已填报,不能导入覆盖.*更正已填报数据/);
    expect((await conditionsOf(code1, year))[0]!.c.books).toBe(40000);
  });

  it("replaces a reported year only in a correction upload with a reason, each replaced row audited", async () => {
    const short = await upload("jcjy", await conditionFile([conditionRow(code1)]), {
      kind: "conditions",
      year: String(year),
      correctionReason: "改",
    });
    expect(short.status).toBe(400);
    const up = await upload("jcjy", await conditionFile([conditionRow(code1, { "图书(册)": "41000" })]), {
      kind: "conditions",
      year: String(year),
      correctionReason: "图书清点后更正册数",
    });
    expect(up.body.job.status).toBe("validated");
    expect(up.body.problems[0]).toMatchObject({
      level: "warning",
      message: expect.stringContaining("将按更正原因替换"),
    });
    expect((await commit("jcjy", up.body.job.id)).status).toBe(200);
    const [row] = await conditionsOf(code1, year);
    expect(row!.c.books).toBe(41000);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registry.conditions_correct"), eq(auditLog.targetId, row!.c.id)));
    expect(audit).toMatchObject({ reason: "图书清点后更正册数" });
    expect(audit!.beforeDigest).not.toBe(audit!.afterDigest);
    expect((await conditionsOf(code1, TEST_YEAR))[0]?.c.books).not.toBe(41000);
  });

  it("refuses a correction reason on other kinds, and keeps a school administrator to their own school", async () => {
    const other = await upload("renshi", await staffFile([teacherRow(code1)]), {
      kind: "staff",
      correctionReason: "更正一下数据",
    });
    expect(other.status).toBe(400);
    const up = await upload("school1", await conditionFile([conditionRow(code2)]), {
      kind: "conditions",
      year: String(year + 1),
    });
    expect(up.body.problems[0].message).toContain("不在您的管理范围");
    expect((await upload("renshi", await conditionFile([conditionRow(code1)]), { kind: "conditions" })).status).toBe(
      403,
    );
  });
});

describe("purge of uploads never committed", () => {
  it("drops the file and the problem list of uploads older than a day, and then refuses their report and commit", async () => {
    const id = newId();
    const badId = `${id.slice(0, 17)}${id[17] === "1" ? "2" : "1"}`;
    const up = await upload("renshi", await staffFile([teacherRow(code1, { 身份证号: badId })]), { kind: "staff" });
    expect(JSON.stringify(up.body.problems)).toContain(badId);
    const fresh = await purgeStaleUploads(database.db, new Date());
    const [kept] = await database.db
      .select({ status: importJob.status })
      .from(importJob)
      .where(eq(importJob.id, up.body.job.id));
    expect(kept!.status).toBe("failed");
    expect(fresh).toBe(0);
    const purged = await purgeStaleUploads(database.db, new Date(Date.now() + 25 * 3600 * 1000));
    expect(purged).toBeGreaterThanOrEqual(1);
    const [row] = await database.db
      .select({
        status: importJob.status,
        size: sql<number>`octet_length(${importJob.file})`,
        values: sql<string>`${importJob.report}->'problems'`,
      })
      .from(importJob)
      .where(eq(importJob.id, up.body.job.id));
    expect(row).toMatchObject({ status: "discarded", size: 0 });
    expect(row!.values).toEqual([]);
    const view = await as("renshi", "GET", `/api/registry/imports/${up.body.job.id}`);
    expect(view.body).toMatchObject({ job: { status: "discarded" }, summary: { errors: 1 }, problems: [] });
    expect(JSON.stringify(view.body)).not.toContain(badId);
    expect((await commit("renshi", up.body.job.id, true)).body.error.code).toBe("IMPORT_DISCARDED");
    expect((await download("renshi", `/api/registry/imports/${up.body.job.id}/report.xlsx`)).status).toBe(409);
    const committed = await database.db.select({ n: count() }).from(importJob).where(eq(importJob.status, "committed"));
    expect(committed[0]!.n).toBeGreaterThan(0);
  });

  it("purges at start and reports what it dropped, then stops its timer", async () => {
    const up = await upload("school1", await staffFile([teacherRow(code1, { 任教学科: "" })]), { kind: "staff" });
    const said: string[] = [];
    const stop = await startUploadPurge(
      database.db,
      () => new Date(Date.now() + 25 * 3600 * 1000),
      (m) => said.push(m),
    );
    stop();
    const [row] = await database.db
      .select({ status: importJob.status })
      .from(importJob)
      .where(eq(importJob.id, up.body.job.id));
    expect(row!.status).toBe("discarded");
    expect(said.join()).toMatch(/已清除 \d+ 个超过24小时未提交的导入文件/);
  });
});
