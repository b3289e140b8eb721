/**
 * The sentence of the annual work report that states the county's rates (工作报告表述), as seeds phrase it:
 * "全县小学适龄儿童入学率达100%,初中毛入学率达102.35%;小学巩固率99.50%,初中巩固率98.20%,九年义务教育巩固率97.80%。"
 * A rate without data is said so instead of a number.
 */
import type { Ratio } from "./ratio";

export interface CountyRates {
  countyName: string;
  schoolYear: number;
  primaryNet: Ratio;
  juniorGross: Ratio;
  primaryRetention: Ratio;
  juniorRetention: Ratio;
  nineYearRetention: Ratio;
}

function pct(r: Ratio): string {
  return r.rate === null ? "暂无数据" : `${formatRate(r.rate)}%`;
}

/** A rate as printed: two decimals without trailing zeros (100 → "100", 99.5 → "99.5"). */
export function formatRate(rate: number): string {
  return String(Number(rate.toFixed(2)));
}

/**
 * @example workReportSentence({ countyName: "示范县", schoolYear: 2026, primaryNet: ratio(100, 100), ... })
 * // => "2026—2027学年,示范县小学学龄儿童净入学率达100%,初中毛入学率达…"
 */
export function workReportSentence(r: CountyRates): string {
  const verb = (x: Ratio) => (x.rate === null ? "" : "达");
  return (
    `${r.schoolYear}—${r.schoolYear + 1}学年,${r.countyName}小学学龄儿童净入学率${verb(r.primaryNet)}${pct(r.primaryNet)},` +
    `初中毛入学率${verb(r.juniorGross)}${pct(r.juniorGross)};小学巩固率${pct(r.primaryRetention)},` +
    `初中三年巩固率${pct(r.juniorRetention)},九年义务教育巩固率${pct(r.nineYearRetention)}。`
  );
}
