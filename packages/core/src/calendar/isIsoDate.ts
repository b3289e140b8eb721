import { dayNumber } from "./_lib/dayNumber";

/**
 * Whether a string is a real ISO date (YYYY-MM-DD): 2026-02-30 is not, nor is a date with a time after it.
 *
 * @example isIsoDate("2024-02-29") // => true
 * @example isIsoDate("2026-02-29") // => false
 */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value));
}
