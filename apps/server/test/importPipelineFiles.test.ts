import { createHash, randomBytes } from "node:crypto";
import { registry } from "@edubureau/core";
import { and, asc, count, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPersonalDataCipher } from "../src/auth/personalData";
import type { Database } from "../src/db/client";
import { forgetSheets } from "../src/excel/parsedSheets";
import { importJob } from "../src/excel/tables";
import { preschoolReport } from "../src/preschool/tables";
import { person, school, schoolClass } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * What every declared-sheet import shares, on the real database: the upload waits for its commit encrypted (not
 * the file, no name or resident ID from it in the table), is decrypted for its report and its commit, a job stored
 * in clear before files were encrypted still reads, a file whose key does not open is refused with nothing written;
 * an all-or-nothing import refuses "only the valid rows" in one place with one message, nothing written.
 */
type User = "school1" | "jcjy";
let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
let class1: { code: string; grade: number; number: number };

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of ["school1", "jcjy"] as const) sessions[u] = await login(app, u);
  const schoolId = (await call(app, sessions.school1, "GET", "/api/auth/me")).body.user.schoolId;
  const [row] = await database.db
    .select({ code: school.code, grade: schoolClass.grade, number: schoolClass.number })
    .from(schoolClass)
    .innerJoin(school, eq(school.id, schoolClass.schoolId))
    .where(and(eq(schoolClass.schoolId, schoolId), eq(schoolClass.schoolYear, TEST_YEAR)))
    .orderBy(asc(schoolClass.grade), asc(schoolClass.number))
    .limit(1);
  class1 = row!;
});
afterAll(() => database.close());

let sequence = 400;
function newId(grade: number): string {
  const first17 = `110105${TEST_YEAR - 6 - grade}1201${String(sequence++ * 2 + 1).padStart(3, "0")}`;
  return `${first17}${registry.residentIdCheckChar(first17)}`;
}

/** A student file, stored uncompressed so a name in it would show in its bytes as they are. */
async function students(names: string[]) {
  const headers = registry.studentRowColumns.map((c) => registry.studentRowHeaders[c] as string);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(headers);
  const ids: string[] = [];
  for (const name of names) {
    const id = newId(class1.grade);
    ids.push(id);
    const row: Record<string, string | number> = {
      姓名: name,
      民族: "汉族",
      身份证号: id,
      户口性质: "城镇",
      学校标识码: class1.code,
      年级: registry.gradeLabel(class1.grade),
      班号: class1.number,
    };
    ws.addRow(headers.map((h) => row[h] ?? null));
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never));
  return { bytes, ids };
}

async function upload(u: User, path: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "名单.xlsx"));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await app.request(path, {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const stored = async (id: string) =>
  (
    await database.db
      .select({
        file: sql<string>`encode(${importJob.file}, 'base64')`,
        key: importJob.fileKey,
        status: importJob.status,
      })
      .from(importJob)
      .where(eq(importJob.id, id))
  )[0]!;
const persons = async () => (await database.db.select({ n: count() }).from(person))[0]!.n;
async function reportText(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  const cells: string[] = [];
  wb.getWorksheet("学生信息")?.eachRow((r) => {
    cells.push(...(r.values as unknown[]).map(String));
  });
  return { status: res.status, cells };
}

describe("an upload waiting for its commit", () => {
  it("is kept encrypted, read back for its report and its commit, and dropped once committed", async () => {
    const name = "欧阳明澈";
    const { bytes, ids } = await students([name, "司马知远"]);
    // the file as sent has the name and the resident ID readable in its bytes
    expect(bytes.includes(Buffer.from(name))).toBe(true);
    expect(bytes.includes(Buffer.from(ids[0]!))).toBe(true);
    const up = await upload("school1", "/api/registry/imports", bytes, { kind: "students", year: String(TEST_YEAR) });
    expect(up.status).toBe(201);
    expect(up.body.job.status).toBe("validated");

    const row = await stored(up.body.job.id);
    const inTable = Buffer.from(row.file, "base64");
    expect(inTable.length).toBeGreaterThan(0);
    expect(inTable.equals(bytes)).toBe(false);
    expect(inTable.subarray(0, 2).toString("latin1")).not.toBe("PK");
    expect(inTable.includes(Buffer.from(name))).toBe(false);
    expect(inTable.includes(Buffer.from(ids[0]!))).toBe(false);
    expect(row.key).toMatch(/^v1:/);
    expect(row.key).not.toContain(bytes.toString("base64").slice(0, 16));

    // the report is built from the stored file (the parsed sheet of the upload is not kept here)
    forgetSheets();
    const report = await reportText("school1", `/api/registry/imports/${up.body.job.id}/report.xlsx`);
    expect(report.status).toBe(200);
    expect(report.cells).toContain(name);

    forgetSheets();
    const before = await persons();
    const commit = await as("school1", "POST", `/api/registry/imports/${up.body.job.id}/commit`, {});
    expect(commit.status).toBe(200);
    expect(commit.body.written).toBe(2);
    expect(await persons()).toBe(before + 2);
    expect(await stored(up.body.job.id)).toMatchObject({ file: "", key: null, status: "committed" });
  });

  it("stored in clear before files were encrypted still gives its report and commits", async () => {
    const { bytes } = await students(["上官若溪"]);
    const up = await upload("school1", "/api/registry/imports", bytes, { kind: "students", year: String(TEST_YEAR) });
    expect(up.status).toBe(201);
    // as a job of before: the file as sent, no key
    await database.db
      .update(importJob)
      .set({ file: sql`decode(${bytes.toString("base64")}, 'base64')`, fileKey: null })
      .where(eq(importJob.id, up.body.job.id));
    forgetSheets();
    const report = await reportText("school1", `/api/registry/imports/${up.body.job.id}/report.xlsx`);
    expect(report.status).toBe(200);
    expect(report.cells).toContain("上官若溪");
    forgetSheets();
    const before = await persons();
    const commit = await as("school1", "POST", `/api/registry/imports/${up.body.job.id}/commit`, {});
    expect(commit.status).toBe(200);
    expect(await persons()).toBe(before + 1);
  });

  it("whose key does not open (another platform secret) is refused, nothing written, the job still open", async () => {
    const { bytes } = await students(["诸葛青云"]);
    const up = await upload("school1", "/api/registry/imports", bytes, { kind: "students", year: String(TEST_YEAR) });
    const otherKey = createPersonalDataCipher("another-secret-0123456789-0123456789-0123456789").encrypt(
      randomBytes(32).toString("base64"),
    );
    await database.db.update(importJob).set({ fileKey: otherKey }).where(eq(importJob.id, up.body.job.id));
    forgetSheets();
    const before = await persons();
    const commit = await as("school1", "POST", `/api/registry/imports/${up.body.job.id}/commit`, {});
    expect(commit.status).toBe(409);
    expect(commit.body.error.code).toBe("IMPORT_FILE_UNREADABLE");
    expect(commit.body.error.message).toMatch(/无法解密.*未写入任何数据.*重新上传/);
    expect(await persons()).toBe(before);
    expect((await stored(up.body.job.id)).status).toBe("validated");
    const report = await app.request(`/api/registry/imports/${up.body.job.id}/report.xlsx`, {
      headers: { cookie: sessions.school1.cookie },
    });
    expect(report.status).toBe(409);
  });

  it("is the same file once decrypted: its hash is the one recorded at the upload", async () => {
    const { bytes } = await students(["慕容清"]);
    const up = await upload("school1", "/api/registry/imports", bytes, { kind: "students", year: String(TEST_YEAR) });
    const [row] = await database.db
      .select({ sha: importJob.fileSha256 })
      .from(importJob)
      .where(eq(importJob.id, up.body.job.id));
    expect(row!.sha).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

describe("an all-or-nothing import", () => {
  async function preschoolFile(rows: Record<string, string | number>[]) {
    const res = await app.request(`/api/preschool/imports/template.xlsx?year=${TEST_YEAR}`, {
      headers: { cookie: sessions.jcjy.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet("幼儿园年度填报")!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it("refuses only the valid rows in one place with one message, writes nothing, and still commits whole", async () => {
    const [kg] = await database.db.select().from(school).where(eq(school.kind, "kindergarten"));
    const row = {
      学校代码: kg!.code,
      幼儿园名称: kg!.name,
      办园性质: "教育部门办",
      "保教费(元/月)": 350,
      "园舍建筑面积(平方米)": 900,
    };
    await database.db.delete(preschoolReport);
    const up = await upload("jcjy", "/api/preschool/imports", await preschoolFile([row]), { year: String(TEST_YEAR) });
    expect(up.status).toBe(201);
    expect(up.body.job.errorCount).toBe(0);
    const path = `/api/preschool/imports/${up.body.job.id}/commit`;
    const partial = await as("jcjy", "POST", path, { onlyValidRows: true });
    expect(partial.status).toBe(400);
    expect(partial.body.error).toMatchObject({
      code: "IMPORT_ALL_OR_NOTHING",
      message: "幼儿园年度填报须全部正确才能导入:请下载校验报告改正后重新上传",
    });
    expect(partial.body.error.details).toEqual([{ field: "onlyValidRows", message: "幼儿园年度填报不能只导入部分行" }]);
    expect((await database.db.select({ n: count() }).from(preschoolReport))[0]!.n).toBe(0);
    expect((await stored(up.body.job.id)).status).toBe("validated");

    const whole = await as("jcjy", "POST", path, {});
    expect(whole.status).toBe(200);
    expect(whole.body.written).toBe(1);
    expect((await database.db.select({ n: count() }).from(preschoolReport))[0]!.n).toBe(1);
  });

  it("tells a file with errors to be corrected and uploaded again, without offering only the valid rows", async () => {
    const up = await upload(
      "jcjy",
      "/api/preschool/imports",
      await preschoolFile([{ 学校代码: "9999999999", 办园性质: "教育部门办" }]),
      { year: String(TEST_YEAR) },
    );
    expect(up.body.job.errorCount).toBeGreaterThan(0);
    const commit = await as("jcjy", "POST", `/api/preschool/imports/${up.body.job.id}/commit`, {});
    expect(commit.status).toBe(409);
    expect(commit.body.error.code).toBe("IMPORT_HAS_ERRORS");
    expect(commit.body.error.message).toMatch(/尚未写入任何数据/);
    expect(commit.body.error.message).not.toMatch(/只导入正确的行/);
  });
});
