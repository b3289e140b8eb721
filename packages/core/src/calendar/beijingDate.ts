/** Beijing time's offset from UTC: eight hours all year, China has no daylight saving. */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * The date in the county's calendar (Beijing time, UTC+8, no daylight saving) of an instant, as an ISO date: what
 * "today" means for a transfer's start, its days waited and a document's date, whatever the time zone of the
 * server or the browser. An invalid instant gives "".
 *
 * @example beijingDate(new Date("2026-11-19T16:30:00Z")) // => "2026-11-20" (00:30 in Beijing)
 * @example beijingDate(new Date("2026-11-20T15:59:59Z")) // => "2026-11-20" (23:59 in Beijing)
 */
export function beijingDate(instant: Date): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) return "";
  return new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
