import type { PresentedEvaluation, PresentedIndicator } from "../present";

/** ECharts options of the report's charts; rendered to images for Word. */

export function coefficientChart(indicators: PresentedIndicator[], limit: number | null, title: string) {
  return {
    title: { text: title, left: "center", textStyle: { fontSize: 15 } },
    grid: { left: 50, right: 30, top: 50, bottom: 70 },
    xAxis: {
      type: "category",
      data: indicators.map((r) => `${r.indicator}\n${r.shortName}`),
      axisLabel: { fontSize: 11, interval: 0 },
    },
    yAxis: { type: "value", name: "差异系数" },
    series: [
      {
        type: "bar",
        barMaxWidth: 36,
        data: indicators.map((r) => ({
          value: r.cv === null ? 0 : Number(r.cv.toFixed(4)),
          itemStyle: { color: r.passed === false ? "#ff4d4f" : "#1677ff" },
        })),
        label: { show: true, position: "top", formatter: (p: { value: number }) => p.value.toFixed(3) },
        markLine:
          limit === null
            ? undefined
            : {
                symbol: "none",
                lineStyle: { color: "#fa8c16", type: "dashed", width: 2 },
                label: { formatter: `限值 ${limit}`, position: "insideEndTop" },
                data: [{ yAxis: limit }],
              },
      },
    ],
  };
}

export function standardsMetChart(e: PresentedEvaluation) {
  const schools = [...e.schools].sort((a, b) => a.metCount - b.metCount);
  return {
    title: { text: "各校优质均衡指标达标项数(满分 7 项)", left: "center", textStyle: { fontSize: 15 } },
    grid: { left: 170, right: 40, top: 45, bottom: 30 },
    xAxis: { type: "value", max: 7, interval: 1 },
    yAxis: { type: "category", data: schools.map((s) => s.name), axisLabel: { fontSize: 11 } },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: schools.map((s) => ({
          value: s.metCount,
          itemStyle: { color: s.passes ? "#52c41a" : s.passes === null ? "#bfbfbf" : "#ff4d4f" },
        })),
        label: { show: true, position: "right" },
        markLine: {
          symbol: "none",
          lineStyle: { color: "#fa8c16", type: "dashed" },
          label: { formatter: `${e.rule.schoolMinimumMet} 项` },
          data: [{ xAxis: e.rule.schoolMinimumMet }],
        },
      },
    ],
  };
}
