import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { preschoolReport } from "../src/preschool/tables";
import { school } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The kindergartens' yearly report import on the shared pipeline: the template with its Chinese headers and
 * drop-downs, a clean file committed in one transaction (and the evaluation following it), a bad file refused by
 * row and field with nothing written, a school refused for a row not its own, a teacher refused.
 */
const USERS = ["jcjy", "school1", "teacher1", "leader", "admin"] as const;
type User = (typeof USERS)[number] | "kg";
let database: Database;
let app: TestApp;
const s = {} as Record<User, Session>;
let kg: { id: string; code: string; name: string };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.delete(preschoolReport);
  app = testApp(database, testClock(new Date("2026-11-23T02:00:00Z"))).app;
  for (const u of USERS) s[u] = await login(app, u);
  const [row] = await database.db.select().from(school).where(eq(school.kind, "kindergarten"));
  if (!row) throw new Error("the test county has a kindergarten");
  kg = { id: row.id, code: row.code, name: row.name };
  const created = await call(app, s.admin, "POST", "/api/users", {
    username: "kg1admin",
    displayName: "第一幼儿园·园长",
    role: "school_admin",
    schoolId: kg.id,
    password: "Kg1-Admin-Strong-2026!",
  });
  expect(created.status).toBe(201);
  s.kg = await login(app, "kg1admin", "Kg1-Admin-Strong-2026!");
});
afterAll(() => database.close());

async function template(u: User) {
  const res = await app.request(`/api/preschool/imports/template.xlsx?year=${TEST_YEAR}`, {
    headers: { cookie: s[u].cookie },
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The template filled with rows (columns by header), the example row left in place. */
async function filled(rows: Record<string, string | number>[]) {
  const t = await template("jcjy");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(t.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("幼儿园年度填报");
  if (!ws) throw new Error("no data sheet");
  const headers = (ws.getRow(1).values as string[]).slice(1);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(u: User, bytes: Buffer) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "幼儿园年度填报.xlsx"));
  form.append("year", String(TEST_YEAR));
  const res = await app.request("/api/preschool/imports", {
    method: "POST",
    headers: { cookie: s[u].cookie, "x-csrf-token": s[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

const good = () => ({
  学校代码: kg.code,
  幼儿园名称: kg.name,
  办园性质: "教育部门办",
  办园许可证号: "教幼证字第001号",
  "保教费(元/月)": 350,
  乡镇中心园: "否",
  园长持任职资格证: "是",
  "在编教师月平均工资(元)": 6000,
  "生均财政拨款或普惠补助(元/年)": 800,
  "园舍建筑面积(平方米)": 900,
  "户外活动场地面积(平方米)": 400,
});
const overview = () => call(app, s.jcjy, "GET", `/api/preschool/overview?year=${TEST_YEAR}`);
const coverage = async () =>
  (await overview()).body.evaluation.indicators.find((i: any) => i.key === "inclusive_coverage");

describe("preschool yearly report import", () => {
  it("gives the section and a kindergarten the template with the Chinese headers; refuses a teacher and leadership", async () => {
    expect((await template("teacher1")).status).toBe(403);
    expect((await template("leader")).status).toBe(403);
    expect((await template("kg")).status).toBe(200);
    const t = await template("jcjy");
    expect(t.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("幼儿园年度填报");
    if (!sheet) throw new Error("模板缺少「幼儿园年度填报」表");
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        "学校代码",
        "办园性质",
        "普惠认定日期",
        "普惠认定文件文号",
        "保教费(元/月)",
        "乡镇中心园",
      ]),
    );
    const kindColumn = headers.indexOf("办园性质") + 1;
    expect(sheet.getRow(2).getCell(kindColumn).dataValidation?.type).toBe("list");
  });

  it("refuses a teacher's upload", async () => {
    const r = await upload("teacher1", await filled([good()]));
    expect(r.status).toBe(403);
  });

  it("reports every bad row by row, field and fix, marks the report, and writes nothing", async () => {
    const bytes = await filled([
      { ...good(), 办园性质: "普惠性民办" }, // registered public; and 普惠 without date or document
      { ...good(), 学校代码: "9999999999" }, // not a kindergarten of the county
      { ...good(), "保教费(元/月)": -5, 乡镇中心园: "也许" },
      { ...good(), "非在编教师月平均工资(元)": 4200 }, // pay without such teachers in the register
    ]);
    const r = await upload("jcjy", bytes);
    expect(r.status).toBe(201);
    expect(r.body.job.status).toBe("failed");
    const problems = r.body.problems as { row: number; column: string; message: string; level: string }[];
    const at = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column);
    expect(at(3, "办园性质")?.message).toMatch(/登记为公办/);
    expect(at(3, "普惠认定日期")?.message).toMatch(/须填写普惠认定日期/);
    expect(at(3, "普惠认定文件文号")?.message).toMatch(/文号/);
    expect(at(4, "学校代码")?.message).toMatch(/找不到/);
    expect(at(5, "保教费(元/月)")?.message).toMatch(/不能为负数/);
    expect(at(5, "乡镇中心园")?.message).toMatch(/“是”或“否”/);
    expect(at(6, "非在编教师月平均工资(元)")?.message).toMatch(/没有非在编专任教师/);
    const res = await app.request(`/api/preschool/imports/${r.body.job.id}/report.xlsx`, {
      headers: { cookie: s.jcjy.cookie },
    });
    expect(res.status).toBe(200);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const data = report.getWorksheet("幼儿园年度填报");
    if (!data) throw new Error("报告缺少「幼儿园年度填报」表");
    const feeColumn = (data.getRow(1).values as string[]).indexOf("保教费(元/月)");
    expect(data.getRow(5).getCell(feeColumn).note).toBeTruthy();
    const commit = await call(app, s.jcjy, "POST", `/api/preschool/imports/${r.body.job.id}/commit`, {});
    expect(commit.status).toBe(409);
    expect(await database.db.select().from(preschoolReport)).toHaveLength(0);
  });

  it("refuses a school administrator of another school for a row not its own", async () => {
    const r = await upload("school1", await filled([good()]));
    expect(r.status).toBe(201);
    expect(r.body.job.status).toBe("failed");
    expect(r.body.problems[0]).toMatchObject({ column: "学校代码", level: "error" });
    expect(r.body.problems[0].message).toMatch(/只能导入本园/);
  });

  it("commits a clean file in one transaction, audited, and the evaluation follows", async () => {
    expect((await coverage()).status).toBe("missing");
    const r = await upload("kg", await filled([good()]));
    expect(r.status).toBe(201);
    expect(r.body.problems).toEqual([]);
    expect(r.body.job.status).toBe("validated");
    const commit = await call(app, s.kg, "POST", `/api/preschool/imports/${r.body.job.id}/commit`, {});
    expect(commit.status).toBe(200);
    expect(commit.body.written).toBe(1);
    const [row] = await database.db.select().from(preschoolReport).where(eq(preschoolReport.schoolId, kg.id));
    expect(row).toMatchObject({
      kind: "education_public",
      schoolYear: TEST_YEAR,
      feeFenPerMonth: 35000,
      principalCertified: true,
      establishedPayFen: 600000,
      buildingArea: 900,
    });
    const after = await coverage();
    expect(after.status).not.toBe("missing");
    expect(after.value).toBe(1);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "preschool.import"));
    expect(audit).toHaveLength(1);
    // the section re-imports the county's file: the row is replaced, not duplicated
    const again = await upload("jcjy", await filled([{ ...good(), "保教费(元/月)": 380 }]));
    expect(again.body.job.status).toBe("validated");
    expect((await call(app, s.jcjy, "POST", `/api/preschool/imports/${again.body.job.id}/commit`, {})).status).toBe(
      200,
    );
    const rows = await database.db.select().from(preschoolReport).where(eq(preschoolReport.schoolId, kg.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.feeFenPerMonth).toBe(38000);
    expect((await call(app, s.kg, "POST", `/api/preschool/imports/${r.body.job.id}/commit`, {})).status).toBe(409);
  });
});
