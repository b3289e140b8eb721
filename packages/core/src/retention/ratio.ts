/**
 * A rate as the bureau reports it: numerator, denominator and the percentage, rounded half up to two decimals
 * (99.874 → 99.87, 99.875 → 99.88). No denominator gives an explicit null rate, never 0 or 100.
 */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** percent, two decimals; null when the denominator is 0 */
  rate: number | null;
  /** true when the rate was capped at 100 (巩固率 only) */
  capped: boolean;
}

/**
 * Percentage of `numerator` over `denominator`, two decimals, optionally capped at 100.
 *
 * @example ratio(997, 1000) // => { numerator: 997, denominator: 1000, rate: 99.7, capped: false }
 * @example ratio(103, 100, { cap: true }).rate // => 100
 * @example ratio(0, 0).rate // => null
 */
export function ratio(numerator: number, denominator: number, options: { cap?: boolean } = {}): Ratio {
  if (denominator <= 0) return { numerator, denominator, rate: null, capped: false };
  // counts are integers, so numerator × 10000 / denominator is exact enough that a half rounds up
  const rate = Math.round((numerator * 10_000) / denominator) / 100;
  if (options.cap && rate > 100) return { numerator, denominator, rate: 100, capped: true };
  return { numerator, denominator, rate, capped: false };
}
