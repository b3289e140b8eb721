import { registry } from "@edubureau/core";
import { Alert, Card, Input, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { paths } from "../app/menu";
import { PageTitle } from "../components/PageTitle";
import type { SchoolSummary } from "./api";
import { useColumnSettings } from "./columnSettings";
import { useSchools } from "./hooks";
import { schoolStatusLabels } from "./labels";

/** Filter options from a vocabulary, keeping only the codes that occur in the rows. */
function filtersOf<T extends string>(labels: Record<T, string>, present: Iterable<string>) {
  const set = new Set(present);
  return (Object.keys(labels) as T[]).filter((c) => set.has(c)).map((c) => ({ text: labels[c], value: c }));
}

function columnsFor(rows: SchoolSummary[]): ColumnsType<SchoolSummary> {
  const statusLabels = Object.fromEntries(Object.entries(schoolStatusLabels).map(([k, v]) => [k, v.label]));
  return [
    { title: "学校标识码", dataIndex: "code", width: 130, sorter: (a, b) => a.code.localeCompare(b.code) },
    {
      title: "名称",
      dataIndex: "name",
      fixed: "left",
      width: 240,
      ellipsis: true,
      sorter: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
      render: (name: string, r) => <span title={r.address ? `地址:${r.address}` : undefined}>{name}</span>,
    },
    {
      title: "办学类型",
      dataIndex: "kind",
      width: 150,
      render: (kind: registry.SchoolKind) => registry.schoolKind.labels[kind] ?? kind,
      filters: filtersOf(
        registry.schoolKind.labels,
        rows.map((r) => r.kind),
      ),
      onFilter: (value, r) => r.kind === value,
    },
    {
      title: "城乡",
      dataIndex: "locality",
      width: 90,
      render: (loc: registry.Locality) => registry.locality.labels[loc] ?? loc,
      filters: filtersOf(
        registry.locality.labels,
        rows.map((r) => r.locality),
      ),
      onFilter: (value, r) => r.locality === value,
    },
    {
      title: "性质",
      dataIndex: "ownership",
      width: 80,
      render: (o: registry.Ownership) => registry.ownership.labels[o] ?? o,
      filters: filtersOf(
        registry.ownership.labels,
        rows.map((r) => r.ownership),
      ),
      onFilter: (value, r) => r.ownership === value,
    },
    {
      title: "状态",
      dataIndex: "status",
      width: 100,
      render: (status: string) => {
        const s = schoolStatusLabels[status];
        return <Tag color={s?.color}>{s?.label ?? status}</Tag>;
      },
      filters: filtersOf(
        statusLabels,
        rows.map((r) => r.status),
      ),
      onFilter: (value, r) => r.status === value,
    },
    { title: "校长", dataIndex: "principal", width: 100, render: (p: string | null) => p ?? "—" },
    { title: "地址", dataIndex: "address", width: 220, ellipsis: true, render: (a: string | null) => a ?? "—" },
  ];
}

/** 学校名录: the schools within the user's scope. */
export default function SchoolsPage() {
  const schools = useSchools();
  const navigate = useNavigate();
  const [search, setSearch] = useState("");
  const rows = schools.data?.rows ?? [];
  const settings = useColumnSettings(
    "schools",
    useMemo(() => columnsFor(rows), [rows]),
    { defaultHidden: ["address"] },
  );
  const text = search.trim();
  const shown = text ? rows.filter((r) => r.name.includes(text) || r.code.includes(text)) : rows;

  return (
    <Card
      title={<PageTitle inline>学校名录</PageTitle>}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder="按名称或标识码查找"
            aria-label="查找学校"
            style={{ width: 240 }}
            onSearch={setSearch}
            onChange={(e) => setSearch(e.target.value)}
          />
          {settings.chooser}
        </Space>
      }
    >
      {schools.isError && <Alert type="error" showIcon title={schools.error.message} style={{ marginBottom: 16 }} />}
      <Table<SchoolSummary>
        rowKey="id"
        size="middle"
        data-testid="schools-table"
        loading={schools.isPending}
        columns={settings.columns}
        dataSource={shown}
        onRow={(row) => ({ onClick: () => navigate(`${paths.schools}/${row.id}`), style: { cursor: "pointer" } })}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 所` }}
        scroll={{ x: 1000 }}
      />
    </Card>
  );
}
