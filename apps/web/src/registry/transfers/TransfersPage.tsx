import { registry } from "@edubureau/core";
import { Alert, Button, Card, Space, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../app/api";
import { useAuth, useMe } from "../../app/auth";
import { paths } from "../../app/menu";
import { ForbiddenPage } from "../../app/StatusPages";
import { PageTitle } from "../../components/PageTitle";
import { transferStatusColors } from "../labels";
import type { TransferQuery, TransferRow } from "./api";
import { useOverdueTransfers, useRegistrySettings, useTransfers } from "./hooks";
import { OverdueSettingButton } from "./OverdueSettingButton";
import { ReceiveTransferModal, TransferDecisionModal } from "./TransferDecisionModals";
import { waitedLabel } from "./waited";

type Tab = "in" | "out" | "all";

const overdueText = (days: number) => `超过${days}天未接收,疑似辍学`;

interface Actions {
  receive: (row: TransferRow) => void;
  reject: (row: TransferRow) => void;
  cancel: (row: TransferRow) => void;
}

/** Whose register holds the student now: the receiving school once received, else the school transferring out. */
const holderOf = (r: TransferRow) => (r.status === "received" ? r.toSchoolId : r.fromSchoolId);

function columnsFor(
  actions: Actions,
  mySchoolId: string | null,
  writes: boolean,
  days: number,
): ColumnsType<TransferRow> {
  const columns: ColumnsType<TransferRow> = [
    {
      title: "学生",
      dataIndex: "studentName",
      width: 160,
      render: (name: string, r) => (
        <div>
          {mySchoolId === null || holderOf(r) === mySchoolId ? (
            <Link to={`${paths.students}/${r.studentId}`}>{name}</Link>
          ) : (
            <Typography.Text>{name}</Typography.Text>
          )}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: "monospace" }}>
              {r.studentNumberMasked}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: "转出学校", dataIndex: "fromSchoolName", width: 150, ellipsis: true },
    {
      title: "转入学校",
      dataIndex: "toSchoolName",
      width: 180,
      ellipsis: true,
      render: (name: string | null, r) =>
        name ?? (
          <span title={r.destination ?? undefined}>
            <Tag color="purple">县外</Tag>
            {r.destination ?? ""}
          </span>
        ),
    },
    { title: "转学原因", dataIndex: "reason", ellipsis: true },
    {
      title: "申请日期",
      dataIndex: "initiatedOn",
      width: 120,
      render: (on: string, r) => (
        <div>
          <div>{on}</div>
          {r.daysPending !== null && (
            <Typography.Text type={r.overdue ? "danger" : "secondary"} strong={r.overdue} style={{ fontSize: 12 }}>
              {waitedLabel(r.daysPending)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: "状态",
      dataIndex: "status",
      width: 220,
      render: (status: registry.TransferStatus, r) => (
        <div>
          <Space size={4} wrap>
            <Tag color={transferStatusColors[status]}>{r.statusLabel}</Tag>
            {r.overdue && (
              <Tag color="red" data-testid="transfer-overdue">
                {overdueText(days)}
              </Tag>
            )}
          </Space>
          {r.decidedOn && status !== "pending" && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.decidedOn} 办结
                {r.decisionNote && (
                  <Tooltip title={r.decisionNote}>
                    <span style={{ borderBottom: "1px dashed", marginInlineStart: 4 }}>原因</span>
                  </Tooltip>
                )}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 150,
      fixed: "right",
      render: (_: unknown, r) => (
        <Space size={0}>
          {r.can.receive && (
            <Button type="link" size="small" data-testid="transfer-receive" onClick={() => actions.receive(r)}>
              接收
            </Button>
          )}
          {r.can.reject && (
            <Button type="link" size="small" danger data-testid="transfer-reject" onClick={() => actions.reject(r)}>
              退回
            </Button>
          )}
          {r.can.cancel && (
            <Button type="link" size="small" danger data-testid="transfer-cancel" onClick={() => actions.cancel(r)}>
              撤销
            </Button>
          )}
        </Space>
      ),
    },
  ];
  // readers (leadership, inspectors) act on nothing: no empty 操作 column
  return writes ? columns : columns.filter((c) => c.key !== "actions");
}

/**
 * 转学: transfers into and out of the user's school (the county's, for county roles). Pending transfers older than
 * the limit are suspected dropouts and shown in red. Buttons follow the server's per-row abilities.
 */
export default function TransfersPage() {
  const me = useMe();
  const { can } = useAuth();
  const county = me.user.schoolId === null;
  const [tab, setTab] = useState<Tab>("in");
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [receiving, setReceiving] = useState<TransferRow | null>(null);
  const [rejecting, setRejecting] = useState<TransferRow | null>(null);
  const [cancelling, setCancelling] = useState<TransferRow | null>(null);

  // the county has no "in" or "out" of its own: its first tab is every pending transfer
  const query: TransferQuery =
    tab === "in" ? { direction: county ? "all" : "in", status: "pending", ...paging } : { direction: tab, ...paging };
  const transfers = useTransfers(query);
  const overdue = useOverdueTransfers();
  const overdueCount = overdue.data?.rows.length ?? 0;
  const settings = useRegistrySettings();
  const days = overdue.data?.days ?? settings.data?.transferOverdueDays ?? registry.DEFAULT_TRANSFER_OVERDUE_DAYS;
  // the county's rules are set by the register's owning section, not by a school
  const setsRules = county && me.user.role === "section" && can("write", "registry");

  if (transfers.error instanceof ApiError && transfers.error.status === 403) return <ForbiddenPage />;

  const tabs = [
    { key: "in", label: county ? "待接收" : "转入待接收" },
    ...(county ? [] : [{ key: "out", label: "转出" }]),
    { key: "all", label: "全部" },
  ];

  return (
    <Card title={<PageTitle inline>转学</PageTitle>} extra={setsRules && <OverdueSettingButton />}>
      {overdueCount > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="transfers-overdue-alert"
          title={`有 ${overdueCount} 名学生转学${overdueText(days)},请尽快核实并督促接收。`}
          description={overdue.data?.rows
            .slice(0, 5)
            .map(
              (r) =>
                `${r.studentName}(${r.fromSchoolName} → ${r.toSchoolName ?? "县外"},${r.daysPending === null ? "—" : waitedLabel(r.daysPending)})`,
            )
            .join(";")}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setTab(key as Tab);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        items={tabs}
      />
      {transfers.isError && (
        <Alert type="error" showIcon title={transfers.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<TransferRow>
        rowKey="id"
        size="middle"
        data-testid="transfers-table"
        loading={transfers.isFetching}
        columns={columnsFor(
          { receive: setReceiving, reject: setRejecting, cancel: setCancelling },
          me.user.schoolId,
          can("write", "registry"),
          days,
        )}
        dataSource={transfers.data?.rows ?? []}
        rowClassName={(r) => (r.overdue ? "row-danger" : "")}
        scroll={{ x: 1100 }}
        locale={{ emptyText: tab === "in" ? "没有待接收的转学申请" : "暂无转学记录" }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: transfers.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, marginBottom: 0 }}>
        转学申请由转出学校在学生详情页发起;转入学校接收后学籍随之转移。县外转出即时办结。转入学校
        <span data-testid="transfers-overdue-days">{days}</span>
        天内未接收的,按疑似辍学纳入控辍保学跟踪(天数由基础教育股在「逾期设置」中设定)。
      </Typography.Paragraph>
      <ReceiveTransferModal row={receiving} onClose={() => setReceiving(null)} />
      <TransferDecisionModal action="reject" row={rejecting} onClose={() => setRejecting(null)} />
      <TransferDecisionModal action="cancel" row={cancelling} onClose={() => setCancelling(null)} />
    </Card>
  );
}
