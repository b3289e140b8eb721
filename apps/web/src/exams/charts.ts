/** ECharts options of the exam pages, built from the server's figures only. */
import type { ChartOption } from "../components/Chart";
import type { ItemsView, NamedStats, Stats, SubjectView, ValueAddedGroup } from "./api";
import { levelColors, rateColors } from "./format";

/** The score-band histogram of the county (and optionally one group beside it), as shares of those who sat. */
export function bandsOption(s: SubjectView, group?: { name: string; stats: Stats }): ChartOption {
  const labels = s.bandEdges.slice(0, -1).map((e, i) => `${e}–${s.bandEdges[i + 1]}`);
  const share = (g: Stats) => g.bands.map((n) => (g.sat > 0 ? Number(((n / g.sat) * 100).toFixed(1)) : 0));
  return {
    tooltip: { trigger: "axis", valueFormatter: (v) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: { type: "category", data: labels, name: "分数段", nameLocation: "middle", nameGap: 30 },
    yAxis: { type: "value", name: "占实考%" },
    series: [
      { name: "全县", type: "bar", data: share(s.county), itemStyle: { color: "#91caff" } },
      ...(group
        ? [{ name: group.name, type: "bar" as const, data: share(group.stats), itemStyle: { color: "#1677ff" } }]
        : []),
    ],
  };
}

/** Box plots by school (min, Q1, median, Q3, max), with the county mean as a line. */
export function boxBySchoolOption(s: SubjectView): ChartOption {
  const schools = s.schools.filter((g) => g.sat > 0).sort((a, b) => (b.median ?? 0) - (a.median ?? 0));
  return {
    tooltip: { trigger: "item" },
    grid: { left: 48, right: 16, top: 24, bottom: 110 },
    xAxis: { type: "category", data: schools.map((g) => g.name), axisLabel: { rotate: 40, fontSize: 11 } },
    yAxis: { type: "value", name: "分数", max: s.fullMarks },
    series: [
      {
        name: s.name,
        type: "boxplot",
        data: schools.map((g) => [g.min ?? 0, g.q1 ?? 0, g.median ?? 0, g.q3 ?? 0, g.max ?? 0]),
        markLine: {
          symbol: "none",
          data: [{ yAxis: Number((s.county.mean ?? 0).toFixed(1)), name: "全县平均" }],
          label: { formatter: "全县平均 {c}", position: "insideEndTop" },
          lineStyle: { color: "#fa8c16", type: "dashed" },
        },
      },
    ],
  };
}

/** Excellent, pass and low rates by group (schools or classes), against the configured denominator. */
export function ratesOption(groups: NamedStats[], county: Stats): ChartOption {
  const rows = [{ name: "全县", ...county }, ...groups];
  const pct = (v: number | null) => (v === null ? 0 : Number((v * 100).toFixed(1)));
  return {
    tooltip: { trigger: "axis", valueFormatter: (v) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 110 },
    xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { rotate: 40, fontSize: 11 } },
    yAxis: { type: "value", name: "%", max: 100 },
    series: (["excellent", "pass", "low"] as const).map((k) => ({
      name: { excellent: "优秀率", pass: "及格率", low: "低分率" }[k],
      type: "bar" as const,
      data: rows.map((r) => pct(r.rates[k])),
      itemStyle: { color: rateColors[k] },
    })),
  };
}

/** Value added: each group's earlier standing (x) against its gain (y), with the interval in the tooltip. */
export function valueAddedOption(groups: ValueAddedGroup[]): ChartOption {
  const shown = groups.filter((g) => !g.hidden && g.estimate !== null);
  return {
    tooltip: {
      trigger: "item",
      formatter: (p) => {
        const g = shown[(p as { dataIndex: number }).dataIndex]!;
        return `${g.name}<br/>增值 ${g.estimate!.toFixed(2)}(95%区间 ${g.low?.toFixed(2)} ~ ${g.high?.toFixed(2)})<br/>匹配学生 ${g.n} 人`;
      },
    },
    grid: { left: 56, right: 96, top: 24, bottom: 48 },
    xAxis: { type: "value", name: "前次考试标准分均值", nameLocation: "middle", nameGap: 30, scale: true },
    yAxis: { type: "value", name: "增值(残差均值)", scale: true },
    series: [
      {
        type: "scatter",
        symbolSize: (v: number[]) => Math.max(8, Math.min(28, Math.sqrt(v[2] ?? 1) * 2)),
        data: shown.map((g) => [Number(g.previous!.toFixed(3)), Number(g.estimate!.toFixed(3)), g.n]),
        itemStyle: { color: "#1677ff" },
        label: {
          show: shown.length <= 40,
          formatter: (p) => shown[p.dataIndex]!.name.slice(0, 8),
          position: "right",
          fontSize: 10,
        },
        markLine: { symbol: "none", data: [{ yAxis: 0 }], lineStyle: { color: "#8c8c8c" }, label: { show: false } },
      },
    ],
  };
}

/** Level distribution (A–D) of groups as stacked shares. */
export function levelsOption(levelNames: string[], rows: { name: string; stats: Stats }[]): ChartOption {
  return {
    tooltip: { trigger: "axis", valueFormatter: (v) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 90, right: 24, top: 36, bottom: 24 },
    xAxis: { type: "value", max: 100, name: "%" },
    yAxis: { type: "category", data: rows.map((r) => r.name), inverse: true },
    series: levelNames.map((name, i) => ({
      name: `${name}等`,
      type: "bar" as const,
      stack: "levels",
      itemStyle: { color: levelColors[i] },
      data: rows.map((r) =>
        r.stats.sat > 0 ? Number((((r.stats.levels[i] ?? 0) / r.stats.sat) * 100).toFixed(1)) : 0,
      ),
    })),
  };
}

/** Each subject's difference from the county in standard deviations. */
export function subjectDiffOption(rows: { name: string; value: number | null }[]): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: "category", data: rows.map((r) => r.name) },
    yAxis: { type: "value", name: "标准差" },
    series: [
      {
        type: "bar",
        barMaxWidth: 40,
        data: rows.map((r) => ({
          value: r.value === null ? 0 : Number(r.value.toFixed(2)),
          itemStyle: { color: (r.value ?? 0) >= 0 ? "#1677ff" : "#ff4d4f" },
        })),
        label: { show: true, position: "top" },
      },
    ],
  };
}

/** Difficulty and discrimination per item, with the 0.4/0.3/0.2 discrimination lines. */
export function itemsOption(view: ItemsView): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: "category", data: view.items.map((i) => `第${i.number}题`), axisLabel: { fontSize: 11 } },
    yAxis: { type: "value", min: -0.2, max: 1 },
    series: [
      {
        name: "难度 P",
        type: "bar",
        data: view.items.map((i) => Number((i.difficulty ?? 0).toFixed(2))),
        itemStyle: { color: "#91caff" },
      },
      {
        name: "区分度 D",
        type: "line",
        data: view.items.map((i) => Number((i.discrimination ?? 0).toFixed(2))),
        itemStyle: { color: "#fa541c" },
        markLine: {
          symbol: "none",
          lineStyle: { type: "dashed" },
          data: [
            { yAxis: 0.4, name: "很好" },
            { yAxis: 0.2, name: "需修改" },
          ],
          label: { formatter: "D={c}" },
        },
      },
    ],
  };
}
