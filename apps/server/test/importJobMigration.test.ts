import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { migrationsFolder } from "../src/db/migrate";
import { examsAuditTargets } from "../src/exams/auditTargets";
import { exam } from "../src/exams/tables";
import { importJob } from "../src/excel/tables";
import { region } from "../src/registry/tables";
import { openTestDatabase } from "./harness";

/**
 * The migration that made import_job the one job table of every capability copies the score uploads of the old
 * exam_import table into it with their ids, so audit rows about them (target type exam_import) still resolve. The
 * copy is run here against the current import_job, from the migration's own statement, on a stand-in of the old
 * table.
 */
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

function copyStatement(): string {
  const file = readdirSync(migrationsFolder).find((f) => /^\d{4}_one_import_job\.sql$/.test(f))!;
  const statements = readFileSync(join(migrationsFolder, file), "utf8").split("--> statement-breakpoint");
  return statements.find((s) => s.includes('INSERT INTO "import_job"'))!;
}

describe("the one import_job table", () => {
  it("takes over exam_import's rows with their ids, exam, file, status and layout", async () => {
    const { db } = database;
    const [county] = await db.select({ code: region.code }).from(region).where(eq(region.level, "county")).limit(1);
    const regionCode = county!.code;
    const examId = randomUUID();
    await db.insert(exam).values({
      id: examId,
      regionCode,
      seriesId: examId,
      name: "迁移前的质量检测",
      heldOn: "2026-11-20",
      schoolYear: 2026,
      term: 1,
      grade: 7,
      subjects: [],
      config: {} as never,
      createdBy: randomUUID(),
    });
    await db.execute(sql`create temporary table exam_import (
      id uuid primary key, region_code char(6) not null, exam_id uuid not null, school_id uuid,
      file_name text not null, file_sha256 text not null, file bytea not null, layout text not null,
      status text not null, row_count integer not null default 0, error_count integer not null default 0,
      report jsonb, created_by uuid not null, committed_at timestamptz,
      created_at timestamptz not null default now(), updated_at timestamptz not null default now())`);
    const open = randomUUID();
    const done = randomUUID();
    const report = { summary: { layout: "long", rows: 2, students: 1, errors: 1, warnings: 0, subjects: [] } };
    await db.execute(sql`insert into exam_import (id, region_code, exam_id, file_name, file_sha256, file, layout,
        status, row_count, error_count, report, created_by)
      values (${open}, ${regionCode}, ${examId}, '成绩.csv', 'abc', decode('6869', 'hex'), 'long', 'validated', 2, 1,
        ${JSON.stringify({ ...report, problems: [{ row: 2, column: "语文", value: "x", message: "m", level: "error" }] })}::jsonb,
        ${randomUUID()}),
      (${done}, ${regionCode}, ${examId}, 'b.xlsx', 'def', ''::bytea, 'wide', 'committed', 3, 0,
        '{"summary":{"layout":"wide","rows":3}}'::jsonb, ${randomUUID()})`);
    await db.execute(sql.raw(copyStatement()));
    await db.execute(sql`drop table exam_import`);

    const rows = await db
      .select({
        id: importJob.id,
        capability: importJob.capability,
        kind: importJob.kind,
        targetId: importJob.targetId,
        status: importJob.status,
        errorCount: importJob.errorCount,
        report: importJob.report,
        size: sql<number>`octet_length(${importJob.file})`,
      })
      .from(importJob)
      .where(eq(importJob.targetId, examId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(open)).toMatchObject({
      capability: "exams",
      kind: "scores",
      targetId: examId,
      status: "validated",
      errorCount: 1,
      size: 2,
    });
    expect((byId.get(open)!.report as any).summary.layout).toBe("long");
    expect((byId.get(open)!.report as any).problems).toHaveLength(1);
    expect(byId.get(done)).toMatchObject({ status: "committed", size: 0 });

    // the audit log still names them: by exam and file
    const labels = await examsAuditTargets.exam_import!.labels(db, [open, done]);
    expect(labels.get(open)).toBe("迁移前的质量检测 · 成绩.csv");
    expect(labels.get(done)).toBe("迁移前的质量检测 · b.xlsx");
  });
});
