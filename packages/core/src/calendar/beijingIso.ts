import { BEIJING_OFFSET_MS } from "./beijingDate";

/**
 * An instant in Beijing time (UTC+8, no daylight saving) as an ISO 8601 date-time with its offset, to the second:
 * the form event times are published in, and the source of every label of a time in the county's clock. An invalid
 * instant gives "".
 *
 * @example beijingIso(new Date("2026-08-28T01:00:00.250Z")) // => "2026-08-28T09:00:00+08:00"
 * @example beijingIso(new Date("2026-08-27T16:30:00Z")) // => "2026-08-28T00:30:00+08:00"
 */
export function beijingIso(instant: Date): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) return "";
  return `${new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
