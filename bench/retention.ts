/**
 * Dropout control at province scale on PostgreSQL: a register of 1,000,000 pupils (grades 1–9, one school year) and
 * a household roster of 200,000 children, of whom 95 % are on the register; then the roster comparison (户籍与学籍
 * 比对) as 基础教育股 runs it — the join by keyed hash inside the database, core's comparison, the outcome updates,
 * the suspected register and the purge — and the county rates read warm from their snapshot.
 * Targets: matching ≤ 10 s and ≤ 1 GB (this process's peak resident memory), county rates ≤ 200 ms warm. The matching
 * is printed beside its reference: the same join as one SQL statement that only counts.
 *
 *   npx tsx bench/retention.ts [--pupils 1000000] [--roster 200000] [--runs 40]
 *
 * The register's hashes here are generated strings (the keyed hash itself is computed at import, not at matching).
 */
import { parseArgs } from "node:util";
import type { auth } from "@edubureau/core";
import { sql } from "drizzle-orm";
import { openDatabase } from "../apps/server/src/db/client";
import { migrate } from "../apps/server/src/db/migrate";
import { placementsOfHashes } from "../apps/server/src/registry/retentionIntake";
import { runComparison } from "../apps/server/src/retention/comparisonCommands";
import { computeRates, readRates } from "../apps/server/src/retention/rates";
import { startTestPostgres } from "../apps/server/test/postgresServer";

const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "1000000" },
    roster: { type: "string", default: "200000" },
    runs: { type: "string", default: "40" },
  },
});
const PUPILS = Math.min(Number(values.pupils), 5_000_000);
const ROSTER = Math.min(Number(values.roster), PUPILS);
const RUNS = Math.min(Number(values.runs), 500);
const REGION = "152599";
const YEAR = 2026;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const server = await startTestPostgres();
try {
  const database = await openDatabase({ kind: "postgresql", url: server.url(), poolSize: 4 });
  const db = database.db;
  try {
    await migrate(database);
    let t = performance.now();
    // 40 townships, 1,000 schools; pupils spread over them, ages matching their grade
    await db.execute(sql`insert into region (code, name, level) values (${REGION}, '基准县', 'county')`);
    await db.execute(sql`insert into town (code, region_code, name)
      select ${REGION} || lpad(i::text, 3, '0'), ${REGION}, '乡镇' || i from generate_series(1, 40) i`);
    await db.execute(sql`insert into school (id, region_code, code, name, kind, locality, ownership, town_code)
      select md5('s' || i)::uuid, ${REGION}, lpad(i::text, 10, '0'), '学校' || i, 'nine_year', 'rural', 'public',
        ${REGION} || lpad((1 + i % 40)::text, 3, '0')
      from generate_series(1, 1000) i`);
    await db.execute(sql`insert into person (id, region_code, name, gender, birth_date, resident_id_hash, resident_id_masked)
      select md5('p' || i)::uuid, ${REGION}, '学生', case when i % 2 = 0 then 'F' else 'M' end,
        make_date(${YEAR} - 6 - (i % 9), 1 + i % 12, 1 + i % 28), 'h' || i, '152599********' || lpad((i % 10000)::text, 4, '0')
      from generate_series(1, ${PUPILS}) i`);
    await db.execute(sql`insert into student (id, region_code, person_id, student_number, household_type)
      select md5('t' || i)::uuid, ${REGION}, md5('p' || i)::uuid, 'G' || i, 'rural' from generate_series(1, ${PUPILS}) i`);
    await db.execute(sql`insert into enrollment (region_code, school_id, school_year, student_id, grade, status)
      select ${REGION}, md5('s' || (1 + i % 1000))::uuid, ${YEAR}, md5('t' || i)::uuid, 1 + (i % 9), 'enrolled'
      from generate_series(1, ${PUPILS}) i`);
    const rosterId = "00000000-0000-4000-8000-000000000001";
    await db.execute(sql`insert into retention_roster (id, region_code, school_year, source, file_name, file_sha256,
        row_count, imported_by, imported_at)
      values (${rosterId}, ${REGION}, ${YEAR}, '公安', '基准.xlsx', '', ${ROSTER}, ${rosterId}, now())`);
    // 95 % of the roster on the register (hash h<i>), 5 % never enrolled (hash x<i>)
    await db.execute(sql`insert into retention_roster_entry (region_code, roster_id, row_number, resident_id_hash,
        resident_id_masked, resident_id_cipher, name_masked, details_cipher, gender, birth_date, village_code,
        village_name, town_code)
      select ${REGION}, ${rosterId}, i + 1, case when i % 20 = 0 then 'x' || i else 'h' || i end, '152599********0000',
        'v1:cipher', '张*明', 'v1:details', case when i % 2 = 0 then 'F' else 'M' end,
        make_date(${YEAR} - 6 - (i % 9), 1 + i % 12, 1 + i % 28), ${REGION} || lpad((1 + i % 40)::text, 3, '0') || '201',
        '东村', ${REGION} || lpad((1 + i % 40)::text, 3, '0')
      from generate_series(1, ${ROSTER}) i`);
    await db.execute(sql`analyze`);
    console.log(
      `数据库:PostgreSQL;学籍 ${PUPILS} 人、户籍名单 ${ROSTER} 人,生成 ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const actor: auth.Actor = {
      userId: rosterId,
      username: "jcjy",
      role: "section",
      section: "basic_education",
      schoolId: null,
      staffId: null,
      regionCode: REGION,
    };
    const ctx = { now: new Date(`${YEAR}-12-07T02:00:00Z`), ip: "127.0.0.1" };
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    peakRss = rssBefore;
    t = performance.now();
    const run = await runComparison(db, actor, "roster", ctx, { schoolYear: YEAR });
    const matchMs = performance.now() - t;
    console.log(
      `户籍与学籍比对:${(matchMs / 1000).toFixed(2)} s(目标 ≤ 10 s);进程内存峰值 ${mb(peakRss)}(比对前 ${mb(rssBefore)},目标 ≤ 1 GB);` +
        `在校 ${run.summary.enrolled},未入学 ${run.summary.gap},清除 ${run.summary.purged}`,
    );
    t = performance.now();
    const again = await runComparison(db, actor, "roster", ctx, { schoolYear: YEAR });
    console.log(
      `再次比对(显示变化):${((performance.now() - t) / 1000).toFixed(2)} s;新增 ${again.diff.added.length},消除 ${again.diff.removed.length}`,
    );

    // reference: the same join (roster hashes against the register's placements of the year) as one SQL statement,
    // counted inside the database — the floor under the comparison, which also classifies, writes and purges
    t = performance.now();
    const ref = (await db.execute(sql`select count(*)::int as children, count(p.student_id)::int as found
      from retention_roster_entry e
        left join ${placementsOfHashes(sql`select resident_id_hash from retention_roster_entry where roster_id = ${rosterId}`, REGION, YEAR)} p
          on p.resident_id_hash = e.resident_id_hash
      where e.roster_id = ${rosterId}`)) as unknown as { rows: { children: number; found: number }[] };
    console.log(
      `参照:同一联结作为一条 SQL 语句(只计数,不分类、不写入):${((performance.now() - t) / 1000).toFixed(2)} s;` +
        `名单 ${ref.rows[0]?.children},在学籍中找到 ${ref.rows[0]?.found}`,
    );

    t = performance.now();
    await computeRates(db, actor, ctx, { schoolYear: YEAR });
    console.log(`测算入学率和巩固率(冷,五个学年):${((performance.now() - t) / 1000).toFixed(2)} s`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      const rates = await readRates(db, actor, YEAR);
      times.push(performance.now() - t);
      if (!rates) throw new Error("no rates");
    }
    times.sort((a, b) => a - b);
    console.log(
      `全县比率(热,读取快照,${RUNS} 次):p50 ${percentile(times, 50).toFixed(1)} ms,p95 ${percentile(times, 95).toFixed(1)} ms(目标 ≤ 200 ms)`,
    );
  } finally {
    await database.close();
  }
} finally {
  clearInterval(sampler);
  server.stop();
}
