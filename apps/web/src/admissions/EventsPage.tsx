import { PlusOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAuth, useMe } from "../app/auth";
import { paths } from "../app/menu";
import type { DrawKind, EventRow } from "./api";
import { useEvents } from "./hooks";
import { beijingTime, shortDigest, statusColors } from "./labels";

const columns: ColumnsType<EventRow> = [
  {
    title: "活动",
    dataIndex: "title",
    render: (title: string, r) => (
      <div>
        <Link to={`${paths.admissions}/events/${r.id}`}>{title}</Link>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: "monospace" }}>
            {r.code}
          </Typography.Text>
          {r.rerunOfId && (
            <Tag color="purple" style={{ marginInlineStart: 8 }}>
              重新抽签
            </Tag>
          )}
        </div>
      </div>
    ),
  },
  { title: "类型", dataIndex: "kindLabel", width: 100 },
  { title: "学校", dataIndex: "schoolName", width: 160, ellipsis: true, render: (n: string | null) => n ?? "全县" },
  { title: "人数", dataIndex: "entries", width: 80, align: "right" },
  { title: "活动时间", dataIndex: "eventTime", width: 150, render: (t: string) => beijingTime(t) },
  {
    title: "名单摘要",
    dataIndex: "inputDigest",
    width: 170,
    render: (d: string) => (
      <Tooltip title={d}>
        <Typography.Text style={{ fontFamily: "monospace", fontSize: 12 }}>{shortDigest(d)}</Typography.Text>
      </Tooltip>
    ),
  },
  {
    title: "状态",
    dataIndex: "status",
    width: 170,
    render: (s: EventRow["status"], r) => (
      <Space size={4} wrap>
        <Tag color={statusColors[s]}>{r.statusLabel}</Tag>
        {r.confirmedAt && <Tag color="cyan">已写入班级</Tag>}
      </Space>
    ),
  },
];

/** All draw events in scope, by kind, with the ways to start a new one for those who may. */
export default function EventsPage() {
  const { can } = useAuth();
  const me = useMe();
  const navigate = useNavigate();
  const [kind, setKind] = useState<DrawKind | "all">("all");
  const { data, isLoading, error } = useEvents(kind === "all" ? undefined : kind);
  const writes = can("write", "admissions");
  const county = me.user.role !== "school_admin";

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="admissions-title">
          招生入学 · 阳光分班、摇号与指标到校
        </Typography.Title>
        <Space wrap>
          {writes && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(paths.admissionsNewAllocation)}>
              新建阳光分班
            </Button>
          )}
          {writes && county && (
            <Button icon={<PlusOutlined />} onClick={() => navigate(paths.admissionsNewLottery)}>
              新建摇号
            </Button>
          )}
          {writes && county && (
            <Button icon={<PlusOutlined />} onClick={() => navigate(paths.admissionsNewQuota)}>
              新建指标到校
            </Button>
          )}
          <Button icon={<SafetyCertificateOutlined />} href="/verify" target="_blank">
            公示验证页
          </Button>
        </Space>
      </Space>
      <Alert
        type="info"
        showIcon
        message="每一次抽签都可由任何人复核"
        description="名单冻结后公布摘要;现场由见证人录入随机数,种子由名单摘要和随机数计算;结果公示后不可更改,任何人可在公示验证页(无需登录)重新计算并核对。"
      />
      {error && <Alert type="error" showIcon message={(error as Error).message} />}
      <Card size="small">
        <Tabs
          activeKey={kind}
          onChange={(k) => setKind(k as DrawKind | "all")}
          items={[
            { key: "all", label: "全部" },
            { key: "class_allocation", label: "阳光分班" },
            { key: "lottery", label: "摇号" },
            { key: "quota", label: "指标到校" },
          ]}
        />
        <Table
          rowKey="id"
          size="middle"
          loading={isLoading}
          columns={columns}
          dataSource={data?.rows ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: "暂无活动" }}
          scroll={{ x: 1000 }}
        />
      </Card>
    </Space>
  );
}
