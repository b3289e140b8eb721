import { serve } from "@hono/node-server";
import type { Platform } from "./bootstrap";
import type { Config } from "./config";
import { startAnalysisWorker, stopAnalysisWorker } from "./exams/parallelAnalysis";
import { createApp } from "./http/app";
import { platformJobs } from "./ops/jobs";
import { jsonLogger } from "./ops/log";
import { collectProcessMetrics, createMetrics } from "./ops/metrics";
import { startScheduler } from "./ops/scheduler";
import { localWriteSignal, postgresWriteSignal } from "./ops/writeSignal";

/** Serves API and web; resolves when listening. Returns a function that stops the server and closes the database. */
export async function startServer(config: Config, platform: Platform, log: (msg: string) => void) {
  const { database, cipher } = platform;
  // purges run once an hour across all app servers, by whichever claims the hour first (ops/scheduler.ts)
  const stopScheduler = await startScheduler(database.db, platformJobs, () => new Date(), log);
  const writes = database.kind === "postgresql" ? postgresWriteSignal(database, log) : localWriteSignal();
  const metrics = createMetrics(database.db, database.pools);
  collectProcessMetrics(metrics);
  const app = createApp({
    db: database.db,
    readDb: database.readDb,
    dbKind: database.kind,
    pools: database.pools,
    config,
    cipher,
    now: () => new Date(),
    writes,
    metrics,
    log: config.logFormat === "json" ? jsonLogger() : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  // behind nginx's pooled connections: the proxy closes an idle connection (30 s) before the server does, so a
  // request is never sent on a connection the server is closing
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log(`EduBureau 已就绪:http://localhost:${port}`);
  // a province's exam analysis is shared with a worker thread: started now, it is ready by the first large exam
  void startAnalysisWorker();
  return {
    port,
    async stop() {
      stopScheduler();
      await stopAnalysisWorker();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await writes.close();
      await database.close();
    },
  };
}
