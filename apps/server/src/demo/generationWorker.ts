/**
 * The worker thread of generateAhead.ts: generates a city's counties one at a time, each when asked, and sends each
 * back prepared (COPY text), so the next county is made while the loading thread writes the last one.
 */
import { parentPort, workerData } from "node:worker_threads";
import { generateCountyParts } from "./generate";
import { type PreparedCounty, prepareCounty } from "./preparedCounty";
import type { GenerateOptions } from "./types";

export type GenerationReply = { county: PreparedCounty } | { done: true } | { error: string };

const port = parentPort!;
const counties = generateCountyParts(workerData as GenerateOptions);
let first = true;
port.on("message", () => {
  let reply: GenerationReply;
  try {
    const next = counties.next();
    reply = next.done ? { done: true } : { county: prepareCounty(next.value, first) };
    first = false;
  } catch (err) {
    reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
