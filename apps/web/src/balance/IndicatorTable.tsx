import { Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { IndicatorRow } from "./api";
import { coefficient, fixed } from "./format";

export function VerdictTag({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Tag>无法判定</Tag>;
  return passed ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>;
}

const columns = (withLimit: boolean): ColumnsType<IndicatorRow> => [
  { title: "指标", dataIndex: "indicator", width: 64 },
  { title: "名称", dataIndex: "name", ellipsis: true },
  {
    title: "加权平均值",
    key: "mean",
    align: "right",
    width: 130,
    render: (_, r) => `${fixed(r.mean, r.digits)} ${r.unit}`,
  },
  { title: "标准差", key: "sd", align: "right", width: 100, render: (_, r) => fixed(r.sd, r.digits) },
  {
    title: "差异系数",
    key: "cv",
    align: "right",
    width: 100,
    render: (_, r) =>
      r.cv === null ? (
        <Tooltip title={r.noDataReason}>—</Tooltip>
      ) : (
        <Typography.Text strong type={r.passed === false ? "danger" : undefined}>
          {coefficient(r.cv)}
        </Typography.Text>
      ),
  },
  ...(withLimit
    ? [
        { title: "限值", dataIndex: "limit", width: 70, align: "right" as const },
        {
          title: "结论",
          key: "passed",
          width: 90,
          render: (_: unknown, r: IndicatorRow) => <VerdictTag passed={r.passed} />,
        },
      ]
    : []),
  {
    title: "学校数",
    key: "schools",
    width: 90,
    align: "right",
    render: (_, r) =>
      r.missing > 0 ? <Tooltip title={`${r.missing} 所学校缺数据未计入`}>{r.schools}*</Tooltip> : r.schools,
  },
];

/** An indicator table: weighted mean, standard deviation and coefficient, with the limit where there is one. */
export function IndicatorTable({
  rows,
  withLimit,
  testId,
}: {
  rows: IndicatorRow[];
  withLimit: boolean;
  testId: string;
}) {
  return (
    <Table<IndicatorRow>
      rowKey="indicator"
      size="small"
      data-testid={testId}
      columns={columns(withLimit)}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 760 }}
    />
  );
}
