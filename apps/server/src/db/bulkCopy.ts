import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { PgliteSession, PgliteTransaction } from "drizzle-orm/pglite";
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

/** A driver value in COPY's text format; undefined when the value has no text form here (binary). */
function copyText(value: unknown): string | undefined {
  if (value === null || value === undefined) return "\\N";
  // most text has nothing to escape: testing first spares a replace per cell (copyText was half of the JS time of writing 100,000 students)
  if (typeof value === "string") return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPABLE, (c) => ESCAPES[c]!) : value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return undefined;
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

/**
 * Writes rows in bulk the fastest way the database offers: COPY from text on the embedded database (about a fifth
 * less work than `insertAll`'s INSERT … SELECT FROM unnest there, which binds and parses one array per column), and
 * `insertAll` on PostgreSQL (whose driver here has no COPY stream) or for a table with binary columns. Same rules as
 * `insertAll`: columns no row sets are left to their defaults; a row missing a column others set gets null.
 *
 * @param tx - a transaction on either database (the embedded one is reached through it, inside that transaction)
 */
export async function writeRows(tx: Db | Tx, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const query = pgliteQuery(tx);
  if (!query) return insertAll(tx, table, rows);
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => r[key] !== undefined));
  const names = columns.map(([, c]) => `"${c.name}"`).join(", ");
  const statement = `copy "${getTableName(table)}" (${names}) from '/dev/blob'`;
  for (let i = 0; i < rows.length; i += COPY_ROWS) {
    const lines: string[] = [];
    for (const row of rows.slice(i, i + COPY_ROWS)) {
      const cells: string[] = [];
      for (const [key, column] of columns) {
        const value = row[key];
        const text = copyText(value === undefined || value === null ? null : column.mapToDriverValue(value));
        if (text === undefined) return insertAll(tx, table, rows.slice(i));
        cells.push(text);
      }
      lines.push(`${cells.join("\t")}\n`);
    }
    await query(statement, [], { blob: new Blob(lines) });
  }
}
