import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database, Db } from "../db/client";
import { schemaVersion } from "../db/migrate";
import { truncateAll } from "../db/truncateAll";

/** Every table, parents before children: the order rows are restored in. */
export const BACKUP_TABLES = [
  "region",
  "town",
  "school",
  "school_event",
  "person",
  "student",
  "school_class",
  "enrollment",
  "staff",
  "employment",
  "class_teacher",
  "school_condition",
  "transfer",
  "import_job",
  "registry_setting",
  "balance_settings",
  "balance_scenario",
  "balance_snapshot",
  "exam",
  "exam_score",
  "exam_teacher",
  "exam_import",
  // derived from exam_score, exam_teacher and the names at publication, but kept: those names are not derivable
  // later, and a restored database then answers cold analyses at once (a load checks the bytes and rebuilds them
  // if they do not belong to the restored exam)
  "exam_snapshot",
  "admissions_draw_event",
  "admissions_catchment_zone",
  "ledger_inspection_type",
  "ledger_institution",
  "ledger_inspection",
  "ledger_inspection_target",
  "ledger_finding",
  "ledger_transition",
  "ledger_evidence",
  "app_user",
  "session",
  "login_failure",
  "audit_log",
  "platform_meta",
] as const;

/** Primary keys other than "id", for a stable order while paging through a table. */
const PRIMARY_KEYS: Partial<Record<(typeof BACKUP_TABLES)[number], string | string[]>> = {
  exam_score: ["exam_id", "student_id"],
  exam_teacher: ["exam_id", "class_id", "subject"],
  exam_snapshot: ["exam_id", "seq"],
  region: "code",
  town: "code",
  session: "token_hash",
  login_failure: ["username", "ip"],
  platform_meta: "key",
  registry_setting: "region_code",
  balance_settings: "region_code",
};

const FORMAT = "edubureau-backup";
const BATCH = 2000;
/** Rows read at a time from tables of large rows (a snapshot chunk is 4 MB, 8 MB as hex in JSON). */
const BATCH_ROWS: Partial<Record<(typeof BACKUP_TABLES)[number], number>> = { exam_snapshot: 2 };
/** A restore inserts at most this much JSON text at a time, however few the rows. */
const BATCH_TEXT = 32 << 20;

interface Header {
  format: typeof FORMAT;
  version: 1;
  schemaVersion: number;
  createdAt: string;
  tables: readonly string[];
}

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

/**
 * Writes the whole database to a gzipped JSON-lines file: a header line, then for each table a line naming it and
 * one line per row (PostgreSQL's own row_to_json, so the format is the same from PGlite and PostgreSQL).
 */
export async function backupDatabase(database: Database, file: string, onProgress: (msg: string) => void) {
  const db = database.db;
  const header: Header = {
    format: FORMAT,
    version: 1,
    schemaVersion: await schemaVersion(database),
    createdAt: new Date().toISOString(),
    tables: BACKUP_TABLES,
  };
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const table of BACKUP_TABLES) {
      const total = rowsOf(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;
      yield `${JSON.stringify({ table, rows: total })}\n`;
      const key = sql.join(
        [PRIMARY_KEYS[table] ?? "id"].flat().map((c) => sql.identifier(c)),
        sql`, `,
      );
      const batch = BATCH_ROWS[table] ?? BATCH;
      for (let offset = 0; offset < Number(total); offset += batch) {
        const rows = rowsOf(
          await db.execute(
            sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t order by ${key} limit ${batch} offset ${offset}`,
          ),
        );
        yield `${rows.map((r) => r.j).join("\n")}\n`;
      }
      onProgress(`已备份 ${table}:${total} 行`);
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
}

async function insertBatch(db: Db, table: string, rows: string[]) {
  if (rows.length === 0) return;
  await db.execute(
    sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${`[${rows.join(",")}]`}::json)`,
  );
}

/**
 * Replaces the database's contents with a backup, in one transaction: all or nothing.
 * The backup must come from the same schema version (the database is migrated before this runs).
 */
export async function restoreDatabase(database: Database, file: string, onProgress: (msg: string) => void) {
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new Error("备份文件格式不正确:无法读取文件头");
  }
  if (header.format !== FORMAT) throw new Error("这不是 EduBureau 的备份文件");
  const current = await schemaVersion(database);
  if (header.schemaVersion !== current) {
    throw new Error(
      `备份的数据库结构版本(${header.schemaVersion})与当前版本(${current})不一致,请使用相同版本的程序恢复`,
    );
  }
  await database.db.transaction(async (tx) => {
    await truncateAll(tx);
    let table: string | null = null;
    let batch: string[] = [];
    let text = 0;
    let count = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value as string;
      if (line.startsWith('{"table":')) {
        if (table) {
          await insertBatch(tx, table, batch);
          onProgress(`已恢复 ${table}:${count} 行`);
        }
        table = (JSON.parse(line) as { table: string }).table;
        if (!(BACKUP_TABLES as readonly string[]).includes(table)) throw new Error(`备份中有未知的表:${table}`);
        batch = [];
        text = 0;
        count = 0;
        continue;
      }
      if (!table || line.length === 0) continue;
      batch.push(line);
      text += line.length;
      count++;
      if (batch.length >= BATCH || text >= BATCH_TEXT) {
        await insertBatch(tx, table, batch);
        batch = [];
        text = 0;
      }
    }
    if (table) {
      await insertBatch(tx, table, batch);
      onProgress(`已恢复 ${table}:${count} 行`);
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`,
    );
  });
}
