/**
 * Score uploads are jobs of the one import pipeline: kept in the shared job table under the exam, listed with the
 * exam within the writer's scope, committed once, and — like every other upload never committed — purged after a
 * day, the file and the problem list dropped.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeStaleUploads } from "../src/excel/importJobs";
import { importJob } from "../src/excel/tables";
import { type ExamsKit, openExamsKit, type RosterRow } from "./examsKit";

let kit: ExamsKit;
let examId: string;
let mine: RosterRow[];

beforeAll(async () => {
  kit = await openExamsKit();
  examId = (await kit.newExam({ name: "导入批次" })).id;
  mine = await kit.roster("school1", examId);
});
afterAll(() => kit.database.close());

const jobRow = async (id: string) =>
  (
    await kit.database.db
      .select({
        capability: importJob.capability,
        kind: importJob.kind,
        targetId: importJob.targetId,
        status: importJob.status,
        size: sql<number>`octet_length(${importJob.file})`,
        problems: sql<unknown[]>`${importJob.report}->'problems'`,
      })
      .from(importJob)
      .where(eq(importJob.id, id))
  )[0]!;

describe("score upload jobs", () => {
  it("are kept under the exam, listed for the school that uploaded them and not for another", async () => {
    const up = await kit.upload("school1", examId, `考号,语文\n${mine[0]!.examNumber},88\n`, "一.csv");
    expect(up.status).toBe(201);
    expect(up.body.job).toMatchObject({ fileName: "一.csv", layout: "wide", status: "validated", errorCount: 0 });
    expect(await jobRow(up.body.job.id)).toMatchObject({
      capability: "exams",
      kind: "scores",
      targetId: examId,
      status: "validated",
    });
    const detail = await kit.as("school1", "GET", `/api/exams/${examId}`);
    expect(detail.body.imports.map((j: any) => j.id)).toContain(up.body.job.id);
    const other = await kit.as("school2", "GET", `/api/exams/${examId}`);
    expect(other.body.imports.map((j: any) => j.id)).not.toContain(up.body.job.id);
    // a register import's routes do not reach a score job
    expect((await kit.as("school1", "GET", `/api/registry/imports/${up.body.job.id}`)).status).toBe(404);
  });

  it("show an upload with errors as not yet committed, and commit a clean one once", async () => {
    const bad = await kit.upload("school1", examId, `考号,语文\n${mine[1]!.examNumber},101\n`, "二.csv");
    expect(bad.body.job).toMatchObject({ status: "validated", errorCount: 1 });
    const good = await kit.upload("school1", examId, `考号,语文\n${mine[1]!.examNumber},91\n`, "三.csv");
    const path = `/api/exams/${examId}/imports/${good.body.job.id}/commit`;
    expect((await kit.as("school1", "POST", path)).body).toEqual({ written: 1, added: 0 });
    const again = await kit.as("school1", "POST", path);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("IMPORT_DONE");
    expect(await jobRow(good.body.job.id)).toMatchObject({ status: "committed", size: 0 });
  });

  it("are purged with every other upload when never committed for a day", async () => {
    const up = await kit.upload("school1", examId, `考号,语文\n${mine[2]!.examNumber},abc\n`, "四.csv");
    expect(up.body.summary.errors).toBe(1);
    expect(await purgeStaleUploads(kit.database.db, new Date(Date.now() + 25 * 3600 * 1000))).toBeGreaterThan(0);
    expect(await jobRow(up.body.job.id)).toMatchObject({ status: "discarded", size: 0, problems: [] });
    const commit = await kit.as("school1", "POST", `/api/exams/${examId}/imports/${up.body.job.id}/commit`);
    expect(commit.status).toBe(409);
    expect(commit.body.error.code).toBe("IMPORT_DONE");
  });
});
