import type {
  BarSeriesOption,
  BoxplotSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  RadarSeriesOption,
  ScatterSeriesOption,
} from "echarts/charts";
import { BarChart, BoxplotChart, HeatmapChart, LineChart, PieChart, RadarChart, ScatterChart } from "echarts/charts";
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  RadarComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { type CSSProperties, useEffect, useRef, useState } from "react";

echarts.use([
  BarChart,
  BoxplotChart,
  HeatmapChart,
  LineChart,
  PieChart,
  RadarChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** The ECharts options this wrapper can draw (only the registered charts and components). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | BoxplotSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | RadarSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | RadarComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Headless test browsers set navigator.webdriver: draw at once, without animation. */
const underTest = typeof navigator !== "undefined" && navigator.webdriver === true;

/** Below this width (a phone's card) a pie's labels outside the ring need more room than the ring leaves them. */
const NARROW = 480;

/**
 * The option as drawn at a narrow width: a pie's or ring's radii at three quarters, so the labels beside it keep
 * their text instead of being cut to "…".
 */
export function narrowOption(option: ChartOption): ChartOption {
  const series = option.series;
  if (!Array.isArray(series)) return option;
  const scale = (r: unknown) => (typeof r === "string" && r.endsWith("%") ? `${Number.parseFloat(r) * 0.75}%` : r);
  return {
    ...option,
    series: series.map((s) =>
      s.type === "pie" && s.radius !== undefined
        ? {
            ...s,
            radius: (Array.isArray(s.radius) ? s.radius.map(scale) : scale(s.radius)) as PieSeriesOption["radius"],
          }
        : s,
    ),
  };
}

interface ChartProps {
  option: ChartOption;
  height?: number;
  /** for end-to-end tests */
  testId?: string;
  /** what the chart shows, for screen readers */
  ariaLabel?: string;
  style?: CSSProperties;
}

/**
 * An ECharts chart in a div: created on mount, resized with its container, disposed on unmount.
 * Options replace the previous ones (no merging of stale series). Narrower than 480 px (a phone), pies shrink so their
 * labels fit (`narrowOption`).
 */
export function Chart({ option, height = 300, testId, ariaLabel, style }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [narrow, setNarrow] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    setNarrow(element.clientWidth < NARROW);
    const observer = new ResizeObserver(() => {
      setNarrow(element.clientWidth < NARROW);
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        aria: { enabled: true },
        ...(narrow ? narrowOption(option) : option),
        ...(underTest ? { animation: false } : {}),
      },
      { notMerge: true },
    );
  }, [option, narrow]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      data-narrow={narrow}
      style={{ width: "100%", height, ...style }}
    />
  );
}
