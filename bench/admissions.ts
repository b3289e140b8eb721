/**
 * Admissions at scale, in the core functions the server and the public page run:
 * - a sunshine allocation of 2,000 students into 40 classes with every constraint (gender, special needs, twins
 *   together and apart, two extra attributes, head-teacher teams) — target ≤ 200 ms;
 * - a 20,000-applicant lottery with three priority tiers and twins bundled — target ≤ 1 s;
 * - the verifier on each (digest the input, recompute the seed and result, compare) — what a visitor's browser does;
 * - quota places for 60 junior schools with 5,000 candidates.
 * Each timing covers canonical serialization and SHA-256 of the input and result files, as the server does them.
 * Prints the best, median and worst of several runs after a warm-up, and the machine's load average: on a shared
 * machine the best run is the cost of the work itself, the median what a user waits.
 *
 *   npx tsx bench/admissions.ts [--runs 15]
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { admissions } from "@edubureau/core";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const RUNS = Number(values.runs);

/** A deterministic pseudo-random sequence for building inputs (not for draws). */
function lcg(seed: number) {
  let x = seed >>> 0;
  return (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
}

function allocationText(): string {
  const r = lcg(7);
  const students: admissions.AllocationStudent[] = [];
  let family = 0;
  while (students.length < 2000) {
    const code = () => `S${String(students.length + 1).padStart(4, "0")}`;
    if (r(40) === 0 && students.length <= 1997) {
      family++;
      const choice = r(2) === 0 ? ("together" as const) : ("apart" as const);
      const n = r(10) === 0 ? 3 : 2;
      for (let i = 0; i < n; i++) {
        students.push({
          code: code(),
          gender: r(2) ? "F" : "M",
          specialNeeds: false,
          family: `F${family}`,
          familyChoice: choice,
          attributes: { 住校: r(3) ? "否" : "是", 随迁子女: r(5) ? "否" : "是" },
          score: null,
        });
      }
    } else {
      students.push({
        code: code(),
        gender: r(2) ? "F" : "M",
        specialNeeds: r(30) === 0,
        family: null,
        familyChoice: null,
        attributes: { 住校: r(3) ? "否" : "是", 随迁子女: r(5) ? "否" : "是" },
        score: null,
      });
    }
  }
  return admissions.canonicalJson(
    admissions.allocationInput({
      code: "YG-BENCH-0001",
      title: "2,000 名新生分 40 个班",
      eventTime: "2026-08-28T09:00:00+08:00",
      classes: 40,
      balance: ["住校", "随迁子女"],
      scoreBalancing: false,
      students,
      headTeacherTeams: Array.from({ length: 40 }, (_, i) => `T${String(i + 1).padStart(2, "0")}`),
    }),
  );
}

function lotteryText(): string {
  const r = lcg(11);
  const applicants: admissions.LotteryApplicant[] = [];
  let family = 0;
  while (applicants.length < 20_000) {
    const tier = 1 + r(3);
    const code = () => `A${String(applicants.length + 1).padStart(5, "0")}`;
    if (r(60) === 0 && applicants.length <= 19_998) {
      family++;
      applicants.push({ code: code(), tier, family: `F${family}` }, { code: code(), tier, family: `F${family}` });
    } else applicants.push({ code: code(), tier, family: null });
  }
  return admissions.canonicalJson(
    admissions.lotteryInput({
      code: "YH-BENCH-0001",
      title: "20,000 人摇号",
      eventTime: "2026-07-10T09:00:00+08:00",
      places: 3000,
      tiers: [
        { tier: 1, label: "学区内户籍" },
        { tier: 2, label: "学区内居住" },
        { tier: 3, label: "其他" },
      ],
      applicants,
    }),
  );
}

function quotaText(): string {
  const r = lcg(13);
  const juniorSchools = Array.from({ length: 60 }, (_, i) => ({
    code: `J${String(i + 1).padStart(3, "0")}`,
    name: `初中${i + 1}`,
    base: 50 + r(500),
    rural: r(2) === 0,
  }));
  const candidates = Array.from({ length: 5000 }, (_, i) => ({
    code: `K${String(i + 1).padStart(5, "0")}`,
    school: juniorSchools[r(60)]?.code ?? "J001",
    score: 400 + r(300),
    tieScores: [r(450), r(150)],
  }));
  return admissions.canonicalJson(
    admissions.quotaInput({
      code: "ZB-BENCH-0001",
      title: "指标到校",
      eventTime: "2026-06-30T09:00:00+08:00",
      seniorSchool: { code: "G1", name: "一中" },
      plan: 1200,
      sharePercent: 60,
      baseKind: "graduates",
      ruralWeightPercent: 120,
      juniorSchools,
      floorLine: 500,
      tieBreakNames: ["语数外", "数学"],
      candidates,
    }),
  );
}

function time(label: string, target: number | null, fn: () => unknown) {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  const worst = ms[ms.length - 1] ?? 0;
  const best = ms[0] ?? 0;
  const verdict = target === null ? "" : median <= target ? `  ✓ ≤ ${target} ms` : `  ✗ target ${target} ms`;
  const f = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
  console.log(`${label.padEnd(56)} best ${f(best)}  median ${f(median)}  worst ${f(worst)}${verdict}`);
}

const contributions = ["4721", "9083", "385920"];
function publish(inputText: string, values: string[]) {
  const run = admissions.runDraw(inputText, values);
  if (!run.ok) throw new Error(JSON.stringify(run.problems.slice(0, 3)));
  return { inputText, inputDigest: admissions.digestOfText(inputText), contributions: values, ...run.outcome };
}

const allocation = allocationText();
const lottery = lotteryText();
const quota = quotaText();
console.log(
  `inputs: allocation ${(allocation.length / 1024).toFixed(0)} KB, lottery ${(lottery.length / 1024).toFixed(0)} KB, quota ${(quota.length / 1024).toFixed(0)} KB; ${RUNS} runs after a warm-up; Node ${process.version}; load average ${loadavg()[0]?.toFixed(1)}`,
);
time("allocation: 2,000 students → 40 classes, all constraints", 200, () => publish(allocation, contributions));
time("  verify it (digest, seed, recompute, compare)", null, () =>
  admissions.verifyDraw(publish(allocation, contributions)),
);
time("lottery: 20,000 applicants, 3 tiers, twins bundled", 1000, () => publish(lottery, contributions));
time("  verify it", null, () => admissions.verifyDraw(publish(lottery, contributions)));
time("quota: 60 junior schools, 5,000 candidates", null, () => publish(quota, []));
time("SHA-256 of the lottery input file alone", null, () => admissions.digestOfText(lottery));

const result = publish(allocation, contributions);
const classes = (JSON.parse(result.resultText) as admissions.AllocationResult).classes;
const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
console.log(
  `allocation check: sizes ${Math.min(...classes.map((c) => c.size))}–${Math.max(...classes.map((c) => c.size))}, boys spread ${spread(classes.map((c) => c.boys))}, girls spread ${spread(classes.map((c) => c.girls))}, special needs spread ${spread(classes.map((c) => c.specialNeeds))}`,
);
