import { registry } from "@edubureau/core";
import { Alert, Card, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { PageTitle } from "../../components/PageTitle";
import { useColumnSettings } from "../columnSettings";
import { SchoolSelect, useSchoolYears, useScopeSchools, YearSelect } from "../filters";
import { classSizeCategories, classSizeRuleText, classSizeTagColors } from "../labels";
import type { ClassRow } from "./api";
import { ClassSizeTag } from "./ClassSizeTag";
import { useClasses } from "./hooks";

function columnsFor(showSchool: boolean): ColumnsType<ClassRow> {
  const columns: ColumnsType<ClassRow> = [];
  if (showSchool) columns.push({ title: "学校", dataIndex: "schoolName", ellipsis: true, width: 220 });
  columns.push(
    {
      title: "年级",
      dataIndex: "grade",
      width: 100,
      render: (g: number) => registry.gradeLabel(g),
      sorter: (a, b) => a.grade - b.grade || a.number - b.number,
    },
    { title: "班级", dataIndex: "name", width: 130 },
    { title: "班主任", dataIndex: "headTeacherName", width: 100, render: (n: string | null) => n ?? "—" },
    {
      title: "班额",
      dataIndex: "size",
      width: 90,
      align: "right",
      sorter: (a, b) => a.size - b.size,
      render: (size: number, row) => (
        <Typography.Text strong={row.sizeCategory !== "normal"} data-testid="class-size">
          {size}
        </Typography.Text>
      ),
    },
    {
      title: "标准班额",
      dataIndex: "standardSize",
      width: 100,
      align: "right",
      render: (s: number | null) => (s === null ? <Typography.Text type="secondary">—</Typography.Text> : s),
    },
    {
      title: "班额类别",
      dataIndex: "sizeCategory",
      width: 110,
      render: (c: registry.ClassSizeCategory) => <ClassSizeTag category={c} />,
      filters: classSizeCategories.map((c) => ({ text: registry.classSizeCategoryLabel[c], value: c })),
      onFilter: (value, row) => row.sizeCategory === value,
    },
  );
  return columns;
}

/** 班级: the classes of a school year with their size, the standard size and the size category. */
export default function ClassesPage() {
  const schoolYears = useSchoolYears();
  const schools = useScopeSchools();
  const [yearChosen, setYear] = useState<number | undefined>(undefined);
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [grade, setGrade] = useState<number | undefined>(undefined);
  const year = yearChosen ?? schoolYears.latest;
  // the grade filter runs here, so its options are the grades the school(s) have
  const classes = useClasses({ year, schoolId }, year !== undefined || schoolYears.ready);
  const all = classes.data?.rows ?? [];
  const grades = useMemo(() => [...new Set(all.map((c) => c.grade))].sort((a, b) => a - b), [all]);
  const rows = grade === undefined ? all : all.filter((c) => c.grade === grade);
  const settings = useColumnSettings("classes", columnsFor(schools.many), { required: ["name"] });
  const counts = classSizeCategories.map((c) => ({ c, n: rows.filter((r) => r.sizeCategory === c).length }));

  return (
    <Card title={<PageTitle inline>班级</PageTitle>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect testId="classes-year" value={year} years={schoolYears.years} onChange={setYear} />
        {schools.many && (
          <SchoolSelect
            testId="classes-school"
            value={schoolId}
            schools={schools.rows}
            onChange={(id) => {
              setSchoolId(id);
              setGrade(undefined);
            }}
          />
        )}
        <Select<number>
          aria-label="年级"
          data-testid="classes-grade"
          allowClear
          placeholder="全部年级"
          style={{ width: 130 }}
          value={grade}
          onChange={(g) => setGrade(g ?? undefined)}
          options={grades.map((g) => ({ value: g, label: registry.gradeLabel(g) }))}
        />
        {settings.chooser}
      </Space>
      <div style={{ marginBottom: 12 }}>
        <Space size={[8, 8]} wrap data-testid="classes-counts">
          <Typography.Text>共 {rows.length} 个班:</Typography.Text>
          {counts.map(({ c, n }) => (
            <Tag key={c} color={classSizeTagColors[c]}>
              {registry.classSizeCategoryLabel[c]} {n}
            </Tag>
          ))}
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {classSizeRuleText};小学标准班额45人,初中、高中50人。
          </Typography.Text>
        </div>
      </div>
      {classes.isError && <Alert type="error" showIcon title={classes.error.message} style={{ marginBottom: 16 }} />}
      <Table<ClassRow>
        rowKey="id"
        size="middle"
        data-testid="classes-table"
        loading={classes.isFetching}
        columns={settings.columns}
        dataSource={rows}
        scroll={{ x: 800 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共 ${total} 个班` }}
      />
    </Card>
  );
}
