import { dayNumber } from "./_lib/dayNumber";

/**
 * Whole days from `from` to `to` (ISO dates; only their first ten characters are read), positive when `to` is
 * later; NaN when either is not a real date.
 *
 * @example daysBetween("2026-12-31", "2027-01-01") // => 1
 * @example daysBetween("2026-03-01", "2026-02-01") // => -28
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
