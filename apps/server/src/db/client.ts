import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

/** The typed database handle every store takes. Same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Closes the connection pool or the embedded database; always call it. */
  close(): Promise<void>;
}

export type DatabaseTarget =
  /** without a dataDir the database lives in memory (tests) */
  { kind: "pglite"; dataDir?: string; loadDataDir?: Blob } | { kind: "postgresql"; url: string; poolSize?: number };

/**
 * Opens the database: an embedded, file-backed PGlite (default) or a PostgreSQL server.
 * The handle has the same type and the same SQL dialect either way.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "pglite") {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return { db, kind: "pglite", close: () => client.close() };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // Return numeric and bigint columns as JS numbers where drizzle asks for "number" mode; timestamps stay Dates.
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: "postgresql", close: () => pool.end() };
}
