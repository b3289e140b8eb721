import { calendar } from "@edubureau/core";
import {
  wordChart as chart,
  chineseDate,
  wordHeading as heading,
  wordTable as table,
  wordText as text,
  wordByline,
  wordDocument,
  wordTitle,
} from "../../export/wordParts";
import { coefficientChart, standardsMetChart } from "./charts";
import {
  indicatorHeader,
  indicatorRows,
  schoolHeader,
  schoolRows,
  shortfallHeader,
  shortfallRows,
  titleOf,
} from "./tables";
import type { ReportInput } from "./workbook";

/**
 * The Word report for a year and stage: a summary in Chinese generated from the figures, the coefficient tables
 * and charts of both methods, each school's values, the shortfall list, excluded schools and data checks, with the
 * method and the data date named at the top.
 */
export async function balanceDocument(input: ReportInput): Promise<Buffer> {
  const e = input.presented;
  const title = titleOf(input.countyName, e.schoolYear, e.stage);
  const schoolsChartHeight = Math.max(220, 40 + e.schools.length * 22);
  return wordDocument({
    title,
    countyName: input.countyName,
    children: [
      wordTitle(title),
      wordByline(input.countyName, calendar.beijingDate(input.generatedAt)),
      text(`测算方法:${e.method.quality};${e.method.basic}。${e.method.coefficient}。`),
      text(
        `数据时点:${/^\d{4}-\d{2}-\d{2}$/.test(e.asOf) ? chineseDate(e.asOf) : e.asOf}(9月1日在籍学生、在岗专任教师、当年办学条件)。`,
      ),
      heading("一、总体情况"),
      ...input.summary.map((line) => text(line)),
      heading("二、基本均衡"),
      table(indicatorHeader, indicatorRows(e.basic.indicators)),
      text(
        `综合差异系数 ${e.basic.composite?.toFixed(4) ?? "—"},限值 ${e.basic.limit},${e.basic.passed === null ? "无法判定" : e.basic.passed ? "达标" : "未达标"}。`,
      ),
      chart(coefficientChart(e.basic.indicators, null, "基本均衡 8 项指标差异系数"), 600, 300),
      heading("三、优质均衡资源配置"),
      table(indicatorHeader, indicatorRows(e.quality.indicators)),
      chart(coefficientChart(e.quality.indicators, e.quality.limit, "优质均衡 7 项指标差异系数"), 600, 300),
      heading("四、各校达标情况"),
      chart(standardsMetChart(e), 600, schoolsChartHeight),
      table(schoolHeader, schoolRows(e)),
      heading("五、补短板清单"),
      shortfallRows(e).length > 0 ? table(shortfallHeader, shortfallRows(e)) : text("各校均已达到全部标准。"),
      heading("六、其他要求与数据核查"),
      table(
        ["要求", "目标", "结论", "情况"],
        input.requirements.map((r) => [
          r.name,
          r.target,
          r.status === "met" ? "达到" : r.status === "not_met" ? "未达到" : "数据不足",
          r.value,
        ]),
      ),
      ...(e.excluded.length > 0
        ? [text(`不参与计算的学校:${e.excluded.map((x) => `${x.name}(${x.label})`).join(";")}。`)]
        : []),
      ...(input.conditionFlags.length > 0
        ? [
            text(`办学条件数据核查提示 ${input.conditionFlags.length} 条:`),
            ...input.conditionFlags.map((f) => text(`${f.name}:${f.message}`)),
          ]
        : [text("办学条件数据核查未发现问题。")]),
    ],
  });
}
