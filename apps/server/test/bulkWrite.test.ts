import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withReferencesCheckedByCaller, writeRows } from "../src/db/bulkCopy";
import type { Tx } from "../src/db/bulkInsert";
import type { Database } from "../src/db/client";
import { school, schoolClass } from "../src/registry/tables";
import { openTestDatabase } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The bulk writer's foreign keys, on the real database: the embedded database leaves its row-by-row checks out only
 * for the write a caller has checked itself, and checks again for whatever the same transaction writes next;
 * PostgreSQL (several connections) keeps them throughout.
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
