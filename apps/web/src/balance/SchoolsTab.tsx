import { balance } from "@edubureau/core";
import { Card, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo } from "react";
import { Link } from "react-router";
import { Chart } from "../components/Chart";
import type { Overview, SchoolStanding } from "./api";
import { schoolHeatmap } from "./chartOptions";
import { indicatorValue, percent } from "./format";
import { VerdictTag } from "./IndicatorTable";

export function standingTag(s: Pick<SchoolStanding, "passes">) {
  if (s.passes === null) return <Tag>缺办学条件</Tag>;
  return <VerdictTag passed={s.passes} />;
}

function columns(o: Overview): ColumnsType<SchoolStanding> {
  const q = `year=${o.schoolYear}&stage=${o.stage}`;
  return [
    {
      title: "学校",
      dataIndex: "name",
      fixed: "left",
      width: 200,
      render: (name: string, s) => (
        <Link to={`/balance/schools/${s.schoolId}?${q}`} data-testid="balance-school-link">
          {name}
        </Link>
      ),
    },
    { title: "在校生", dataIndex: "students", width: 80, align: "right", sorter: (a, b) => a.students - b.students },
    ...balance.qualityIndicators.map((k) => ({
      title: (
        <Tooltip title={`${balance.indicatorInfo[k].name}(标准 ${o.standards[k]})`}>
          {k} {balance.indicatorInfo[k].shortName}
        </Tooltip>
      ),
      key: k,
      width: 110,
      align: "right" as const,
      sorter: (a: SchoolStanding, b: SchoolStanding) => (a.ratios[k] ?? -1) - (b.ratios[k] ?? -1),
      render: (_: unknown, s: SchoolStanding) => {
        const r = s.ratios[k];
        const type =
          r === null ? undefined : r >= 1 ? "success" : r >= o.rule.schoolRemainderShare ? "warning" : "danger";
        return (
          <Tooltip title={`达到标准的 ${percent(r)}`}>
            <Typography.Text type={type}>{indicatorValue(k, s.values[k])}</Typography.Text>
          </Tooltip>
        );
      },
    })),
    {
      title: "达标项数",
      dataIndex: "metCount",
      width: 90,
      align: "right",
      sorter: (a, b) => a.metCount - b.metCount,
      defaultSortOrder: "ascend",
    },
    { title: "结论", key: "passes", width: 100, render: (_, s) => standingTag(s) },
  ];
}

/** 学校达标: the heat map of schools × indicators and the table of values. */
export function SchoolsTab({ overview }: { overview: Overview }) {
  const option = useMemo(() => schoolHeatmap(overview.schools), [overview.schools]);
  const height = Math.max(260, 110 + overview.schools.length * 26);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      {overview.schools.length > 1 && (
        <Card size="small" title="学校 × 指标热力图(数值为达到标准的百分比)">
          <Chart option={option} height={height} testId="chart-balance-heatmap" ariaLabel="各校指标达到标准的程度" />
        </Card>
      )}
      <Card
        size="small"
        title={`各校指标值(至少 ${overview.rule.schoolMinimumMet} 项达标,其余不低于标准的 ${Math.round(overview.rule.schoolRemainderShare * 100)}%)`}
      >
        <Table<SchoolStanding>
          rowKey="schoolId"
          size="small"
          data-testid="balance-schools-table"
          columns={columns(overview)}
          dataSource={overview.schools}
          scroll={{ x: 1300 }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 所` }}
        />
      </Card>
    </Space>
  );
}
