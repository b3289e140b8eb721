/**
 * The worker thread of parallelAnalysis.ts: analyses the part of an exam it is sent (columns in shared memory, read
 * in place) and sends the figures back, moving their buffers rather than copying them.
 */
import { parentPort } from "node:worker_threads";
import { exams as core } from "@edubureau/core";

export interface AnalysisRequest {
  id: number;
  columns: core.ExamColumns;
  config: core.AnalysisConfig;
  part: core.AnalysisPart;
}

export type AnalysisReply =
  | { ready: true }
  | { id: number; analysis: core.ExamAnalysis }
  | { id: number; error: string };

/** The buffers under an analysis's columns of figures, to move to the other thread. */
function buffersOf(analysis: core.ExamAnalysis): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const subject of analysis.subjects) {
    for (const level of [subject.school, subject.class, subject.teacher]) {
      for (const column of Object.values(level)) buffers.add(column.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

const port = parentPort!;
port.on("message", (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const analysis = core.analyzeExam(request.columns, request.config, request.part);
    reply = { id: request.id, analysis };
    port.postMessage(reply, buffersOf(analysis));
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    port.postMessage(reply);
  }
});
port.postMessage({ ready: true } satisfies AnalysisReply);
