import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Link } from "react-router";
import { useAuth } from "../app/auth";
import type { Exam } from "./api";
import { CreateExamDrawer } from "./CreateExamDrawer";
import { statusColors, statusLabels, termLabel } from "./format";
import { useExams } from "./hooks";

export const examPath = (id: string) => `/exams/${id}`;

const columns: ColumnsType<Exam> = [
  {
    title: "考试",
    dataIndex: "name",
    width: 240,
    render: (name: string, e) => (
      <Space size={6} wrap>
        <Link to={examPath(e.id)}>{name}</Link>
        {e.version > 1 && <Tag>第{e.version}版</Tag>}
      </Space>
    ),
  },
  { title: "学年学期", key: "term", width: 190, render: (_, e) => `${e.schoolYearLabel}${termLabel(e.term)}` },
  {
    title: "年级",
    dataIndex: "gradeLabel",
    width: 130,
    render: (g: string, e) => (
      <Space size={4}>
        {g}
        {e.graduating ? <Tag color="purple">毕业年级</Tag> : <Tag color="blue">等级呈现</Tag>}
      </Space>
    ),
  },
  { title: "考试日期", dataIndex: "heldOn", width: 120 },
  {
    title: "科目",
    key: "subjects",
    ellipsis: true,
    render: (_, e) => e.subjects.map((s) => `${s.name}${s.fullMarks}`).join("、"),
  },
  {
    title: "状态",
    dataIndex: "status",
    width: 100,
    render: (s: Exam["status"]) => <Tag color={statusColors[s]}>{statusLabels[s]}</Tag>,
  },
];

/** 质量检测: the county's exams, newest first; 教研室 creates them here. */
export default function ExamsPage() {
  const exams = useExams();
  const { can } = useAuth();
  const [creating, setCreating] = useState(false);
  const rows = exams.data?.rows ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 12 }}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          质量检测
        </Typography.Title>
        {can("write", "exams") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="exam-create">
            新建考试
          </Button>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        title="按教育部规定,非毕业年级的成绩以等级呈现,不排名、不公布;学校、班级、教师排序仅在教育局视图中作为内部资料。"
        description="比率默认按在籍人数计算(缺考学生计入分母);分数线、等级线、临界线均可在考试设置中调整;试题分析与增值评价的方法见各考试分析页下方的“方法说明”。"
      />
      {exams.isError && <Alert type="error" showIcon title="考试列表加载失败" description={exams.error.message} />}
      <Card size="small">
        <Table<Exam>
          rowKey="id"
          data-testid="exams-table"
          loading={exams.isPending}
          columns={columns}
          dataSource={rows}
          // wider than a phone: the table scrolls sideways rather than squeezing the names to a letter a line
          scroll={{ x: 1100 }}
          pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 次考试` }}
        />
      </Card>
      <CreateExamDrawer open={creating} onClose={() => setCreating(false)} exams={rows} />
    </Space>
  );
}
