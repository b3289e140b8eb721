import { registry } from "@edubureau/core";
import { and, asc, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { school, schoolClass } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * A large student import on its own database (it fills one class with thousands of pupils, which other import tests
 * would trip over): after the commit, the planner's statistics of the written tables match what is there.
 */
let database: Database;
let app: TestApp;
let session: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  session = await login(app, "jcjy");
});
afterAll(() => database.close());

/** A workbook of `count` valid pupils for one class, each with a distinct resident ID. */
async function pupils(count: number, cls: { code: string; grade: number; number: number }) {
  const headers = registry.studentRowColumns.map((c) => registry.studentRowHeaders[c] as string);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学生信息");
  ws.addRow(headers);
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / 100);
    const month = String(1 + Math.floor(day / 28)).padStart(2, "0");
    const first17 = `110106${TEST_YEAR - 6 - cls.grade}${month}${String(1 + (day % 28)).padStart(2, "0")}${100 + (i % 100)}`;
    const row: Record<string, string | number> = {
      姓名: "批量导入",
      民族: "汉族",
      身份证号: `${first17}${registry.residentIdCheckChar(first17)}`,
      户口性质: "城镇",
      学校标识码: cls.code,
      年级: registry.gradeLabel(cls.grade),
      班号: cls.number,
    };
    ws.addRow(headers.map((h) => row[h] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The planner's row estimate of the person table beside its real count. */
async function personEstimate() {
  const result = await database.db.execute(sql`select reltuples::float8 as estimated,
      (select count(*) from person)::float8 as actual from pg_class where relname = 'person'`);
  const row = (result as unknown as { rows: { estimated: number; actual: number }[] }).rows[0]!;
  return { estimated: Number(row.estimated), actual: Number(row.actual) };
}

describe("a large import", () => {
  it("refreshes the planner's statistics of the tables it wrote (the embedded database has no autovacuum)", async () => {
    const [cls] = await database.db
      .select({ code: school.code, grade: schoolClass.grade, number: schoolClass.number })
      .from(schoolClass)
      .innerJoin(school, eq(school.id, schoolClass.schoolId))
      .where(and(eq(schoolClass.schoolYear, TEST_YEAR), eq(school.kind, "primary")))
      .orderBy(asc(school.code), asc(schoolClass.grade), asc(schoolClass.number))
      .limit(1);
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await pupils(5_000, cls!))], "批量.xlsx"));
    const res = await app.request("/api/registry/imports", {
      method: "POST",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      body: form,
    });
    const up = (await res.json()) as any;
    expect(up.summary).toMatchObject({ rows: 5_000, invalidRows: 0 });
    const before = await personEstimate();
    const done = await call(app, session, "POST", `/api/registry/imports/${up.job.id}/commit`, {
      onlyValidRows: false,
    });
    expect(done.body).toMatchObject({ written: 5_000 });
    const after = await personEstimate();
    expect(after.actual).toBe(before.actual + 5_000);
    // without the refresh the estimate would still be the count before the import
    expect(before.estimated).toBeLessThan(after.actual - 4_500);
    expect(Math.abs(after.estimated - after.actual)).toBeLessThan(after.actual * 0.01);
  });
});
