/**
 * The instant at which a wall-clock date and time in Beijing (UTC+8, no daylight saving) falls: the inverse of
 * `beijingIso`. With no time, the start of the county's day, so a day runs from `beijingInstant(d)` up to
 * `beijingInstant(addDays(d, 1))`. A date or time that is not real gives an Invalid Date.
 *
 * @param date an ISO date (YYYY-MM-DD)
 * @param time a wall-clock time (HH:mm or HH:mm:ss), midnight when left out
 * @example beijingInstant("2026-11-20") // => 2026-11-19T16:00:00.000Z
 * @example beijingInstant("2026-11-20", "09:00") // => 2026-11-20T01:00:00.000Z
 */
export function beijingInstant(date: string, time = "00:00"): Date {
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}
