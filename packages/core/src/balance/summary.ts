import type { BalanceEvaluation } from "./evaluate";
import { balanceStageLabel, indicatorInfo } from "./indicators";

const f4 = (x: number) => x.toFixed(4);

/**
 * The summary paragraph of a balance report, in the words a bureau writes (seed 002: "小学综合差异系数为0.2740"),
 * generated from the figures so the report and the screen never disagree.
 *
 * @example balanceSummary(evaluation, "北原县", "2026—2027学年")
 * // => ["2026—2027学年北原县小学阶段纳入测算学校 18 所、在校生 9,642 人。…", …]
 */
export function balanceSummary(e: BalanceEvaluation, countyName: string, yearLabel: string): string[] {
  const stage = balanceStageLabel[e.stage];
  const lines: string[] = [];
  const excluded = e.excluded.length > 0 ? `,另有 ${e.excluded.length} 所学校按规定不参与计算` : "";
  lines.push(
    `${yearLabel}${countyName}${stage}阶段纳入测算学校 ${e.schools.length} 所、在校生 ${e.students.toLocaleString("zh-CN")} 人${excluded}。`,
  );
  if (e.basic.composite !== null) {
    lines.push(
      `基本均衡:${stage}综合差异系数为 ${f4(e.basic.composite)},${e.basic.passed ? "达到" : "未达到"}不高于 ${e.basic.limit} 的要求。`,
    );
  }
  const failing = e.quality.indicators.filter((r) => r.passed === false);
  const computed = e.quality.indicators.filter((r) => r.coefficient.kind === "ok");
  if (computed.length > 0) {
    const limit = e.quality.indicators[0]?.limit;
    const head = `优质均衡:7 项资源配置指标中 ${computed.length - failing.length} 项差异系数不高于 ${limit}`;
    const tail =
      failing.length === 0
        ? ",全部达标"
        : `,未达标的是${failing
            .map(
              (r) => `${indicatorInfo[r.indicator].name}(${r.coefficient.kind === "ok" ? f4(r.coefficient.cv) : "—"})`,
            )
            .join("、")}`;
    const composite = e.quality.composite === null ? "" : `;7 项指标差异系数平均为 ${f4(e.quality.composite)}`;
    lines.push(`${head}${tail}${composite}。`);
  }
  const evaluated = e.schools.filter((s) => s.passes !== null).length;
  if (evaluated > 0) {
    lines.push(
      `按"至少 6 项达标、其余不低于标准 85%"的要求,${e.quality.schoolsPassing} 所学校达标,${evaluated - e.quality.schoolsPassing} 所学校未达标。`,
    );
  }
  if (e.incomplete) {
    const missing = e.schools.filter((s) => s.missingConditions).length;
    lines.push(`注意:${missing} 所学校未填报办学条件,设施类指标按已填报学校计算,结果不完整。`);
  }
  return lines;
}
