/**
 * Item analysis (试题分析, methods.md §6): difficulty P = mean / max score; discrimination D by the 27% groups of
 * the subject score. For an objective item D = P(top 27%) − P(bottom 27%); for a subjective item
 * D = (mean top − mean bottom) / max score — the same quantity, since P of a group is its mean over the max score.
 *
 * Figures at a boundary are decided exactly: item scores on the hundredth-point grid (every grid the engine keys
 * scores on) are summed as integers of hundredths, and a band compares integers (P > 0.7 ⇔ 10·sum > 7·n·max), not
 * the floating-point P. Each group holds g = round(27% · n) students (halves up, in integers); students tied on the
 * subject score at a group's edge share its remaining places equally (weight = remaining places / number tied), so
 * the groups and D do not depend on the order the rows are stored in.
 */

export type ItemKind = "objective" | "subjective";

export interface ItemSpec {
  /** item number as printed, e.g. "1" or "17(2)" */
  number: string;
  maxScore: number;
  kind: ItemKind;
  /** knowledge points (知识点), free text */
  knowledge?: string;
}

/** Quality of a discrimination (区分度) by methods.md §6. */
export type DiscriminationQuality = "very_good" | "good" | "revise" | "poor";
export const discriminationQualityLabels: Record<DiscriminationQuality, string> = {
  very_good: "很好",
  good: "良好",
  revise: "尚可,需修改",
  poor: "差,应淘汰或大改",
};

/**
 * Difficulty bands most county reports use (P > 0.7 easy, 0.4 ≤ P ≤ 0.7 medium, P < 0.4 hard). methods.md §6 names
 * no bands; both boundaries, 0.7 and 0.4 exactly, are medium, as the strict ">" and "<" of this wording say.
 */
export type DifficultyBand = "easy" | "medium" | "hard";
export const difficultyBandLabels: Record<DifficultyBand, string> = { easy: "容易", medium: "中等", hard: "较难" };

export interface ItemStats {
  number: string;
  kind: ItemKind;
  maxScore: number;
  knowledge: string;
  /** students with a score on the item */
  n: number;
  mean: number | null;
  /** P = mean / max score */
  difficulty: number | null;
  difficultyBand: DifficultyBand | null;
  /** D by the 27% groups; null with fewer than 2 students */
  discrimination: number | null;
  quality: DiscriminationQuality | null;
  /** share of students with full marks on the item */
  fullMarkRate: number | null;
  /** share of students with 0 */
  zeroRate: number | null;
}

/**
 * The quality label of a discrimination: ≥ 0.4 very good, 0.30–0.39 good, 0.20–0.29 revise, < 0.2 poor. For a D
 * given as a floating-point number (rounded to 1e-9 first, so that 0.4 computed as 0.39999999999999997 is 0.4);
 * the item analysis decides it exactly from its integer sums instead.
 *
 * @example discriminationQuality(0.35) // => "good"
 */
export function discriminationQuality(d: number): DiscriminationQuality {
  const r = Math.round(d * 1e9) / 1e9;
  if (r >= 0.4) return "very_good";
  if (r >= 0.3) return "good";
  if (r >= 0.2) return "revise";
  return "poor";
}

/**
 * The difficulty band of P: P > 0.7 easy, 0.4 ≤ P ≤ 0.7 medium, P < 0.4 hard (both 0.7 and 0.4 are medium). For a
 * P given as a floating-point number (rounded to 1e-9 first, so that 2.1 / 3 = 0.7000000000000001 is 0.7); the item
 * analysis decides it exactly from its integer sums instead.
 *
 * @example difficultyBand(0.55) // => "medium"
 */
export function difficultyBand(p: number): DifficultyBand {
  const r = Math.round(p * 1e9) / 1e9;
  if (r > 0.7) return "easy";
  if (r >= 0.4) return "medium";
  return "hard";
}

/**
 * The size of each 27% group of n students: round(27% · n), halves up, computed in integers (0.27 · 450 is
 * 121.50000000000001 in floating point); at least 1 from n = 2, 0 below.
 *
 * @example groupSize(50) // => 14 (13.5 rounds up)
 */
export function groupSize(n: number): number {
  return n >= 2 ? Math.max(1, Math.floor((27 * n + 50) / 100)) : 0;
}

/** Item scores are summed as integers of this many parts of a point (the finest grid the engine keys scores on). */
const PARTS = 100;

/** One edge of a 27% group in the sorted rows: [from, to) count fully, [tieFrom, tieTo) share the remaining places. */
interface GroupEdge {
  fullFrom: number;
  fullTo: number;
  tieFrom: number;
  tieTo: number;
  /** the remaining places r and the number tied t: each tied student has weight r / t */
  places: number;
  tied: number;
}

/**
 * The top group (the g highest) or the bottom group (the g lowest) of rows sorted by subject score, highest first.
 * The students with the score at the group's edge (the cut score) are all tied: those above (below) it count fully,
 * and the tied share the places left.
 */
function groupEdge(subject: Float64Array, rows: Int32Array, g: number, top: boolean): GroupEdge {
  const n = rows.length;
  const at = top ? g - 1 : n - g;
  const cut = subject[rows[at]!]!;
  let tieFrom = at;
  while (tieFrom > 0 && subject[rows[tieFrom - 1]!] === cut) tieFrom--;
  let tieTo = at + 1;
  while (tieTo < n && subject[rows[tieTo]!] === cut) tieTo++;
  const tied = tieTo - tieFrom;
  return top
    ? { fullFrom: 0, fullTo: tieFrom, tieFrom, tieTo, places: g - tieFrom, tied }
    : { fullFrom: tieTo, fullTo: n, tieFrom, tieTo, places: g - (n - tieTo), tied };
}

/** An item's sums over a group: of the students counted fully and of those tied at the edge (present scores only). */
interface GroupSums {
  /** sums in hundredths of a point (exact integers) when `exact`, else in points */
  fullSum: number;
  fullCount: number;
  tieSum: number;
  tieCount: number;
}

function groupSums(column: Float64Array, rows: Int32Array, e: GroupEdge, exact: boolean): GroupSums {
  const out = { fullSum: 0, fullCount: 0, tieSum: 0, tieCount: 0 };
  for (let j = e.fullFrom; j < e.fullTo; j++) {
    const v = column[rows[j]!]!;
    if (Number.isNaN(v)) continue;
    out.fullCount++;
    out.fullSum += exact ? Math.round(v * PARTS) : v;
  }
  for (let j = e.tieFrom; j < e.tieTo; j++) {
    const v = column[rows[j]!]!;
    if (Number.isNaN(v)) continue;
    out.tieCount++;
    out.tieSum += exact ? Math.round(v * PARTS) : v;
  }
  return out;
}

/** A group's weighted mean item score in points; null when no student of it has a score on the item. */
function groupMean(s: GroupSums, e: GroupEdge, exact: boolean): number | null {
  const w = e.places / e.tied;
  const weight = s.fullCount + w * s.tieCount;
  if (!(weight > 0)) return null;
  const sum = s.fullSum + w * s.tieSum;
  return (exact ? sum / PARTS : sum) / weight;
}

/**
 * The exact quality label of D = (top mean − bottom mean) / max from the groups' integer sums. Each group's mean is
 * (t·fullSum + r·tieSum) / (t·fullCount + r·tieCount); D ≥ q/10 ⇔ 10·(Nt·Db − Nb·Dt) ≥ q·max·Dt·Db. The products
 * can pass 2^53 at county scale, so they are taken in BigInt — once per item, never per student.
 */
function exactQuality(top: GroupSums, te: GroupEdge, bottom: GroupSums, be: GroupEdge, maxParts: number) {
  const big = BigInt;
  const nt = big(te.tied) * big(top.fullSum) + big(te.places) * big(top.tieSum);
  const dt = big(te.tied) * big(top.fullCount) + big(te.places) * big(top.tieCount);
  const nb = big(be.tied) * big(bottom.fullSum) + big(be.places) * big(bottom.tieSum);
  const db = big(be.tied) * big(bottom.fullCount) + big(be.places) * big(bottom.tieCount);
  const lhs = 10n * (nt * db - nb * dt);
  const unit = big(maxParts) * dt * db;
  if (lhs >= 4n * unit) return "very_good";
  if (lhs >= 3n * unit) return "good";
  if (lhs >= 2n * unit) return "revise";
  return "poor";
}

/** An item's sums over all the students counted, in one sequential pass. */
interface ItemSums {
  count: number;
  /** the sum in points (floating point) */
  sum: number;
  /** the sum in hundredths of a point, exact when `onGrid` */
  parts: number;
  /** every present score lies on the hundredth-point grid (and the sums stay exact integers) */
  onGrid: boolean;
  full: number;
  zero: number;
  /** the 27% groups' sums in hundredths of a point (exact when `onGrid`), from the rows' membership */
  top: GroupSums;
  bottom: GroupSums;
}

/** A row's place in the 27% groups, as bits: counted fully in the top group, tied at its edge; the same for the bottom. */
const TOP_FULL = 1;
const TOP_TIE = 2;
const BOTTOM_FULL = 4;
const BOTTOM_TIE = 8;

function itemSums(column: Float64Array, counted: Uint8Array, maxScore: number, member: Uint8Array): ItemSums {
  let count = 0;
  let sum = 0;
  let parts = 0;
  let grid = true;
  let top = Math.round(maxScore * PARTS);
  let full = 0;
  let zero = 0;
  // sums and counts by the row's membership in the 27% groups (its bits), to be put together below
  const sumBy = new Float64Array(16);
  const countBy = new Int32Array(16);
  for (let i = 0; i < column.length; i++) {
    if (!counted[i]) continue;
    const v = column[i]!;
    if (Number.isNaN(v)) continue;
    count++;
    sum += v;
    const k = Math.round(v * PARTS);
    if (k / PARTS !== v || k < 0) grid = false;
    else if (k > top) top = k;
    parts += k;
    if (v >= maxScore) full++;
    if (v === 0) zero++;
    const m = member[i]!;
    sumBy[m]! += k;
    countBy[m]!++;
  }
  /** The sum and count over the rows whose membership has `bit`. */
  const withBit = (bit: number) => {
    let s = 0;
    let c = 0;
    for (let m = 0; m < 16; m++) {
      if (!(m & bit)) continue;
      s += sumBy[m]!;
      c += countBy[m]!;
    }
    return { s, c };
  };
  const group = (fullBit: number, tieBit: number): GroupSums => {
    const whole = withBit(fullBit);
    const tied = withBit(tieBit);
    return { fullSum: whole.s, fullCount: whole.c, tieSum: tied.s, tieCount: tied.c };
  };
  // the max score on the grid too, and 10 × n × the largest score in hundredths an exact integer
  const onGrid =
    grid && top > 0 && Math.round(maxScore * PARTS) / PARTS === maxScore && 10 * (count + 1) * top <= MAX_EXACT;
  return {
    count,
    sum,
    parts,
    onGrid,
    full,
    zero,
    top: group(TOP_FULL, TOP_TIE),
    bottom: group(BOTTOM_FULL, BOTTOM_TIE),
  };
}

/** The largest subject score in hundredths that the counting sort takes (10,000 points); above it, a comparison sort. */
const MAX_COUNTING_KEY = 1_000_000;

/**
 * The counted rows sorted by subject score, highest first, ties in row order. Scores on the hundredth-point grid
 * (every exam's) are sorted by counting, in one pass: a province's million rows in milliseconds, where a comparison
 * sort takes most of a second. Both give the same order.
 */
function sortedRows(subject: Float64Array, counted: Uint8Array, n: number): Int32Array {
  const rows = new Int32Array(n);
  let maxKey = 0;
  let onGrid = true;
  for (let i = 0; i < subject.length && onGrid; i++) {
    if (!counted[i]) continue;
    const v = subject[i]!;
    const k = Math.round(v * PARTS);
    if (k / PARTS !== v || k < 0 || k > MAX_COUNTING_KEY) onGrid = false;
    else if (k > maxKey) maxKey = k;
  }
  if (!onGrid) {
    let j = 0;
    for (let i = 0; i < subject.length; i++) if (counted[i]) rows[j++] = i;
    return rows.sort((a, b) => subject[b]! - subject[a]! || a - b);
  }
  // start[k]: where the rows with key k begin, the highest key first
  const start = new Int32Array(maxKey + 2);
  for (let i = 0; i < subject.length; i++) if (counted[i]) start[maxKey - Math.round(subject[i]! * PARTS) + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  for (let i = 0; i < subject.length; i++) {
    if (counted[i]) rows[start[maxKey - Math.round(subject[i]! * PARTS)]!++] = i;
  }
  return rows;
}

/** Each counted row's place in the two 27% groups (bits TOP_FULL … BOTTOM_TIE), by row. */
function membership(rows: Int32Array, size: number, top: GroupEdge, bottom: GroupEdge): Uint8Array {
  const member = new Uint8Array(size);
  const mark = (from: number, to: number, bit: number) => {
    for (let j = from; j < to; j++) member[rows[j]!]! |= bit;
  };
  mark(top.fullFrom, top.fullTo, TOP_FULL);
  mark(top.tieFrom, top.tieTo, TOP_TIE);
  mark(bottom.fullFrom, bottom.fullTo, BOTTOM_FULL);
  mark(bottom.tieFrom, bottom.tieTo, BOTTOM_TIE);
  return member;
}

const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * Statistics of each item of a subject over the students with a subject score (optionally only those selected).
 * The top and bottom groups are the g = round(27% · n) students with the highest and lowest subject scores; when
 * students tie on the subject score at a group's edge, all of them belong to it with the same fractional weight
 * (the places left for them / how many tie), so the figures never depend on the rows' order. P's band and D's
 * quality are decided in exact integer arithmetic for scores on the hundredth-point grid.
 *
 * @param subject - each student's subject score, NaN when absent
 * @param items - per item, each student's item score (NaN when absent)
 * @param select - optional: only rows where select[i] is true count (a school's students)
 * @example
 * itemAnalysis(new Float64Array([10, 8, 2, 0]), [new Float64Array([5, 5, 0, 0])], [{ number: "1", maxScore: 5, kind: "objective" }])
 * // => [{ difficulty: 0.5, discrimination: 1, quality: "very_good", ... }]
 */
export function itemAnalysis(
  subject: Float64Array,
  items: readonly Float64Array[],
  specs: readonly ItemSpec[],
  select?: Uint8Array,
): ItemStats[] {
  const counted = new Uint8Array(subject.length);
  let n = 0;
  for (let i = 0; i < subject.length; i++) {
    if (!Number.isNaN(subject[i]) && (!select || select[i])) {
      counted[i] = 1;
      n++;
    }
  }
  const rows = sortedRows(subject, counted, n);
  const g = groupSize(n);
  const topEdge = g > 0 ? groupEdge(subject, rows, g, true) : null;
  const bottomEdge = g > 0 ? groupEdge(subject, rows, g, false) : null;
  const member =
    topEdge && bottomEdge ? membership(rows, subject.length, topEdge, bottomEdge) : new Uint8Array(subject.length);
  return specs.map((spec, k) => {
    const column = items[k];
    const all = column ? itemSums(column, counted, spec.maxScore, member) : null;
    const exact = all?.onGrid ?? false;
    const count = all?.count ?? 0;
    const sum = exact ? all!.parts : (all?.sum ?? 0);
    const full = all?.full ?? 0;
    const zero = all?.zero ?? 0;
    const maxParts = Math.round(spec.maxScore * PARTS);
    const mean = count > 0 ? (exact ? sum / PARTS : sum) / count : null;
    const difficulty = mean === null ? null : mean / spec.maxScore;
    let band: DifficultyBand | null = null;
    if (difficulty !== null) {
      // P > 0.7 ⇔ 10·sum > 7·n·max; P < 0.4 ⇔ 10·sum < 4·n·max (sums of hundredths stay far below 2^53)
      if (!exact) band = difficultyBand(difficulty);
      else band = 10 * sum > 7 * count * maxParts ? "easy" : 10 * sum < 4 * count * maxParts ? "hard" : "medium";
    }
    let discrimination: number | null = null;
    let quality: DiscriminationQuality | null = null;
    if (column && topEdge && bottomEdge) {
      // exact sums are integers, the same in any order; in points they are summed in the sorted order, as always
      const top = exact ? all!.top : groupSums(column, rows, topEdge, false);
      const bottom = exact ? all!.bottom : groupSums(column, rows, bottomEdge, false);
      const topMean = groupMean(top, topEdge, exact);
      const bottomMean = groupMean(bottom, bottomEdge, exact);
      if (topMean !== null && bottomMean !== null) {
        discrimination = (topMean - bottomMean) / spec.maxScore;
        quality = exact
          ? exactQuality(top, topEdge, bottom, bottomEdge, maxParts)
          : discriminationQuality(discrimination);
      }
    }
    return {
      number: spec.number,
      kind: spec.kind,
      maxScore: spec.maxScore,
      knowledge: spec.knowledge ?? "",
      n: count,
      mean,
      difficulty,
      difficultyBand: band,
      discrimination,
      quality,
      fullMarkRate: count > 0 ? full / count : null,
      zeroRate: count > 0 ? zero / count : null,
    };
  });
}
