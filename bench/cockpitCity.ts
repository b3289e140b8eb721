/**
 * The work report for a city of 50 counties on PostgreSQL (target ≤ 10 s). A throwaway PostgreSQL server gets one
 * real demo county (loadDemo, scale "tiny"): its work report is timed once with nothing materialised (every
 * capability computes its figures for five years) and once as stored. Loading 50 demo counties takes far longer
 * than the bench, so the other 49 counties are synthetic: the real county's materialised figure rows copied under
 * 49 other region codes. The city's report is then every county's work report, read one after another and 8 at a
 * time. What the synthetic counties do not measure: recomputing their figures from records (the real county's
 * cold time, × 50, bounds that).
 *
 *   npx tsx bench/cockpitCity.ts [--counties 50]
 */
import { parseArgs } from "node:util";
import type { auth } from "@edubureau/core";
import { sql } from "drizzle-orm";
import { createPersonalDataCipher } from "../apps/server/src/auth/personalData";
import { openDatabase } from "../apps/server/src/db/client";
import { migrate } from "../apps/server/src/db/migrate";
import { loadDemo } from "../apps/server/src/demo/run";
import { school } from "../apps/server/src/registry/tables";
import { providers } from "../apps/server/src/reports/providers";
import { workReportOf } from "../apps/server/src/reports/workReport";
import { startTestPostgres } from "../apps/server/test/postgresServer";

const { values } = parseArgs({ options: { counties: { type: "string", default: "50" } } });
const counties = Math.min(Math.max(Number(values.counties), 1), 200);
const YEAR = 2026;

const pg = await startTestPostgres();
const database = await openDatabase({ kind: "postgresql", url: pg.url(), poolSize: 10 });
try {
  await migrate(database);
  let t = performance.now();
  await loadDemo(
    { database, cipher: createPersonalDataCipher("bench-secret-for-the-city-report-only-0123456789") },
    { scale: "tiny", seed: 7, latestYear: YEAR },
  );
  console.log(`示范县(tiny)载入 PostgreSQL:${((performance.now() - t) / 1000).toFixed(1)} s`);
  const [region] = await database.db.selectDistinct({ regionCode: school.regionCode }).from(school).limit(1);
  const regionCode = region!.regionCode;
  const leader = (rc: string): auth.Actor => ({
    userId: "00000000-0000-0000-0000-000000000000",
    username: "bench",
    role: "leader",
    section: null,
    schoolId: null,
    staffId: null,
    regionCode: rc,
  });
  const now = new Date(`${YEAR}-11-20T02:00:00Z`);
  const report = (rc: string) => workReportOf(database.db, leader(rc), { kind: "county", regionCode: rc }, YEAR, now);

  t = performance.now();
  const cold = await report(regionCode);
  const coldMs = performance.now() - t;
  const items = cold.groups.flatMap((g) => g.items);
  console.log(
    `真实县工作总结(未物化,各业务计算五个年度的全部指标):${coldMs.toFixed(0)} ms,${items.length} 个指标,数据不全 ${items.filter((i) => i.figure.status !== "ok").length} 个`,
  );
  for (const [capability, provider] of Object.entries(providers)) {
    const started = performance.now();
    await provider(database.db, { kind: "county", regionCode }, YEAR, "2026-11-20");
    console.log(`  其中 ${capability} 计算一个年度:${(performance.now() - started).toFixed(0)} ms`);
  }
  t = performance.now();
  await report(regionCode);
  console.log(`真实县工作总结(已物化):${(performance.now() - t).toFixed(0)} ms(目标 ≤ 1000 ms)`);

  const codes = Array.from({ length: counties - 1 }, (_, i) => String(900001 + i));
  await database.db.execute(sql`
    insert into report_figure_value
      (region_code, year, figure_key, capability, scope_key, status, value, numerator, denominator, missing, stale,
       generation, computed_at)
    select c.code, v.year, v.figure_key, v.capability, v.scope_key, v.status, v.value * (0.9 + random() * 0.2),
           v.numerator, v.denominator, v.missing, false, 0, v.computed_at
    from report_figure_value v cross join unnest(${sql.param(codes)}::text[]) as c(code)
    where v.region_code = ${regionCode} and v.scope_key = 'county'`);
  const all = [regionCode, ...codes];

  t = performance.now();
  for (const rc of all) await report(rc);
  const serial = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < all.length; i += 8) await Promise.all(all.slice(i, i + 8).map(report));
  const parallel = performance.now() - t;
  console.log(
    `全市 ${all.length} 个县工作总结(已物化,其中 ${codes.length} 个为合成县):逐县 ${(serial / 1000).toFixed(2)} s,8 路并行 ${(parallel / 1000).toFixed(2)} s(目标 ≤ 10 s)`,
  );
  console.log(
    `全市 ${all.length} 个县全部重新计算的上限估计(真实县未物化用时 × 县数):${((coldMs * all.length) / 1000).toFixed(1)} s`,
  );
} finally {
  await database.close();
  pg.stop();
}
