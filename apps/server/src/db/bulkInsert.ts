import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";

/**
 * Rows per INSERT. Each statement binds one array per column (INSERT … SELECT FROM unnest), so the parameter count
 * stays at the number of columns whatever the batch; measured on PGlite this is about five times faster than a
 * multi-row VALUES list with one parameter per cell.
 */
const BATCH_ROWS = 10_000;

/** A transaction handle (what `db.transaction` passes to its callback). */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Inserts rows in batches, each as one statement binding one typed array per column (the writer's bulk path of
 * architecture.md). Columns no row sets are left to their defaults; a row missing a column others set gets null.
 */
export async function insertAll(tx: Db | Tx, table: PgTable, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => r[key] !== undefined));
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    const arrays = columns.map(([key, column]) => {
      const values = batch.map((r) =>
        r[key] === undefined || r[key] === null ? null : column.mapToDriverValue(r[key]),
      );
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    });
    await tx.execute(sql`insert into ${table} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`);
  }
}

/**
 * The SET of an upsert (`onConflictDoUpdate`) that takes the named columns from the row offered (`excluded`): an
 * import that replaces what a school reported before.
 *
 * @example .onConflictDoUpdate({ target: [t.schoolId, t.year], set: takeOffered(t, ["booksAdded", "updatedAt"]) })
 */
export function takeOffered<T extends PgTable>(table: T, keys: readonly (keyof T["_"]["columns"] & string)[]) {
  const columns = getTableColumns(table);
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${columns[k]!.name}"`)]));
}
