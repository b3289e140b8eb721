import { DAY_MS, dayNumber } from "./_lib/dayNumber";

/**
 * The ISO date `days` after `date` (before it when `days` is negative). `date` must be a real ISO date: the
 * callers pass dates they have already checked or read from the database.
 *
 * @example addDays("2026-11-20", 30) // => "2026-12-20"
 * @example addDays("2024-02-28", 1) // => "2024-02-29"
 */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
