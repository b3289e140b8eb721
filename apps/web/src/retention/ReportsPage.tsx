import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { type AbsenceBody, retentionApi, type ZeroReport } from "./api";
import { ExportButton, errorText } from "./components";
import { useAbsences, usePupils, useRetentionWrite, useZeroReports } from "./hooks";

const statusColor: Record<string, string> = {
  late: "red",
  reported_late: "orange",
  pending: "default",
  reported: "green",
};

/** Monthly absences and zero-reports: schools report theirs; the county sees who is late. */
export default function ReportsPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const school = me.user.role === "school_admin" && can("write", "retention");
  const [month, setMonth] = useState(dayjs().subtract(1, "month").format("YYYY-MM"));
  const zero = useZeroReports(month);
  const absences = useAbsences();
  const pupils = usePupils(school);
  const report = useRetentionWrite((b: AbsenceBody) => retentionApi.reportAbsence(b));
  const submit = useRetentionWrite((b: { outOfSchool: number; note: string }) =>
    retentionApi.submitZeroReport(month, b),
  );
  const [absenceForm] = Form.useForm();
  if (zero.error) return <ForbiddenPage />;
  const late = (zero.data?.rows ?? []).filter((r) => r.status === "late");
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>缺课登记与零报告</PageTitle>
      <Card
        size="small"
        title="月度零报告"
        extra={
          <Space wrap>
            <ExportButton kind="zero-reports" month={month} label="导出" />
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format("YYYY-MM"))}
            />
          </Space>
        }
      >
        {late.length > 0 && !school && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="retention-late-schools"
            title={`${late.length} 所学校逾期未报 ${month} 零报告(截止 ${zero.data?.dueDate})`}
            description={late.map((r) => r.schoolName).join("、")}
          />
        )}
        {school && (
          <Form
            layout="inline"
            style={{ marginBottom: 12 }}
            initialValues={{ outOfSchool: 0, note: "" }}
            onFinish={(v: { outOfSchool: number; note: string }) =>
              submit.mutate(v, {
                onSuccess: () => message.success(`已填报 ${month}`),
                onError: (e) => message.error(errorText(e)),
              })
            }
          >
            <Form.Item name="outOfSchool" label="本月失学辍学人数">
              <InputNumber min={0} max={999} />
            </Form.Item>
            <Form.Item name="note" label="说明">
              <Input placeholder="为0时即为零报告" style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              填报
            </Button>
          </Form>
        )}
        <Table<ZeroReport>
          size="small"
          rowKey="schoolId"
          dataSource={zero.data?.rows ?? []}
          pagination={{ pageSize: 15, size: "small" }}
          scroll={{ x: 640 }}
          columns={[
            { title: "学校", dataIndex: "schoolName" },
            { title: "乡镇", dataIndex: "townName", width: 120 },
            {
              title: "状态",
              dataIndex: "statusLabel",
              width: 110,
              render: (v, r) => <Tag color={statusColor[r.status]}>{v}</Tag>,
            },
            { title: "填报日期", dataIndex: "reportedOn", width: 110, render: (v) => v ?? "—" },
            {
              title: "失学辍学人数",
              dataIndex: "outOfSchool",
              width: 110,
              render: (v) => (v === null ? "—" : v === 0 ? "0(零报告)" : v),
            },
            { title: "说明", dataIndex: "note" },
          ]}
        />
      </Card>
      <Card size="small" title="连续缺课登记">
        <Typography.Paragraph type="secondary">
          每段连续缺课登记一行(只计上学日);未请假或请假未批准、连续缺课达到县里规定天数的学生,在学籍与在校比对时列为疑似辍学。
        </Typography.Paragraph>
        {school && (
          <Form
            form={absenceForm}
            layout="inline"
            style={{ marginBottom: 12, rowGap: 8 }}
            initialValues={{ approvedLeave: false }}
            onFinish={(v: {
              studentId: string;
              range: [Dayjs, Dayjs];
              schoolDays: number;
              approvedLeave: boolean;
              reason?: string;
            }) =>
              report.mutate(
                {
                  studentId: v.studentId,
                  fromDate: v.range[0].format("YYYY-MM-DD"),
                  toDate: v.range[1].format("YYYY-MM-DD"),
                  schoolDays: v.schoolDays,
                  approvedLeave: v.approvedLeave,
                  reason: v.reason ?? "",
                },
                {
                  onSuccess: () => {
                    message.success("已登记缺课");
                    absenceForm.resetFields();
                  },
                  onError: (e) => message.error(errorText(e)),
                },
              )
            }
          >
            <Form.Item name="studentId" rules={[{ required: true, message: "请选择学生" }]}>
              <Select
                showSearch
                placeholder="学生"
                style={{ width: 200 }}
                optionFilterProp="label"
                options={(pupils.data?.rows ?? []).map((p) => ({
                  value: p.studentId,
                  label: `${p.grade}年级 ${p.name}`,
                }))}
              />
            </Form.Item>
            <Form.Item name="range" rules={[{ required: true, message: "请选择缺课起止日期" }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item name="schoolDays" rules={[{ required: true, message: "请填写天数" }]}>
              <InputNumber min={1} max={200} placeholder="上学日数" />
            </Form.Item>
            <Form.Item name="approvedLeave" valuePropName="checked">
              <Checkbox>已请假并获批准</Checkbox>
            </Form.Item>
            <Form.Item name="reason">
              <Input placeholder="原因" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={report.isPending}>
              登记
            </Button>
          </Form>
        )}
        <Table
          size="small"
          rowKey="id"
          dataSource={absences.data?.rows ?? []}
          pagination={{ pageSize: 10, size: "small" }}
          scroll={{ x: 640 }}
          locale={{ emptyText: "没有缺课登记" }}
          columns={[
            { title: "学生", dataIndex: "name", width: 80 },
            { title: "学校", dataIndex: "schoolName" },
            { title: "起止", render: (_, r) => `${r.fromDate} 至 ${r.toDate}`, width: 210 },
            { title: "上学日", dataIndex: "schoolDays", width: 70 },
            {
              title: "请假",
              dataIndex: "approvedLeave",
              width: 90,
              render: (v) => (v ? <Tag color="green">已批准</Tag> : <Tag color="red">未请假</Tag>),
            },
            { title: "原因", dataIndex: "reason" },
          ]}
        />
      </Card>
    </Space>
  );
}
