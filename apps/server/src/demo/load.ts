/**
 * Writes a generated demo county into the database: one transaction, bulk inserts in batches, parents before
 * children. Resident IDs are hashed, encrypted and masked with the platform's cipher on the way in; demo account
 * passwords are hashed once (argon2 is slow on purpose) and the hash shared.
 */
import { registry } from "@edubureau/core";
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { hashPassword } from "../auth/passwords";
import type { PersonalDataCipher } from "../auth/personalData";
import { appUser } from "../auth/tables";
import { skipReferenceChecks, writeRows } from "../db/bulkCopy";
import { insertAll } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { withIndexesBuiltAfter } from "../db/indexesBuiltAfter";
import { platformMeta } from "../db/metaTable";
import { truncateAll } from "../db/truncateAll";
import { initialsOf } from "../registry/initialsOf";
import {
  classTeacher,
  employment,
  enrollment,
  person,
  region,
  registrySetting,
  school,
  schoolClass,
  schoolCondition,
  schoolEvent,
  staff,
  student,
  town,
} from "../registry/tables";
import { DEMO_PASSWORD, type DemoAccount, demoAccounts } from "./accounts";
import { type DemoCounty, type DemoTable, demoTables } from "./types";

/** The table each row array of a DemoCounty goes into. */
export const DEMO_TABLES: Record<DemoTable, PgTable> = {
  region,
  town,
  school,
  schoolEvent,
  person,
  student,
  staff,
  schoolClass,
  enrollment,
  employment,
  classTeacher,
  schoolCondition,
};

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

/** The person rows as stored: resident ID replaced by its keyed hash, ciphertext and masked form. */
function protectPersons(rows: DemoCounty["person"], cipher: PersonalDataCipher) {
  return rows.map(({ residentId, ...row }) => ({
    ...row,
    nameInitials: initialsOf(row.name),
    residentIdHash: cipher.hash(residentId),
    residentIdMasked: registry.maskResidentId(residentId),
    residentIdCipher: cipher.encrypt(residentId),
  }));
}

function isSingleCounty(county: DemoCounty | Iterable<DemoCounty>): county is DemoCounty {
  return "school" in county && Array.isArray((county as DemoCounty).school);
}

/**
 * Loads a generated demo county — or, for a city, its counties one after another as they are generated — with
 * the demo accounts (of the first county) and the platform_meta rows demo_seed, demo_scale, demo_generated_at.
 * All or nothing: one transaction.
 */
export async function loadDemoCounty(
  db: Db,
  county: DemoCounty | Iterable<DemoCounty>,
  options: LoadDemoOptions,
): Promise<LoadDemoResult> {
  const progress = options.onProgress ?? (() => {});
  const parts = isSingleCounty(county) ? [county] : county;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = Object.fromEntries([...demoTables, "appUser"].map((t) => [t, 0])) as LoadDemoResult["rows"];
  let accounts: DemoAccount[] = [];
  await db.transaction(async (tx) => {
    if (options.reset) await truncateAll(tx);
    await skipReferenceChecks(tx);
    let first: DemoCounty | undefined;
    const written = demoTables.map((t) => DEMO_TABLES[t]);
    await withIndexesBuiltAfter(tx, written, async () => {
      for (const part of parts) {
        for (const table of demoTables) {
          const data = table === "person" ? protectPersons(part.person, options.cipher) : part[table];
          await writeRows(tx, DEMO_TABLES[table], data as Record<string, unknown>[]);
          rows[table] += data.length;
        }
        // the county's register settings: its current school year is the demo's latest, promotion on 10 July
        const setting = {
          transferOverdueDays: registry.DEFAULT_TRANSFER_OVERDUE_DAYS,
          currentSchoolYear: part.latestYear,
          promotionDate: `${part.latestYear + 1}-07-10`,
        };
        await tx
          .insert(registrySetting)
          .values({ regionCode: part.regionCode, ...setting })
          .onConflictDoUpdate({ target: registrySetting.regionCode, set: setting });
        if (!first) {
          first = part;
          progress(`已写入${part.countyName}:${summary(part)}`);
        } else {
          progress(`已写入${part.countyName}(${part.regionCode})`);
        }
      }
    });
    if (!first) throw new Error("no demo county to load");
    accounts = demoAccounts(first);
    await insertAll(
      tx,
      appUser,
      accounts.map((a) => ({
        id: a.id,
        regionCode: first?.regionCode ?? "",
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
      { key: "demo_seed", value: String(first.seed) },
      { key: "demo_scale", value: first.scale },
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

function summary(c: DemoCounty): string {
  const students = new Set(c.enrollment.filter((e) => e.schoolYear === c.latestYear).map((e) => e.studentId)).size;
  const staffNow = c.employment.filter((e) => e.schoolYear === c.latestYear).length;
  return `学校 ${c.school.length} 所,${registry.schoolYearLabel(c.latestYear)}学生 ${students} 人、教职工 ${staffNow} 人`;
}

/** Whether the database holds no county yet: no school and no account. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [schools] = await db.select({ n: count() }).from(school);
  const [users] = await db.select({ n: count() }).from(appUser);
  return (schools?.n ?? 0) === 0 && (users?.n ?? 0) === 0;
}
