/**
 * Physical fitness (体质健康) at province scale: scoring and figures in core, the server's own functions.
 *
 * - scoring: 1,000,000 synthetic students (grades 1–12, both sexes, every required item, values drawn around the
 *   standard's own levels, ~1 % with an item missing) scored by core's `scoreStudent` on the 2014 tables; reference
 *   ≤ 2 s;
 * - county figures warm: the figures of one test year as the figures route builds them after its query (the whole,
 *   by school, by township, by grade × sex; `fitnessFigures` on each group and the schools below the county), over a
 *   county of 50,000 results and a city of 500,000; reference ≤ 200 ms for the county. The database read of the rows
 *   is not included (see the README's note).
 *
 *   npx tsx bench/fitness.ts [--students 1000000]
 */
import { parseArgs } from "node:util";
import { fitness } from "@edubureau/core";

const { values: args } = parseArgs({ options: { students: { type: "string", default: "1000000" } } });
const N = Number(args.students);
const std = fitness.defaultStandard();

/** A deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function measurements(n: number): fitness.FitnessMeasurement[] {
  const rnd = random(2026);
  const out: fitness.FitnessMeasurement[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const grade = 1 + Math.floor(rnd() * 12);
    const sex: fitness.Sex = rnd() < 0.5 ? "male" : "female";
    const values: Partial<Record<fitness.FitnessItem, number>> = {};
    for (const item of fitness.requiredItems(std, grade, sex)) {
      if (rnd() < 0.0015) continue;
      const levels = (std.items[item][String(grade)]?.[sex] ?? []).filter((l) => l.threshold !== null);
      const level = levels[Math.floor(rnd() * levels.length)];
      values[item] = (level?.threshold ?? 0) + (fitness.lowerIsBetter.has(item) ? -0.05 : 0.5);
    }
    const heightCm = 110 + grade * 6 + rnd() * 10;
    out[i] = { grade, sex, heightCm, weightKg: ((14 + rnd() * 12) * heightCm * heightCm) / 10000, values };
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

// ---------------------------------------------------------------- scoring
const input = measurements(N);
let complete = 0;
const times: number[] = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  complete = 0;
  for (const m of input) if (fitness.scoreStudent(std, m).total !== null) complete++;
  times.push(performance.now() - t0);
}
console.log(
  `评分 ${N.toLocaleString()} 名学生:${median(times).toFixed(0)} ms(三次中位数,首次 ${times[0]?.toFixed(0)} ms;参考 ≤ 2000 ms),完整 ${complete.toLocaleString()} 人`,
);

// ---------------------------------------------------------------- figures
type Row = fitness.FitnessResultRow & { schoolId: string; town: string };
function resultRows(n: number, schools: number): Row[] {
  const rnd = random(7);
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const m = input[i % input.length] as fitness.FitnessMeasurement;
    const s = fitness.scoreStudent(std, m);
    const school = Math.floor(rnd() * schools);
    const roll = rnd();
    rows[i] = {
      schoolId: `s${school}`,
      town: `t${school % 12}`,
      status: roll < 0.004 ? "exempt" : roll < 0.006 ? "deferred" : "tested",
      sex: m.sex,
      grade: m.grade,
      total: s.total,
      band: s.band,
      bmiLevel: s.bmiLevel,
      scores: Object.fromEntries(s.components.map((c) => [c.component, c.score])),
    };
  }
  return rows;
}

function groupBy<K>(rows: readonly Row[], key: (r: Row) => K): Map<K, Row[]> {
  const out = new Map<K, Row[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** What the figures route computes after its query (apps/server/src/fitness/figures.ts). */
function countyFigures(rows: Row[]) {
  const total = fitness.fitnessFigures(rows);
  const bySchool = [...groupBy(rows, (r) => r.schoolId).entries()].map(([id, list]) => ({
    id,
    figures: fitness.fitnessFigures(list),
  }));
  const byTown = [...groupBy(rows, (r) => r.town).values()].map((list) => fitness.fitnessFigures(list));
  const byGradeSex = [...groupBy(rows, (r) => `${r.grade}|${r.sex}`).values()].map((list) =>
    fitness.fitnessFigures(list),
  );
  const below = fitness.schoolsBelowCounty(bySchool, total);
  return {
    total,
    bySchool,
    byTown,
    byGradeSex,
    below,
    sentence: fitness.workReportSentence("示范县", 2026, total, below.length),
  };
}

for (const [label, n, schools] of [
  ["县(5万条成绩,60所学校)", 50_000, 60],
  ["市(50万条成绩,600所学校)", 500_000, 600],
] as const) {
  const rows = resultRows(n, schools);
  const runs: number[] = [];
  let below = 0;
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    below = countyFigures(rows).below.length;
    runs.push(performance.now() - t0);
  }
  console.log(
    `${label} 统计(热):${median(runs.slice(2)).toFixed(1)} ms(中位数;首次 ${runs[0]?.toFixed(1)} ms;县级参考 ≤ 200 ms),低于全县的学校 ${below} 所`,
  );
}
