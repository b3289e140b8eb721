/** The bureau's time zone: audit dates and lockout times are China Standard Time whatever the browser's zone. */
const TIME_ZONE = "Asia/Shanghai";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/**
 * An ISO time as Chinese readers write it, in China Standard Time.
 *
 * @example formatDateTime("2026-03-01T02:05:09Z") // => "2026/03/01 10:05:09"
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}
