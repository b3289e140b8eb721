import { Alert, Button, Card, DatePicker, Form, Input, Select, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { formatDateTime } from "../components/format";
import type { AuditQuery, AuditRow } from "./api";
import { useAuditLog } from "./hooks";
import { actionLabel, auditActionOptions, auditTargetLabels, revealsPersonalData } from "./labels";

interface FilterValues {
  action?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const failed = new Set(["auth.login_failed"]);

function target(row: AuditRow) {
  if (!row.targetType) return "—";
  const kind = auditTargetLabels[row.targetType] ?? row.targetType;
  const name = typeof row.details?.username === "string" ? row.details.username : null;
  const id = row.targetId ? row.targetId.slice(0, 8) : "";
  return (
    <span title={row.targetId ?? undefined}>
      {kind}
      {name ? ` ${name}` : id ? ` ${id}…` : ""}
    </span>
  );
}

const columns: ColumnsType<AuditRow> = [
  {
    title: "时间",
    dataIndex: "at",
    width: 170,
    render: (at: string) => formatDateTime(at),
  },
  { title: "操作人", dataIndex: "actorName", width: 120 },
  {
    title: "操作",
    dataIndex: "action",
    width: 220,
    render: (action: string) => (
      <Tag color={failed.has(action) ? "red" : revealsPersonalData(action) ? "purple" : "blue"} title={action}>
        {actionLabel(action)}
      </Tag>
    ),
  },
  { title: "对象", key: "target", width: 180, render: (_, row) => target(row) },
  {
    title: "事由",
    dataIndex: "reason",
    ellipsis: true,
    render: (reason: string | null) => reason ?? <Typography.Text type="secondary">—</Typography.Text>,
  },
  { title: "IP", dataIndex: "ip", width: 140, render: (ip: string | null) => ip ?? "—" },
];

/** 审计日志: who did what, when, and why, newest first. */
export default function AuditPage() {
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<Omit<AuditQuery, "page" | "pageSize">>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const log = useAuditLog({ ...filters, page, pageSize });

  const onFinish = (values: FilterValues) => {
    const [from, to] = values.range ?? [];
    setFilters({
      action: values.action || undefined,
      actor: values.actor?.trim() || undefined,
      from: from?.format("YYYY-MM-DD"),
      to: to?.format("YYYY-MM-DD"),
    });
    setPage(1);
  };

  return (
    <Card title="审计日志">
      <Form<FilterValues>
        form={form}
        layout="inline"
        name="audit-filters"
        onFinish={onFinish}
        style={{ marginBottom: 16, rowGap: 12 }}
      >
        <Form.Item label="操作" name="action">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部操作"
            style={{ width: 240 }}
            options={auditActionOptions}
          />
        </Form.Item>
        <Form.Item label="操作人" name="actor">
          <Input allowClear placeholder="用户名" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label="日期" name="range">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
              setPage(1);
            }}
          >
            重置
          </Button>
        </Form.Item>
      </Form>
      {log.isError && <Alert type="error" showIcon title={log.error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditRow>
        rowKey="id"
        size="middle"
        data-testid="audit-table"
        loading={log.isFetching}
        columns={columns}
        dataSource={log.data?.rows ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total.toLocaleString("zh-CN")} 条`,
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
    </Card>
  );
}
