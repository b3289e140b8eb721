import { sql } from "drizzle-orm";
import pg from "pg";
import type { Database, Db } from "../db/client";
import { describeError } from "../db/hosts";

/** The PostgreSQL channel on which every app server announces a committed write. */
export const WRITES_CHANNEL = "edubureau_writes";

/**
 * Tells the short-lived caches (the home overview, the balance register) that data changed, on this server or on
 * another: a cache entry made before the latest write is not used. On PostgreSQL the servers tell each other with
 * NOTIFY and hear it with LISTEN; on the embedded database there is one process and the signal stays in it.
 */
export interface WriteSignal {
  /** changes whenever any server has committed a write since */
  epoch(): number;
  /** after a write committed on this server: the caches here at once, the other servers' through the database */
  publish(): Promise<void>;
  close(): Promise<void>;
}

export function localWriteSignal(): WriteSignal {
  let epoch = 0;
  return {
    epoch: () => epoch,
    publish: async () => {
      epoch += 1;
    },
    close: async () => {},
  };
}

/**
 * The signal shared through PostgreSQL. A dedicated connection listens; while it is down (the primary being failed
 * over) every read counts as after a write, so nothing stale is served, and it reconnects to the current primary.
 */
export function postgresWriteSignal(database: Database, log: (msg: string) => void): WriteSignal {
  const pools = database.pools;
  if (!pools) return localWriteSignal();
  let epoch = 0;
  let listening = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    retry = null;
    if (closed) return;
    const c = new pg.Client({ connectionString: pools.finder.url, connectionTimeoutMillis: 5000 });
    const lost = (err?: unknown) => {
      if (client !== c) return;
      client = null;
      listening = false;
      epoch += 1;
      if (err) log(`缓存失效通知连接中断(${describeError(err)}),重新连接`);
      if (!closed) retry = setTimeout(() => void pools.finder.check().then(connect), 1000);
      retry?.unref();
      c.end().catch(() => {});
    };
    client = c;
    c.on("error", lost);
    c.on("end", () => lost());
    c.on("notification", () => {
      epoch += 1;
    });
    try {
      await c.connect();
      await c.query(`listen ${WRITES_CHANNEL}`);
      listening = true;
      epoch += 1;
    } catch (err) {
      lost(err);
    }
  };
  void connect();

  return {
    // while not listening, a write elsewhere would go unheard: a new epoch each time means no cached answer is used
    epoch: () => (listening ? epoch : ++epoch),
    async publish() {
      epoch += 1;
      await database.db.execute(sql`select pg_notify(${WRITES_CHANNEL}, '')`).catch(() => {});
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

const signals = new WeakMap<Db, WriteSignal>();

/** Binds a database handle to its signal (createApp does it), so a cache can ask `writeEpoch(db)`. */
export function bindWriteSignal(db: Db, signal: WriteSignal): void {
  // the API description is built from an app without a database (scripts/openapi.ts): nothing to bind then
  if (typeof db === "object" && db !== null) signals.set(db, signal);
}

/** The write epoch of this database; 0 when no signal is bound (the cache's time limit alone applies). */
export function writeEpoch(db: Db): number {
  return signals.get(db)?.epoch() ?? 0;
}

/**
 * The write epoch when a signal is bound to this handle, else undefined: a caller that keeps values until the next
 * write must not keep them where no write would be heard (a script, a transaction handle).
 */
export function boundWriteEpoch(db: Db): number | undefined {
  return signals.get(db)?.epoch();
}

/** Announces a write committed outside a request (a scheduled job's), as the request middleware does after one. */
export async function publishWrite(db: Db): Promise<void> {
  await signals.get(db)?.publish();
}
