import { InfoCircleOutlined } from "@ant-design/icons";
import { Alert, Card, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { AnalysisView, StudentRow } from "./api";
import { fixed, levelColors } from "./format";
import { useSchoolClasses, useStudents } from "./hooks";
import { readerSchools, SchoolPicker } from "./SchoolPicker";

/**
 * 学生成绩: the students in scope with their scores (or only levels), borderline flags, never a rank; 学籍号 masked
 * as the server sends it.
 */
export function StudentsTab({ analysis }: { analysis: AnalysisView }) {
  const schools = readerSchools(analysis);
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [classId, setClassId] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  // a reader of one school picks among its classes at once; the bureau picks a school first
  const classesOf = schoolId ?? (schools.length === 1 ? schools[0]!.id : undefined);
  const { classes, loading: classesLoading } = useSchoolClasses(analysis.exam.id, classesOf);
  const students = useStudents(analysis.exam.id, { schoolId, classId, page, pageSize });
  const data = students.data;
  const scores = analysis.policy.mode === "scores";
  const levelTag = (level: string | null) => {
    if (!level) return <Typography.Text type="secondary">缺考</Typography.Text>;
    const i = analysis.levelNames.indexOf(level);
    return <Tag color={levelColors[i]}>{level}</Tag>;
  };
  const columns: ColumnsType<StudentRow> = [
    { title: "姓名", dataIndex: "name", width: 90, fixed: "left" },
    {
      // the server masks it (a G-type 学籍号 is the resident ID); the full number only through the audited roster
      title: (
        <Tooltip title="学籍号已部分隐藏。确需完整学籍号时,有权限的用户可下载「考号名单」并填写事由,记入审计日志。">
          <span>
            学籍号 <InfoCircleOutlined />
          </span>
        </Tooltip>
      ),
      dataIndex: "studentNumber",
      width: 200,
    },
    { title: "学校", dataIndex: "schoolName", width: 170, ellipsis: true },
    { title: "班级", dataIndex: "className", width: 120 },
    ...analysis.exam.subjects.map((s, k) => ({
      title: s.name,
      key: s.code,
      width: 80,
      align: "right" as const,
      render: (_: unknown, r: StudentRow) => {
        const x = r.subjects[k]!;
        if (x.absent) return <Typography.Text type="secondary">缺考</Typography.Text>;
        return scores ? fixed(x.score) : levelTag(x.level);
      },
    })),
    {
      title: scores ? "总分" : "总评等级",
      key: "total",
      width: 90,
      align: "right",
      render: (_: unknown, r: StudentRow) =>
        scores ? (r.total === null ? "—" : fixed(r.total)) : levelTag(r.totalLevel),
    },
    ...(scores
      ? [
          {
            title: "T分",
            dataIndex: "tScore",
            width: 70,
            align: "right" as const,
            render: (v: number | null) => fixed(v),
          },
          {
            title: "临界生",
            dataIndex: "borderline",
            width: 150,
            render: (b: string[]) =>
              b.map((x) => (
                <Tag key={x} color="gold">
                  {x}
                </Tag>
              )),
          },
        ]
      : []),
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <SchoolPicker
          analysis={analysis}
          allowAll
          value={schoolId}
          onChange={(id) => {
            setSchoolId(id);
            setClassId(undefined);
            setPage(1);
          }}
          testId="students-school"
        />
        <Select
          allowClear
          data-testid="students-class"
          aria-label="班级"
          placeholder={classesOf ? "全部班级" : "先选择学校"}
          disabled={!classesOf}
          loading={classesLoading}
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          value={classId}
          onChange={(v) => {
            setClassId(v);
            setPage(1);
          }}
          options={classes.map((c) => ({ value: c.id, label: c.name }))}
        />
        {data?.borderlineCounts.map((b) => (
          <Tag key={b.name} color="gold">
            {b.name}(总分 {b.from}–{b.line}):{b.count} 人
          </Tag>
        ))}
      </Space>
      {!scores && (
        <Alert
          type="info"
          showIcon
          title="非毕业年级:按规定只显示等级,不显示分数与名次。"
          description={`等级分数线:${analysis.levelNames
            .slice(0, -1)
            .map((n, i) => `${n} ≥ 满分的 ${Math.round((analysis.config.levels.cutoffs[i] ?? 0) * 100)}%`)
            .join(",")}。`}
        />
      )}
      {students.isError && <Alert type="error" showIcon title={students.error.message} />}
      <Card size="small">
        <Table<StudentRow>
          rowKey="id"
          size="small"
          data-testid="students-table"
          loading={students.isFetching}
          columns={columns}
          dataSource={data?.rows ?? []}
          scroll={{ x: 1200 }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => `共 ${n} 名学生`,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      </Card>
    </Space>
  );
}
