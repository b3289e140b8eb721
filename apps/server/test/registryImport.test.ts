import { registry } from "@edubureau/core";
import { and, asc, count, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { forgetSheets } from "../src/excel/parsedSheets";
import { importJob } from "../src/excel/tables";
import { openGuardedZip } from "../src/excel/zip";
import { person, school, schoolClass } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, workbookRows } from "./harness";
import { TEST_YEAR } from "./template";
import { zipOf } from "./zips";

/**
 * Student import and export end to end on the real database: real .xlsx files built with exceljs, uploaded as
 * multipart, validated, reported, committed; hostile files refused; scope and permissions enforced.
 */
type User = "school1" | "school2" | "jcjy" | "leader" | "teacher1";
let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
/** a class of school1's school and one of school2's, in the test year */
let class1: { code: string; grade: number; number: number };
let class2: { code: string; grade: number; number: number };

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ["school1", "school2", "jcjy", "leader", "teacher1"] as const) sessions[u] = await login(app, u);
  const classOf = async (u: User) => {
    const schoolId = (await call(app, sessions[u], "GET", "/api/auth/me")).body.user.schoolId;
    const [row] = await database.db
      .select({ code: school.code, grade: schoolClass.grade, number: schoolClass.number })
      .from(schoolClass)
      .innerJoin(school, eq(school.id, schoolClass.schoolId))
      .where(and(eq(schoolClass.schoolId, schoolId), eq(schoolClass.schoolYear, TEST_YEAR)))
      .orderBy(asc(schoolClass.grade), asc(schoolClass.number))
      .limit(1);
    return row!;
  };
  class1 = await classOf("school1");
  class2 = await classOf("school2");
});
afterAll(() => database.close());

let sequence = 1;
/** A fresh valid resident ID for a pupil of the right age for a grade (odd sequence = boy). */
function newId(grade: number, boy = true): string {
  const seq = String(sequence++ * 2 + (boy ? 1 : 0)).padStart(3, "0");
  const first17 = `110105${TEST_YEAR - 6 - grade}1201${seq}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

type Row = Partial<Record<string, string | number | { formula: string }>>;
/** A clean row for a class, with overrides by Chinese header. */
function pupil(cls = class1, overrides: Row = {}): Row {
  return {
    姓名: "王小红",
    民族: "汉族",
    身份证号: newId(cls.grade),
    户口性质: "城镇",
    学校标识码: cls.code,
    年级: registry.gradeLabel(cls.grade),
    班号: cls.number,
    ...overrides,
  };
}

async function xlsx(
  rows: Row[],
  edit?: (ws: ExcelJS.Worksheet) => void,
  headers = registry.studentRowColumns.map((c) => registry.studentRowHeaders[c] as string),
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(u: User, bytes: Buffer, name = "学生.xlsx") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  const res = await app.request("/api/registry/imports", {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const commit = (u: User, id: string, onlyValidRows?: boolean) =>
  as(u, "POST", `/api/registry/imports/${id}/commit`, onlyValidRows === undefined ? {} : { onlyValidRows });
async function download(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), bytes };
}
async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const persons = async () => (await database.db.select({ n: count() }).from(person))[0]!.n;
const jobs = async () => (await database.db.select({ n: count() }).from(importJob))[0]!.n;
const audits = (action: string) => database.db.select().from(auditLog).where(eq(auditLog.action, action));

describe("contract", () => {
  it("documents the Excel routes in the OpenAPI document", async () => {
    const doc = (await call(app, null, "GET", "/api/openapi.json")).body;
    const paths = Object.keys(doc.paths).filter((p) => /^\/api\/registry\/(imports|exports|templates)/.test(p));
    expect(paths.sort()).toEqual([
      "/api/registry/exports/staff.xlsx",
      "/api/registry/exports/students.xlsx",
      "/api/registry/imports",
      "/api/registry/imports/{id}",
      "/api/registry/imports/{id}/commit",
      "/api/registry/imports/{id}/report.xlsx",
      "/api/registry/templates/conditions.xlsx",
      "/api/registry/templates/schools.xlsx",
      "/api/registry/templates/staff.xlsx",
      "/api/registry/templates/students.xlsx",
    ]);
    expect(doc.paths["/api/registry/imports"].post.requestBody.content["multipart/form-data"].schema.required).toEqual([
      "file",
    ]);
  });
});

describe("template", () => {
  it("has the Chinese headers, drop-downs, an instruction sheet and one example row that import skips", async () => {
    const res = await download("school1", `/api/registry/templates/students.xlsx?year=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    expect(res.type).toContain("spreadsheetml");
    const sheets = await workbookRows(res.bytes);
    expect(Object.keys(sheets)).toEqual(["学生信息", "填写说明", "选项"]);
    const [header, example] = sheets.学生信息!;
    expect(header).toEqual(registry.studentRowColumns.map((c) => registry.studentRowHeaders[c]));
    expect(String(example![0])).toMatch(/^示例/);
    expect(registry.parseResidentId(String(example![4])).ok).toBe(true);
    expect(example![7]).toBe(class1.code); // school1's template offers its own school only
    expect(sheets.选项!.map((r) => r[3]).filter(Boolean)).toEqual(["学校标识码", class1.code]);
    expect(sheets.填写说明!.length).toBeGreaterThan(20);
    const zip = openGuardedZip(res.bytes);
    const dataXml = (await zip.read("xl/worksheets/sheet1.xml"))!.toString("utf8");
    expect(dataXml).toMatch(/<dataValidation type="list"[^>]*sqref="B2:B\d+"[^>]*>\s*<formula1>选项!\$A\$2:\$A\$3</);
    expect((await zip.read("xl/workbook.xml"))!.toString("utf8")).toMatch(/name="选项"[^>]*state="hidden"/);
    const refused = await upload("school1", res.bytes);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "IMPORT_EMPTY" });
  });
});

describe("a clean file", () => {
  it("validates, commits in one go, and the students appear masked in the list", async () => {
    const noId = { 身份证号: "", 学籍号: "J110105000000000001", 出生日期: "2019-05-01", 性别: "女" };
    const rows = [
      pupil(class1, { 姓名: "导入甲" }),
      pupil(class1, { 姓名: "导入乙", 性别: "男", 留守儿童: "是" }),
      pupil(class1, { 姓名: "导入丙", ...noId }),
    ];
    const up = await upload("school1", await xlsx(rows), "一年级新生.xlsx");
    expect(up.status).toBe(201);
    expect(up.body.job).toMatchObject({ status: "validated", rowCount: 3, errorCount: 0, fileName: "一年级新生.xlsx" });
    expect(up.body.summary).toMatchObject({ rows: 3, validRows: 3, invalidRows: 0, errors: 0 });
    const before = await persons();
    const done = await commit("school1", up.body.job.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ written: 3, skipped: 0, job: { status: "committed" } });
    expect(await persons()).toBe(before + 3);
    const list = await as(
      "school1",
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("导入乙")}`,
    );
    expect(list.body.rows).toHaveLength(1);
    expect(list.body.rows[0].residentIdMasked).toBe(registry.maskResidentId(rows[1]!.身份证号 as string));
    expect(list.body.rows[0].studentNumber).toBe(registry.maskStudentNumber(`G${rows[1]!.身份证号}`));
    const audit = (await audits("registry.import")).at(-1)!;
    expect(audit.details).toMatchObject({ written: 3, fileName: "一年级新生.xlsx", onlyValidRows: false });
    expect((audit.details as any).fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await commit("school1", up.body.job.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("IMPORT_ALREADY_COMMITTED");

    // the upload held IDs in clear; once committed it is dropped, and its report is no longer offered
    const [stored] = await database.db
      .select({ bytes: sql<number>`octet_length(${importJob.file})` })
      .from(importJob)
      .where(eq(importJob.id, up.body.job.id));
    expect(Number(stored?.bytes)).toBe(0);
    const report = await download("school1", `/api/registry/imports/${up.body.job.id}/report.xlsx`);
    expect(report.status).toBe(409);

    // the same file again: every row is now a duplicate of the register
    const dup = await upload("school1", await xlsx(rows));
    expect(dup.body.job.status).toBe("failed");
    const messages = dup.body.problems.map((p: any) => `${p.row}:${p.column}:${p.message}`);
    expect(messages).toContain(
      "2:身份证号:系统中已有此身份证号的人员:如是从其他学校转入,请办理转学而不是导入;如号码有误请改正",
    );
    expect(messages).toContain(
      "3:身份证号:系统中已有此身份证号的人员:如是从其他学校转入,请办理转学而不是导入;如号码有误请改正",
    );
    expect(messages).toContain("4:学籍号:系统中已有此学籍号:请核对;已在册的学生不要重复导入");
    expect(messages).toHaveLength(3);
  });
});

describe("the commit's rows", () => {
  it("come from the stored file when the parsed upload is no longer kept (a restart, or later uploads)", async () => {
    const first = await upload("school1", await xlsx([pupil(class1, { 姓名: "重读甲" })]));
    // two later uploads push the first one's parsed rows out of memory; a restart would drop them all
    await upload("school1", await xlsx([pupil(class1, { 姓名: "重读乙" })]));
    await upload("school1", await xlsx([pupil(class1, { 姓名: "重读丙" })]));
    forgetSheets();
    const done = await commit("school1", first.body.job.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ written: 1, skipped: 0 });
    const list = await as(
      "school1",
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&q=${encodeURIComponent("重读甲")}`,
    );
    expect(list.body.rows).toHaveLength(1);
  });

  it("are checked again at commit even when the parsed upload is kept", async () => {
    const row = pupil(class1, { 姓名: "复核甲" });
    const first = await upload("school1", await xlsx([row]));
    const second = await upload("school1", await xlsx([row]));
    expect((await commit("school1", second.body.job.id)).status).toBe(200);
    const stale = await commit("school1", first.body.job.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("IMPORT_STALE");
  });
});

const wrongCheckDigit = (id: string) => `${id.slice(0, 17)}${id[17] === "0" ? "1" : "0"}`;

describe("a file with every kind of error", () => {
  const good = () => pupil(class1, { 姓名: "正确行" });
  let badRows: [string, Row][] = [];
  const makeBadRows = (dupId = newId(class1.grade)): [string, Row][] => [
    ["姓名", pupil(class1, { 姓名: "" })],
    ["性别", pupil(class1, { 性别: "女" })],
    ["出生日期", pupil(class1, { 出生日期: "2001-01-01" })],
    ["民族", pupil(class1, { 民族: "火星族" })],
    ["身份证号", pupil(class1, { 身份证号: wrongCheckDigit(newId(class1.grade)) })],
    ["学籍号", pupil(class1, { 学籍号: "X123" })],
    ["户口性质", pupil(class1, { 户口性质: "" })],
    ["学校标识码", pupil(class1, { 学校标识码: "9999999999" })],
    ["年级", pupil(class1, { 年级: "十三年级" })],
    ["班号", pupil(class1, { 班号: 99 })],
    ["留守儿童", pupil(class1, { 留守儿童: "是", 随迁子女: "是" })],
    ["安置方式", pupil(class1, { 残疾类别: "听力残疾" })],
    ["监护人电话", pupil(class1, { 监护人电话: "12345" })],
    ["身份证号", pupil(class1, { 身份证号: dupId })],
    ["身份证号", pupil(class1, { 身份证号: dupId })],
    ["身份证号", pupil(class1, { 身份证号: 110105201912010000 })],
  ];
  let jobId: string;

  it("reports each problem by row and column, writes nothing, and refuses a plain commit", async () => {
    badRows = makeBadRows();
    const before = await persons();
    const up = await upload("school1", await xlsx([good(), ...badRows.map(([, r]) => r), good()]));
    expect(up.status).toBe(201);
    jobId = up.body.job.id;
    expect(up.body.job.status).toBe("failed");
    expect(up.body.summary).toMatchObject({ rows: badRows.length + 2, validRows: 2, invalidRows: badRows.length });
    badRows.forEach(([column], i) => {
      const found = up.body.problems.filter((p: any) => p.row === i + 3 && p.level === "error");
      expect(
        found.map((p: any) => p.column),
        `row ${i + 3}`,
      ).toContain(column);
      for (const p of found) expect(p.message).toMatch(/请/);
    });
    const byRow = (row: number) => up.body.problems.filter((p: any) => p.row === row).map((p: any) => p.message);
    expect(byRow(12)[0]).toContain("没有99班");
    expect(byRow(16)[0]).toContain("与第17行的身份证号重复");
    expect(byRow(18)[0]).toContain("超过15位的部分已丢失");
    expect(await persons()).toBe(before);
    const refused = await commit("school1", jobId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect(await persons()).toBe(before);
  });

  it("returns a report workbook with the wrong cells filled and noted, and a summary", async () => {
    const res = await download("school1", `/api/registry/imports/${jobId}/report.xlsx`);
    expect(res.status).toBe(200);
    const wb = await workbook(res.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "学生信息", "问题清单"]);
    const data = wb.getWorksheet("学生信息")!;
    const idCell = data.getRow(7).getCell(5); // row 7: wrong check digit, column E 身份证号
    expect((idCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(String(idCell.note)).toContain("校验位不正确");
    expect((data.getRow(2).getCell(5).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    const summary = wb.getWorksheet("汇总")!;
    const cells = summary.getSheetValues().flat().map(String);
    expect(cells).toContain("有错误的行数");
    expect(cells).toContain(String(badRows.length));
    expect(wb.getWorksheet("问题清单")!.rowCount).toBeGreaterThan(badRows.length);
  });

  it("imports only the valid rows when asked to", async () => {
    const before = await persons();
    const res = await commit("school1", jobId, true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ written: 2, skipped: badRows.length });
    expect(await persons()).toBe(before + 2);
  });
});

describe("hostile and unusable files", () => {
  /** a zip bomb: one entry of zeros that compresses about a thousand to one, honest or lying about its size */
  const zipBomb = (declared: number, actual: number) =>
    zipOf("xl/workbook.xml", Buffer.alloc(actual), { deflate: true, declared });

  it.each([
    [
      "random bytes named .xlsx",
      async () => Buffer.from("这不是表格".repeat(100)),
      "IMPORT_NOT_XLSX",
      "不是 Excel 工作簿",
    ],
    [
      "an old .xls file",
      async () => Buffer.from("d0cf11e0a1b11ae1".padEnd(1024, "0"), "hex"),
      "IMPORT_NOT_XLSX",
      "另存为 .xlsx",
    ],
    [
      "a zip that is not a workbook",
      async () => zipOf("readme.txt", Buffer.from("hello")),
      "IMPORT_NOT_XLSX",
      "不是 Excel 工作簿",
    ],
    ["a zip bomb", async () => zipBomb(64 * 1024 * 1024, 64 * 1024 * 1024), "IMPORT_FILE_TOO_LARGE", "压缩炸弹"],
    [
      "a zip bomb lying about its size",
      async () => zipBomb(1000, 8 * 1024 * 1024),
      "IMPORT_FILE_TOO_LARGE",
      "与声明不符",
    ],
    [
      "formulas",
      () => xlsx([pupil(class1, { 姓名: { formula: '"张"&"三"' } })]),
      "IMPORT_FORMULAS",
      "选择性粘贴 → 数值",
    ],
    ["merged cells", () => xlsx([pupil(), pupil()], (ws) => ws.mergeCells("A2:A3")), "IMPORT_MERGED_CELLS", "A2:A3"],
    ["an empty sheet", () => xlsx([], undefined, []), "IMPORT_EMPTY", "是空的"],
    ["headers only", () => xlsx([]), "IMPORT_EMPTY", "没有学生数据"],
    [
      "wrong headers",
      () => xlsx([{ 姓名: "张三" }], undefined, ["姓名", "身份证", "电话"]),
      "IMPORT_WRONG_TEMPLATE",
      "缺少「性别」",
    ],
  ] as const)("refuses %s with a clear message and writes nothing", async (_, make, code, text) => {
    const [p, j] = [await persons(), await jobs()];
    const res = await upload("school1", await make());
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(text);
    expect([await persons(), await jobs()]).toEqual([p, j]);
  });

  it("refuses a file over 30 MB and a request without a file", async () => {
    const big = await upload("school1", Buffer.alloc(31 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain("30 MB");
    const none = await as("school1", "POST", "/api/registry/imports", {});
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe("IMPORT_NO_FILE");
  });
});

describe("scope and permissions", () => {
  it("marks rows for another school's code as outside the uploader's scope", async () => {
    const up = await upload("school1", await xlsx([pupil(class1), pupil(class2)]));
    expect(up.body.summary).toMatchObject({ validRows: 1, invalidRows: 1 });
    expect(up.body.problems[0]).toMatchObject({ row: 3, column: "学校标识码", level: "error" });
    expect(up.body.problems[0].message).toContain("不在您的管理范围");
    const other = await as("school2", "GET", `/api/registry/imports/${up.body.job.id}`);
    expect(other.status).toBe(404);
    expect((await download("school2", `/api/registry/imports/${up.body.job.id}/report.xlsx`)).status).toBe(404);
    expect((await commit("school2", up.body.job.id, true)).status).toBe(404);
    expect((await as("school1", "GET", `/api/registry/imports/${up.body.job.id}`)).status).toBe(200);
  });

  it("lets the county section import into any school", async () => {
    const up = await upload("jcjy", await xlsx([pupil(class1), pupil(class2)]));
    expect(up.body.job.status).toBe("validated");
  });

  it("refuses leadership and teachers", async () => {
    const file = await xlsx([pupil()]);
    for (const u of ["leader", "teacher1"] as const) {
      const res = await upload(u, file);
      expect(res.status, u).toBe(403);
      expect((await download(u, "/api/registry/templates/students.xlsx")).status).toBe(403);
    }
  });

  it("refuses a commit when the register changed after the upload", async () => {
    const file = await xlsx([pupil(class1)]);
    const first = await upload("school1", file);
    const second = await upload("school1", file);
    expect((await commit("school1", first.body.job.id)).status).toBe(200);
    const stale = await commit("school1", second.body.job.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("IMPORT_STALE");
  });
});

describe("export", () => {
  const path = (extra = "") => `/api/registry/exports/students.xlsx?year=${TEST_YEAR}${extra}`;
  const idColumn = async (bytes: Buffer) => {
    const ws = (await workbook(bytes)).getWorksheet("学生名单")!;
    expect(ws.getRow(1).getCell(9).value).toBe("身份证号");
    // students registered without an ID (J-type number) have an empty cell
    return (ws.getColumn(9).values as (string | undefined)[]).slice(2).filter((v): v is string => !!v);
  };

  it("masks resident IDs by default, stays in scope and is audited", async () => {
    const before = (await audits("registry.export")).length;
    const res = await download("school1", path());
    expect(res.status).toBe(200);
    const ids = await idColumn(res.bytes);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const schools = new Set(
      ((await workbook(res.bytes)).getWorksheet("学生名单")!.getColumn(2).values as string[]).slice(2),
    );
    expect([...schools]).toEqual([class1.code]);
    expect((await audits("registry.export")).length).toBe(before + 1);
  });

  it("reveals IDs only with the permission and a reason, and audits the reason", async () => {
    expect((await download("leader", path("&reveal=true&reason=核对学籍"))).status).toBe(403);
    const noReason = await as("jcjy", "GET", path("&reveal=true"));
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("REASON_REQUIRED");
    const res = await download("jcjy", path(`&reveal=true&reason=${encodeURIComponent("核对新生学籍")}`));
    expect(res.status).toBe(200);
    for (const id of await idColumn(res.bytes)) expect(registry.parseResidentId(id).ok).toBe(true);
    const audit = (await audits("registry.export_personal_data")).at(-1)!;
    expect(audit).toMatchObject({ actorName: "jcjy", reason: "核对新生学籍" });
  });
});
