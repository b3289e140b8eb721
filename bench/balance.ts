/**
 * Balance monitoring speed. On the embedded database with the demo county: reading the register for a year
 * (loadBalanceRegister), the evaluation in core, and the whole overview; beside them, one indicator's weighted
 * coefficient computed entirely in SQL (the reference). Then a province in memory: 100 counties of 60 schools and
 * about 500,000 teachers evaluated by core, to show the method itself is not the cost.
 *
 *   npx tsx bench/balance.ts [--runs 20]
 */
import { parseArgs } from "node:util";
import { balance } from "@edubureau/core";
import { sql } from "drizzle-orm";
import { createPersonalDataCipher } from "../apps/server/src/auth/personalData";
import { openDatabase } from "../apps/server/src/db/client";
import { migrate } from "../apps/server/src/db/migrate";
import { loadDemo } from "../apps/server/src/demo/run";
import { loadBalanceRegister } from "../apps/server/src/registry/balanceInputs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const runs = Math.max(3, Math.min(Number(values.runs), 200));
const YEAR = 2026;

function stats(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
  console.log(`${label}:中位 ${median.toFixed(1)} ms,p95 ${p95.toFixed(1)} ms(${times.length} 次)`);
  return median;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

/** Books per student (B5) of primary single-stage schools, weighted coefficient, entirely in SQL. */
const booksCoefficientSql = sql`
  with students as (
    select e.school_id, count(*)::float8 as p
    from enrollment e join school s on s.id = e.school_id
    where e.school_year = ${YEAR} and e.grade between 1 and 6 and s.kind in ('primary', 'teaching_point')
      and (e.entered_on is null or e.entered_on <= ${`${YEAR}-09-01`})
      and (e.left_on is null or e.left_on > ${`${YEAR}-09-01`})
    group by e.school_id
  ), v as (
    select st.p, c.books / st.p as x from students st
    join school_condition c on c.school_id = st.school_id and c.school_year = ${YEAR}
    where st.p >= 50
  ), m as (select sum(p * x) / sum(p) as mean, sum(p) as total from v)
  select sqrt(sum(v.p / m.total * (v.x - m.mean) ^ 2)) / m.mean as cv from v, m group by m.mean, m.total`;

const database = await openDatabase({ kind: "pglite" });
try {
  await migrate(database);
  const cipher = createPersonalDataCipher("bench-secret-0123456789-0123456789-0123");
  const [, loadMs] = await timed(() =>
    loadDemo({ database, cipher }, { scale: "county", seed: 7, latestYear: YEAR, reset: false }),
  );
  console.log(`示范县载入 ${(loadMs / 1000).toFixed(1)} s`);
  const region = "152599";

  const readTimes: number[] = [];
  const evalTimes: number[] = [];
  const sqlTimes: number[] = [];
  let register = await loadBalanceRegister(database.db, region, YEAR);
  for (let i = 0; i < runs; i++) {
    const [r, ms] = await timed(() => loadBalanceRegister(database.db, region, YEAR));
    register = r;
    readTimes.push(ms);
    const [, evalMs] = await timed(() => {
      balance.evaluateBalance(register.schools, "primary", balance.nationalBalanceConfig);
      balance.evaluateBalance(register.schools, "junior", balance.nationalBalanceConfig);
    });
    evalTimes.push(evalMs);
    const [, sqlMs] = await timed(() => database.db.execute(booksCoefficientSql));
    sqlTimes.push(sqlMs);
  }
  const teachers = register.schools.reduce((n, s) => n + s.teachers.length, 0);
  console.log(`县级数据:${register.schools.length} 所学校,${teachers} 名专任教师,${register.classes.length} 个班`);
  const read = stats("读取登记数据(全部学校、教师、办学条件、班级,PGlite)", readTimes);
  const evaluate = stats("核心计算(小学 + 初中两个学段,15 项指标、校际达标、缺口)", evalTimes);
  const reference = stats("参照:单项指标(生均图书)差异系数直接用 SQL 计算(PGlite)", sqlTimes);
  console.log(
    `对比:完整测算(读取 + 计算)${(read + evaluate).toFixed(1)} ms,约为 SQL 单项指标的 ${((read + evaluate) / reference).toFixed(1)} 倍,` +
      `而完整测算得到 2 个学段 × 15 项指标及每校结论`,
  );

  // a province in memory: 100 counties × 60 schools, teachers drawn to the county's ratio
  const province: balance.SchoolBalanceInput[][] = [];
  const template = register.schools.filter((s) => s.enrollment.primary + s.enrollment.junior > 0);
  for (let c = 0; c < 100; c++) {
    const county: balance.SchoolBalanceInput[] = [];
    for (let k = 0; k < 60; k++) {
      const s = template[(c * 7 + k) % template.length];
      if (!s) continue;
      county.push({ ...s, schoolId: `${c}-${k}`, teachers: [...s.teachers, ...s.teachers.slice(0, k % 10)] });
    }
    province.push(county);
  }
  const provinceTeachers = province.flat().reduce((n, s) => n + s.teachers.length, 0);
  const provinceTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const [, ms] = await timed(() => {
      for (const county of province) {
        balance.evaluateBalance(county, "primary", balance.nationalBalanceConfig);
        balance.evaluateBalance(county, "junior", balance.nationalBalanceConfig);
      }
    });
    provinceTimes.push(ms);
  }
  stats(
    `省级(内存):100 个县、${province.flat().length} 所学校、${provinceTeachers} 名教师,逐县测算两个学段`,
    provinceTimes,
  );
} finally {
  await database.close();
}
