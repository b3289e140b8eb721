import { Alert, Card, Input, Select, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { ResultRow, ResultsQuery } from "./api";
import { bandColor, gradeLabel, one, sexLabel, statusLabel } from "./format";
import { useFigures, useResults } from "./hooks";
import { fitnessPaths } from "./paths";

const columns: ColumnsType<ResultRow> = [
  {
    title: "姓名",
    dataIndex: "name",
    width: 100,
    fixed: "left",
    render: (v, r) => <Link to={`${fitnessPaths.fitnessResults}/${r.id}`}>{v}</Link>,
  },
  { title: "学籍号", dataIndex: "studentNumber", width: 190 },
  { title: "学校", dataIndex: "schoolName", width: 170, ellipsis: true },
  { title: "班级", dataIndex: "className", width: 110, render: (v) => v ?? "—" },
  { title: "性别", dataIndex: "sex", width: 60, render: (v) => sexLabel(v) },
  {
    title: "BMI",
    dataIndex: "bmi",
    width: 110,
    render: (v, r) => (v === null ? "—" : `${one(v)} ${r.bmiLevel ?? ""}`),
  },
  { title: "标准分", dataIndex: "standardScore", width: 80, align: "right", render: (v) => one(v) },
  { title: "加分", dataIndex: "bonus", width: 60, align: "right" },
  { title: "总分", dataIndex: "total", width: 80, align: "right", render: (v) => one(v) },
  {
    title: "等级/状态",
    key: "band",
    width: 160,
    render: (_, r) =>
      r.status !== "tested" ? (
        <Tag color="purple">
          {statusLabel[r.status]}
          {r.exemptReason ? `:${r.exemptReason}` : ""}
        </Tag>
      ) : r.band ? (
        <Tag color={bandColor[r.band]}>{r.bandLabel}</Tag>
      ) : (
        <Tag color="orange">不完整:缺{r.missing.join("、")}</Tag>
      ),
  },
  { title: "评分表", dataIndex: "standardVersion", width: 100 },
];

/** 学生成绩: the results in the reader's scope, filtered by school, grade, class and status; 学籍号 masked. */
export default function ResultsPage() {
  const figures = useFigures({});
  const years = figures.data?.years ?? [];
  const [filters, setFilters] = useState<Omit<ResultsQuery, "testYear" | "page" | "pageSize"> & { testYear?: number }>(
    {},
  );
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const testYear = filters.testYear ?? years[0];
  const results = useResults({ ...filters, testYear: testYear ?? 0, ...page });
  if (results.error instanceof ApiError && results.error.status === 403) return <ForbiddenPage />;
  const set = (patch: Partial<typeof filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  const f = figures.data;
  return (
    <Card
      title={<PageTitle inline>学生体质测试成绩</PageTitle>}
      extra={
        <Space wrap>
          <Select
            aria-label="测试学年"
            style={{ width: 120 }}
            value={testYear}
            options={years.map((y) => ({ value: y, label: `${y}学年` }))}
            onChange={(v) => set({ testYear: v })}
          />
          {f?.scope === "county" && (
            <Select
              aria-label="学校"
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              placeholder="全部学校"
              options={f.bySchool.map((b) => ({ value: b.schoolId, label: b.schoolName }))}
              onChange={(v) => set({ schoolId: v, classId: undefined })}
            />
          )}
          <Select
            aria-label="年级"
            allowClear
            style={{ width: 110 }}
            placeholder="全部年级"
            options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: gradeLabel(i + 1) }))}
            onChange={(v) => set({ grade: v })}
          />
          <Select
            aria-label="状态"
            allowClear
            style={{ width: 140 }}
            placeholder="全部状态"
            options={[
              { value: "tested", label: "已测" },
              { value: "fail", label: "不及格" },
              { value: "incomplete", label: "成绩不完整" },
              { value: "exempt", label: "免测" },
              { value: "deferred", label: "缓测" },
            ]}
            onChange={(v) => set({ status: v })}
            data-testid="fitness-status-filter"
          />
          <Input.Search style={{ display: "none" }} />
        </Space>
      }
    >
      {results.isError && <Alert type="error" showIcon title={results.error.message} />}
      <Table
        size="small"
        rowKey="id"
        loading={results.isFetching}
        columns={columns}
        dataSource={results.data?.rows ?? []}
        scroll={{ x: 1200 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: results.data?.total ?? 0,
          showTotal: (t) => `共 ${t} 人`,
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
      />
    </Card>
  );
}
