import { Alert, Button, Card, DatePicker, Form, Grid, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import type { AuditQuery, AuditRow } from "./api";
import { useAuditLog, useAuditTargetSearch } from "./hooks";
import {
  actionLabel,
  auditActionOptions,
  auditSearchableKinds,
  auditTargetKindOptions,
  auditTargetLabels,
  revealsPersonalData,
} from "./labels";

interface FilterValues {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

type Filters = Omit<AuditQuery, "page" | "pageSize">;
const FILTER_KEYS = ["action", "actor", "targetType", "targetId", "from", "to"] as const;

const failed = new Set(["auth.login_failed"]);

const kindLabel = (type: string) => auditTargetLabels[type] ?? type;

/** What a row is about: its kind, and the record by name (a click filters the log to that record). */
function Target({ row, onPick }: { row: AuditRow; onPick: (type: string, id: string) => void }) {
  if (!row.targetType) return <Typography.Text type="secondary">—</Typography.Text>;
  const name = row.targetLabel ?? (row.targetId ? `${row.targetId.slice(0, 8)}…` : "");
  return (
    <span>
      <Typography.Text type="secondary">{kindLabel(row.targetType)}</Typography.Text>{" "}
      {row.targetId ? (
        <Typography.Link
          title={`只看「${name}」的操作记录`}
          onClick={() => onPick(row.targetType!, row.targetId!)}
          data-testid="audit-target"
        >
          {name}
        </Typography.Link>
      ) : null}
    </span>
  );
}

/** Who did it: the display name, the username beneath it; a failed login's typed name as it was typed. */
function Actor({ row }: { row: AuditRow }) {
  if (!row.actorDisplayName) return <span>{row.actorName}</span>;
  return (
    <span>
      <div>{row.actorDisplayName}</div>
      {row.actorDisplayName !== row.actorName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.actorName}
        </Typography.Text>
      )}
    </span>
  );
}

function ActionTag({ action }: { action: string }) {
  return (
    <Tag color={failed.has(action) ? "red" : revealsPersonalData(action) ? "purple" : "blue"} title={action}>
      {actionLabel(action)}
    </Tag>
  );
}

/** On a phone one column holds the whole row: when and who, what, to which record, why. */
const phoneColumns = (onPick: (type: string, id: string) => void): ColumnsType<AuditRow> => [
  {
    title: "操作记录",
    key: "row",
    render: (_, row) => (
      <Space orientation="vertical" size={2} style={{ width: "100%" }}>
        <Space size={8} wrap>
          <ActionTag action={row.action} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(row.at)}
          </Typography.Text>
        </Space>
        <span>
          {row.actorDisplayName ?? row.actorName}
          {row.actorDisplayName && row.actorDisplayName !== row.actorName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {" "}
              {row.actorName}
            </Typography.Text>
          )}
        </span>
        {row.targetType && <Target row={row} onPick={onPick} />}
        {row.reason && <Typography.Text type="secondary">事由:{row.reason}</Typography.Text>}
      </Space>
    ),
  },
];

const columns = (onPick: (type: string, id: string) => void): ColumnsType<AuditRow> => [
  {
    title: "时间",
    dataIndex: "at",
    width: 170,
    render: (at: string) => formatDateTime(at),
  },
  { title: "操作人", key: "actor", width: 150, render: (_, row) => <Actor row={row} /> },
  { title: "操作", dataIndex: "action", width: 220, render: (action: string) => <ActionTag action={action} /> },
  { title: "对象", key: "target", width: 280, render: (_, row) => <Target row={row} onPick={onPick} /> },
  {
    title: "事由",
    dataIndex: "reason",
    ellipsis: true,
    render: (reason: string | null) => reason ?? <Typography.Text type="secondary">—</Typography.Text>,
  },
  { title: "IP", dataIndex: "ip", width: 140, render: (ip: string | null) => ip ?? "—" },
];

/** The filters named in the address (a record's page links here with its kind and id). */
function filtersOf(params: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** The object filter: a record of the chosen kind, searched by its name (or the one a link named). */
function ObjectSelect({
  id,
  kind,
  value,
  onChange,
  current,
}: {
  /** from Form.Item, so that its label names the select */
  id?: string;
  kind?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  current: { id: string; label: string | null } | null;
}) {
  const [text, setText] = useState("");
  const searchable = Boolean(kind && (auditSearchableKinds as readonly string[]).includes(kind));
  const found = useAuditTargetSearch(searchable ? kind : undefined, text);
  const options = (found.data ?? []).map((m) => ({ value: m.id, label: m.label }));
  if (current && value === current.id && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.label ?? `${current.id.slice(0, 8)}…` });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={(v) => onChange?.(v)}
      disabled={!kind}
      placeholder={
        !kind
          ? "先选对象类型"
          : searchable
            ? kind === "student"
              ? "姓名或身份证号后四位"
              : "输入名称或编号查找"
            : "从对象页面的「操作记录」进入"
      }
      notFoundContent={found.isFetching ? "查找中…" : text.trim() ? "未找到" : searchable ? "输入名称查找" : null}
      loading={found.isFetching}
      style={{ width: 260 }}
      options={options}
      data-testid="audit-object"
    />
  );
}

/** 审计日志: who did what, to which record, when, and why, newest first; filtered by action, person or record. */
export default function AuditPage() {
  const [form] = Form.useForm<FilterValues>();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const log = useAuditLog({ ...filters, page, pageSize });
  const kind = Form.useWatch("targetType", form);
  const key = params.toString();
  const phone = Grid.useBreakpoint().md === false;

  // the form shows the filters in the address (after a link, back and forward)
  useEffect(() => {
    const f = filtersOf(new URLSearchParams(key));
    form.setFieldsValue({
      action: f.action,
      actor: f.actor,
      targetType: f.targetType,
      targetId: f.targetId,
      range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
    });
    setPage(1);
  }, [key, form]);

  const apply = (next: Filters) => {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) if (next[k]) p.set(k, next[k]!);
    setParams(p);
    setPage(1);
  };

  const onFinish = (values: FilterValues) => {
    const [from, to] = values.range ?? [];
    apply({
      action: values.action || undefined,
      actor: values.actor?.trim() || undefined,
      targetType: values.targetType || undefined,
      targetId: (values.targetType && values.targetId) || undefined,
      from: from?.format("YYYY-MM-DD"),
      to: to?.format("YYYY-MM-DD"),
    });
  };

  const pickObject = (targetType: string, targetId: string) => apply({ ...filters, targetType, targetId });
  const object = log.data?.target ?? null;

  return (
    <Card title={<PageTitle inline>审计日志</PageTitle>}>
      <Form<FilterValues>
        form={form}
        layout="inline"
        name="audit-filters"
        onFinish={onFinish}
        onValuesChange={(changed) => {
          if ("targetType" in changed) form.setFieldValue("targetId", undefined);
        }}
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
          <Input allowClear placeholder="姓名或用户名" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label="对象类型" name="targetType">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部对象"
            style={{ width: 160 }}
            options={auditTargetKindOptions}
            data-testid="audit-object-kind"
          />
        </Form.Item>
        <Form.Item label="对象" name="targetId">
          <ObjectSelect
            kind={kind}
            current={object && object.type === kind ? { id: object.id, label: object.label } : null}
          />
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
              apply({});
            }}
          >
            重置
          </Button>
        </Form.Item>
      </Form>
      {object && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="audit-object-filter"
          title={
            <Space wrap size={4}>
              <span>
                正在查看{kindLabel(object.type)}「{object.label ?? `${object.id.slice(0, 8)}…`}」的操作记录
              </span>
              <Typography.Link
                onClick={() => apply({ ...filters, targetType: undefined, targetId: undefined })}
                data-testid="audit-object-clear"
              >
                查看全部
              </Typography.Link>
            </Space>
          }
        />
      )}
      {log.isError && <Alert type="error" showIcon title={log.error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditRow>
        rowKey="id"
        size="middle"
        data-testid="audit-table"
        loading={log.isFetching}
        columns={phone ? phoneColumns(pickObject) : columns(pickObject)}
        dataSource={log.data?.rows ?? []}
        scroll={phone ? undefined : { x: 1100 }}
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
