import type { BarSeriesOption, PieSeriesOption } from "echarts/charts";
import { BarChart, PieChart } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { type CSSProperties, useEffect, useRef } from "react";

echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The ECharts options this wrapper can draw (only the registered charts and components). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** Headless test browsers set navigator.webdriver: draw at once, without animation. */
const underTest = typeof navigator !== "undefined" && navigator.webdriver === true;

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
 * Options replace the previous ones (no merging of stale series).
 */
export function Chart({ option, height = 300, testId, ariaLabel, style }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { aria: { enabled: true }, ...option, ...(underTest ? { animation: false } : {}) },
      { notMerge: true },
    );
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: "100%", height, ...style }}
    />
  );
}
