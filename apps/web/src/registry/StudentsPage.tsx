import { PlusOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../app/auth";
import { paths } from "../app/menu";
import { PageTitle } from "../components/PageTitle";
import type { StudentRow, StudentStatusFilter } from "./api";
import { useColumnSettings } from "./columnSettings";
import { SchoolSelect, useSchoolYears, useScopeSchools, YearSelect } from "./filters";
import { useStudents } from "./hooks";
import { enrollmentStatusColors, vocabularyOptions } from "./labels";
import { RevealResidentIdModal } from "./RevealResidentIdModal";
import { ExportStudentsButton } from "./students/ExportStudentsButton";
import { StudentFormDrawer } from "./students/StudentFormDrawer";

const statusOptions: { value: StudentStatusFilter; label: string }[] = [
  ...vocabularyOptions(registry.enrollmentStatus),
  { value: "all", label: "全部状态" },
];

function columnsFor(options: {
  showSchool: boolean;
  onReveal: ((s: StudentRow) => void) | null;
}): ColumnsType<StudentRow> {
  const columns: ColumnsType<StudentRow> = [
    { title: "学籍号", dataIndex: "studentNumber", width: 190 },
    {
      title: "姓名",
      dataIndex: "name",
      width: 100,
      fixed: "left",
      render: (name: string, row) => (
        <Typography.Link
          data-testid="student-link"
          href={`${paths.students}/${row.id}`}
          onClick={(e) => e.preventDefault()}
        >
          {name}
        </Typography.Link>
      ),
    },
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
            <Button
              size="small"
              type="link"
              onClick={(e) => {
                e.stopPropagation();
                options.onReveal?.(row);
              }}
              data-testid="reveal-resident-id"
            >
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
    { title: "班级", dataIndex: "className", width: 110, render: (c: string | null) => c ?? "—" },
    {
      title: "状态",
      dataIndex: "status",
      width: 80,
      render: (s: registry.EnrollmentStatus) => (
        <Tag color={enrollmentStatusColors[s]}>{registry.enrollmentStatus.labels[s] ?? s}</Tag>
      ),
    },
  );
  return columns;
}

const numberParam = (value: string | null) => {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isInteger(n) ? n : undefined;
};

/**
 * 学生名单: students of a school year within the user's scope, resident IDs masked; audited reveal for those allowed.
 * The filters live in the URL, so the list comes back as it was after opening a student.
 */
export default function StudentsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const schoolYears = useSchoolYears();
  const schools = useScopeSchools();
  const [revealing, setRevealing] = useState<StudentRow | null>(null);
  const [creating, setCreating] = useState(false);

  const year = numberParam(params.get("year")) ?? schoolYears.latest;
  const schoolId = params.get("school") ?? undefined;
  const q = params.get("q") ?? "";
  const status = (params.get("status") ?? "enrolled") as StudentStatusFilter;
  const page = numberParam(params.get("page")) ?? 1;
  const pageSize = numberParam(params.get("size")) ?? 20;

  /** Changes some filters; any change but paging goes back to page 1. */
  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    if (!("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };

  const yearKnown = year !== undefined || schoolYears.ready;
  const query = { year, schoolId, q: q || undefined, status, page, pageSize };
  const students = useStudents(query, yearKnown);
  const settings = useColumnSettings(
    "students",
    columnsFor({ showSchool: schools.many, onReveal: can("reveal", "registry") ? setRevealing : null }),
  );
  const writes = can("write", "registry");

  return (
    <Card
      title={<PageTitle inline>学生名单</PageTitle>}
      extra={
        <Space>
          <ExportStudentsButton
            query={{ year, schoolId, q: q || undefined, status }}
            canReveal={can("reveal", "registry")}
          />
          {writes && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="student-create"
              onClick={() => setCreating(true)}
            >
              新增学生
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect
          testId="students-year"
          value={year}
          years={schoolYears.years}
          onChange={(y) => update({ year: y })}
        />
        {schools.many && (
          <SchoolSelect
            testId="students-school"
            value={schoolId}
            schools={schools.rows}
            width={260}
            onChange={(id) => update({ school: id })}
          />
        )}
        <Select<StudentStatusFilter>
          aria-label="学籍状态"
          data-testid="students-status"
          style={{ width: 120 }}
          value={status}
          onChange={(s) => update({ status: s === "enrolled" ? undefined : s })}
          options={statusOptions}
        />
        <Input.Search
          key={q}
          allowClear
          aria-label="查找学生"
          data-testid="students-search"
          placeholder="姓名、拼音首字母、学籍号或身份证号后4位"
          style={{ width: 380 }}
          defaultValue={q}
          enterButton="查询"
          onSearch={(value) => update({ q: value.trim() })}
        />
        {settings.chooser}
      </Space>
      {students.isError && <Alert type="error" showIcon title={students.error.message} style={{ marginBottom: 16 }} />}
      <Table<StudentRow>
        rowKey="id"
        size="middle"
        data-testid="students-table"
        loading={!yearKnown || students.isFetching}
        columns={settings.columns}
        dataSource={students.data?.rows ?? []}
        scroll={{ x: 1100 }}
        onRow={(row) => ({
          onClick: () => navigate(`${paths.students}/${row.id}`),
          style: { cursor: "pointer" },
        })}
        pagination={{
          current: page,
          pageSize,
          total: students.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total.toLocaleString("zh-CN")} 人`,
          onChange: (p, size) => update({ page: size === pageSize ? p : 1, size: size === 20 ? undefined : size }),
        }}
      />
      <RevealResidentIdModal student={revealing} onClose={() => setRevealing(null)} />
      {writes && <StudentFormDrawer open={creating} student={null} onClose={() => setCreating(false)} />}
    </Card>
  );
}
