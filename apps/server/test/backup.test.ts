import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { registry } from "@edubureau/core";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPersonalDataCipher } from "../src/auth/personalData";
import { BACKUP_TABLES, backupDatabase, restoreDatabase } from "../src/backup/backup";
import { restoreWithKey } from "../src/backup/restore";
import { resolveSecret } from "../src/bootstrap";
import { loadConfig } from "../src/config";
import type { Database } from "../src/db/client";
import { truncateAll } from "../src/db/truncateAll";
import { createApp } from "../src/http/app";
import { call, login, openTestDatabase } from "./harness";
import { TEST_SECRET, TEST_YEAR } from "./template";

/**
 * Backup and restore on the real database: a backup carries the platform secret sealed under the operator's
 * passphrase, so a restore into a new data folder keeps every resident ID decryptable and the keyed hash of the
 * duplicate checks matching; a wrong passphrase or a clashing configured key is refused before anything is written.
 */
let source: Database;
let target: Database;
const dir = mkdtempSync(join(tmpdir(), "edubureau-backup-test-"));
const PASSPHRASE = "县局备份口令-2026";
const key = { secret: TEST_SECRET, passphrase: PASSPHRASE };
let file: string;
/** the source as the backup in `file` holds it */
let backedUp: Record<string, string>;
beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  file = join(dir, "backup.jsonl.gz");
  await backupDatabase(source, file, key, () => {});
  backedUp = await fingerprint(source);
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

/** A data folder as a fresh install makes it: its own random secret.key. */
function freshFolder(name: string, env: Record<string, string> = {}) {
  const config = loadConfig({ EDUBUREAU_DATA: join(dir, name), NODE_ENV: "test", ...env });
  resolveSecret(config);
  return config;
}

const files = (folder: string) => readdirSync(folder).sort();

describe("backup and restore", () => {
  it("restores every table exactly, replacing what was there", async () => {
    await source.db.execute(sql`insert into platform_meta (key, value) values ('marker', 'source')`);
    await target.db.execute(sql`insert into platform_meta (key, value) values ('marker', 'target')`);
    const marked = join(dir, "marked.jsonl.gz");
    await backupDatabase(source, marked, key, () => {});
    await restoreDatabase(target, marked, () => {});
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    const next = (await target.db.execute(
      sql`insert into audit_log (actor_name, action) values ('t', 'test') returning id`,
    )) as { rows: { id: number }[] };
    const max = (await source.db.execute(sql`select max(id)::int as m from audit_log`)) as { rows: { m: number }[] };
    expect(Number(next.rows[0]?.id)).toBe((max.rows[0]?.m ?? 0) + 1);
  });

  it("refuses a file that is not a backup, leaving the data as it was", async () => {
    const before = await fingerprint(target);
    const bogus = join(dir, "bogus.jsonl.gz");
    writeFileSync(bogus, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(target, bogus, () => {})).rejects.toThrow("这不是 EduBureau 的备份文件");
    expect(await fingerprint(target)).toEqual(before);
  });

  it("refuses a passphrase too short to protect the key", async () => {
    await expect(
      backupDatabase(source, join(dir, "weak.jsonl.gz"), { ...key, passphrase: "short" }, () => {}),
    ).rejects.toThrow("备份口令至少 10 个字符");
  });

  it("keeps the key readable only with the passphrase", () => {
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    expect(text).not.toContain(TEST_SECRET);
    const header = JSON.parse(text.slice(0, text.indexOf("\n")));
    expect(header).toMatchObject({ format: "edubureau-backup", version: 2, key: { kdf: "scrypt" } });
  });
});

describe("restore into a new data folder and database", () => {
  it("carries the key: the restored platform reveals IDs and its duplicate check still matches", async () => {
    await target.db.transaction((tx) => truncateAll(tx));
    const config = freshFolder("new-machine");
    const freshKey = readFileSync(join(config.dataDir, "secret.key"), "utf8");
    const outcome = await restoreWithKey({ database: target, config, file, passphrase: PASSPHRASE, onProgress() {} });
    expect(outcome).toMatchObject({ keyReplaced: true, secret: TEST_SECRET });
    expect(readFileSync(join(config.dataDir, "secret.key"), "utf8")).toBe(TEST_SECRET);
    const kept = files(config.dataDir).filter((f) => f.startsWith("secret.key.replaced-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(config.dataDir, kept[0]!), "utf8")).toBe(freshKey);

    // start there, as the server does: the cipher from the data folder's key
    const app = createApp({
      db: target.db,
      dbKind: target.kind,
      config,
      cipher: createPersonalDataCipher(resolveSecret(config)),
      now: () => new Date(),
    });
    const jcjy = await login(app, "jcjy");
    const picked = (await target.db.execute(
      sql`select s.id, p.resident_id_cipher as c from student s join person p on p.id = s.person_id
          where p.resident_id_cipher is not null order by s.id limit 1`,
    )) as { rows: { id: string; c: string }[] };
    const { id, c } = picked.rows[0]!;
    const expected = createPersonalDataCipher(TEST_SECRET).decrypt(c);
    expect(registry.parseResidentId(expected ?? "").ok).toBe(true);
    const reveal = await call(app, jcjy, "POST", `/api/registry/students/${id}/reveal`, { reason: "恢复后核对" });
    expect(reveal.status).toBe(200);
    expect(reveal.body.residentId).toBe(expected);

    // the same person imported again (under another 学籍号) is found by the keyed hash and refused
    const cls = (await target.db.execute(
      sql`select sc.code, c.grade, c.number from school_class c join school sc on sc.id = c.school_id
          where c.school_year = ${TEST_YEAR} order by sc.code, c.grade, c.number limit 1`,
    )) as { rows: { code: string; grade: number; number: number }[] };
    const { code, grade, number } = cls.rows[0]!;
    const headers = registry.studentRowColumns.map((col) => registry.studentRowHeaders[col] as string);
    const row: Record<string, string | number> = {
      姓名: "重复导入",
      民族: "汉族",
      身份证号: expected!,
      学籍号: "J110105000000000777",
      户口性质: "城镇",
      学校标识码: code,
      年级: registry.gradeLabel(grade),
      班号: number,
    };
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("学生信息");
    ws.addRow(headers);
    ws.addRow(headers.map((h) => row[h] ?? null));
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await wb.xlsx.writeBuffer())], "学生.xlsx"));
    const res = await app.request("/api/registry/imports", {
      method: "POST",
      headers: { cookie: jcjy.cookie, "x-csrf-token": jcjy.csrf },
      body: form,
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(201);
    expect(body.summary).toMatchObject({ validRows: 0, invalidRows: 1 });
    const report = await call(app, jcjy, "GET", `/api/registry/imports/${body.job.id}`);
    expect(JSON.stringify(report.body)).toContain("系统中已有此身份证号的人员");
  });

  it("refuses a wrong passphrase before anything is written", async () => {
    const config = freshFolder("wrong-passphrase");
    const keyBefore = readFileSync(join(config.dataDir, "secret.key"), "utf8");
    const folderBefore = files(config.dataDir);
    await target.db.execute(sql`insert into platform_meta (key, value) values ('untouched', 'yes')`);
    const before = await fingerprint(target);
    const refused = restoreWithKey({
      database: target,
      config,
      file,
      passphrase: "县局备份口令-2025",
      onProgress() {},
    });
    await expect(refused).rejects.toMatchObject({ code: "BACKUP_WRONG_PASSPHRASE", message: /备份口令不正确/ });
    expect(await fingerprint(target)).toEqual(before);
    expect(readFileSync(join(config.dataDir, "secret.key"), "utf8")).toBe(keyBefore);
    expect(files(config.dataDir)).toEqual(folderBefore);
  });

  it("refuses a backup whose key differs from the configured EDUBUREAU_SECRET, and takes one that matches", async () => {
    const before = await fingerprint(target);
    const other = freshFolder("production", { EDUBUREAU_SECRET: "another-secret-of-the-target-server-0123456789" });
    const refused = restoreWithKey({ database: target, config: other, file, passphrase: PASSPHRASE, onProgress() {} });
    await expect(refused).rejects.toMatchObject({ code: "BACKUP_KEY_MISMATCH", message: /EDUBUREAU_SECRET/ });
    expect(await fingerprint(target)).toEqual(before);

    const same = freshFolder("production-same", { EDUBUREAU_SECRET: TEST_SECRET });
    const outcome = await restoreWithKey({
      database: target,
      config: same,
      file,
      passphrase: PASSPHRASE,
      onProgress() {},
    });
    expect(outcome.keyReplaced).toBe(false);
    expect(await fingerprint(target)).toEqual(backedUp);
  });

  it("restores a backup of the format without a key only where the configured key reads it", async () => {
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const { key: _sealed, ...header } = JSON.parse(lines[0]!);
    lines[0] = JSON.stringify({ ...header, version: 1 });
    const legacy = join(dir, "legacy.jsonl.gz");
    writeFileSync(legacy, gzipSync(lines.join("\n")));
    const before = await fingerprint(target);
    const elsewhere = freshFolder("legacy-elsewhere");
    const refused = restoreWithKey({
      database: target,
      config: elsewhere,
      file: legacy,
      passphrase: "",
      onProgress() {},
    });
    await expect(refused).rejects.toMatchObject({ code: "BACKUP_WITHOUT_KEY" });
    expect(await fingerprint(target)).toEqual(before);
    const home = freshFolder("legacy-home", { EDUBUREAU_SECRET: TEST_SECRET });
    await restoreWithKey({ database: target, config: home, file: legacy, passphrase: "", onProgress() {} });
    expect(existsSync(join(home.dataDir, "secret.key.restoring"))).toBe(false);
  });
});

describe("command line", () => {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
  it("asks for EDUBUREAU_BACKUP_PASSPHRASE without a terminal, before opening the database", async () => {
    const data = join(dir, "cli");
    const env = { ...process.env, EDUBUREAU_DATA: data, EDUBUREAU_BACKUP_PASSPHRASE: "", DATABASE_URL: "" };
    const run = promisify(execFile)(tsx, [cli, "backup", join(dir, "cli.jsonl.gz")], { env });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("EDUBUREAU_BACKUP_PASSPHRASE"),
    });
    expect(existsSync(data)).toBe(false);
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
