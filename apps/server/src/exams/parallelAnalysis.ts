/**
 * A large exam's analysis shared between two threads. The engine (core's analyzeExam) runs on one thread and is
 * bound by arithmetic; at province scale (1,000,000 students × 9 subjects) a worker thread analyses half the subjects
 * and the total while this thread analyses the other half, which cuts the time by a third to a half on two cores.
 *
 * The exam's columns are moved once into shared memory, so the worker reads them in place; its figures come back as
 * moved buffers. Small exams are analysed here and now: a round trip to a thread is not worth it for them. The
 * worker starts with the server (startAnalysisWorker) or on the first large exam; until it is ready, and whenever it
 * fails, the whole analysis runs on this thread (a failure is logged and the worker is not used again).
 */
import { Worker } from "node:worker_threads";
import { exams as core } from "@edubureau/core";
import type { AnalysisReply, AnalysisRequest } from "./analysisWorker";

/** Scores (students × subjects) from which an analysis is shared with the worker: 200,000 students × 10. */
export const PARALLEL_FROM = 2_000_000;

interface Pending {
  resolve: (analysis: core.ExamAnalysis) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let ready: Promise<boolean> | null = null;
let isReady = false;
let failed = false;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Analyses shared with the worker so far (the health of the arrangement, for tests and diagnostics). */
let sharedCount = 0;

export function sharedAnalyses(): number {
  return sharedCount;
}

/** Starts the worker if it is not running; resolves true once it can take work, false if it cannot start. */
export function startAnalysisWorker(): Promise<boolean> {
  if (failed) return Promise.resolve(false);
  if (ready) return ready;
  const thread = new Worker(new URL("./analysisWorker.mjs", import.meta.url), { execArgv: [] });
  worker = thread;
  ready = new Promise<boolean>((resolve) => {
    thread.on("message", (reply: AnalysisReply) => {
      if ("ready" in reply) {
        isReady = true;
        if (pending.size === 0) thread.unref();
        resolve(true);
        return;
      }
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if ("error" in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.analysis);
    });
    const fail = (error: Error) => {
      console.error(`[${new Date().toISOString()}] 成绩分析工作线程失败,此后分析只在主线程进行`, error);
      failed = true;
      isReady = false;
      worker = null;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      resolve(false);
    };
    thread.on("error", fail);
    thread.on("exit", (code) => {
      // stopped on purpose (stopAnalysisWorker), or gone on its own
      if (worker === thread) fail(new Error(`worker exited with code ${code}`));
      else resolve(false);
    });
  });
  // a worker starting or at work keeps the process alive (someone awaits it); an idle one never does (unref'd once
  // ready and after every reply: its listeners, once on, would otherwise hold it)
  return ready;
}

/** Stops the worker (a server stopping; tests); work sent to it is finished on this thread. A later large exam
 * starts it again. */
export async function stopAnalysisWorker() {
  const thread = worker;
  worker = null;
  ready = null;
  isReady = false;
  for (const waiting of pending.values()) waiting.reject(new Error("the analysis worker was stopped"));
  pending.clear();
  if (thread) await thread.terminate();
}

/**
 * Analyses an exam, sharing the work with the worker when the exam is large and the worker ready.
 *
 * @param parallelFrom - scores from which to share (tests lower it)
 */
export async function analyzeColumns(
  columns: core.ExamColumns,
  config: core.AnalysisConfig,
  parallelFrom = PARALLEL_FROM,
): Promise<core.ExamAnalysis> {
  const subjects = columns.subjects.length;
  if (!isLarge(columns, parallelFrom)) return core.analyzeExam(columns, config);
  if (!isReady || !worker) {
    void startAnalysisWorker();
    return core.analyzeExam(columns, config);
  }
  const shared = shareLargeColumns(columns, parallelFrom);
  const half = Math.ceil(subjects / 2);
  const here: core.AnalysisPart = { subjects: range(0, half), total: false };
  const there: core.AnalysisPart = { subjects: range(half, subjects), total: true };
  const theirs = inWorker(worker, { columns: shared, config, part: there });
  const mine = core.analyzeExam(shared, config, here);
  try {
    const analysis = { subjects: [...mine.subjects, ...(await theirs).subjects] };
    sharedCount++;
    return analysis;
  } catch {
    // the worker failed (logged where it failed) or was stopped: the analysis is finished here
    return { subjects: [...mine.subjects, ...core.analyzeExam(shared, config, there).subjects] };
  }
}

function inWorker(thread: Worker, request: Omit<AnalysisRequest, "id">): Promise<core.ExamAnalysis> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, ...request } satisfies AnalysisRequest);
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Whether an exam is large enough to share its analysis (and at least two subjects to share). */
function isLarge(columns: core.ExamColumns, parallelFrom = PARALLEL_FROM) {
  return columns.subjects.length >= 2 && columns.size * (columns.subjects.length + 1) >= parallelFrom;
}

/**
 * The columns of a large exam in shared memory, for the worker to read in place (a snapshot keeps these in place of
 * its own, once); a small exam's, and columns already shared, as they are.
 */
export function shareLargeColumns(columns: core.ExamColumns, parallelFrom = PARALLEL_FROM): core.ExamColumns {
  if (!isLarge(columns, parallelFrom)) return columns;
  // subjects often share one teacher column: it stays one column
  const copies = new Map<Float64Array | Int32Array, Float64Array | Int32Array>();
  const shared = <T extends Float64Array | Int32Array>(array: T): T => {
    if (array.buffer instanceof SharedArrayBuffer) return array;
    let copy = copies.get(array) as T | undefined;
    if (!copy) {
      copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(array.byteLength));
      copy.set(array);
      copies.set(array, copy);
    }
    return copy;
  };
  return {
    ...columns,
    scores: columns.scores.map(shared),
    school: shared(columns.school),
    klass: shared(columns.klass),
    teacher: columns.teacher.map(shared),
  };
}
