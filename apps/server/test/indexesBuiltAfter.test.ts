import { sql } from "drizzle-orm";
import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "../src/db/bulkInsert";
import type { Database } from "../src/db/client";
import { withIndexesBuiltAfter } from "../src/db/indexesBuiltAfter";
import { openTestDatabase } from "./harness";

/**
 * A bulk load into empty tables builds their secondary indexes once at the end, on the real database: the same
 * indexes come back, a table with rows keeps its own throughout, and a duplicate the load wrote fails it.
 */
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const probe = pgTable("index_probe", { id: integer("id").primaryKey(), code: text("code"), name: text("name") });

/** The probe table's index definitions, by name. */
async function indexes(tx: Tx): Promise<string[]> {
  const result = (await tx.execute(
    sql`select indexdef from pg_indexes where tablename = 'index_probe' order by indexname`,
  )) as unknown as { rows: { indexdef: string }[] };
  return result.rows.map((r) => r.indexdef);
}

/** Runs the steps on a fresh probe table (primary key, a unique and a plain index) in a rolled-back transaction. */
async function withProbe(steps: (tx: Tx) => Promise<void>) {
  await database.db
    .transaction(async (tx) => {
      await tx.execute(
        sql`create temp table index_probe (id integer primary key, code text, name text) on commit drop`,
      );
      await tx.execute(sql`create unique index index_probe_code_uq on index_probe (code)`);
      await tx.execute(sql`create index index_probe_name_idx on index_probe (lower(name))`);
      await steps(tx);
      throw new Error("rollback");
    })
    .catch((err: unknown) => {
      if (!(err instanceof Error && err.message === "rollback")) throw err;
    });
}

describe("withIndexesBuiltAfter", () => {
  it("loads an empty table without its secondary indexes and builds the same ones after", async () => {
    let before: string[] = [];
    let during: string[] = [];
    let after: string[] = [];
    await withProbe(async (tx) => {
      before = await indexes(tx);
      await withIndexesBuiltAfter(tx, [probe], async () => {
        during = await indexes(tx);
        await tx.insert(probe).values([
          { id: 1, code: "a", name: "张三" },
          { id: 2, code: "b", name: "李四" },
        ]);
      });
      after = await indexes(tx);
    });
    expect(before).toHaveLength(3);
    expect(during).toEqual([before.find((d) => d.includes("pkey"))]);
    expect(after).toEqual(before);
  });

  it("keeps the indexes of a table that already has rows", async () => {
    let before: string[] = [];
    let during: string[] = [];
    await withProbe(async (tx) => {
      await tx.insert(probe).values({ id: 1, code: "a", name: "张三" });
      before = await indexes(tx);
      await withIndexesBuiltAfter(tx, [probe], async () => {
        during = await indexes(tx);
      });
    });
    expect(during).toEqual(before);
  });

  it("fails when the load wrote a duplicate a unique index refuses", async () => {
    const load = withProbe((tx) =>
      withIndexesBuiltAfter(tx, [probe], async () => {
        await tx.insert(probe).values([
          { id: 1, code: "a", name: "张三" },
          { id: 2, code: "a", name: "李四" },
        ]);
      }),
    );
    await expect(load).rejects.toThrow();
  });
});
