import { exams as core } from "@edubureau/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  analyzeColumns,
  sharedAnalyses,
  shareLargeColumns,
  startAnalysisWorker,
  stopAnalysisWorker,
} from "./parallelAnalysis";

/** A cohort of n in 20 classes of 4 schools, half points, some absent; one teacher column shared by two subjects. */
function cohort(n: number): core.ExamColumns {
  let seed = 11;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const klass = Int32Array.from({ length: n }, (_, i) => Math.floor((i * 20) / n));
  const school = Int32Array.from(klass, (c) => Math.floor(c / 5));
  const subjects = [
    { code: "chinese", fullMarks: 120 },
    { code: "math", fullMarks: 120 },
    { code: "english", fullMarks: 100 },
  ];
  const scores = subjects.map((s) =>
    Float64Array.from({ length: n }, () => (next() < 0.03 ? Number.NaN : Math.round(next() * s.fullMarks * 2) / 2)),
  );
  const shared = Int32Array.from(klass, (c) => Math.floor(c / 2));
  const teacher = [shared, shared, Int32Array.from(klass, (c) => 10 + (c % 7))];
  return { size: n, subjects, scores, school, klass, teacher, groups: { schools: 4, classes: 20, teachers: 17 } };
}

afterAll(() => stopAnalysisWorker());

describe("analyzeColumns", () => {
  it("shares a large exam with the worker thread and gets the same analysis as one thread", async () => {
    expect(await startAnalysisWorker()).toBe(true);
    const columns = cohort(4000);
    const before = sharedAnalyses();
    const analysis = await analyzeColumns(columns, core.defaultAnalysisConfig, 1);
    expect(sharedAnalyses()).toBe(before + 1);
    expect(analysis).toEqual(core.analyzeExam(columns));
    expect(analysis.subjects.map((s) => s.code)).toEqual(["chinese", "math", "english", core.TOTAL]);
  });

  it("analyses a small exam on this thread", async () => {
    const columns = cohort(500);
    const before = sharedAnalyses();
    expect(await analyzeColumns(columns, core.defaultAnalysisConfig)).toEqual(core.analyzeExam(columns));
    expect(sharedAnalyses()).toBe(before);
  });

  it("moves a large exam's columns into shared memory once, keeping a teacher column shared by subjects one column", () => {
    const columns = cohort(1000);
    const shared = shareLargeColumns(columns, 1);
    expect(shared.scores[0]!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.teacher[0]).toBe(shared.teacher[1]);
    expect(Array.from(shared.scores[2]!)).toEqual(Array.from(columns.scores[2]!));
    expect(shareLargeColumns(shared, 1).school).toBe(shared.school);
    expect(shareLargeColumns(columns).school).toBe(columns.school);
  });

  it("answers a start stopped before the worker was ready with false, and starts again afterwards", async () => {
    await stopAnalysisWorker();
    const starting = startAnalysisWorker();
    await stopAnalysisWorker();
    expect(await starting).toBe(false);
    expect(await startAnalysisWorker()).toBe(true);
  });
});
