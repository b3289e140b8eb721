import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords";
import { createPersonalDataCipher } from "../auth/personalData";
import { appUser } from "../auth/tables";
import { type Database, openDatabase } from "../db/client";
import { platformMeta } from "../db/metaTable";
import { migrate } from "../db/migrate";
import { enrollment, person, school } from "../registry/tables";
import { DEMO_PASSWORD } from "./accounts";
import { generateCounty } from "./generate";
import { isDatabaseEmpty, loadDemoCounty } from "./load";
import { DEMO_TABLES, type DemoCounty, demoTables } from "./types";

const cipher = createPersonalDataCipher("demo-load-test-secret-0123456789abcdef");
const now = new Date("2026-11-01T08:00:00Z");
let dataDir: string;
let database: Database;
let county: DemoCounty;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "edubureau-demo-load-"));
  database = await openDatabase({ kind: "pglite", dataDir });
  await migrate(database);
  county = generateCounty({ seed: 7, scale: "tiny", latestYear: 2026 });
});

afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function rowCount(table: PgTable): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe("loadDemoCounty", () => {
  it("writes every generated row, the demo accounts and the generation facts", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);
    const result = await loadDemoCounty(database.db, county, { cipher, now });
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    for (const table of demoTables) {
      expect(await rowCount(DEMO_TABLES[table]), table).toBe(county[table].length);
      expect(result.rows[table], table).toBe(county[table].length);
    }
    expect(await rowCount(appUser)).toBe(15); // the 15 demo accounts, 办公室 (bangong) and 乡镇联络员 included
    const meta = Object.fromEntries((await database.db.select().from(platformMeta)).map((m) => [m.key, m.value]));
    expect(meta).toEqual({ demo_seed: "7", demo_scale: "tiny", demo_generated_at: now.toISOString() });
  });

  it("leaves no row pointing at a missing parent (the load skips the per-row reference checks)", async () => {
    const keys = (await database.db.execute(sql`
      select c.conrelid::regclass::text as child, a.attname as "column",
             c.confrelid::regclass::text as parent, pa.attname as "parentColumn"
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
      where c.contype = 'f' and cardinality(c.conkey) = 1`)) as unknown as {
      rows: { child: string; column: string; parent: string; parentColumn: string }[];
    };
    expect(keys.rows.length).toBeGreaterThan(5);
    for (const k of keys.rows) {
      const orphans = (await database.db.execute(
        sql.raw(`select count(*)::int as n from ${k.child} x where x."${k.column}" is not null
          and not exists (select 1 from ${k.parent} p where p."${k.parentColumn}" = x."${k.column}")`),
      )) as unknown as { rows: { n: number }[] };
      expect({ ...k, orphans: orphans.rows[0]?.n }).toEqual({ ...k, orphans: 0 });
    }
  });

  it("stores resident IDs only as keyed hash, ciphertext and masked form", async () => {
    const generated = county.person[0];
    if (!generated) throw new Error("no person generated");
    const [stored] = await database.db.select().from(person).where(eq(person.id, generated.id));
    const { residentId, ...asGenerated } = generated;
    expect(stored).toMatchObject(asGenerated);
    expect(stored?.nameInitials).toMatch(/^[a-z]+$/);
    expect(stored?.residentIdHash).toBe(cipher.hash(generated.residentId));
    expect(stored?.residentIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(cipher.decrypt(stored?.residentIdCipher ?? "")).toBe(generated.residentId);
    expect(JSON.stringify(stored)).not.toContain(generated.residentId);
  });

  it("creates demo accounts that sign in with the demo password", async () => {
    const users = await database.db.select().from(appUser);
    expect(users.every((u) => u.isDemo && u.regionCode === "152599")).toBe(true);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    expect(await verifyPassword(users[0]?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    const teacher = users.find((u) => u.username === "teacher1");
    expect(teacher?.staffId).toBeTruthy();
    expect(teacher?.schoolId).toBe(users.find((u) => u.username === "school1")?.schoolId);
  });

  it("reloads over existing data only when asked to reset, in one transaction", async () => {
    await expect(loadDemoCounty(database.db, county, { cipher, now })).rejects.toThrow();
    expect(await rowCount(school)).toBe(county.school.length);
    await loadDemoCounty(database.db, county, { cipher, now, reset: true });
    expect(await rowCount(enrollment)).toBe(county.enrollment.length);
    expect(await rowCount(appUser)).toBe(15); // the 15 demo accounts, 办公室 (bangong) and 乡镇联络员 included
  });
});
