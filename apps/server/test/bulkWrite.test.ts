import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { boolean, doublePrecision, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withReferencesCheckedByCaller, writeRows } from "../src/db/bulkCopy";
import type { Tx } from "../src/db/bulkInsert";
import type { Database } from "../src/db/client";
import { bytea } from "../src/db/columns";
import { school, schoolClass } from "../src/registry/tables";
import { openTestDatabase } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The bulk writer's foreign keys, on the real database: the embedded database leaves its row-by-row checks out only
 * for the write a caller has checked itself, and checks again for whatever the same transaction writes next;
 * PostgreSQL (several connections) keeps them throughout. And every kind of value the tables hold comes back as it was
 * written through COPY text, on both databases.
 */
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** A class of a school that does not exist: the row a foreign key refuses. */
const orphanClass = () => ({
  id: randomUUID(),
  regionCode: "152599",
  schoolId: randomUUID(),
  schoolYear: TEST_YEAR,
  grade: 1,
  number: 99,
  name: "99班",
});

/** PostgreSQL's foreign_key_violation, on the error or the driver's error it wraps. */
const isForeignKeyViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: unknown } | null;
  return e?.code === "23503" || (e?.cause !== undefined && isForeignKeyViolation(e.cause));
};

/** Runs a write in a transaction that is always rolled back, and tells whether a foreign key refused it. */
async function refusedInRolledBack(write: (tx: Tx) => Promise<unknown>) {
  let refused = false;
  await database.db
    .transaction(async (tx) => {
      try {
        await write(tx);
      } catch (err) {
        if (!isForeignKeyViolation(err)) throw err;
        refused = true;
      }
      throw new Error("rollback");
    })
    .catch((err: unknown) => {
      if (!(err instanceof Error && err.message === "rollback")) throw err;
    });
  return refused;
}

describe("withReferencesCheckedByCaller", () => {
  it("leaves the row-by-row checks out on the embedded database only, for the write it wraps", async () => {
    const refused = await refusedInRolledBack((tx) =>
      withReferencesCheckedByCaller(tx, () => writeRows(tx, schoolClass, [orphanClass()])),
    );
    expect(refused).toBe(database.kind === "postgresql");
  });

  it("checks references again for what the transaction writes after it", async () => {
    const refused = await refusedInRolledBack(async (tx) => {
      await withReferencesCheckedByCaller(tx, async () => undefined);
      await writeRows(tx, schoolClass, [orphanClass()]);
    });
    expect(refused).toBe(true);
  });

  it("writes what it wraps, and a later transaction is checked as usual", async () => {
    const [someSchool] = await database.db.select({ id: school.id }).from(school).limit(1);
    const row = { ...orphanClass(), schoolId: someSchool!.id, number: 98 };
    await database.db.transaction((tx) => withReferencesCheckedByCaller(tx, () => writeRows(tx, schoolClass, [row])));
    const written = await database.db.select().from(schoolClass).where(eq(schoolClass.id, row.id));
    expect(written).toHaveLength(1);
    expect(await refusedInRolledBack((tx) => writeRows(tx, schoolClass, [orphanClass()]))).toBe(true);
    const role = await database.db.execute<{ role: string }>(sql`show session_replication_role`);
    expect(
      (role as unknown as { rows: { session_replication_role: string }[] }).rows[0]?.session_replication_role,
    ).toBe("origin");
  });
});

/** A table of every kind of column the platform's tables use, made for the test inside its transaction. */
const probe = pgTable("bulk_write_probe", {
  id: integer("id").primaryKey(),
  label: text("label"),
  amount: doublePrecision("amount"),
  flag: boolean("flag"),
  at: timestamp("at", { withTimezone: true }),
  doc: jsonb("doc"),
  bytes: bytea("bytes"),
  scores: doublePrecision("scores").array(),
});

describe("writeRows", () => {
  it("writes every kind of value through COPY and reads the same back", async () => {
    const rows = [
      {
        id: 1,
        label: "张三\t李四\n王五\\N \\ 反斜杠 \r 回车",
        amount: -0.1,
        flag: true,
        at: new Date("2026-09-01T08:00:00.123Z"),
        doc: { 备注: "含\t制表符\n与换行", n: [1, 2.5] },
        bytes: Buffer.from([0, 1, 92, 9, 10, 255]),
        scores: [150, 0.5, -1],
      },
      { id: 2, label: "", amount: 1e21, flag: false, at: null, doc: null, bytes: Buffer.alloc(0), scores: [] },
      { id: 3, label: null, amount: null, flag: null, at: null, doc: null, bytes: null, scores: null },
    ];
    let read: unknown[] = [];
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`create temp table bulk_write_probe (id integer primary key, label text,
          amount double precision, flag boolean, at timestamptz, doc jsonb, bytes bytea, scores double precision[])
          on commit drop`);
        await writeRows(tx, probe, rows);
        read = await tx.select().from(probe).orderBy(probe.id);
        throw new Error("rollback");
      })
      .catch((err: unknown) => {
        if (!(err instanceof Error && err.message === "rollback")) throw err;
      });
    expect(read).toEqual(rows);
  });

  it("refuses a batch with a row the table refuses, and writes none of it", async () => {
    const [someSchool] = await database.db.select({ id: school.id }).from(school).limit(1);
    const first = { ...orphanClass(), schoolId: someSchool!.id, number: 97 };
    const twin = { ...first, id: randomUUID() };
    await expect(database.db.transaction((tx) => writeRows(tx, schoolClass, [first, twin]))).rejects.toThrow();
    expect(await database.db.select().from(schoolClass).where(eq(schoolClass.id, first.id))).toHaveLength(0);
  });
});
