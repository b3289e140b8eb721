import { balance } from "@edubureau/core";
import type { PresentedEvaluation, PresentedIndicator } from "../present";

/** The rows of the report's tables, shared by the workbook and the Word document so both say the same. */

const fixed = (x: number | null, digits: number) => (x === null ? "—" : x.toFixed(digits));
const verdict = (passed: boolean | null) => (passed === null ? "无法判定" : passed ? "达标" : "未达标");

export const indicatorHeader = ["指标", "名称", "单位", "加权平均值", "标准差", "差异系数", "限值", "结论"];

export function indicatorRows(indicators: PresentedIndicator[]): string[][] {
  return indicators.map((r) => [
    r.indicator,
    r.name,
    r.unit,
    fixed(r.mean, r.digits),
    fixed(r.sd, r.digits),
    fixed(r.cv, 4),
    r.limit === null ? "—" : String(r.limit),
    r.limit === null ? "—" : verdict(r.passed),
  ]);
}

export const schoolHeader = [
  "学校",
  "在校生",
  ...balance.qualityIndicators.map((k) => `${k} ${balance.indicatorInfo[k].shortName}`),
  "达标项数",
  "是否达标",
];

export function schoolRows(e: PresentedEvaluation): (string | number)[][] {
  return e.schools.map((s) => [
    s.name,
    s.students,
    ...balance.qualityIndicators.map((k) => fixed(s.values[k], balance.indicatorInfo[k].digits)),
    s.metCount,
    s.passes === null ? "缺数据" : s.passes ? "达标" : "未达标",
  ]);
}

export const shortfallHeader = ["学校", "指标", "缺口", "单位", "措施"];

export function shortfallRows(e: PresentedEvaluation): (string | number)[][] {
  return e.schools.flatMap((s) =>
    s.shortfalls.map((f) => [
      s.name,
      `${f.indicator} ${balance.indicatorInfo[f.indicator].shortName}`,
      f.amount,
      f.unit,
      f.description,
    ]),
  );
}

export function titleOf(countyName: string, schoolYear: number, stage: balance.BalanceStage) {
  return `${countyName}${schoolYear}—${schoolYear + 1}学年义务教育${balance.balanceStageLabel[stage]}阶段均衡发展监测报告`;
}
