import { balance } from "@edubureau/core";

/** Display helpers of the balance pages. */

export const fixed = (x: number | null | undefined, digits: number) =>
  x === null || x === undefined
    ? "—"
    : x.toLocaleString("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const coefficient = (x: number | null | undefined) => fixed(x, 4);

export const percent = (x: number | null | undefined) =>
  x === null || x === undefined ? "—" : `${(x * 100).toFixed(1)}%`;

export const indicatorValue = (k: balance.Indicator, x: number | null | undefined) =>
  fixed(x, balance.indicatorInfo[k].digits);

export const stageOptions = balance.balanceStages.map((s) => ({ value: s, label: balance.balanceStageLabel[s] }));

/** Text colours of a standard met or missed: 5.6:1 on white (WCAG AA). */
export const PASS_COLOR = "#237804";
export const FAIL_COLOR = "#cf1322";
export const WARN_COLOR = "#d48806";
