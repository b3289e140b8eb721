import { Card, Collapse, Empty, Table, Tag, Typography } from "antd";
import { useSearchParams } from "react-router";
import { Chart, type ChartOption } from "../components/Chart";
import { YearSelect } from "../registry/filters";
import type { Indicator, Overview } from "./api";
import {
  FAIL_COLOR,
  indicatorData,
  indicatorThreshold,
  indicatorValue,
  PASS_COLOR,
  statusColor,
  statusLabel,
} from "./format";
import { usePreschoolYears } from "./hooks";

/** The year in the address (?year=2026), or the county's current school year. */
export function usePreschoolYear() {
  const [params, setParams] = useSearchParams();
  const years = usePreschoolYears();
  const chosen = params.get("year");
  const year = chosen && /^\d{4}$/.test(chosen) ? Number(chosen) : years.data?.current;
  const select = (
    <YearSelect
      testId="preschool-year"
      value={year}
      years={years.data?.years ?? []}
      onChange={(y) => setParams((p) => ({ ...Object.fromEntries(p), year: String(y) }))}
    />
  );
  return { year, select, ready: years.data !== undefined || years.isError };
}

export function StatusTag({ status }: { status: Indicator["status"] }) {
  return <Tag color={statusColor[status]}>{statusLabel[status]}</Tag>;
}

/** The share indicators against their standard: bars coloured by the verdict, the standard as an orange mark. */
export function indicatorChartOption(indicators: Indicator[]): ChartOption {
  const shares = indicators.filter((i) => i.form === "share");
  // a phone's card: shorter labels and fewer ticks, so the bars keep their room
  const narrow = typeof window !== "undefined" && window.innerWidth < 600;
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: "value", max: 100, splitNumber: narrow ? 2 : 5, axisLabel: { formatter: "{value}%" } },
    yAxis: {
      type: "category",
      inverse: true,
      data: shares.map((i) => i.label),
      axisLabel: { width: narrow ? 96 : 170, overflow: "truncate", fontSize: narrow ? 10 : 12 },
    },
    series: [
      {
        type: "bar",
        name: "数值",
        barMaxWidth: 14,
        data: shares.map((i) => ({
          value: i.value === null ? 0 : Number((i.value * 100).toFixed(1)),
          itemStyle: { color: i.status === "pass" ? "#52c41a" : i.status === "fail" ? "#ff4d4f" : "#d9d9d9" },
        })),
        label: {
          show: true,
          position: "right",
          formatter: (p: { dataIndex: number }) => indicatorValue(shares[p.dataIndex] as Indicator),
        },
      },
      {
        type: "scatter",
        name: "标准",
        symbol: "rect",
        symbolSize: [3, 16],
        itemStyle: { color: "#fa8c16" },
        data: shares.map((i) => Number((i.threshold * 100).toFixed(1))),
      },
    ],
  };
}

/** The indicators with value, standard, verdict, the data behind each, and (expanded) what pulls it down. */
export function IndicatorTable({ indicators, testId }: { indicators: Indicator[]; testId?: string }) {
  return (
    <Table<Indicator>
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 760 }}
      dataSource={indicators}
      expandable={{
        rowExpandable: (i) => i.pulling.length > 0 || i.method.length > 0,
        expandedRowRender: (i) => (
          <div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              口径:{i.method}
            </Typography.Paragraph>
            {i.pulling.length > 0 && (
              <>
                <Typography.Text strong>
                  拉低该指标的{i.key === "gross_enrollment" || i.key === "rural_central" ? "乡镇" : "幼儿园"}:
                </Typography.Text>
                <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
                  {i.pulling.map((p) => (
                    <li key={p.id}>
                      {p.name}:{p.note}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ),
      }}
      columns={[
        { title: "指标", dataIndex: "label", width: 260 },
        {
          title: "数值",
          key: "value",
          width: 110,
          render: (_: unknown, i) => (
            <Typography.Text
              strong
              style={{ color: i.status === "fail" ? FAIL_COLOR : i.status === "pass" ? PASS_COLOR : undefined }}
            >
              {indicatorValue(i)}
            </Typography.Text>
          ),
        },
        { title: "标准", key: "threshold", width: 120, render: (_: unknown, i) => indicatorThreshold(i) },
        { title: "结论", key: "status", width: 90, render: (_: unknown, i) => <StatusTag status={i.status} /> },
        { title: "数据", key: "data", render: (_: unknown, i) => indicatorData(i) },
        {
          title: "拉低",
          key: "pulling",
          width: 80,
          render: (_: unknown, i) => (i.pulling.length > 0 ? `${i.pulling.length} 处` : "—"),
        },
      ]}
    />
  );
}

/** The page's method note: every convention of the figures, as the README and the workbook state them. */
export function MethodNote({ notes }: { notes: string[] }) {
  return (
    <Collapse
      size="small"
      items={[
        {
          key: "method",
          label: "计算口径与数据说明",
          children: (
            <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="preschool-method">
              {notes.map((n) => (
                <li key={n}>
                  <Typography.Text>{n}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

export function IndicatorChartCard({ overview }: { overview: Overview }) {
  const shares = overview.evaluation.indicators.filter((i) => i.form === "share");
  return (
    <Card size="small" title="各项指标与标准(橙色为标准线)">
      {shares.length === 0 ? (
        <Empty />
      ) : (
        <Chart
          option={indicatorChartOption(overview.evaluation.indicators)}
          height={36 + shares.length * 30}
          testId="preschool-indicator-chart"
          ariaLabel="各项指标与标准的条形图"
        />
      )}
    </Card>
  );
}
