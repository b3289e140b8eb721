import type { FitnessFigures, FitnessResultRow, ItemFigure } from "./figures";
import { bandCodes, scoreComponents } from "./scoreColumns";
import { type BmiLevel, bmiLevels, type FitnessComponent } from "./standard";

const STATUS_CODES = { tested: 0, exempt: 1, deferred: 2 } as const;

/**
 * The stored results of a test year as a table of typed columns (成绩表, materialised once per read): status (0
 * tested, 1 exempt, 2 deferred), grade, sex (0 male, 1 female), total (NaN without one), band (index into
 * `bandCodes`, −1 none), BMI level (index into `bmiLevels`, −1 none) and every component's single score
 * (`scores[c * n + i]`, −1 not scored). Every grouping of the figures reads it in one pass.
 */
export interface FitnessScoreTable {
  n: number;
  status: Uint8Array;
  grade: Uint8Array;
  sex: Uint8Array;
  total: Float64Array;
  band: Int8Array;
  bmiLevel: Int8Array;
  scores: Int16Array;
}

/**
 * The score table of result rows (as the store reads them).
 *
 * @example scoreTableOf([{ status: "tested", sex: "male", grade: 1, total: 70, band: "pass", bmiLevel: "正常", scores: { bmi: 100 } }]).n // => 1
 */
export function scoreTableOf(rows: readonly FitnessResultRow[]): FitnessScoreTable {
  const n = rows.length;
  const C = scoreComponents.length;
  const t: FitnessScoreTable = {
    n,
    status: new Uint8Array(n),
    grade: new Uint8Array(n),
    sex: new Uint8Array(n),
    total: new Float64Array(n),
    band: new Int8Array(n),
    bmiLevel: new Int8Array(n),
    scores: new Int16Array(n * C).fill(-1),
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i] as FitnessResultRow;
    t.status[i] = STATUS_CODES[r.status];
    t.grade[i] = r.grade;
    t.sex[i] = r.sex === "female" ? 1 : 0;
    t.total[i] = r.total ?? Number.NaN;
    t.band[i] = r.band === null ? -1 : bandCodes.indexOf(r.band);
    t.bmiLevel[i] = r.bmiLevel === null ? -1 : bmiLevels.indexOf(r.bmiLevel);
    for (let c = 0; c < C; c++) {
      const s = r.scores[scoreComponents[c] as FitnessComponent];
      if (s !== undefined) t.scores[c * n + i] = s;
    }
  }
  return t;
}

/** BMI levels counted per group. Components are counted in the order `fitnessFigures` lists items. */
const L = bmiLevels.length;

/**
 * The figures of many groups in one pass over a score table: `groupOf[i]` is student i's group (0 … groups − 1, or −1
 * to leave the student out). Each group's figures are exactly `fitnessFigures` of its rows (same denominators, same
 * weakest items), without building a list of rows per group.
 *
 * @example groupedFigures(table, new Int32Array(table.n), 1)[0] // the figures of every student
 */
export function groupedFigures(table: FitnessScoreTable, groupOf: Int32Array, groups: number): FitnessFigures[] {
  const n = table.n;
  const C = scoreComponents.length;
  // per group: records, tested, exempt, deferred, incomplete, 4 bands, then L BMI levels
  const W = 9 + L;
  const counts = new Float64Array(groups * W);
  const totalSum = new Float64Array(groups);
  const itemN = new Float64Array(groups * C);
  const itemSum = new Float64Array(groups * C);
  const itemPass = new Float64Array(groups * C);
  const { status, band, total, bmiLevel, scores } = table;
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g < 0) continue;
    const o = g * W;
    counts[o] = (counts[o] as number) + 1;
    const st = status[i] as number;
    if (st !== 0) {
      counts[o + 1 + st] = (counts[o + 1 + st] as number) + 1; // 2 exempt, 3 deferred
      continue;
    }
    counts[o + 1] = (counts[o + 1] as number) + 1;
    const b = band[i] as number;
    const tot = total[i] as number;
    if (b < 0 || Number.isNaN(tot)) counts[o + 4] = (counts[o + 4] as number) + 1;
    else {
      counts[o + 5 + b] = (counts[o + 5 + b] as number) + 1;
      totalSum[g] = (totalSum[g] as number) + tot;
    }
    const lv = bmiLevel[i] as number;
    if (lv >= 0) counts[o + 9 + lv] = (counts[o + 9 + lv] as number) + 1;
    for (let c = 0; c < C; c++) {
      const s = scores[c * n + i] as number;
      if (s < 0) continue;
      const k = g * C + c;
      itemN[k] = (itemN[k] as number) + 1;
      itemSum[k] = (itemSum[k] as number) + s;
      if (s >= 60) itemPass[k] = (itemPass[k] as number) + 1;
    }
  }
  const out: FitnessFigures[] = new Array(groups);
  for (let g = 0; g < groups; g++) {
    const o = g * W;
    const at = (k: number) => counts[o + k] as number;
    const [excellent, good, pass, fail] = [at(5), at(6), at(7), at(8)];
    const scored = excellent + good + pass + fail;
    const rate = (x: number, d: number) => (d > 0 ? x / d : null);
    const bmi = {} as Record<BmiLevel, number>;
    let bmiMeasured = 0;
    for (let l = 0; l < L; l++) {
      bmi[bmiLevels[l] as BmiLevel] = at(9 + l);
      bmiMeasured += at(9 + l);
    }
    const items: ItemFigure[] = [];
    for (let c = 0; c < C; c++) {
      const k = g * C + c;
      const count = itemN[k] as number;
      if (count === 0) continue;
      items.push({
        component: scoreComponents[c] as FitnessComponent,
        n: count,
        meanScore: (itemSum[k] as number) / count,
        passRate: (itemPass[k] as number) / count,
      });
    }
    // items are in component order already, so a stable sort by mean breaks ties as fitnessFigures does
    const weakest = [...items]
      .sort((a, b) => a.meanScore - b.meanScore)
      .slice(0, 3)
      .map((i) => i.component);
    out[g] = {
      records: at(0),
      tested: at(1),
      exempt: at(2),
      deferred: at(3),
      incomplete: at(4),
      scored,
      excellent,
      good,
      pass,
      fail,
      passRate: rate(excellent + good + pass, scored),
      goodRate: rate(good, scored),
      excellentGoodRate: rate(excellent + good, scored),
      excellentRate: rate(excellent, scored),
      meanTotal: scored > 0 ? (totalSum[g] as number) / scored : null,
      items,
      bmi,
      bmiMeasured,
      overweightRate: rate(bmi.超重, bmiMeasured),
      obesityRate: rate(bmi.肥胖, bmiMeasured),
      weakest,
    };
  }
  return out;
}

/**
 * Group indices from a key per student: the distinct keys in first-seen order and each student's index.
 *
 * @example groupIndex(3, (i) => ["a", "b", "a"][i]) // => { keys: ["a", "b"], groupOf: Int32Array [0, 1, 0] }
 */
export function groupIndex<K>(n: number, keyOf: (i: number) => K | null): { keys: K[]; groupOf: Int32Array } {
  const ids = new Map<K, number>();
  const keys: K[] = [];
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    if (k === null) {
      groupOf[i] = -1;
      continue;
    }
    let id = ids.get(k);
    if (id === undefined) {
      id = keys.length;
      ids.set(k, id);
      keys.push(k);
    }
    groupOf[i] = id;
  }
  return { keys, groupOf };
}
