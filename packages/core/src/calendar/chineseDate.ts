/**
 * An ISO date as Chinese documents and pages write it (2026年9月1日): no leading zeros. A date-time is read by its
 * date part, so `requestedAt` and `2026-09-01` give the same words.
 *
 * @example chineseDate("2027-07-10") // => "2027年7月10日"
 * @example chineseDate("2026-09-01T08:00:00+08:00") // => "2026年9月1日"
 */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
