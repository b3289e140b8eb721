/**
 * Physical fitness (体质健康) at province scale: scoring and figures in core, the functions the server calls.
 *
 * - scoring: 1,000,000 synthetic students (grades 1–12, both sexes, every required item, values drawn around the
 *   standard's own levels, ~1 % with an item missing) scored in one pass over typed columns by core's
 *   `scoreColumns` (the tables compiled once into threshold arrays per grade and sex; what an import and a rescoring
 *   call); reference ≤ 2 s. Beside it, the per-student `scoreStudent` (the explained score of the student's page),
 *   student by student as the scorer did before;
 * - county figures warm: the figures of one test year as the figures route builds them after its query (the whole,
 *   by school, by township, by grade × sex, the schools below the county), from the score table materialised once
 *   from the rows (`scoreTableOf`) and read in one pass per grouping (`groupedFigures`), over a county of 50,000
 *   results and a city of 500,000; reference ≤ 200 ms for the county. Beside it, the earlier path (lists of rows per
 *   group, `fitnessFigures` on each). The database read of the rows is not included (see the README's note).
 *
 *   npx tsx bench/fitness.ts [--students 1000000]
 */
import { loadavg } from "node:os";
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

function measurements(n: number): fitness.MeasurementColumns {
  const rnd = random(2026);
  const cols = fitness.emptyMeasurementColumns(n);
  for (let i = 0; i < n; i++) {
    const grade = 1 + Math.floor(rnd() * 12);
    const sex: fitness.Sex = rnd() < 0.5 ? "male" : "female";
    cols.grade[i] = grade;
    cols.sex[i] = sex === "female" ? 1 : 0;
    for (const item of fitness.requiredItems(std, grade, sex)) {
      if (rnd() < 0.0015) continue;
      const levels = (std.items[item][String(grade)]?.[sex] ?? []).filter((l) => l.threshold !== null);
      const level = levels[Math.floor(rnd() * levels.length)];
      // on the measuring grid (whole units; tenths for 50 m and sit-and-reach), up to three steps off a level's value
      const step = item === "run50" || item === "sit_reach" ? 0.1 : 1;
      const off = Math.floor(rnd() * 7) - 3;
      cols.values[item][i] = Math.round(((level?.threshold ?? 0) + off * step) / step) / Math.round(1 / step);
    }
    const heightCm = 110 + grade * 6 + rnd() * 10;
    cols.heightCm[i] = heightCm;
    cols.weightKg[i] = ((14 + rnd() * 12) * heightCm * heightCm) / 10000;
  }
  return cols;
}

function measurementOf(cols: fitness.MeasurementColumns, i: number): fitness.FitnessMeasurement {
  const values: Partial<Record<fitness.FitnessItem, number>> = {};
  for (const item of fitness.fitnessItems) {
    const v = cols.values[item][i] as number;
    if (!Number.isNaN(v)) values[item] = v;
  }
  return {
    grade: cols.grade[i] as number,
    sex: cols.sex[i] ? "female" : "male",
    heightCm: cols.heightCm[i] as number,
    weightKg: cols.weightKg[i] as number,
    values,
  };
}

/** Wall time and this process's CPU time of one call, in ms (the machine may be shared: both are printed). */
function timed(f: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

// ---------------------------------------------------------------- scoring
const input = measurements(N);
console.log(`负载(1分钟平均):${loadavg()[0]?.toFixed(1)}`);
let scored = fitness.scoreColumns(std, input);
const times: { wall: number; cpu: number }[] = [];
for (let run = 0; run < 5; run++)
  times.push(
    timed(() => {
      scored = fitness.scoreColumns(std, input);
    }),
  );
const complete = scored.total.reduce((n, t) => (Number.isNaN(t) ? n : n + 1), 0);
const objects = Array.from({ length: N }, (_, i) => measurementOf(input, i));
const perStudent: { wall: number; cpu: number }[] = [];
for (let run = 0; run < 3; run++)
  perStudent.push(
    timed(() => {
      for (const m of objects) fitness.scoreStudent(std, m);
    }),
  );
const ms = (xs: { wall: number; cpu: number }[], k: "wall" | "cpu") => median(xs.map((x) => x[k])).toFixed(0);
console.log(
  `评分 ${N.toLocaleString()} 名学生(列式 scoreColumns):${ms(times, "wall")} ms(五次中位数;CPU ${ms(times, "cpu")} ms;参考 ≤ 2000 ms),` +
    `完整 ${complete.toLocaleString()} 人;逐人 scoreStudent:${ms(perStudent, "wall")} ms(CPU ${ms(perStudent, "cpu")} ms)`,
);

// ---------------------------------------------------------------- figures
type Row = fitness.FitnessResultRow & { schoolId: string; town: string };
function resultRows(n: number, schools: number): Row[] {
  const rnd = random(7);
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % N;
    const school = Math.floor(rnd() * schools);
    const roll = rnd();
    const total = scored.total[k] as number;
    const scores: Partial<Record<fitness.FitnessComponent, number>> = {};
    fitness.scoreComponents.forEach((c, ci) => {
      const s = scored.scores[ci * N + k] as number;
      if (s >= 0) scores[c] = s;
    });
    rows[i] = {
      schoolId: `s${school}`,
      town: `t${school % 12}`,
      status: roll < 0.004 ? "exempt" : roll < 0.006 ? "deferred" : "tested",
      sex: input.sex[k] ? "female" : "male",
      grade: input.grade[k] as number,
      total: Number.isNaN(total) ? null : total,
      band: (scored.band[k] as number) < 0 ? null : (fitness.bandCodes[scored.band[k] as number] ?? null),
      bmiLevel: fitness.bmiLevelOfCode(scored.bmiLevel[k] as number),
      scores,
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

/** The earlier path: lists of rows per group, fitnessFigures on each. */
function countyFiguresByLists(rows: Row[]) {
  const total = fitness.fitnessFigures(rows);
  const bySchool = [...groupBy(rows, (r) => r.schoolId).entries()].map(([id, list]) => ({
    id,
    figures: fitness.fitnessFigures(list),
  }));
  const byTown = [...groupBy(rows, (r) => r.town).values()].map((list) => fitness.fitnessFigures(list));
  const byGradeSex = [...groupBy(rows, (r) => `${r.grade}|${r.sex}`).values()].map((list) =>
    fitness.fitnessFigures(list),
  );
  return { total, bySchool, byTown, byGradeSex, below: fitness.schoolsBelowCounty(bySchool, total) };
}

/** What the figures route computes after its query (apps/server/src/fitness/figures.ts), on the score table. */
function countyFigures(rows: Row[], table: fitness.FitnessScoreTable) {
  const n = table.n;
  const [total] = fitness.groupedFigures(table, new Int32Array(n), 1);
  const school = fitness.groupIndex(n, (i) => (rows[i] as Row).schoolId);
  const town = fitness.groupIndex(n, (i) => (rows[i] as Row).town);
  const gradeSex = fitness.groupIndex(n, (i) => (table.grade[i] as number) * 2 + (table.sex[i] as number));
  const bySchool = fitness
    .groupedFigures(table, school.groupOf, school.keys.length)
    .map((figures, g) => ({ id: school.keys[g], figures }));
  const byTown = fitness.groupedFigures(table, town.groupOf, town.keys.length);
  const byGradeSex = fitness.groupedFigures(table, gradeSex.groupOf, gradeSex.keys.length);
  const below = fitness.schoolsBelowCounty(bySchool, total as fitness.FitnessFigures);
  return {
    total,
    bySchool,
    byTown,
    byGradeSex,
    below,
    sentence: fitness.workReportSentence("示范县", 2026, total as fitness.FitnessFigures, below.length),
  };
}

for (const [label, n, schools] of [
  ["县(5万条成绩,60所学校)", 50_000, 60],
  ["市(50万条成绩,600所学校)", 500_000, 600],
] as const) {
  const rows = resultRows(n, schools);
  const t0 = performance.now();
  const table = fitness.scoreTableOf(rows);
  const materialise = performance.now() - t0;
  const runs: { wall: number; cpu: number }[] = [];
  const lists: { wall: number; cpu: number }[] = [];
  let below = 0;
  for (let run = 0; run < 9; run++)
    runs.push(
      timed(() => {
        below = countyFigures(rows, table).below.length;
      }),
    );
  for (let run = 0; run < 5; run++)
    lists.push(
      timed(() => {
        if (countyFiguresByLists(rows).below.length !== below) throw new Error("the two paths disagree");
      }),
    );
  const warm = runs.slice(2);
  console.log(
    `${label} 统计(热):${median(warm.map((r) => r.wall)).toFixed(1)} ms(中位数;CPU ${median(warm.map((r) => r.cpu)).toFixed(1)} ms;` +
      `首次 ${runs[0]?.wall.toFixed(1)} ms;县级参考 ≤ 200 ms;成绩表物化 ${materialise.toFixed(1)} ms),低于全县的学校 ${below} 所;` +
      `按组列表逐组统计 ${median(lists.map((r) => r.wall)).toFixed(1)} ms`,
  );
}
