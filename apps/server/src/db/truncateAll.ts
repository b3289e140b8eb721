import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./bulkInsert";
import type { Db } from "./client";
import * as schema from "./schema";

/**
 * Empties every table of the platform (not the migrations journal) and restarts their sequences: before a restore,
 * or before the demo county is rebuilt. Run it inside the transaction that refills the tables.
 */
export async function truncateAll(tx: Db | Tx): Promise<void> {
  const tables = (Object.values(schema) as unknown[])
    .filter((t): t is PgTable => is(t, PgTable))
    .map((t) => sql.identifier(getTableName(t)));
  await tx.execute(sql`truncate table ${sql.join(tables, sql`, `)} restart identity cascade`);
}
