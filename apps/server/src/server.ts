import { serve } from "@hono/node-server";
import { purgeExpiredSessions } from "./auth/sessionStore";
import type { Platform } from "./bootstrap";
import type { Config } from "./config";
import { startAnalysisWorker, stopAnalysisWorker } from "./exams/parallelAnalysis";
import { startUploadPurge } from "./excel/importJobs";
import { createApp } from "./http/app";

/** Serves API and web; resolves when listening. Returns a function that stops the server and closes the database. */
export async function startServer(config: Config, platform: Platform, log: (msg: string) => void) {
  const { database, cipher } = platform;
  await purgeExpiredSessions(database.db, new Date());
  const stopUploadPurge = await startUploadPurge(database.db, () => new Date(), log);
  const app = createApp({ db: database.db, dbKind: database.kind, config, cipher, now: () => new Date() });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log(`EduBureau 已就绪:http://localhost:${port}`);
  // a province's exam analysis is shared with a worker thread: started now, it is ready by the first large exam
  void startAnalysisWorker();
  return {
    port,
    async stop() {
      stopUploadPurge();
      await stopAnalysisWorker();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
