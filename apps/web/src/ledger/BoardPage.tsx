import { AppstoreOutlined, DownloadOutlined, TableOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Grid,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { Finding, FindingQuery } from "./api";
import { ledgerApi } from "./api";
import {
  DeadlineText,
  FindingTable,
  findingPath,
  KindSelect,
  SchoolSelect,
  SeverityTag,
  stateChartColors,
} from "./components";
import { useFindings } from "./hooks";

type Filters = Omit<FindingQuery, "page" | "pageSize">;
const KANBAN_STATES: ledger.FindingState[] = ["pending", "in_progress", "awaiting_review", "closed"];
const KANBAN_CARDS = 30;

function KanbanCard({ f }: { f: Finding }) {
  return (
    <Link to={findingPath(f.id)} data-testid="kanban-card">
      <Card
        size="small"
        hoverable
        style={{ marginBottom: 8, borderColor: f.deadlineStatus === "overdue" ? "#ffa39e" : undefined }}
      >
        <Space size={4} wrap style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.number}
          </Typography.Text>
          <SeverityTag f={f} />
          {f.scope === "common" && <Tag color="geekblue">共性</Tag>}
        </Space>
        <div style={{ fontWeight: 500 }}>{f.targetName}</div>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
          【{f.category}】{f.description}
        </Typography.Paragraph>
        <DeadlineText f={f} />
      </Card>
    </Link>
  );
}

/** One kanban column: the state's findings (most urgent first) under its count. */
function KanbanColumn({ state, filters, total }: { state: ledger.FindingState; filters: Filters; total: number }) {
  const column = useFindings({ ...filters, state, page: 1, pageSize: KANBAN_CARDS });
  const rows = column.data?.rows ?? [];
  return (
    <Card
      size="small"
      data-testid={`kanban-${state}`}
      title={
        <Space>
          <Badge color={stateChartColors[state]} />
          {ledger.findingState.labels[state]}
          <Typography.Text type="secondary">{total}</Typography.Text>
        </Space>
      }
      styles={{ body: { background: "#fafafa", minHeight: 200, maxHeight: 640, overflowY: "auto" } }}
      loading={column.isLoading}
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />
      ) : (
        rows.map((f) => <KanbanCard key={f.id} f={f} />)
      )}
      {total > rows.length && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          另有 {total - rows.length} 项,请切换到表格查看
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * The kanban's four columns: side by side on a desktop, two by two on a tablet; on a phone a row of columns, each
 * nearly the screen's width, swiped sideways inside its own box (snapping to a column), never scrolling the page.
 */
function Kanban({ filters, counts }: { filters: Filters; counts?: Record<ledger.FindingState, number> }) {
  const phone = Grid.useBreakpoint().md === false;
  const columns = KANBAN_STATES.map((state) => (
    <KanbanColumn key={state} state={state} filters={{ ...filters, state: undefined }} total={counts?.[state] ?? 0} />
  ));
  if (phone) {
    return (
      <div
        data-testid="kanban-scroller"
        style={{
          display: "grid",
          gridAutoFlow: "column",
          gridAutoColumns: "85%",
          gap: 12,
          overflowX: "auto",
          scrollSnapType: "x mandatory",
          overscrollBehaviorX: "contain",
          paddingBottom: 4,
        }}
      >
        {columns.map((c) => (
          <div key={c.key} style={{ scrollSnapAlign: "start", minWidth: 0 }}>
            {c}
          </div>
        ))}
      </div>
    );
  }
  return (
    <Row gutter={12}>
      {columns.map((c) => (
        <Col key={c.key} xs={24} md={12} xl={6}>
          {c}
        </Col>
      ))}
    </Row>
  );
}

/**
 * 整改台账 (the county board): every finding in scope as a table or a kanban by state, filtered by type, school,
 * severity, state and overdue; the ledger exports as xlsx in the bureau's layout.
 */
export default function BoardPage() {
  const me = useMe();
  const { message } = App.useApp();
  const county = me.user.schoolId === null;
  const [view, setView] = useState<"table" | "kanban">("table");
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [exporting, setExporting] = useState(false);
  const list = useFindings({ ...filters, ...paging });
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };

  if (list.error instanceof ApiError && list.error.status === 403) return <ForbiddenPage />;
  const counts = list.data?.counts;
  const open = counts ? counts.pending + counts.in_progress + counts.awaiting_review : 0;

  const exportLedger = async () => {
    setExporting(true);
    try {
      const name = await ledgerApi.exportLedger(filters);
      message.success(`已导出 ${name}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : "导出失败");
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={<PageTitle inline>整改台账</PageTitle>}
      extra={
        <Space>
          <Segmented
            value={view}
            onChange={(v) => setView(v as "table" | "kanban")}
            options={[
              { value: "table", label: "表格", icon: <TableOutlined /> },
              { value: "kanban", label: "看板", icon: <AppstoreOutlined /> },
            ]}
            data-testid="board-view"
          />
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportLedger} data-testid="export-ledger">
            导出台账
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <KindSelect
          value={filters.kind}
          onChange={(kind) => set({ kind: kind as ledger.InspectionKind | undefined })}
        />
        {county && <SchoolSelect value={filters.schoolId} onChange={(schoolId) => set({ schoolId })} />}
        <Select
          allowClear
          aria-label="严重程度"
          placeholder="严重程度"
          style={{ width: 120 }}
          value={filters.severity}
          onChange={(severity) => set({ severity })}
          options={ledger.severity.codes.map((s) => ({ value: s, label: ledger.severity.labels[s] }))}
          data-testid="filter-severity"
        />
        {view === "table" && (
          <Select
            allowClear
            aria-label="整改状态"
            placeholder="整改状态"
            style={{ width: 120 }}
            value={filters.state}
            onChange={(state) => set({ state })}
            options={ledger.findingState.codes.map((s) => ({ value: s, label: ledger.findingState.labels[s] }))}
            data-testid="filter-state"
          />
        )}
        <Space size={4}>
          <Switch
            id="filter-overdue"
            size="small"
            checked={filters.overdue ?? false}
            onChange={(overdue) => set({ overdue })}
            data-testid="filter-overdue"
          />
          <label htmlFor="filter-overdue">只看逾期</label>
        </Space>
        <Input.Search
          allowClear
          aria-label="搜索问题描述、编号、责任单位"
          placeholder="问题描述、编号、责任单位"
          style={{ width: 240 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
      </Space>
      {counts && (
        <Alert
          type={open > 0 ? "info" : "success"}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <span data-testid="board-summary">
              共 {list.data?.total ?? 0} 项:待整改 {counts.pending},整改中 {counts.in_progress},待复查{" "}
              {counts.awaiting_review},已销号 {counts.closed}
              {counts.withdrawn > 0 ? `,已撤销 ${counts.withdrawn}` : ""}
            </span>
          }
        />
      )}
      {list.isError && !(list.error instanceof ApiError && list.error.status === 403) && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      )}
      {view === "table" ? (
        <FindingTable
          rows={list.data?.rows ?? []}
          loading={list.isFetching}
          withTarget={county}
          testId="board-table"
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => `共 ${n} 项`,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      ) : (
        <Kanban filters={filters} counts={counts} />
      )}
    </Card>
  );
}
