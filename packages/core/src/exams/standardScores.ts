/**
 * Standard scores (标准分) of methods.md §6: z = (x − mean) / sd and T = 50 + 10z, NaN for an absent student.
 * With sd 0 (everyone scored the same) every z is 0.
 *
 * @param mean - the reference mean (normally the county's)
 * @param sd - the reference population standard deviation
 * @example zScores(new Float64Array([60, 80, NaN]), 70, 10) // => Float64Array [-1, 1, NaN]
 */
export function zScores(x: Float64Array, mean: number, sd: number): Float64Array {
  const z = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    z[i] = Number.isNaN(v) ? Number.NaN : sd > 0 ? (v - mean) / sd : 0;
  }
  return z;
}

/**
 * T score from a z score: T = 50 + 10z.
 *
 * @example tScore(-1) // => 40
 */
export function tScore(z: number): number {
  return 50 + 10 * z;
}

/**
 * The mean and population standard deviation of the present values; null when none are present.
 *
 * @example meanAndSd(new Float64Array([60, 80, NaN])) // => { n: 2, mean: 70, sd: 10 }
 */
export function meanAndSd(x: Float64Array): { n: number; mean: number; sd: number } | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  if (n === 0) return null;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isNaN(v)) sq += (v - mean) * (v - mean);
  }
  return { n, mean, sd: Math.sqrt(sq / n) };
}
