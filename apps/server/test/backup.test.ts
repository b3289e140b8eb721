import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_TABLES, backupDatabase, restoreDatabase } from "../src/backup/backup";
import type { Database } from "../src/db/client";
import { openTestDatabase } from "./harness";

let source: Database;
let target: Database;
const dir = mkdtempSync(join(tmpdir(), "edubureau-backup-test-"));
beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
});
afterAll(async () => {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Row count and an order-independent digest of every table. */
async function fingerprint(database: Database) {
  const out: Record<string, string> = {};
  for (const table of BACKUP_TABLES) {
    const result = (await database.db.execute(
      sql`select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as d from ${sql.identifier(table)} t`,
    )) as { rows: { n: number; d: string }[] };
    out[table] = `${result.rows[0]?.n}:${result.rows[0]?.d}`;
  }
  return out;
}

describe("backup and restore", () => {
  it("restores every table exactly, replacing what was there", async () => {
    await source.db.execute(sql`insert into platform_meta (key, value) values ('marker', 'source')`);
    await target.db.execute(sql`insert into platform_meta (key, value) values ('marker', 'target')`);
    const file = join(dir, "backup.jsonl.gz");
    await backupDatabase(source, file, () => {});
    await restoreDatabase(target, file, () => {});
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    const next = (await target.db.execute(
      sql`insert into audit_log (actor_name, action) values ('t', 'test') returning id`,
    )) as { rows: { id: number }[] };
    const max = (await source.db.execute(sql`select max(id)::int as m from audit_log`)) as { rows: { m: number }[] };
    expect(Number(next.rows[0]?.id)).toBe((max.rows[0]?.m ?? 0) + 1);
  });

  it("refuses a file that is not a backup, leaving the data as it was", async () => {
    const before = await fingerprint(target);
    const { writeFileSync } = await import("node:fs");
    const { gzipSync } = await import("node:zlib");
    const file = join(dir, "bogus.jsonl.gz");
    writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(target, file, () => {})).rejects.toThrow("这不是 EduBureau 的备份文件");
    expect(await fingerprint(target)).toEqual(before);
  });
});

describe("backup coverage", () => {
  it("lists every table of the schema", async () => {
    const result = (await source.db.execute(
      sql`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`,
    )) as { rows: { t: string }[] };
    expect(result.rows.map((r) => r.t).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});
