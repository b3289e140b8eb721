const DAY_MS = 86_400_000;

/** Whether a string is a real ISO date (YYYY-MM-DD): 2026-02-30 is not. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** Whole days from `from` to `to` (ISO dates, `to` later is positive); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  if (!isIsoDate(from.slice(0, 10)) || !isIsoDate(to.slice(0, 10))) return Number.NaN;
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Math.round((b - a) / DAY_MS);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
