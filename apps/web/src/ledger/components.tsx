import { ledger } from "@edubureau/core";
import { Grid, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType, TablePaginationConfig } from "antd/es/table";
import { Link } from "react-router";
import { paths } from "../app/menu";
import type { Finding } from "./api";
import { FindingCards } from "./FindingCards";
import { useInspectionTypes, useLedgerSchools } from "./hooks";

/** Colours of the rectification states, the severities and the deadline states (antd tag presets). */
export const stateColors: Record<ledger.FindingState, string> = {
  pending: "orange",
  in_progress: "blue",
  awaiting_review: "purple",
  closed: "green",
  withdrawn: "default",
};
export const stateChartColors: Record<ledger.FindingState, string> = {
  pending: "#fa8c16",
  in_progress: "#1677ff",
  awaiting_review: "#722ed1",
  closed: "#52c41a",
  withdrawn: "#bfbfbf",
};
export const severityColors: Record<ledger.Severity, string> = { minor: "default", major: "gold", critical: "red" };

export const StateTag = ({ f }: { f: Pick<Finding, "state" | "stateLabel"> }) => (
  <Tag color={stateColors[f.state]}>{f.stateLabel}</Tag>
);
export const SeverityTag = ({ f }: { f: Pick<Finding, "severity" | "severityLabel"> }) => (
  <Tag color={severityColors[f.severity]}>{f.severityLabel}</Tag>
);

/** The deadline with what it means today: days left, due soon, or days overdue (in red). */
export function DeadlineText({ f }: { f: Finding }) {
  const extended = f.deadline !== f.originalDeadline;
  return (
    <div>
      <div>
        {f.deadline}
        {extended && (
          <Tooltip title={`原定时限 ${f.originalDeadline},已批准延期`}>
            <Tag color="cyan" style={{ marginInlineStart: 4 }}>
              已延期
            </Tag>
          </Tooltip>
        )}
      </div>
      {f.deadlineStatus === "overdue" && (
        <Typography.Text type="danger" strong style={{ fontSize: 12 }} data-testid="finding-overdue">
          逾期 {f.daysOverdue} 天
        </Typography.Text>
      )}
      {f.deadlineStatus === "approaching" && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {f.daysLeft === 0 ? "今天到期" : `还剩 ${f.daysLeft} 天`}
        </Typography.Text>
      )}
      {f.deadlineStatus === "on_track" && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          还剩 {f.daysLeft} 天
        </Typography.Text>
      )}
      {f.closedOn && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {f.closedOn} 销号
        </Typography.Text>
      )}
    </div>
  );
}

export const findingPath = (id: string) => `${paths.ledgerFindings}/${id}`;

/** The columns of a finding list; `withTarget` false on a school's own lists. */
export function findingColumns(withTarget = true): ColumnsType<Finding> {
  const columns: ColumnsType<Finding> = [
    {
      title: "编号",
      dataIndex: "number",
      width: 100,
      render: (n: string, f) => (
        <Link to={findingPath(f.id)} data-testid="finding-link">
          {n}
        </Link>
      ),
    },
    ...(withTarget ? [{ title: "学校/机构", dataIndex: "targetName", width: 160, ellipsis: true }] : []),
    {
      title: "问题",
      dataIndex: "description",
      render: (d: string, f) => (
        <div>
          <Space size={4} wrap>
            <Typography.Text type="secondary">【{f.category}】</Typography.Text>
            {f.scope === "common" && <Tag color="geekblue">共性</Tag>}
          </Space>
          <div>{d}</div>
        </div>
      ),
    },
    { title: "类型", dataIndex: "kindLabel", width: 110 },
    { title: "严重程度", dataIndex: "severity", width: 90, render: (_: unknown, f) => <SeverityTag f={f} /> },
    { title: "责任人", dataIndex: "responsiblePerson", width: 100, ellipsis: true },
    { title: "整改时限", dataIndex: "deadline", width: 140, render: (_: unknown, f) => <DeadlineText f={f} /> },
    {
      title: "状态",
      dataIndex: "state",
      width: 120,
      render: (_: unknown, f) => (
        <Space size={4} wrap>
          <StateTag f={f} />
          {f.extensionRequest && <Tag color="cyan">延期待批</Tag>}
        </Space>
      ),
    },
  ];
  return columns;
}

/** A list of findings: a table, or on a phone (below antd's md breakpoint) cards one under the other. */
export function FindingTable({
  rows,
  loading,
  pagination,
  withTarget = true,
  testId = "findings-table",
}: {
  rows: Finding[];
  loading?: boolean;
  pagination?: false | TablePaginationConfig;
  withTarget?: boolean;
  testId?: string;
}) {
  const screens = Grid.useBreakpoint();
  if (screens.md === false) {
    return (
      <FindingCards rows={rows} loading={loading} pagination={pagination} withTarget={withTarget} testId={testId} />
    );
  }
  return (
    <Table<Finding>
      rowKey="id"
      size="middle"
      data-testid={testId}
      loading={loading}
      columns={findingColumns(withTarget)}
      dataSource={rows}
      pagination={pagination}
      scroll={{ x: 1000 }}
      rowClassName={(f) => (f.deadlineStatus === "overdue" ? "row-danger" : "")}
    />
  );
}

/** A select of the kinds of inspection. */
export function KindSelect(props: { value?: string; onChange: (v: string | undefined) => void; width?: number }) {
  return (
    <Select
      allowClear
      aria-label="检查类型"
      placeholder="检查类型"
      style={{ width: props.width ?? 150 }}
      value={props.value}
      onChange={props.onChange}
      options={ledger.inspectionKind.codes.map((k) => ({ value: k, label: ledger.inspectionKind.labels[k] }))}
      data-testid="filter-kind"
    />
  );
}

/** A select of the schools the user may see. */
export function SchoolSelect(props: { value?: string; onChange: (v: string | undefined) => void }) {
  const schools = useLedgerSchools();
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      aria-label="学校"
      placeholder="学校"
      style={{ width: 200 }}
      value={props.value}
      onChange={props.onChange}
      loading={schools.isLoading}
      options={(schools.data?.rows ?? []).map((s) => ({ value: s.id, label: s.name }))}
      data-testid="filter-school"
    />
  );
}

/** The inspection types of the county, active first. */
export function useTypeOptions(kind?: string) {
  const types = useInspectionTypes();
  return (types.data?.rows ?? [])
    .filter((t) => t.active && (!kind || t.kind === kind))
    .map((t) => ({ value: t.id, label: `${t.name}(${t.kindLabel})`, type: t }));
}
