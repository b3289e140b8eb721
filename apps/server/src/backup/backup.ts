import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Tx } from "../db/bulkInsert";
import type { Database, Db } from "../db/client";
import { schemaVersion } from "../db/migrate";
import { truncateAll } from "../db/truncateAll";
import { AppError, badRequest } from "../http/errors";
import { MIN_PASSPHRASE_LENGTH, openKey, type SealedKey, sealKey } from "./backupKey";

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
  "promotion_request",
  "import_job",
  "registry_setting",
  "balance_settings",
  "balance_scenario",
  "balance_snapshot",
  "exam",
  "exam_score",
  "exam_teacher",
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
  "report_figure_value",
  "report_sentence",
  "report_check_resolution",
  "report_after_school",
  "report_school_count",
  "report_exam_result",
  "fitness_correction",
  "fitness_batch",
  "fitness_result",
  "staffing_setting",
  "staffing_profile",
  "staffing_school_year",
  "staffing_recognition",
  "staffing_training",
  "staffing_rotation",
  "staffing_exemption",
  "staffing_recruit_plan",
  "staffing_recruit_line",
  "staffing_recruit_need",
  "staffing_recruit_arrival",
  "staffing_reserve",
  "staffing_studio",
  "staffing_studio_member",
  "staffing_studio_activity",
  "staffing_researcher",
  "retention_setting",
  "retention_roster",
  "retention_roster_entry",
  "retention_explanation",
  "retention_poverty_entry",
  "retention_absence",
  "retention_zero_report",
  "retention_run",
  "retention_suspect",
  "retention_case",
  "retention_case_event",
  "retention_visit",
  "retention_evidence",
  "retention_recheck",
  "retention_rate_snapshot",
  "retention_reminder",
  "preschool_settings",
  "preschool_report",
  "preschool_population",
  "preschool_births",
  "preschool_survey",
  "app_user",
  "capability_owner",
  "session",
  "login_failure",
  "login_address_failure",
  "scheduled_job",
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
  scheduled_job: "name",
  platform_meta: "key",
  registry_setting: "region_code",
  balance_settings: "region_code",
  staffing_setting: ["region_code", "from_year"],
  staffing_profile: "staff_id",
  staffing_school_year: ["school_id", "school_year"],
  staffing_studio_member: ["studio_id", "staff_id"],
  retention_setting: "region_code",
  preschool_settings: "region_code",
  preschool_survey: ["region_code", "school_year"],
};

const FORMAT = "edubureau-backup";
const BATCH = 2000;
/** Rows read at a time from tables of large rows (a snapshot chunk is 4 MB, 8 MB as hex in JSON). */
const BATCH_ROWS: Partial<Record<(typeof BACKUP_TABLES)[number], number>> = { exam_snapshot: 2 };
/** A restore inserts at most this much JSON text at a time, however few the rows. */
const BATCH_TEXT = 32 << 20;

/**
 * The first line of a backup. Version 2 carries the platform secret sealed under the operator's passphrase
 * (backupKey.ts); version 1 (before) carried no key and restores only where the same secret is configured.
 */
export interface BackupHeader {
  format: typeof FORMAT;
  version: 1 | 2;
  schemaVersion: number;
  createdAt: string;
  tables: readonly string[];
  key?: SealedKey;
}

/** What a backup is made with: the platform secret to carry and the passphrase that seals it. */
export interface BackupKeyInput {
  secret: string;
  passphrase: string;
}

/** A passphrase that will do for a new backup, or the reason it will not. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `备份口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符:恢复时需要输入同一口令,请妥善保管`;
  }
  return null;
}

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

/**
 * Writes the whole database to a gzipped JSON-lines file: a header line, then for each table a line naming it and
 * one line per row (PostgreSQL's own row_to_json, so the format is the same from PGlite and PostgreSQL).
 */
export async function backupDatabase(
  database: Database,
  file: string,
  key: BackupKeyInput,
  onProgress: (msg: string) => void,
) {
  const problem = passphraseProblem(key.passphrase);
  if (problem) throw badRequest("BACKUP_PASSPHRASE_WEAK", problem, [{ field: "passphrase", message: problem }]);
  const db = database.db;
  const header: BackupHeader = {
    format: FORMAT,
    version: 2,
    schemaVersion: await schemaVersion(database),
    createdAt: new Date().toISOString(),
    tables: BACKUP_TABLES,
    key: await sealKey(key.secret, key.passphrase),
  };
  async function* lines(tx: Tx) {
    yield `${JSON.stringify(header)}\n`;
    for (const table of BACKUP_TABLES) {
      const total = rowsOf(await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;
      yield `${JSON.stringify({ table, rows: total })}\n`;
      const keys = [PRIMARY_KEYS[table] ?? "id"].flat();
      const key = sql.join(
        keys.map((c) => sql.identifier(c)),
        sql`, `,
      );
      const keyText = sql.join(
        keys.map((c, i) => sql`${sql.identifier(c)}::text as ${sql.identifier(`k${i}`)}`),
        sql`, `,
      );
      const batch = BATCH_ROWS[table] ?? BATCH;
      // keyset paging: each page starts after the last key of the one before (an offset rescans every row before it)
      let after: string[] | null = null;
      for (;;) {
        const from = after
          ? sql`where (${key}) > (${sql.join(
              after.map((v) => sql`${v}`),
              sql`, `,
            )})`
          : sql``;
        const rows = rowsOf(
          await tx.execute(
            sql`select row_to_json(t)::text as j, ${keyText} from ${sql.identifier(table)} t ${from} order by ${key} limit ${batch}`,
          ),
        );
        if (rows.length === 0) break;
        yield `${rows.map((r) => r.j).join("\n")}\n`;
        const last = rows[rows.length - 1]!;
        after = keys.map((_, i) => String(last[`k${i}`]));
        if (rows.length < batch) break;
      }
      onProgress(`已备份 ${table}:${total} 行`);
    }
  }
  // one read-only snapshot: rows written while the backup runs never leave a child without its parent
  await db.transaction(
    async (tx) => {
      await pipeline(Readable.from(lines(tx)), createGzip(), createWriteStream(file));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

async function insertBatch(db: Db, table: string, rows: string[]) {
  if (rows.length === 0) return;
  await db.execute(
    sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${`[${rows.join(",")}]`}::json)`,
  );
}

/** The lines of a backup file, header first. Close it with `close()` when not read to the end. */
function openLines(file: string) {
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  return { iterator: input[Symbol.asyncIterator](), close: () => input.close() };
}

const notABackup = () => badRequest("BACKUP_INVALID", "这不是 EduBureau 的备份文件");

function parseHeader(line: unknown): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(String(line)) as BackupHeader;
  } catch {
    throw badRequest("BACKUP_INVALID", "备份文件格式不正确:无法读取文件头");
  }
  if (header?.format !== FORMAT || (header.version !== 1 && header.version !== 2)) throw notABackup();
  if (header.version === 2 && !header.key) throw notABackup();
  return header;
}

/** Reads a backup's first line: its format, version, schema version, time and sealed key. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = openLines(file);
  try {
    return parseHeader((await lines.iterator.next()).value);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badRequest("BACKUP_INVALID", "备份文件已损坏或不是 gzip 压缩的备份文件");
  } finally {
    lines.close();
  }
}

/** A backup checked against this database, its key opened: ready to restore. */
export interface CheckedBackup {
  header: BackupHeader;
  /** the platform secret the backup carries; null for a version 1 backup, which carries none */
  secret: string | null;
}

/**
 * Checks a backup before anything is written: that it is one, of this schema version, and that the passphrase
 * opens its key. Throws the refusal (400, Chinese message) otherwise.
 */
export async function checkBackup(database: Database, file: string, passphrase: string): Promise<CheckedBackup> {
  const header = await readBackupHeader(file);
  const current = await schemaVersion(database);
  if (header.schemaVersion !== current) {
    throw badRequest(
      "BACKUP_SCHEMA_MISMATCH",
      `备份的数据库结构版本(${header.schemaVersion})与当前版本(${current})不一致,请使用相同版本的程序恢复`,
    );
  }
  if (!header.key) return { header, secret: null };
  const secret = await openKey(header.key, passphrase);
  if (secret === null) {
    throw badRequest(
      "BACKUP_WRONG_PASSPHRASE",
      "备份口令不正确:请输入制作这份备份时设置的口令(区分大小写),未写入任何数据",
      [{ field: "passphrase", message: "备份口令不正确" }],
    );
  }
  return { header, secret };
}

/**
 * The first resident ID ciphertext of a backup's person rows, to check a key that carries no key of its own
 * against; null when the backup holds none.
 */
export async function firstResidentIdCipher(file: string): Promise<string | null> {
  const lines = openLines(file);
  try {
    let inPerson = false;
    for (let next = await lines.iterator.next(); !next.done; next = await lines.iterator.next()) {
      const line = next.value as string;
      if (line.startsWith('{"table":')) {
        if (inPerson) return null;
        inPerson = (JSON.parse(line) as { table: string }).table === "person";
        continue;
      }
      if (!inPerson || line.length === 0) continue;
      const cipher = (JSON.parse(line) as { resident_id_cipher?: string | null }).resident_id_cipher;
      if (cipher) return cipher;
    }
    return null;
  } finally {
    lines.close();
  }
}

/**
 * Replaces the database's contents with a backup, in one transaction: all or nothing. `finish` runs last inside
 * that transaction (the restore's own audit row). The backup must come from the same schema version (the database
 * is migrated before this runs); its key is the caller's business (restore.ts).
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  onProgress: (msg: string) => void,
  finish?: (tx: Tx) => Promise<void>,
) {
  const { iterator } = openLines(file);
  const header = parseHeader((await iterator.next()).value);
  const current = await schemaVersion(database);
  if (header.schemaVersion !== current) {
    throw badRequest(
      "BACKUP_SCHEMA_MISMATCH",
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
    await finish?.(tx);
  });
}
