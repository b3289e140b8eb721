import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";

/** CJK fonts of the usual Debian and Ubuntu packages; charts need one for their Chinese labels. */
const CJK_FONTS = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
];
const FONT_FAMILY = "Noto Sans CJK SC";

type Option = Record<string, unknown>;
type Axis = Record<string, unknown> & { type?: string; data?: unknown[]; axisLabel?: Record<string, unknown> };

/** The width in pixels of a label in a sans-serif font: a full-width (CJK) character is one em, the rest about 0.6. */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}

const labelText = (v: unknown) =>
  String(v !== null && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const px = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);

/**
 * An ECharts option made fit for print: every category of a category axis gets its label (interval 0, no hiding of
 * overlapping labels), a label wider than its slot is broken onto lines or, when the slot is too narrow for that, set
 * at an angle; the legend goes below the plot, never over the title; the plot leaves room for the labels and the
 * legend. Every chart of a Word report goes through here (wordChart), so a chart added later gets the same.
 *
 * @example printableChartOption({ xAxis: { type: "category", data: subjects }, legend: {}, series }, 600, 300)
 */
export function printableChartOption(option: Option, width: number, _height: number): Option {
  const out: Option = { ...option };
  const grid = { left: 50, right: 30, top: 50, bottom: 40, ...((option.grid as Option | undefined) ?? {}) };
  const hasLegend = option.legend !== undefined;
  if (option.title) out.title = { top: 6, ...(option.title as Option) };
  if (hasLegend) {
    const { top: _top, ...legend } = option.legend as Option;
    out.legend = { ...legend, bottom: 6, left: "center" };
  }
  let extraBottom = hasLegend ? 28 : 0;
  const plotWidth = width - px(grid.left, 50) - px(grid.right, 30);
  if (option.xAxis !== undefined)
    out.xAxis = asArray(option.xAxis as Axis | Axis[] | undefined).map((axis) => {
      if (axis.type !== "category") return axis;
      const labels = (axis.data ?? []).map(labelText);
      const fontSize = px(axis.axisLabel?.fontSize, 12);
      const slot = plotWidth / Math.max(1, labels.length);
      const widest = Math.max(0, ...labels.flatMap((l) => l.split("\n")).map((l) => labelWidth(l, fontSize)));
      const axisLabel: Record<string, unknown> = { ...axis.axisLabel, interval: 0, hideOverlap: false };
      if (widest > slot - 6) {
        if (slot >= 3 * fontSize) {
          // broken onto lines within its slot, of even length: "生均教\n辅用房" rather than "生均教辅用\n房"
          const width = Math.floor(Math.min(slot - 6, widest / Math.ceil(widest / (slot - 6)) + fontSize / 2));
          Object.assign(axisLabel, { width, overflow: "break", lineHeight: fontSize + 2 });
          const lines = Math.max(
            ...labels.map((l) =>
              l.split("\n").reduce((n, part) => n + Math.ceil(labelWidth(part, fontSize) / width), 0),
            ),
          );
          extraBottom += Math.max(0, lines - 1) * (fontSize + 2);
        } else {
          Object.assign(axisLabel, { rotate: 45 });
          extraBottom += Math.ceil(widest * Math.SQRT1_2);
        }
      }
      return { ...axis, axisLabel };
    });
  if (option.yAxis !== undefined)
    out.yAxis = asArray(option.yAxis as Axis | Axis[] | undefined).map((axis) =>
      axis.type === "category" ? { ...axis, axisLabel: { ...axis.axisLabel, interval: 0, hideOverlap: false } } : axis,
    );
  out.grid = { ...grid, bottom: px(grid.bottom, 40) + extraBottom, containLabel: false };
  return out;
}

/**
 * Renders an ECharts option to an SVG string on the server (ECharts' server-side SVG renderer), with the print
 * fitting of printableChartOption applied.
 */
export function renderChartSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY },
      backgroundColor: "#fff",
      ...printableChartOption(option as Option, width, height),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Renders an ECharts option to a PNG on the server (for Word reports): ECharts' server-side SVG renderer, then resvg.
 * Chinese labels need a CJK font on the machine (fonts-noto-cjk); without one the chart still renders, with the
 * labels missing.
 *
 * @example const png = renderChartPng({ xAxis: …, yAxis: …, series: … }, 640, 360);
 */
export function renderChartPng(option: echarts.EChartsCoreOption, width: number, height: number): Buffer {
  const svg = renderChartSvg(option, width, height);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: {
      fontFiles: CJK_FONTS.filter((f) => existsSync(f)),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
