import { balance } from "@edubureau/core";
import { describe, expect, it } from "vitest";
import { coefficientChart } from "../balance/report/charts";
import { printableChartOption, renderChartSvg } from "./chartImage";

const subjects = ["语文", "数学", "英语", "道德与法治", "历史", "地理", "物理", "信息技术"];

const barChart = (labels: string[], extra: Record<string, unknown> = {}) => ({
  title: { text: "各科与全县平均的差(标准差单位)", left: "center" },
  grid: { left: 50, right: 30, top: 50, bottom: 40 },
  xAxis: { type: "category", data: labels },
  yAxis: { type: "value" },
  series: [{ type: "bar", data: labels.map((_, i) => i - 3) }],
  ...extra,
});

type Axis = { axisLabel: Record<string, unknown> };

describe("printableChartOption", () => {
  it("labels every category", () => {
    const [x] = printableChartOption(barChart(subjects), 600, 300).xAxis as Axis[];
    expect(x!.axisLabel).toMatchObject({ interval: 0, hideOverlap: false });
  });

  it("puts the legend below the plot, never over the title", () => {
    const out = printableChartOption(barChart(subjects, { legend: { top: 28 } }), 600, 320);
    expect(out.legend).toMatchObject({ bottom: 6 });
    expect(out.legend).not.toHaveProperty("top");
    expect(out.title).toMatchObject({ top: 6 });
    // room below for the legend
    expect((out.grid as { bottom: number }).bottom).toBeGreaterThanOrEqual(40 + 28);
  });

  it("breaks a label wider than its slot onto lines, or sets it at an angle when the slot is narrow", () => {
    const long = [
      "生均教学及辅助用房面积",
      "生均体育运动场馆面积",
      "生均教学仪器设备值",
      "网络多媒体教室数",
      "高于规定学历教师数",
    ];
    const [wrapped] = printableChartOption(barChart(long), 600, 300).xAxis as Axis[];
    expect(wrapped!.axisLabel).toMatchObject({ overflow: "break" });
    expect(wrapped!.axisLabel.width).toBeLessThan(520 / 5);
    const many = Array.from({ length: 30 }, (_, i) => `北原县第${i + 1}小学`);
    const [rotated] = printableChartOption(barChart(many), 600, 300).xAxis as Axis[];
    expect(rotated!.axisLabel).toMatchObject({ rotate: 45, interval: 0 });
  });

  it("labels every school of a horizontal bar chart", () => {
    const out = printableChartOption(
      { xAxis: { type: "value" }, yAxis: { type: "category", data: subjects } },
      600,
      300,
    );
    expect((out.yAxis as Axis[])[0]!.axisLabel).toMatchObject({ interval: 0 });
  });
});

describe("renderChartSvg", () => {
  /** The labels drawn, the lines of a label broken onto several joined again (same anchor, same rotation). */
  const texts = (svg: string) => {
    const at = new Map<string, string>();
    for (const m of svg.matchAll(/<text[^>]*transform="([^"]*)"[^>]*>([^<]*)<\/text>/g))
      at.set(m[1]!, (at.get(m[1]!) ?? "") + m[2]);
    return [...at.values()];
  };

  it("draws the name of each of eight subjects", () => {
    const drawn = texts(renderChartSvg(barChart(subjects), 600, 300));
    for (const s of subjects) expect(drawn).toContain(s);
  });

  it("draws each of the basic-balance indicators' labels apart (no label cut or run into the next)", () => {
    const indicators = balance.basicIndicators.map((k, i) => ({
      indicator: k,
      shortName: balance.indicatorInfo[k].shortName,
      cv: 0.3 + i * 0.01,
      passed: true,
    }));
    const svg = renderChartSvg(coefficientChart(indicators as never, null, "基本均衡 8 项指标差异系数"), 600, 300);
    const drawn = texts(svg);
    for (const i of indicators) expect(drawn).toContain(`${i.indicator}${i.shortName}`);
  });
});
