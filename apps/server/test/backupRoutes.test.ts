import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { createPersonalDataCipher } from "../src/auth/personalData";
import { resolveSecret } from "../src/bootstrap";
import { loadConfig } from "../src/config";
import type { Database } from "../src/db/client";
import { createApp } from "../src/http/app";
import { call, login, openTestDatabase, type Session } from "./harness";
import { TEST_SECRET } from "./template";

/**
 * The 数据备份 page's routes on the real database and real files: administrator only, CSRF-checked and audited;
 * a backup made on one platform, downloaded, uploaded to another with a fresh data folder and restored there with
 * the passphrase and the typed confirmation, after which that running server reveals IDs with the restored key.
 */
const dir = mkdtempSync(join(tmpdir(), "edubureau-backup-routes-"));
const PASSPHRASE = "县局备份口令-2026";
let source: Database;
let target: Database;

function platformOn(database: Database, folder: string, env: Record<string, string> = {}) {
  const config = loadConfig({ EDUBUREAU_DATA: join(dir, folder), NODE_ENV: "test", ...env });
  const cipher = createPersonalDataCipher(resolveSecret(config));
  return { config, app: createApp({ db: database.db, dbKind: database.kind, config, cipher, now: () => new Date() }) };
}
let from: ReturnType<typeof platformOn>;
let to: ReturnType<typeof platformOn>;
let admin: Session;

beforeAll(async () => {
  source = await openTestDatabase();
  target = await openTestDatabase();
  await target.db.execute(sql`insert into platform_meta (key, value) values ('marker', 'target')`);
  from = platformOn(source, "source", { EDUBUREAU_SECRET: TEST_SECRET });
  to = platformOn(target, "target");
  admin = await login(from.app, "admin");
});
afterAll(async () => {
  await source.close();
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

const raw = (app: typeof from.app, session: Session, bytes: Uint8Array, headers: Record<string, string> = {}) =>
  app.request("/api/backups", {
    method: "POST",
    headers: {
      cookie: session.cookie,
      "x-csrf-token": session.csrf,
      "content-type": "application/octet-stream",
      ...headers,
    },
    body: bytes,
  });

describe("access", () => {
  it("is the system administrator's alone, and every write needs the CSRF token", async () => {
    expect((await call(from.app, null, "GET", "/api/backups")).status).toBe(401);
    const jcjy = await login(from.app, "jcjy");
    const refused = await call(from.app, jcjy, "POST", "/api/backups/make", { passphrase: PASSPHRASE });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("仅限系统管理员");
    expect((await call(from.app, jcjy, "GET", "/api/backups")).status).toBe(403);
    const noCsrf = await call(from.app, { ...admin, csrf: "" }, "POST", "/api/backups/make", {
      passphrase: PASSPHRASE,
    });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe("CSRF_FAILED");
    expect(existsSync(join(from.config.dataDir, "backups"))).toBe(false);
  });
});

describe("backup, download, upload elsewhere, restore", () => {
  let name: string;
  let bytes: Uint8Array;
  let uploaded: string;

  it("makes a backup under a passphrase, lists it with size and time, and downloads it (audited)", async () => {
    const weak = await call(from.app, admin, "POST", "/api/backups/make", { passphrase: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].field).toBe("passphrase");
    const made = await call(from.app, admin, "POST", "/api/backups/make", { passphrase: PASSPHRASE });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: "backup", name: expect.stringMatching(/^backup-\d{8}-\d{6}\.jsonl\.gz$/) });
    name = made.body.name;
    const list = await call(from.app, admin, "GET", "/api/backups");
    expect(list.body.rows).toEqual([made.body]);
    expect(made.body.size).toBeGreaterThan(1000);
    const res = await from.app.request(`/api/backups/${name}`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(name);
    bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBe(made.body.size);
    const header = JSON.parse(gunzipSync(bytes).toString("utf8").split("\n")[0]!);
    expect(header).toMatchObject({ format: "edubureau-backup", version: 2 });
    const actions = await source.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, name));
    expect(actions.map((a) => a.action).sort()).toEqual(["backup.create", "backup.download"]);
    expect((await call(from.app, admin, "GET", "/api/backups/..%2Fsecret.key")).status).toBe(404);
  });

  it("takes an upload only of a backup file, within the size limit", async () => {
    const toAdmin = await login(to.app, "admin");
    const junk = await raw(to.app, toAdmin, new TextEncoder().encode("not a backup"));
    expect(junk.status).toBe(400);
    expect(((await junk.json()) as any).error.message).toMatch(/备份/);
    const huge = await raw(to.app, toAdmin, new Uint8Array(16), { "content-length": String(3 * 1024 ** 3) });
    expect(huge.status).toBe(413);
    expect((await call(to.app, toAdmin, "GET", "/api/backups")).body.rows).toEqual([]);
    const up = await raw(to.app, toAdmin, bytes);
    expect(up.status).toBe(201);
    const body = (await up.json()) as any;
    expect(body).toMatchObject({ kind: "upload", size: bytes.length });
    uploaded = body.name;
    expect(readdirSync(join(to.config.dataDir, "backups"))).toEqual([uploaded]);
  });

  it("restores only with the typed confirmation and the right passphrase; then reveals with the restored key", async () => {
    const toAdmin = await login(to.app, "admin");
    const path = `/api/backups/${uploaded}/restore`;
    const marker = async () =>
      ((await target.db.execute(sql`select value from platform_meta where key = 'marker'`)) as any).rows.length;
    expect(await marker()).toBe(1);
    const unconfirmed = await call(to.app, toAdmin, "POST", path, { passphrase: PASSPHRASE, confirmation: "确认" });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.code).toBe("RESTORE_NOT_CONFIRMED");
    const confirmation = "恢复并覆盖全部数据";
    const wrong = await call(to.app, toAdmin, "POST", path, { passphrase: "县局备份口令-2025", confirmation });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: "BACKUP_WRONG_PASSPHRASE", details: [{ field: "passphrase" }] });
    expect(await marker()).toBe(1);

    const done = await call(to.app, toAdmin, "POST", path, { passphrase: PASSPHRASE, confirmation });
    expect(done.status).toBe(200);
    expect(done.body.keyReplaced).toBe(true);
    expect(await marker()).toBe(0);
    const audit = await target.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "backup.restore"), eq(auditLog.targetId, uploaded)));
    expect(audit).toHaveLength(1);

    const jcjy = await login(to.app, "jcjy");
    const picked = (await target.db.execute(
      sql`select s.id, p.resident_id_cipher as c from student s join person p on p.id = s.person_id
          where p.resident_id_cipher is not null order by s.id limit 1`,
    )) as { rows: { id: string; c: string }[] };
    const { id, c } = picked.rows[0]!;
    const reveal = await call(to.app, jcjy, "POST", `/api/registry/students/${id}/reveal`, { reason: "恢复后核对" });
    expect(reveal.status).toBe(200);
    expect(reveal.body.residentId).toBe(createPersonalDataCipher(TEST_SECRET).decrypt(c));
    expect(registry.parseResidentId(reveal.body.residentId).ok).toBe(true);
  });

  it("refuses a backup whose key differs from the server's EDUBUREAU_SECRET", async () => {
    const other = platformOn(target, "other", { EDUBUREAU_SECRET: "another-secret-of-the-target-server-0123456789" });
    const otherAdmin = await login(other.app, "admin");
    const uploadedThere = await raw(other.app, otherAdmin, bytes);
    const up = (await uploadedThere.json()) as any;
    expect(uploadedThere.status, JSON.stringify(up)).toBe(201);
    const res = await call(other.app, otherAdmin, "POST", `/api/backups/${up.name}/restore`, {
      passphrase: PASSPHRASE,
      confirmation: "恢复并覆盖全部数据",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("BACKUP_KEY_MISMATCH");
    const del = await call(other.app, otherAdmin, "DELETE", `/api/backups/${up.name}`);
    expect(del.status).toBe(200);
    expect((await call(other.app, otherAdmin, "GET", "/api/backups")).body.rows).toEqual([]);
  });
});
