/**
 * A city's counties generated one ahead on a worker thread: while the loading thread writes a county, the worker
 * makes the next one and turns it into COPY text. Three take turns on two cores: this worker generating, the
 * loading thread protecting people and sending the text, the database server writing it (bench/cityDemo.ts: the
 * register of the city's 50 counties in 54–71 s; generated and written by one thread through INSERT, with every
 * index kept up row by row, it took about 150 s).
 */
import { Worker } from "node:worker_threads";
import type { GenerationReply } from "./generationWorker";
import type { PreparedCounty } from "./preparedCounty";
import type { GenerateOptions } from "./types";

/**
 * Yields the counties of a run, prepared, each one asked for as the one before is handed over. The worker ends
 * with the last county, or when the caller stops early (a failed write).
 */
export function countiesGeneratedAhead(options: GenerateOptions): AsyncGenerator<PreparedCounty> {
  // started at once, so the worker's start and the first county overlap whatever the caller does before its first
  // read (hashing the demo password, opening the transaction)
  const worker = new Worker(new URL("./generationWorker.mjs", import.meta.url), { workerData: options, execArgv: [] });
  const replies: GenerationReply[] = [];
  let waiting: ((reply: GenerationReply) => void) | null = null;
  const receive = (reply: GenerationReply) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      worker.unref();
      resolve(reply);
    } else replies.push(reply);
  };
  worker.on("message", receive);
  worker.on("error", (err) => receive({ error: err.stack ?? err.message }));
  worker.on("exit", (code) =>
    receive(code === 0 ? { done: true } : { error: `generation worker exited with code ${code}` }),
  );
  // it keeps the process alive only while a county is awaited: one started and never read does not hold it (unref'd
  // after its listeners are on, which would otherwise hold it again)
  worker.unref();
  const next = () => {
    const ready = replies.shift();
    if (ready) return Promise.resolve(ready);
    worker.ref();
    return new Promise<GenerationReply>((resolve) => {
      waiting = resolve;
    });
  };
  worker.postMessage("next");
  return (async function* () {
    try {
      for (;;) {
        const reply = await next();
        if ("error" in reply) throw new Error(`示范数据生成失败:${reply.error}`);
        if ("done" in reply) return;
        // ask for the next county before this one is written: the worker makes it meanwhile
        worker.postMessage("next");
        yield reply.county;
      }
    } finally {
      await worker.terminate();
    }
  })();
}
