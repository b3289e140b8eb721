import { getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./bulkInsert";

/** Memory for building an index from the loaded rows in one sort (PostgreSQL's default, 64 MB, spills to disk). */
const BUILD_MEMORY = "512MB";

interface IndexDefinition {
  name: string;
  definition: string;
}

/** The tables among these that hold no row. */
async function emptyTables(tx: Tx, tables: readonly PgTable[]): Promise<string[]> {
  const empty: string[] = [];
  for (const table of tables) {
    const name = getTableName(table);
    const result = (await tx.execute(
      sql`select not exists (select 1 from ${sql.identifier(name)}) as empty`,
    )) as unknown as {
      rows: { empty: boolean }[];
    };
    if (result.rows[0]?.empty) empty.push(name);
  }
  return empty;
}

/**
 * The indexes of these tables that nothing else needs while they are gone: not a primary key, and not an index a
 * constraint stands on (a foreign key's referenced unique index, say). Their definitions as PostgreSQL prints them,
 * which recreate them exactly.
 */
async function droppableIndexes(tx: Tx, tableNames: string[]): Promise<IndexDefinition[]> {
  if (tableNames.length === 0) return [];
  const result = (await tx.execute(sql`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid in (${sql.join(
      tableNames.map((n) => sql`${n}::regclass`),
      sql`, `,
    )})
      and not i.indisprimary
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by name`)) as unknown as { rows: IndexDefinition[] };
  return result.rows;
}

/**
 * Runs a bulk load into tables with their secondary indexes built once at the end instead of row by row, as
 * pg_restore does: PostgreSQL sorts each index's keys once (several workers on a server), which for a city's
 * 1,200,000 people and 3,000,000 enrollment rows is a quarter of what maintaining seven indexes per row costs.
 * Only tables that are empty when it starts are treated so (their indexes cannot be needed by rows that are not
 * there yet); a table with rows keeps its indexes. Inside the caller's transaction: if the load fails, the drop is
 * rolled back with it. Unique indexes are rebuilt too, so a duplicate the load wrote fails the rebuild, and with it
 * the transaction. The tables are locked for the transaction's length (DROP INDEX takes them whole): for loads with
 * nobody else at work, such as the demo's.
 *
 * @example await withIndexesBuiltAfter(tx, [person, student, enrollment], () => loadCity(tx))
 */
export async function withIndexesBuiltAfter<T>(tx: Tx, tables: readonly PgTable[], load: () => Promise<T>): Promise<T> {
  const indexes = await droppableIndexes(tx, await emptyTables(tx, tables));
  for (const index of indexes) await tx.execute(sql`drop index ${sql.identifier(index.name)}`);
  const loaded = await load();
  await tx.execute(sql.raw(`set local maintenance_work_mem = '${BUILD_MEMORY}'`));
  for (const index of indexes) await tx.execute(sql.raw(index.definition));
  return loaded;
}
