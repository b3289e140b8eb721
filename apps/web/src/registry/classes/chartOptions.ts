import { registry } from "@edubureau/core";
import type { ChartOption } from "../../components/Chart";
import { classSizeCategories, classSizeChartColors } from "../labels";
import type { ClassSizeStatistics } from "./api";

/**
 * Classes by size category (正常/偏大/大班额/超大班额), stacked, one bar per stage in vocabulary order.
 *
 * @example classSizesByStageOption(stats).series.length // => 4
 */
export function classSizesByStageOption(byStage: ClassSizeStatistics["byStage"]): ChartOption {
  const stages = registry.stage.codes.filter((s) => byStage.some((r) => r.stage === s));
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: stages.map((s) => registry.stage.labels[s]) },
    yAxis: { type: "value", minInterval: 1, name: "班级数" },
    series: classSizeCategories.map((cat) => ({
      type: "bar",
      name: registry.classSizeCategoryLabel[cat],
      stack: "classes",
      barMaxWidth: 56,
      itemStyle: { color: classSizeChartColors[cat] },
      emphasis: { focus: "series" },
      data: stages.map((s) => byStage.find((r) => r.stage === s)?.byCategory[cat] ?? 0),
    })),
  };
}
