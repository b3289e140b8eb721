/**
 * A quantile of values already sorted ascending, by linear interpolation between order statistics (the rule of
 * Excel's PERCENTILE.INC and R's type 7): position p·(n − 1). Returns NaN for no values.
 *
 * @param sorted - ascending values (a typed array or an array)
 * @param p - 0..1; 0.5 is the median
 * @example quantileSorted([60, 70, 80, 90], 0.5) // => 75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, from = 0, to = sorted.length): number {
  const n = to - from;
  if (n <= 0) return Number.NaN;
  const pos = p * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[from + lo]!;
  const b = sorted[from + hi]!;
  return a + (b - a) * (pos - lo);
}

/** The nine deciles p10…p90 of methods.md §6 reports. */
export const decilePoints = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
