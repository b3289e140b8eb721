import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { followingPool, PrimaryFinder, parseHosts, SurvivingClient } from "./hosts";
import { ReadPool } from "./readReplica";
import * as schema from "./schema";

/** The typed database handle every store takes. Same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = "pglite" | "postgresql";

/** The PostgreSQL pools behind a database (for /metrics, the health route and LISTEN). */
export interface DatabasePools {
  primary: pg.Pool;
  /** follows the primary among the servers DATABASE_URL names */
  finder: PrimaryFinder;
  read: ReadPool | null;
}

export interface Database {
  db: Db;
  /**
   * For read-only, report-style queries (analysis, statistics, exports, cockpit) that may be a few seconds behind:
   * the read replica when DATABASE_READ_URL names one and it is up, otherwise the same as `db`. Never for a write
   * or for reading back what the same request just wrote.
   */
  readDb?: Db;
  kind: DatabaseKind;
  /** PostgreSQL only */
  pools?: DatabasePools;
  /** Closes the connection pool or the embedded database; always call it. */
  close(): Promise<void>;
}

export type DatabaseTarget =
  /** without a dataDir the database lives in memory (tests) */
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob }
  | {
      kind: "postgresql";
      /** one server, or several (`postgres://u@h1:5432,h2:5432/db`): the one not in recovery is used */
      url: string;
      poolSize?: number;
      /** a streaming replica for readDb */
      readUrl?: string;
      /** a replica further behind than this is not read from */
      maxReplicaLagSeconds?: number;
      log?: (msg: string) => void;
    };

/**
 * Opens the database: an embedded, file-backed PGlite (default) or a PostgreSQL server.
 * The handle has the same type and the same SQL dialect either way.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "pglite") {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
    // the embedded database is read from memory, where a page found through an index costs what the next page of a
    // table scan does: at the default 4 the planner scanned all 24,000 students to join 300 search matches. And it
    // has no autovacuum to merge a GIN index's pending list (the student search's name characters), which every
    // search reads whole: at the default 4 MB a county's search spent 25 ms in it, so it is merged at 64 kB (a bulk
    // write costs the same either way: 100,000 students' entries merged at the end took as long)
    await client.exec("set random_page_cost = 1.1; set gin_pending_list_limit = 64");
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return { db, readDb: db, kind: "pglite", close: () => client.close() };
  }
  const log = target.log ?? (() => {});
  const finder = new PrimaryFinder(parseHosts(target.url), log);
  await finder.check();
  finder.start();
  const primary = followingPool(finder, { max: target.poolSize ?? 10, connectionTimeoutMillis: 10_000 }, log);
  // Return numeric and bigint columns as JS numbers where drizzle asks for "number" mode; timestamps stay Dates.
  const db = drizzlePg(primary, { schema }) as unknown as Db;
  let read: ReadPool | null = null;
  if (target.readUrl) {
    const replica = new pg.Pool({
      connectionString: target.readUrl,
      max: target.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      Client: SurvivingClient as never,
    });
    read = new ReadPool(replica, () => primary, target.maxReplicaLagSeconds ?? 30, log, target.readUrl);
    await read.check();
    read.start();
  }
  const readDb = read ? (drizzlePg(read as never, { schema }) as unknown as Db) : db;
  return {
    db,
    readDb,
    kind: "postgresql",
    pools: { primary, finder, read },
    async close() {
      finder.stop();
      await read?.end();
      await primary.end();
    },
  };
}
