/**
 * Value added (增值评价) against an earlier exam of the same cohort: regress each student's current standardized
 * score on the previous one (ordinary least squares over the students who sat both), and report each group's mean
 * residual — how far its students came out above or below what their earlier results predicted — with a 95%
 * confidence interval and the number of matched students. Estimates built on too few students are hidden.
 */
export interface ValueAddedGroup {
  group: number;
  /** matched students (sat both exams) */
  n: number;
  /** mean residual in standard-score units; null when hidden (n below the minimum) */
  estimate: number | null;
  /** 95% confidence interval of the mean residual (t distribution); null when hidden */
  low: number | null;
  high: number | null;
  /** mean previous and current z of the group's matched students (the scatter plot's axes) */
  previous: number | null;
  current: number | null;
  hidden: boolean;
}

export interface ValueAddedResult {
  /** students who sat both exams */
  matched: number;
  intercept: number | null;
  slope: number | null;
  /** share of the current score's variance explained by the previous score */
  r2: number | null;
  groups: ValueAddedGroup[];
}

/**
 * The 97.5% quantile of Student's t with ν degrees of freedom (exact for ν = 1, 2; otherwise the Cornish–Fisher
 * expansion of Abramowitz & Stegun 26.7.5, within 0.001 from ν = 3).
 *
 * @example tQuantile975(9) // ≈ 2.262
 */
export function tQuantile975(df: number): number {
  if (df <= 1) return 12.7062;
  if (df === 2) return 4.3027;
  const z = 1.959963985;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** One way of grouping the students: each student's group (−1 for none) and the number of groups. */
export interface Grouping {
  group: Int32Array;
  groups: number;
}

/**
 * Value added per group.
 *
 * @param current - each student's current score (raw or z; standardized here over the matched students), NaN absent
 * @param previous - the same students' earlier score, NaN when absent or not matched
 * @param group - each student's group (school, class or teacher), −1 for none
 * @param groups - number of groups
 * @param minN - groups with fewer matched students get no estimate (default 10)
 * @example valueAdded(cur, prev, school, 12).groups[3].estimate // => 0.21: school 3's students gained 0.21 sd
 */
export function valueAdded(
  current: Float64Array,
  previous: Float64Array,
  group: Int32Array,
  groups: number,
  minN = 10,
): ValueAddedResult {
  const result = valueAddedByGroupings(current, previous, [{ group, groups }], minN)[0]!;
  // every group in its place, those without a matched student hidden
  const all = Array.from(
    { length: groups },
    (_, g): ValueAddedGroup => ({
      group: g,
      n: 0,
      estimate: null,
      low: null,
      high: null,
      previous: null,
      current: null,
      hidden: true,
    }),
  );
  for (const g of result.groups) all[g.group] = g;
  return { ...result, groups: all };
}

/**
 * Value added of one regression for several groupings at once (a subject's schools and its teachers): the
 * regression is the same for each, worked out once. Each result lists only the groups with a matched student, in
 * group order; the figures are those `valueAdded` gives.
 *
 * @example valueAddedByGroupings(cur, prev, [{ group: school, groups: 12 }, { group: teacher, groups: 80 }])
 */
export function valueAddedByGroupings(
  current: Float64Array,
  previous: Float64Array,
  groupings: readonly Grouping[],
  minN = 10,
): ValueAddedResult[] {
  const n = current.length;
  const sat = (i: number) => !Number.isNaN(current[i]) && !Number.isNaN(previous[i]);
  // mean and population sd of each score over the students who sat both (meanAndSd's sums, in the same order)
  let matched = 0;
  let sumY = 0;
  let sumX = 0;
  for (let i = 0; i < n; i++) {
    if (!sat(i)) continue;
    matched++;
    sumY += current[i]!;
    sumX += previous[i]!;
  }
  if (matched < 3) {
    return groupings.map(() => ({ matched, intercept: null, slope: null, r2: null, groups: [] }));
  }
  const meanY = sumY / matched;
  const meanX = sumX / matched;
  let squaresY = 0;
  let squaresX = 0;
  for (let i = 0; i < n; i++) {
    if (!sat(i)) continue;
    squaresY += (current[i]! - meanY) * (current[i]! - meanY);
    squaresX += (previous[i]! - meanX) * (previous[i]! - meanX);
  }
  const sdY = Math.sqrt(squaresY / matched);
  const sdX = Math.sqrt(squaresX / matched);
  const zy = (v: number) => (sdY > 0 ? (v - meanY) / sdY : 0);
  const zx = (v: number) => (sdX > 0 ? (v - meanX) / sdX : 0);
  // OLS on standardized scores: the intercept is 0 and the slope is the correlation
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    if (!sat(i)) continue;
    const x = zx(previous[i]!);
    sxy += x * zy(current[i]!);
    sxx += x * x;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const residual = new Float64Array(n).fill(Number.NaN);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    if (!sat(i)) continue;
    const r = zy(current[i]!) - slope * zx(previous[i]!);
    residual[i] = r;
    sse += r * r;
  }
  const r2 = Math.max(0, 1 - sse / matched);
  return groupings.map(({ group, groups }) => ({
    matched,
    intercept: 0,
    slope,
    r2,
    groups: groupFigures(
      residual,
      group,
      groups,
      (i) => zx(previous[i]!),
      (i) => zy(current[i]!),
      minN,
    ),
  }));
}

/** Each group's mean residual, its 95% interval and its mean z scores, for the groups with a matched student. */
function groupFigures(
  residual: Float64Array,
  group: Int32Array,
  groups: number,
  zx: (row: number) => number,
  zy: (row: number) => number,
  minN: number,
): ValueAddedGroup[] {
  const count = new Int32Array(groups);
  const sum = new Float64Array(groups);
  const sumX = new Float64Array(groups);
  const sumY = new Float64Array(groups);
  for (let i = 0; i < residual.length; i++) {
    const r = residual[i]!;
    const g = group[i]!;
    if (Number.isNaN(r) || g < 0) continue;
    count[g]!++;
    sum[g]! += r;
    sumX[g]! += zx(i);
    sumY[g]! += zy(i);
  }
  const squares = new Float64Array(groups);
  for (let i = 0; i < residual.length; i++) {
    const r = residual[i]!;
    const g = group[i]!;
    if (Number.isNaN(r) || g < 0) continue;
    const d = r - sum[g]! / count[g]!;
    squares[g]! += d * d;
  }
  const out: ValueAddedGroup[] = [];
  for (let g = 0; g < groups; g++) {
    const k = count[g]!;
    if (k === 0) continue;
    const hidden = k < Math.max(2, minN);
    const estimate = sum[g]! / k;
    const se = k > 1 ? Math.sqrt(squares[g]! / (k - 1)) / Math.sqrt(k) : null;
    const half = se === null ? null : tQuantile975(k - 1) * se;
    out.push({
      group: g,
      n: k,
      estimate: hidden ? null : estimate,
      low: hidden || half === null ? null : estimate - half,
      high: hidden || half === null ? null : estimate + half,
      previous: hidden ? null : sumX[g]! / k,
      current: hidden ? null : sumY[g]! / k,
      hidden,
    });
  }
  return out;
}
