import { Select, Space, Tag, Typography } from "antd";
import { Chart, type ChartOption } from "../components/Chart";
import type { CockpitFigure } from "./api";

/** The years a reader may choose: the current school year and the four before it. */
export function YearSelect(props: {
  value: number | undefined;
  current: number | undefined;
  onChange: (y: number) => void;
}) {
  const current = props.current ?? new Date().getFullYear();
  const years = [0, 1, 2, 3, 4].map((d) => current - d);
  return (
    <Space>
      <Typography.Text type="secondary">年度</Typography.Text>
      <Select<number>
        aria-label="年度"
        value={props.value ?? current}
        onChange={props.onChange}
        style={{ width: 110 }}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
      />
    </Space>
  );
}

const GOOD = "#237804";
const BAD = "#cf1322";

/** The change against last year, coloured by whether a rise is good news for this figure. */
export function ChangeTag({ figure }: { figure: CockpitFigure }) {
  const c = figure.change;
  if (!c) return <Typography.Text type="secondary">无上年可比数据</Typography.Text>;
  if (c.direction === "same") return <Tag>与上年持平</Tag>;
  const good = figure.higherIsBetter === null ? null : (c.direction === "up") === figure.higherIsBetter;
  const color = good === null ? "default" : good ? "success" : "error";
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {c.direction === "up" ? "↑" : "↓"} {c.phrase.replace("比上年", "")}
    </Tag>
  );
}

/** Five years of a figure as a small line (years without a value are gaps). */
export function Sparkline({ figure }: { figure: CockpitFigure }) {
  const colour =
    figure.change && figure.higherIsBetter !== null && figure.change.direction !== "same"
      ? (figure.change.direction === "up") === figure.higherIsBetter
        ? GOOD
        : BAD
      : "#1677ff";
  const option: ChartOption = {
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    tooltip: { trigger: "axis", formatter: "{b}年:{c}" },
    xAxis: { type: "category", show: false, data: figure.trend.map((t) => String(t.year)) },
    yAxis: { type: "value", show: false, scale: true },
    series: [
      {
        type: "line",
        data: figure.trend.map((t) => t.value),
        symbolSize: 4,
        lineStyle: { width: 2, color: colour },
        itemStyle: { color: colour },
        connectNulls: false,
      },
    ],
  };
  const known = figure.trend.filter((t) => t.value !== null).length;
  if (known < 2) return <div style={{ height: 36 }} />;
  return (
    <Chart
      option={option}
      height={36}
      ariaLabel={`${figure.name}近五年走势:${figure.trend.map((t) => `${t.year}年${t.value ?? "无数据"}`).join(",")}`}
    />
  );
}
