import { balance } from "@edubureau/core";
import type { ChartOption } from "../components/Chart";
import type { IndicatorRow, SchoolBalance, SchoolStanding, Trend } from "./api";
import { FAIL_COLOR } from "./format";

/** Coefficients as bars against the county limit (dashed line). */
export function coefficientBars(rows: IndicatorRow[], limit: number | null): ChartOption {
  return {
    grid: { left: 48, right: 24, top: 30, bottom: 56 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: rows.map((r) => `${r.indicator}\n${r.shortName}`), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "差异系数" },
    series: [
      {
        type: "bar",
        name: "差异系数",
        barMaxWidth: 40,
        data: rows.map((r) => ({
          value: r.cv === null ? null : Number(r.cv.toFixed(4)),
          itemStyle: { color: r.passed === false ? FAIL_COLOR : "#1677ff" },
        })),
        label: { show: true, position: "top", formatter: "{c}" },
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

/**
 * Schools × the seven indicators, each cell the value as a share of the standard: red below 85%, amber below 100%,
 * green at or above the standard.
 */
export function schoolHeatmap(schools: SchoolStanding[]): ChartOption {
  const ks = balance.qualityIndicators;
  const rows = [...schools].sort((a, b) => b.metCount - a.metCount || a.name.localeCompare(b.name, "zh-CN"));
  const data: [number, number, number | null][] = [];
  rows.forEach((s, y) => {
    ks.forEach((k, x) => {
      const r = s.ratios[k];
      data.push([x, y, r === null ? null : Math.round(r * 1000) / 10]);
    });
  });
  return {
    grid: { left: 190, right: 24, top: 40, bottom: 70 },
    tooltip: {
      position: "top",
      formatter: (p: unknown) => {
        const [x, y, v] = (p as { value: [number, number, number | null] }).value;
        const k = ks[x] as balance.QualityIndicator;
        return `${rows[y]?.name}<br/>${k} ${balance.indicatorInfo[k].name}<br/>达到标准的 ${v ?? "—"}%`;
      },
    },
    xAxis: {
      type: "category",
      data: ks.map((k) => `${k}\n${balance.indicatorInfo[k].shortName}`),
      position: "top",
      axisLabel: { interval: 0 },
    },
    yAxis: {
      type: "category",
      data: rows.map((s) => s.name),
      inverse: true,
      axisLabel: { width: 170, overflow: "truncate" },
    },
    visualMap: {
      type: "piecewise",
      orient: "horizontal",
      left: "center",
      bottom: 8,
      pieces: [
        { lt: 85, color: "#ff7875", label: "低于标准 85%" },
        { gte: 85, lt: 100, color: "#ffd666", label: "85%–100%" },
        { gte: 100, lt: 150, color: "#95de64", label: "达标" },
        { gte: 150, color: "#389e0d", label: "超过标准 50% 以上" },
      ],
    },
    series: [
      {
        type: "heatmap",
        data,
        label: { show: true, formatter: (p: unknown) => `${(p as { value: number[] }).value[2] ?? "—"}` },
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
      },
    ],
  };
}

/** Each quality coefficient (or the basic composite) over the years, with the limit. */
export function trendLines(trend: Trend, method: "quality" | "basic"): ChartOption {
  const years = trend.points.map((p) => `${p.schoolYear}学年`);
  const series =
    method === "quality"
      ? balance.qualityIndicators.map((k) => ({
          type: "line" as const,
          name: `${k} ${balance.indicatorInfo[k].shortName}`,
          data: trend.points.map((p) => (p.quality[k] === null ? null : Number(p.quality[k]?.toFixed(4)))),
        }))
      : [
          {
            type: "line" as const,
            name: "基本均衡综合差异系数",
            data: trend.points.map((p) => (p.basicComposite === null ? null : Number(p.basicComposite.toFixed(4)))),
          },
        ];
  const limit = method === "quality" ? trend.limit : trend.basicLimit;
  const first = series[0];
  if (first) {
    Object.assign(first, {
      markLine: {
        symbol: "none",
        lineStyle: { color: FAIL_COLOR, type: "dashed" },
        label: { formatter: `限值 ${limit}` },
        data: [{ yAxis: limit }],
      },
    });
  }
  return {
    grid: { left: 48, right: 24, top: 48, bottom: 30 },
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "scroll" },
    xAxis: { type: "category", data: years },
    yAxis: { type: "value", name: "差异系数" },
    series,
  };
}

/** The school against the standard (100%) and the county's weighted mean, each as a share of the standard. */
export function schoolRadar(data: SchoolBalance): ChartOption {
  const ks = balance.qualityIndicators;
  const ratio = (k: balance.QualityIndicator, v: number | null | undefined) =>
    v === null || v === undefined ? 0 : Math.round((v / data.standards[k]) * 100);
  const schoolValues = ks.map((k) => ratio(k, data.standing?.values[k]));
  const countyValues = ks.map((k) => ratio(k, data.countyMeans[k]));
  const max = Math.max(150, ...schoolValues, ...countyValues);
  return {
    tooltip: {},
    legend: { bottom: 0 },
    radar: {
      indicator: ks.map((k) => ({ name: `${k} ${balance.indicatorInfo[k].shortName}`, max })),
      radius: "62%",
    },
    series: [
      {
        type: "radar",
        data: [
          {
            name: "标准(100%)",
            value: ks.map(() => 100),
            lineStyle: { type: "dashed", color: "#fa8c16" },
            itemStyle: { color: "#fa8c16" },
          },
          { name: "全县加权平均", value: countyValues, itemStyle: { color: "#8c8c8c" } },
          {
            name: data.school.name,
            value: schoolValues,
            areaStyle: { opacity: 0.25 },
            itemStyle: { color: "#1677ff" },
          },
        ],
      },
    ],
  };
}
