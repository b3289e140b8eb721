import { DownloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import { type Figure, type Figures, fitnessApi } from "./api";
import { gradeLabel, one, pct, sexLabel } from "./format";
import { GraduationCard } from "./GraduationCard";
import { useFigures } from "./hooks";

const GREEN = "#52c41a";
const BLUE = "#1677ff";
const RED = "#cf1322";
const ORANGE = "#fa8c16";

function schoolOption(f: Figures): ChartOption {
  const rows = [...f.bySchool].sort((a, b) => (a.figures.passRate ?? 0) - (b.figures.passRate ?? 0));
  const county = f.total.passRate;
  return {
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    legend: { top: 0 },
    grid: { left: 150, right: 30, top: 36, bottom: 24 },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: rows.map((r) => r.schoolName), axisLabel: { width: 140, overflow: "truncate" } },
    series: [
      {
        name: "及格率",
        type: "bar",
        data: rows.map((r) => ({
          value: Math.round((r.figures.passRate ?? 0) * 1000) / 10,
          itemStyle: { color: r.belowCounty ? RED : BLUE },
        })),
        markLine:
          county === null
            ? undefined
            : {
                symbol: "none",
                label: { formatter: `全县 ${pct(county)}` },
                lineStyle: { color: ORANGE, type: "dashed" },
                data: [{ xAxis: Math.round(county * 1000) / 10 }],
              },
      },
      {
        name: "优良率",
        type: "bar",
        data: rows.map((r) => Math.round((r.figures.excellentGoodRate ?? 0) * 1000) / 10),
        itemStyle: { color: GREEN },
      },
    ],
  };
}

function itemOption(t: Figure): ChartOption {
  const items = [...t.items].sort((a, b) => a.meanScore - b.meanScore);
  return {
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 110, right: 40, top: 16, bottom: 24 },
    xAxis: { type: "value", max: 100, name: "平均得分" },
    yAxis: { type: "category", data: items.map((i) => i.label) },
    series: [
      {
        type: "bar",
        data: items.map((i) => ({
          value: Math.round(i.meanScore * 10) / 10,
          itemStyle: { color: t.weakest.includes(i.label) ? ORANGE : BLUE },
        })),
        label: { show: true, position: "right" },
      },
    ],
  };
}

function bmiOption(t: Figure): ChartOption {
  const colors: Record<string, string> = { 低体重: "#91caff", 正常: GREEN, 超重: ORANGE, 肥胖: RED };
  return {
    animation: false,
    tooltip: { trigger: "item", formatter: "{b}:{c} 人({d}%)" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["35%", "65%"],
        center: ["50%", "45%"],
        data: (["低体重", "正常", "超重", "肥胖"] as const).map((k) => ({
          name: k,
          value: t.bmi[k],
          itemStyle: { color: colors[k] },
        })),
        label: { formatter: "{b}\n{d}%" },
      },
    ],
  };
}

function trendOption(f: Figures): ChartOption {
  const r = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 30 },
    xAxis: { type: "category", data: f.trend.map((t) => `${t.testYear}学年`) },
    yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      { name: "及格率", type: "line", data: f.trend.map((t) => r(t.passRate)), itemStyle: { color: BLUE } },
      { name: "优良率", type: "line", data: f.trend.map((t) => r(t.excellentGoodRate)), itemStyle: { color: GREEN } },
      { name: "优秀率", type: "line", data: f.trend.map((t) => r(t.excellentRate)), itemStyle: { color: "#237804" } },
      { name: "肥胖率", type: "line", data: f.trend.map((t) => r(t.obesityRate)), itemStyle: { color: RED } },
    ],
  };
}

type Named = { key: string; name: string; extra?: string; figures: Figure; below?: boolean };

const figureColumns = (first: string): ColumnsType<Named> => [
  {
    title: first,
    dataIndex: "name",
    fixed: "left",
    width: 230,
    render: (v, r) => (
      <Space size={4}>
        {v}
        {r.below && <Tag color="red">低于全县</Tag>}
      </Space>
    ),
  },
  { title: "已测", key: "tested", width: 70, align: "right", render: (_, r) => r.figures.tested },
  { title: "免测", key: "exempt", width: 60, align: "right", render: (_, r) => r.figures.exempt },
  { title: "缓测", key: "deferred", width: 60, align: "right", render: (_, r) => r.figures.deferred },
  { title: "不完整", key: "incomplete", width: 70, align: "right", render: (_, r) => r.figures.incomplete },
  {
    title: "及格率",
    key: "pass",
    width: 80,
    align: "right",
    sorter: (a, b) => (a.figures.passRate ?? 0) - (b.figures.passRate ?? 0),
    render: (_, r) => pct(r.figures.passRate),
  },
  { title: "优良率", key: "eg", width: 80, align: "right", render: (_, r) => pct(r.figures.excellentGoodRate) },
  { title: "优秀率", key: "ex", width: 80, align: "right", render: (_, r) => pct(r.figures.excellentRate) },
  { title: "平均总分", key: "mean", width: 80, align: "right", render: (_, r) => one(r.figures.meanTotal) },
  { title: "超重率", key: "ow", width: 80, align: "right", render: (_, r) => pct(r.figures.overweightRate) },
  { title: "肥胖率", key: "ob", width: 80, align: "right", render: (_, r) => pct(r.figures.obesityRate) },
  { title: "薄弱项目", key: "weak", width: 200, render: (_, r) => r.figures.weakest.join("、") || "—" },
];

/**
 * 体质统计: tested, exempt, pass, good and excellent rates, mean item scores, BMI distribution and weakest items for
 * the reader's scope (county, school or a teacher's classes), by school, township, class, grade and sex; the trend;
 * the schools below the county's pass rate; the sentence for the work report; the method note.
 */
export default function FiguresPage() {
  const { message } = App.useApp();
  const [testYear, setTestYear] = useState<number | undefined>();
  const [schoolId, setSchoolId] = useState<string | undefined>();
  const figures = useFigures({ testYear, schoolId });
  const f = figures.data;
  const options = useMemo(
    () =>
      f ? { school: schoolOption(f), item: itemOption(f.total), bmi: bmiOption(f.total), trend: trendOption(f) } : null,
    [f],
  );
  if (figures.error instanceof ApiError && figures.error.status === 403) return <ForbiddenPage />;
  const t = f?.total;
  const cards = t
    ? [
        {
          key: "tested",
          title: f?.enrolled ? `已测人数(在校 ${f.enrolled})` : "已测人数",
          value: t.tested,
          suffix: "人",
        },
        { key: "exempt", title: "免测 / 缓测", value: `${t.exempt} / ${t.deferred}`, suffix: "人" },
        { key: "pass", title: "及格率", value: pct(t.passRate) },
        { key: "eg", title: "优良率", value: pct(t.excellentGoodRate) },
        { key: "ex", title: "优秀率", value: pct(t.excellentRate) },
        { key: "mean", title: "平均总分", value: one(t.meanTotal) },
        { key: "ob", title: "超重率 / 肥胖率", value: `${pct(t.overweightRate)} / ${pct(t.obesityRate)}` },
      ]
    : [];
  const schoolRows: Named[] = (f?.bySchool ?? []).map((b) => ({
    key: b.schoolId,
    name: b.schoolName,
    figures: b.figures,
    below: b.belowCounty,
  }));
  const exporting = async () => {
    try {
      await fitnessApi.exportFigures({ testYear: f?.testYear ?? undefined, schoolId });
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>体质健康统计</PageTitle>}
        extra={
          <Space wrap>
            <Select
              aria-label="测试学年"
              style={{ width: 130 }}
              value={f?.testYear ?? undefined}
              placeholder="测试学年"
              options={(f?.years ?? []).map((y) => ({ value: y, label: `${y}学年` }))}
              onChange={setTestYear}
            />
            {f?.scope === "county" && (
              <Select
                aria-label="学校"
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 200 }}
                placeholder="全县"
                value={schoolId}
                onChange={setSchoolId}
                options={f.bySchool.map((b) => ({ value: b.schoolId, label: b.schoolName }))}
              />
            )}
            <Button icon={<DownloadOutlined />} onClick={exporting} data-testid="fitness-export">
              导出统计表
            </Button>
          </Space>
        }
      >
        {figures.isError && <Alert type="error" showIcon title={figures.error.message} />}
        {!f || !options ? (
          <Skeleton active />
        ) : f.testYear === null ? (
          <Alert type="info" showIcon title="还没有体质测试成绩。学校导入测试成绩后,这里显示统计。" />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Alert
              type="info"
              showIcon
              title="工作报告表述(由测试成绩自动生成)"
              description={
                <Typography.Paragraph copyable style={{ fontSize: 16, marginBottom: 0 }} data-testid="fitness-sentence">
                  {f.sentence}
                </Typography.Paragraph>
              }
            />
            <Row gutter={[12, 12]}>
              {cards.map((c) => (
                <Col key={c.key} flex="1 1 150px">
                  <Card size="small" data-testid={`fitness-${c.key}`}>
                    <Statistic title={c.title} value={c.value} suffix={c.suffix} />
                  </Card>
                </Col>
              ))}
            </Row>
            <Row gutter={[16, 16]}>
              {f.bySchool.length > 1 && !schoolId && (
                <Col xs={24} xl={14}>
                  <Card size="small" title="各校及格率、优良率(红色为低于全县及格率的学校)">
                    <Chart
                      option={options.school}
                      height={Math.max(260, f.bySchool.length * 26)}
                      ariaLabel="各校及格率"
                      testId="fitness-school-chart"
                    />
                  </Card>
                </Col>
              )}
              <Col xs={24} xl={f.bySchool.length > 1 && !schoolId ? 10 : 12}>
                <Card size="small" title="各项目平均得分(橙色为薄弱项目)">
                  <Chart option={options.item} height={300} ariaLabel="各项目平均得分" />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title="BMI 分布">
                  <Chart option={options.bmi} height={300} ariaLabel="BMI分布" />
                </Card>
              </Col>
              {f.trend.length > 0 && (
                <Col xs={24} xl={12}>
                  <Card size="small" title="历年趋势">
                    <Chart option={options.trend} height={300} ariaLabel="历年趋势" />
                  </Card>
                </Col>
              )}
            </Row>
            {f.schoolsBelow.length > 0 && !schoolId && (
              <Alert
                type="warning"
                showIcon
                title={`及格率低于全县(${pct(f.total.passRate)})的学校 ${f.schoolsBelow.length} 所`}
                description={f.schoolsBelow.map((s) => `${s.schoolName} ${pct(s.passRate)}`).join(";")}
              />
            )}
            <Tabs
              items={[
                ...(schoolRows.length > 0 && !schoolId
                  ? [
                      {
                        key: "school",
                        label: "分学校",
                        children: (
                          <Table
                            size="small"
                            rowKey="key"
                            columns={figureColumns("学校")}
                            dataSource={schoolRows}
                            pagination={false}
                            scroll={{ x: 1200 }}
                          />
                        ),
                      },
                    ]
                  : []),
                ...(f.byTown.length > 0 && !schoolId
                  ? [
                      {
                        key: "town",
                        label: "分乡镇",
                        children: (
                          <Table
                            size="small"
                            rowKey="key"
                            columns={figureColumns("乡镇")}
                            dataSource={f.byTown.map((b) => ({
                              key: b.townName,
                              name: b.townName,
                              figures: b.figures,
                            }))}
                            pagination={false}
                            scroll={{ x: 1200 }}
                          />
                        ),
                      },
                    ]
                  : []),
                ...(f.byClass.length > 0
                  ? [
                      {
                        key: "class",
                        label: "分班级",
                        children: (
                          <Table
                            size="small"
                            rowKey="key"
                            columns={figureColumns("班级")}
                            dataSource={f.byClass.map((b) => ({
                              key: b.classId,
                              name: b.className,
                              figures: b.figures,
                            }))}
                            pagination={false}
                            scroll={{ x: 1200 }}
                          />
                        ),
                      },
                    ]
                  : []),
                {
                  key: "grade",
                  label: "分年级、性别",
                  children: (
                    <Table
                      size="small"
                      rowKey="key"
                      columns={figureColumns("年级、性别")}
                      dataSource={f.byGradeSex.map((b) => ({
                        key: `${b.grade}-${b.sex}`,
                        name: `${gradeLabel(b.grade)} ${sexLabel(b.sex)}`,
                        figures: b.figures,
                      }))}
                      pagination={false}
                      scroll={{ x: 1200 }}
                    />
                  ),
                },
              ]}
            />
            <GraduationCard f={f} showSchools={f.scope === "county" && !schoolId} />
            <Card size="small" title="计算方法说明" data-testid="fitness-method">
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                评分表版本:{f.versions.join("、") || "—"}
              </Typography.Paragraph>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {f.methodNotes.map((n) => (
                  <li key={n}>
                    <Typography.Text type="secondary">{n}</Typography.Text>
                  </li>
                ))}
              </ul>
            </Card>
          </Space>
        )}
      </Card>
    </Space>
  );
}
