/**
 * Writes a generated demo county into the database: one transaction, bulk inserts in batches, parents before
 * children. Resident IDs are hashed, encrypted and masked with the platform's cipher on the way in; demo account
 * passwords are hashed once (argon2 is slow on purpose) and the hash shared.
 */
import { setImmediate } from "node:timers/promises";
import { registry } from "@edubureau/core";
import { count, sql } from "drizzle-orm";
import { hashPassword } from "../auth/passwords";
import type { PersonalDataCipher } from "../auth/personalData";
import { appUser } from "../auth/tables";
import { skipReferenceChecks, writeCopyText, writeRows } from "../db/bulkCopy";
import { insertAll, type Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { withIndexesBuiltAfter } from "../db/indexesBuiltAfter";
import { platformMeta } from "../db/metaTable";
import { truncateAll } from "../db/truncateAll";
import { initialsOf } from "../registry/initialsOf";
import { person, registrySetting, school } from "../registry/tables";
import { DEMO_PASSWORD, type DemoAccount } from "./accounts";
import { type PreparedCounty, prepareCounty } from "./preparedCounty";
import { DEMO_TABLES, type DemoCounty, type DemoTable, demoTables } from "./types";

/** Chinese names of the tables, for progress messages. */
const TABLE_LABELS: Record<DemoTable | "appUser", string> = {
  region: "行政区划",
  town: "乡镇",
  school: "学校",
  schoolEvent: "学校沿革",
  person: "人员",
  student: "学生",
  staff: "教职工",
  schoolClass: "班级",
  enrollment: "学籍年度记录",
  employment: "任职年度记录",
  classTeacher: "任课安排",
  schoolCondition: "办学条件",
  appUser: "示范账号",
};

export interface LoadDemoOptions {
  cipher: PersonalDataCipher;
  onProgress?: (msg: string) => void;
  /** the time recorded as demo_generated_at (the loader's only clock use); defaults to now */
  now?: Date;
  /** empty every table first, in the same transaction (CLI `demo --force`) */
  reset?: boolean;
}

export interface LoadDemoResult {
  accounts: DemoAccount[];
  /** rows written per table */
  rows: Record<DemoTable | "appUser", number>;
}

/** People protected between two turns of the event loop. */
const PROTECT_SLICE = 2_000;

/**
 * The person rows as stored: resident ID replaced by its keyed hash, ciphertext and masked form. Each row is built
 * field by field: V8 copies a spread row (`{ ...row }`) forty times slower, 80 ms a county. A slice at a time,
 * giving the event loop a turn after each, so the county written before goes on being sent to the database
 * meanwhile.
 */
async function protectPersons(rows: DemoCounty["person"], cipher: PersonalDataCipher) {
  const stored: (typeof person.$inferInsert)[] = [];
  for (let i = 0; i < rows.length; i += PROTECT_SLICE) {
    if (i > 0) await setImmediate();
    for (const p of rows.slice(i, i + PROTECT_SLICE)) {
      stored.push({
        id: p.id,
        regionCode: p.regionCode,
        name: p.name,
        gender: p.gender,
        birthDate: p.birthDate,
        ethnicity: p.ethnicity,
        nameInitials: initialsOf(p.name),
        residentIdHash: cipher.hash(p.residentId),
        residentIdMasked: registry.maskResidentId(p.residentId),
        residentIdCipher: cipher.encrypt(p.residentId),
      });
    }
  }
  return stored;
}

/** What a loader takes: one generated county, several, or a city's counties prepared ahead on a worker thread. */
export type DemoCounties = DemoCounty | Iterable<DemoCounty> | AsyncIterable<PreparedCounty>;

function isSingleCounty(county: DemoCounties): county is DemoCounty {
  return "school" in county && Array.isArray((county as DemoCounty).school);
}

/** The counties prepared for writing, in order (those generated here are prepared here). */
async function* preparedCounties(counties: DemoCounties): AsyncGenerator<PreparedCounty> {
  if (isSingleCounty(counties)) {
    yield prepareCounty(counties, true);
  } else if (Symbol.asyncIterator in counties) {
    yield* counties;
  } else {
    let first = true;
    for (const county of counties) {
      yield prepareCounty(county, first);
      first = false;
    }
  }
}

/** Writes one prepared county's tables, parents before children, with its people as protected. */
async function writeCounty(tx: Tx, county: PreparedCounty, people: (typeof person.$inferInsert)[]): Promise<void> {
  for (const table of demoTables) {
    const copy = county.copies[table];
    if (table === "person") await writeRows(tx, person, people);
    else if (copy && !(await writeCopyText(tx, copy))) throw new Error("the demo is written inside a transaction");
  }
  // the county's register settings: its current school year is the demo's latest, promotion on 10 July
  const setting = {
    transferOverdueDays: registry.DEFAULT_TRANSFER_OVERDUE_DAYS,
    currentSchoolYear: county.latestYear,
    promotionDate: `${county.latestYear + 1}-07-10`,
  };
  await tx
    .insert(registrySetting)
    .values({ regionCode: county.regionCode, ...setting })
    .onConflictDoUpdate({ target: registrySetting.regionCode, set: setting });
}

/**
 * Loads a generated demo county — or, for a city, its counties one after another as they are generated — with
 * the demo accounts (of the first county) and the platform_meta rows demo_seed, demo_scale, demo_generated_at.
 * All or nothing: one transaction. The register's tables are loaded without their secondary indexes, which are
 * built once at the end (when they start empty).
 */
export async function loadDemoCounty(
  db: Db,
  counties: DemoCounties,
  options: LoadDemoOptions,
): Promise<LoadDemoResult> {
  const progress = options.onProgress ?? (() => {});
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = Object.fromEntries([...demoTables, "appUser"].map((t) => [t, 0])) as LoadDemoResult["rows"];
  let accounts: DemoAccount[] = [];
  await db.transaction(async (tx) => {
    if (options.reset) await truncateAll(tx);
    await skipReferenceChecks(tx);
    let first: PreparedCounty | undefined;
    await withIndexesBuiltAfter(
      tx,
      demoTables.map((t) => DEMO_TABLES[t]),
      async () => {
        const written = (county: PreparedCounty) => {
          for (const table of demoTables) rows[table] += county.rows[table];
          if (!first) {
            first = county;
            progress(`已写入${county.countyName}:${county.summary}`);
          } else {
            progress(`已写入${county.countyName}(${county.regionCode})`);
          }
        };
        // a county's people are protected while the county before is still being written; its own write starts
        // once that one has ended (one connection: the statements queue in order)
        let writing: { county: PreparedCounty; done: Promise<void> } | null = null;
        for await (const county of preparedCounties(counties)) {
          const people = await protectPersons(county.person, options.cipher);
          if (writing) {
            await writing.done;
            written(writing.county);
          }
          const done = writeCounty(tx, county, people);
          // awaited on the next county or after the last; until then a failure must not count as unhandled
          done.catch(() => {});
          writing = { county, done };
        }
        if (writing) {
          await writing.done;
          written(writing.county);
        }
        progress("正在建立索引…");
      },
    );
    const loaded = first as PreparedCounty | undefined;
    if (!loaded?.accounts) throw new Error("no demo county to load");
    accounts = loaded.accounts;
    await insertAll(
      tx,
      appUser,
      accounts.map((a) => ({
        id: a.id,
        regionCode: loaded.regionCode,
        username: a.username,
        displayName: a.displayName,
        passwordHash,
        role: a.role,
        section: a.section,
        schoolId: a.schoolId,
        staffId: a.staffId,
        townCode: a.townCode,
        isDemo: true,
      })),
    );
    rows.appUser = accounts.length;
    const now = options.now ?? new Date();
    const meta = [
      { key: "demo_seed", value: String(loaded.seed) },
      { key: "demo_scale", value: loaded.scale },
      { key: "demo_generated_at", value: now.toISOString() },
    ];
    for (const m of meta) {
      await tx
        .insert(platformMeta)
        .values({ ...m, updatedAt: now })
        .onConflictDoUpdate({ target: platformMeta.key, set: { value: m.value, updatedAt: now } });
    }
  });
  // Fresh statistics for the planner: the embedded database has no autovacuum to gather them after a bulk load,
  // and without them joins over enrollment fall back to nested loops (seconds instead of milliseconds).
  await db.execute(sql`analyze`);
  progress(
    `示范数据写入完成:${Object.entries(rows)
      .map(([t, n]) => `${TABLE_LABELS[t as DemoTable]} ${n}`)
      .join(",")}`,
  );
  return { accounts, rows };
}

/** Whether the database holds no county yet: no school and no account. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [schools] = await db.select({ n: count() }).from(school);
  const [users] = await db.select({ n: count() }).from(appUser);
  return (schools?.n ?? 0) === 0 && (users?.n ?? 0) === 0;
}
