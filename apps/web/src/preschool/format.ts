import type { Indicator } from "./api";

/** Display helpers of the preschool pages: one rounding for every page (one decimal), as the method note says. */

export const percent = (x: number | null | undefined) =>
  x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`;

/** An indicator's value: a percentage, or "1:15.7" children per teacher; the missing text when there is none. */
export function indicatorValue(i: Pick<Indicator, "value" | "form">): string {
  if (i.value === null) return "缺少数据";
  return i.form === "ratio" ? `1:${i.value.toFixed(1)}` : percent(i.value);
}

export function indicatorThreshold(i: Pick<Indicator, "threshold" | "form">): string {
  return i.form === "ratio" ? `不高于 1:${i.threshold}` : `≥ ${Number((i.threshold * 100).toFixed(1))}%`;
}

/** The data behind a value: "220 ÷ 250"; the pay indicator's averages in yuan. */
export function indicatorData(i: Indicator): string {
  if (i.numerator === null || i.denominator === null) return i.missing ?? "—";
  if (i.key === "satisfaction") return "调查结果(录入)";
  if (i.key === "pay_share") {
    return `非在编 ${(i.numerator / 100).toFixed(0)} 元 ÷ 在编 ${(i.denominator / 100).toFixed(0)} 元`;
  }
  return `${i.numerator.toLocaleString("zh-CN")} ÷ ${i.denominator.toLocaleString("zh-CN")}`;
}

export const statusLabel = { pass: "达标", fail: "未达标", missing: "缺少数据" } as const;
export const statusColor = { pass: "success", fail: "error", missing: "default" } as const;

/** Text colours of a standard met or missed: 5.6:1 on white (WCAG AA). */
export const PASS_COLOR = "#237804";
export const FAIL_COLOR = "#cf1322";
