import { Alert, Card, Col, DatePicker, Row, Skeleton, Space, Statistic, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Statistics, Stats } from "./api";
import { KindSelect } from "./components";
import { useStatistics } from "./hooks";

const rate = (r: number | null) => (r === null ? "—" : `${r}%`);
const GREEN = "#52c41a";
const BLUE = "#1677ff";
const RED = "#cf1322";
/** Green for figures in text: the charts' green is 2.3:1 on white, this one 5.6:1. */
const GREEN_TEXT = "#237804";

function kindOption(data: Statistics): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 40 },
    xAxis: { type: "category", data: data.byKind.map((k) => k.label), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "项/次" },
    series: [
      {
        name: "检查次数",
        type: "bar",
        data: data.byKind.map((k) => k.stats.inspections),
        itemStyle: { color: "#8c8c8c" },
      },
      { name: "发现问题", type: "bar", data: data.byKind.map((k) => k.stats.findings), itemStyle: { color: BLUE } },
      { name: "已整改", type: "bar", data: data.byKind.map((k) => k.stats.rectified), itemStyle: { color: GREEN } },
      { name: "逾期未改", type: "bar", data: data.byKind.map((k) => k.stats.overdue), itemStyle: { color: RED } },
    ],
  };
}

function schoolOption(data: Statistics): ChartOption {
  const rows = data.bySchool.slice(0, 15).reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 150, right: 24, top: 36, bottom: 24 },
    xAxis: { type: "value", name: "项" },
    yAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { width: 140, overflow: "truncate" } },
    series: [
      {
        name: "已整改",
        type: "bar",
        stack: "s",
        data: rows.map((r) => r.stats.rectified),
        itemStyle: { color: GREEN },
      },
      {
        name: "整改中(未逾期)",
        type: "bar",
        stack: "s",
        data: rows.map((r) => r.stats.open - r.stats.overdue),
        itemStyle: { color: BLUE },
      },
      { name: "逾期未改", type: "bar", stack: "s", data: rows.map((r) => r.stats.overdue), itemStyle: { color: RED } },
    ],
  };
}

function categoryOption(data: Statistics): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c} 项({d}%)" },
    legend: { type: "scroll", bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["35%", "65%"],
        center: ["50%", "45%"],
        data: data.byCategory.map((c) => ({ name: c.name, value: c.stats.findings })),
        label: { formatter: "{b}\n{c}项" },
      },
    ],
  };
}

type StatRow = { key: string; name: string; stats: Stats };
const columns: ColumnsType<StatRow> = [
  { title: "学校/机构", dataIndex: "name", ellipsis: true },
  { title: "检查次数", key: "i", width: 90, align: "right", render: (_, r) => r.stats.inspections },
  {
    title: "发现问题",
    key: "f",
    width: 90,
    align: "right",
    sorter: (a, b) => a.stats.findings - b.stats.findings,
    render: (_, r) => r.stats.findings,
  },
  { title: "已整改", key: "r", width: 80, align: "right", render: (_, r) => r.stats.rectified },
  { title: "按期整改", key: "t", width: 90, align: "right", render: (_, r) => r.stats.rectifiedOnTime },
  {
    title: "逾期未改",
    key: "o",
    width: 90,
    align: "right",
    sorter: (a, b) => a.stats.overdue - b.stats.overdue,
    render: (_, r) => (r.stats.overdue > 0 ? <Typography.Text type="danger">{r.stats.overdue}</Typography.Text> : 0),
  },
  {
    title: "整改率",
    key: "rate",
    width: 90,
    align: "right",
    sorter: (a, b) => (a.stats.rectificationRate ?? 0) - (b.stats.rectificationRate ?? 0),
    render: (_, r) => rate(r.stats.rectificationRate),
  },
  {
    title: "平均销号天数",
    key: "d",
    width: 110,
    align: "right",
    render: (_, r) => r.stats.averageDaysToClose ?? "—",
  },
];

/**
 * 整改统计: inspections done, findings raised, rectified (on time), overdue, average days to close and the
 * rectification rate, per type and period, by school and category — and the sentence for the work report.
 */
export default function StatisticsPage() {
  const [kind, setKind] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    kind,
    from: range?.[0]?.format("YYYY-MM-DD"),
    to: range?.[1]?.format("YYYY-MM-DD"),
  };
  const stats = useStatistics(query);
  const data = stats.data;
  const options = useMemo(
    () => (data ? { kind: kindOption(data), school: schoolOption(data), category: categoryOption(data) } : null),
    [data],
  );

  if (stats.error instanceof ApiError && stats.error.status === 403) return <ForbiddenPage />;
  const t = data?.totals;
  const cards = t
    ? [
        { key: "inspections", title: "开展检查", value: t.inspections, suffix: "次" },
        { key: "findings", title: "发现问题", value: t.findings, suffix: "项" },
        { key: "rectified", title: "已整改销号", value: t.rectified, suffix: "项", color: GREEN_TEXT },
        {
          key: "rate",
          title: "整改率",
          value: t.rectificationRate ?? "—",
          suffix: t.rectificationRate === null ? "" : "%",
          color: GREEN_TEXT,
        },
        { key: "ontime", title: "按期整改率", value: t.onTimeRate ?? "—", suffix: t.onTimeRate === null ? "" : "%" },
        { key: "overdue", title: "逾期未整改", value: t.overdue, suffix: "项", color: t.overdue > 0 ? RED : undefined },
        {
          key: "days",
          title: "平均销号天数",
          value: t.averageDaysToClose ?? "—",
          suffix: t.averageDaysToClose === null ? "" : "天",
        },
      ]
    : [];

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>整改统计</PageTitle>}
        extra={
          <Space wrap>
            <KindSelect value={kind} onChange={setKind} />
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => setRange(v)}
              placeholder={["检查日期起", "检查日期止"]}
              data-testid="stats-range"
            />
          </Space>
        }
      >
        {stats.isError && <Alert type="error" showIcon title={stats.error.message} />}
        {!data ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Alert
              type="info"
              showIcon
              title="工作报告表述(由台账记录自动生成)"
              description={
                <Typography.Paragraph copyable style={{ fontSize: 18, marginBottom: 0 }} data-testid="stats-sentence">
                  {data.sentence}
                </Typography.Paragraph>
              }
            />
            {data.byKind.length > 1 && !kind && (
              <ul style={{ margin: 0 }} data-testid="stats-kind-sentences">
                {data.byKind.map((k) => (
                  <li key={k.kind}>
                    <Typography.Text copyable>{k.sentence}</Typography.Text>
                  </li>
                ))}
              </ul>
            )}
            <Row gutter={[12, 12]}>
              {cards.map((c) => (
                <Col key={c.key} flex="1 1 150px">
                  <Card size="small" data-testid={`stats-${c.key}`}>
                    <Statistic
                      title={c.title}
                      value={c.value}
                      suffix={c.suffix}
                      styles={c.color ? { content: { color: c.color } } : undefined}
                    />
                  </Card>
                </Col>
              ))}
            </Row>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              口径:已整改指复查通过并销号的问题;已撤销的问题不计入;按期指在(经批准延期后的)整改时限内销号;整改率向下取一位小数,未全部销号时不会显示为100%。
            </Typography.Text>
          </Space>
        )}
      </Card>
      {data && options && data.totals.findings > 0 && (
        <Row gutter={[16, 16]}>
          {!kind && (
            <Col xs={24} xl={12}>
              <Card title="各类检查">
                <Chart
                  option={options.kind}
                  height={320}
                  testId="stats-chart-kind"
                  ariaLabel="各类检查的检查次数、发现问题、已整改和逾期数"
                />
              </Card>
            </Col>
          )}
          <Col xs={24} xl={kind ? 24 : 12}>
            <Card title="问题类别">
              <Chart option={options.category} height={320} testId="stats-chart-category" ariaLabel="问题按类别分布" />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title="各单位整改情况(问题最多的15个)">
              <Chart
                option={options.school}
                height={Math.max(240, Math.min(15, data.bySchool.length) * 28 + 60)}
                testId="stats-chart-school"
                ariaLabel="各单位已整改、整改中和逾期问题数"
              />
            </Card>
          </Col>
        </Row>
      )}
      {data && (
        <Card title="按单位">
          <Table<StatRow>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={data.bySchool}
            pagination={{ pageSize: 20 }}
            data-testid="stats-by-school"
          />
        </Card>
      )}
      {data && (
        <Card title="按严重程度">
          <Table<StatRow>
            rowKey="key"
            size="small"
            pagination={false}
            columns={[{ ...columns[0], title: "严重程度" }, ...columns.slice(2)] as ColumnsType<StatRow>}
            dataSource={data.bySeverity}
          />
        </Card>
      )}
    </Space>
  );
}
