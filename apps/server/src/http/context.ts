import type { auth } from "@edubureau/core";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Config } from "../config";
import type { DatabaseKind, DatabasePools, Db } from "../db/client";
import type { JsonLog } from "../ops/log";
import type { PlatformMetrics } from "../ops/metrics";
import type { WriteSignal } from "../ops/writeSignal";

/** What every request handler can reach: the database, configuration, the cipher and the clock. */
export interface Deps {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  cipher: PersonalDataCipher;
  /** the clock, passed in so tests can move time (session expiry, lockouts) */
  now: () => Date;
  /**
   * For read-only, report-style queries (analysis, statistics, exports, cockpit): the read replica when one is
   * configured and up, else `db`. Never for writes or for reading back what the request wrote.
   */
  readDb?: Db;
  /** PostgreSQL's pools (metrics, the replica's state on the health route) */
  pools?: DatabasePools;
  /** tells every server's caches that a write was committed (ops/writeSignal.ts); local when absent */
  writes?: WriteSignal;
  /** the server's metrics; a fresh registry when absent */
  metrics?: PlatformMetrics;
  /** structured request logs (JSON lines); none when absent (tests) */
  log?: JsonLog;
}

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
  displayName: string;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    actor: auth.Actor | null;
    session: SessionInfo | null;
    ip: string;
    /** the request's id (X-Request-Id), in every log line about it */
    requestId: string;
  };
};

/** The handle for a read-only, report-style query: the read replica when one is up (Deps.readDb), else the primary. */
export function reportDb(deps: Deps): Db {
  return deps.readDb ?? deps.db;
}
