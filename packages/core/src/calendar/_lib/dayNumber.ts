export const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number (days since 1970-01-01) of the ISO date at the start of `s`, or NaN when it is not a real date
 * (2026-02-30 is not). Parsed by hand: the ledger's statistics call this hundreds of thousands of times.
 *
 * @example dayNumber("1970-01-02") // => 1
 */
export function dayNumber(s: string): number {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) {
    return Number.NaN;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (d > days) return Number.NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}
