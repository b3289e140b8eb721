import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { NodePgTransaction } from "drizzle-orm/node-postgres";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { PgliteSession, PgliteTransaction } from "drizzle-orm/pglite";
import type pg from "pg";
import { from as copyFromStdin } from "pg-copy-streams";
import { insertAll, type Tx } from "./bulkInsert";
import type { Db } from "./client";

/** Rows per COPY: one text blob each, so a large write never holds all its text at once. */
const COPY_ROWS = 20_000;

/** The embedded database's query function with a blob to COPY from, when the handle is on PGlite. */
type BlobQuery = (query: string, params?: unknown[], options?: { blob: Blob }) => Promise<unknown>;

function pgliteQuery(tx: Db | Tx): BlobQuery | null {
  if (!is(tx, PgliteTransaction)) return null;
  const session = (tx as unknown as { session: unknown }).session;
  if (!is(session, PgliteSession)) return null;
  const client = (session as unknown as { client: { query: BlobQuery } }).client;
  return client.query.bind(client);
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPABLE = /[\\\t\n\r]/g;

/** The PostgreSQL connection of a transaction on the server database (node-postgres), or null. */
function postgresClient(tx: Db | Tx): pg.ClientBase | null {
  if (!is(tx, NodePgTransaction)) return null;
  return (tx as unknown as { session: { client: pg.ClientBase } }).session.client;
}

/** A driver value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  // most text has nothing to escape: testing first spares a replace per cell (copyText was half of the JS time of writing 100,000 students)
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPABLE, (c) => ESCAPES[c]!) : value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  // bytea's hex form, its backslash doubled as COPY text wants
  if (value instanceof Uint8Array)
    return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
  return JSON.stringify(value).replace(ESCAPABLE, (c) => ESCAPES[c]!);
}

/**
 * Runs a bulk write inside a transaction on the embedded database with its foreign-key triggers off
 * (`session_replication_role = replica` for the write alone, as pg_restore's --disable-triggers does); elsewhere it
 * just runs it. PostgreSQL checks each foreign key with one look-up per row, which on the embedded database is a fifth
 * of a 100,000-student import. It is safe only where the caller guarantees what the checks would: the embedded
 * database serves one connection, so no other transaction can remove a referenced row while this one runs, and the
 * caller must have checked every reference inside the same transaction (an import's commit checks each row's school
 * and class again) or made the referenced rows itself. Unique constraints and NOT NULL still hold.
 *
 * @example await withReferencesCheckedByCaller(tx, () => writeRows(tx, enrollment, rows))
 */
export async function withReferencesCheckedByCaller<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  const query = pgliteQuery(tx);
  if (!query) return write();
  await query("set local session_replication_role = replica");
  // a failed write aborts the transaction, and the setting ends with it (`set local`)
  const written = await write();
  await query("set local session_replication_role = origin");
  return written;
}

/**
 * Lets a bulk load whose rows are consistent by construction (the demo's generators write parents before children,
 * which demo/load.test.ts checks after every load) skip the per-row foreign-key checks for the rest of the
 * transaction (SET LOCAL), when the account may (a superuser: always on the embedded database). Checking each
 * enrollment's school, class and student one row at a time is about a fifth of a city's load. Not for data a user
 * sent: see `withReferencesCheckedByCaller`.
 */
export async function skipReferenceChecks(tx: Tx): Promise<void> {
  const result = (await tx.execute(
    sql`select rolsuper as superuser from pg_roles where rolname = current_user`,
  )) as unknown as { rows: { superuser: boolean }[] };
  if (result.rows[0]?.superuser) await tx.execute(sql`set local session_replication_role = replica`);
}

/** Rows as COPY text, each cell through the column's driver mapping. */
function copyLines(rows: readonly Record<string, unknown>[], columns: [string, PgColumn][]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const [key, column] of columns) {
      const value = row[key];
      cells.push(copyText(value === undefined || value === null ? null : column.mapToDriverValue(value)));
    }
    lines.push(`${cells.join("\t")}\n`);
  }
  // joined once: building one string cell by cell measured twice as slow (V8 flattens the long concatenation)
  return lines.join("");
}

/**
 * Rows of a table already turned into COPY text: plain strings, so they can be made on another thread (the city
 * demo's generation worker) and sent over cheaply. `parts` hold up to COPY_ROWS rows each.
 */
export interface CopyText {
  table: string;
  /** the columns' quoted names, in the order of each line's cells */
  columns: string;
  parts: string[];
  rows: number;
}

/** The columns a bulk write sets: those some row gives a value; the others are left to their defaults. */
function columnsSet(table: PgTable, rows: readonly Record<string, unknown>[]): [string, PgColumn][] {
  return Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => r[key] !== undefined));
}

/** Turns rows into COPY text (see writeRows for which columns are written). */
export function toCopyText(
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  columns = columnsSet(table, rows),
): CopyText {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i += COPY_ROWS) {
    parts.push(copyLines(rows.slice(i, i + COPY_ROWS), columns));
  }
  return {
    table: getTableName(table),
    columns: columns.map(([, c]) => `"${c.name}"`).join(", "),
    parts,
    rows: rows.length,
  };
}

/**
 * Writes COPY text in a transaction on either database; false (nothing written) when the handle offers no COPY (not
 * inside a transaction).
 */
export async function writeCopyText(tx: Db | Tx, copy: CopyText): Promise<boolean> {
  const embedded = pgliteQuery(tx);
  const server = embedded ? null : postgresClient(tx);
  if (!embedded && !server) return false;
  const statement = `copy "${copy.table}" (${copy.columns}) from ${embedded ? "'/dev/blob'" : "stdin"}`;
  for (const text of copy.parts) {
    if (embedded) await embedded(statement, [], { blob: new Blob([text]) });
    // through node-postgres (pg-copy-streams); a refused row rejects it
    else if (server) await pipeline(Readable.from([text]), server.query(copyFromStdin(statement)));
  }
  return true;
}

/**
 * Writes rows in bulk the fastest way the database offers: COPY from text (on the embedded database about a fifth
 * less work than `insertAll`'s INSERT … SELECT FROM unnest, which binds and parses one array per column; on
 * PostgreSQL about twice as fast, the driver no longer quoting every cell into array literals). Inside a transaction
 * only, where the connection is known; otherwise `insertAll`. Same rules as `insertAll`: columns no row sets are
 * left to their defaults; a row missing a column others set gets null.
 *
 * @param tx - a transaction on either database (the embedded one is reached through it, inside that transaction)
 */
export async function writeRows(tx: Db | Tx, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  if (!pgliteQuery(tx) && !postgresClient(tx)) return insertAll(tx, table, rows);
  // a part's text at a time, so a large write never holds all its text at once
  const columns = columnsSet(table, rows);
  for (let i = 0; i < rows.length; i += COPY_ROWS) {
    await writeCopyText(tx, toCopyText(table, rows.slice(i, i + COPY_ROWS), columns));
  }
}
