/**
 * How long a pending transfer has waited, as the pages say it: a transfer started today (the county's, Beijing
 * time, as the server counts) has waited 0 days — 今天发起 — not 1.
 *
 * @example waitedLabel(0) // => "今天发起"; waitedLabel(3) // => "已等待 3 天"
 */
export function waitedLabel(days: number): string {
  return days <= 0 ? "今天发起" : `已等待 ${days} 天`;
}
