import { registry } from "@edubureau/core";
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useAuth } from "../app/auth";
import type { StudentRow } from "./api";
import { useOverview, useSchools, useStudents } from "./hooks";
import { RevealResidentIdModal } from "./RevealResidentIdModal";

const statusColors: Partial<Record<registry.EnrollmentStatus, string>> = {
  enrolled: "green",
  suspended: "orange",
  transferred_out: "blue",
  dropped_out: "red",
};

function columnsFor(options: {
  showSchool: boolean;
  onReveal: ((s: StudentRow) => void) | null;
}): ColumnsType<StudentRow> {
  const columns: ColumnsType<StudentRow> = [
    { title: "学籍号", dataIndex: "studentNumber", width: 190 },
    { title: "姓名", dataIndex: "name", width: 100 },
    { title: "性别", dataIndex: "gender", width: 60, render: (g: registry.Gender) => registry.gender.labels[g] ?? g },
    { title: "出生日期", dataIndex: "birthDate", width: 110 },
    {
      title: "身份证号",
      dataIndex: "residentIdMasked",
      width: 250,
      render: (masked: string | null, row) => (
        <Space size="small">
          <Typography.Text style={{ fontFamily: "monospace" }}>{masked ?? "—"}</Typography.Text>
          {options.onReveal && masked && (
            <Button size="small" type="link" onClick={() => options.onReveal?.(row)} data-testid="reveal-resident-id">
              查看
            </Button>
          )}
        </Space>
      ),
    },
  ];
  if (options.showSchool) columns.push({ title: "学校", dataIndex: "schoolName", ellipsis: true });
  columns.push(
    { title: "年级", dataIndex: "grade", width: 90, render: (g: number) => registry.gradeLabel(g) },
    { title: "班级", dataIndex: "className", width: 100, render: (c: string | null) => c ?? "—" },
    {
      title: "状态",
      dataIndex: "status",
      width: 80,
      render: (s: registry.EnrollmentStatus) => (
        <Tag color={statusColors[s]}>{registry.enrollmentStatus.labels[s] ?? s}</Tag>
      ),
    },
  );
  return columns;
}

/** 学生名单: students of a school year within the user's scope, resident IDs masked; audited reveal for those allowed. */
export default function StudentsPage() {
  const { can } = useAuth();
  const overview = useOverview();
  const schools = useSchools();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [revealing, setRevealing] = useState<StudentRow | null>(null);

  // Default to the newest school year that has classes (the overview's), once known.
  const effectiveYear = year ?? overview.data?.schoolYear;
  const yearKnown = effectiveYear !== undefined || overview.isError;
  const students = useStudents({ year: effectiveYear, schoolId, q: q || undefined, page, pageSize }, yearKnown);
  const schoolRows = schools.data?.rows ?? [];
  const manySchools = schoolRows.length > 1;
  const years = overview.data
    ? [...new Set([...overview.data.years, overview.data.schoolYear])].sort((a, b) => b - a)
    : [];
  const columns = columnsFor({ showSchool: manySchools, onReveal: can("reveal", "registry") ? setRevealing : null });

  return (
    <Card title="学生名单">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label="学年"
          data-testid="students-year"
          style={{ width: 170 }}
          value={effectiveYear}
          onChange={(y) => {
            setYear(y);
            setPage(1);
          }}
          options={years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))}
        />
        {manySchools && (
          <Select<string>
            aria-label="学校"
            data-testid="students-school"
            style={{ width: 260 }}
            allowClear
            placeholder="全部学校"
            value={schoolId}
            onChange={(id) => {
              setSchoolId(id);
              setPage(1);
            }}
            showSearch={{ optionFilterProp: "label" }}
            options={schoolRows.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
        <Input.Search
          allowClear
          aria-label="查找学生"
          data-testid="students-search"
          placeholder="姓名、学籍号或身份证号后4位"
          style={{ width: 340 }}
          enterButton="查询"
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
      </Space>
      {students.isError && <Alert type="error" showIcon title={students.error.message} style={{ marginBottom: 16 }} />}
      <Table<StudentRow>
        rowKey="id"
        size="middle"
        data-testid="students-table"
        loading={!yearKnown || students.isFetching}
        columns={columns}
        dataSource={students.data?.rows ?? []}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize,
          total: students.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total.toLocaleString("zh-CN")} 人`,
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
      <RevealResidentIdModal student={revealing} onClose={() => setRevealing(null)} />
    </Card>
  );
}
