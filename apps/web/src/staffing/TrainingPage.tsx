import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import { staffingApi, type Training, type TrainingTeacher } from "./api";
import {
  BLUE,
  DownloadButton,
  FigureCards,
  GREEN_TEXT,
  MethodNote,
  pct,
  RED,
  useStaffingAbilities,
} from "./components";
import { useStaffingWrite, useTraining } from "./hooks";
import { TrainingImport } from "./TrainingImport";

function schoolsOption(t: Training): ChartOption {
  const rows = [...t.schools]
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))
    .slice(0, 20)
    .reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 150, right: 24, top: 16, bottom: 24 },
    xAxis: { type: "value", max: 100, name: "%" },
    yAxis: {
      type: "category",
      data: rows.map((r) => r.schoolName),
      axisLabel: { width: 140, overflow: "truncate" },
    },
    series: [{ name: "完成率", type: "bar", data: rows.map((r) => r.rate ?? 0), itemStyle: { color: BLUE } }],
  };
}

function yearsOption(t: Training): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 60, right: 16, top: 24, bottom: 30 },
    xAxis: { type: "category", data: t.hoursByYear.map((h) => `${h.year}年`) },
    yAxis: { type: "value", name: "学时" },
    series: [{ name: "学时", type: "bar", data: t.hoursByYear.map((h) => h.hours), itemStyle: { color: GREEN_TEXT } }],
  };
}

function AddRecord(props: { teachers: TrainingTeacher[]; manage: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const add = useStaffingWrite(staffingApi.addTraining);
  return (
    <Modal
      open
      title="登记培训学时"
      okText="保存"
      onCancel={props.onClose}
      confirmLoading={add.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        const [start, end] = v.dates as [Dayjs, Dayjs];
        add.mutate(
          {
            staffId: v.staffId,
            course: v.course,
            level: v.level,
            startDate: start.format("YYYY-MM-DD"),
            endDate: end.format("YYYY-MM-DD"),
            hours: v.hours,
          },
          {
            onSuccess: () => {
              message.success("已登记");
              props.onClose();
            },
            onError: (e) => message.error(e instanceof Error ? e.message : "保存失败"),
          },
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ level: "school" }}>
        <Form.Item name="staffId" label="教师" rules={[{ required: true, message: "请选择教师" }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={props.teachers.map((t) => ({
              value: t.staffId,
              label: `${t.name}(${t.staffNumber},${t.schoolName})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="course" label="培训项目" rules={[{ required: true, message: "请填写培训项目" }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="level" label="层级">
          <Select
            options={[
              { value: "school", label: "校本研修" },
              ...(props.manage
                ? [
                    { value: "county", label: "县级" },
                    { value: "provincial", label: "省级(省培)" },
                    { value: "national", label: "国家级(国培)" },
                  ]
                : []),
            ]}
          />
        </Form.Item>
        <Form.Item name="dates" label="培训日期" rules={[{ required: true, message: "请选择起止日期" }]}>
          <DatePicker.RangePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="hours" label="学时" rules={[{ required: true, message: "请填写学时" }]}>
          <InputNumber min={0.5} max={200} step={0.5} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 继续教育学时: the cycle's completion by school and county, the list of teachers behind, and school-based hours. */
export default function TrainingPage() {
  const [filter, setFilter] = useState<"behind" | "complete" | "all">("behind");
  const q = useTraining(filter);
  const all = useTraining("all");
  const can = useStaffingAbilities();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const t = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>继续教育学时</PageTitle>}
        extra={
          <Space wrap>
            {can.manage && (
              <Button onClick={() => setImporting(true)} data-testid="import-training">
                导入培训平台记录
              </Button>
            )}
            {(can.manage || can.school) && (
              <Button type="primary" onClick={() => setAdding(true)} data-testid="add-training">
                登记学时
              </Button>
            )}
            <DownloadButton
              path="training/export.xlsx"
              fallback="学时完成情况.xlsx"
              label="导出完成情况表"
              testId="download-training"
            />
          </Space>
        }
      >
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!t ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "cycle", title: "本周期", value: `${t.cycle.start.slice(0, 4)}—${t.cycle.end.slice(0, 4)}` },
                { key: "teachers", title: "在岗专任教师", value: t.total, suffix: "名" },
                { key: "complete", title: "已完成", value: t.complete, suffix: "名", color: GREEN_TEXT },
                { key: "rate", title: "完成率", value: pct(t.rate) },
                {
                  key: "behind",
                  title: "进度滞后",
                  value: t.behind,
                  suffix: "名",
                  color: t.behind > 0 ? RED : undefined,
                },
                { key: "national", title: "参加国培", value: t.nationalParticipants, suffix: "人" },
                { key: "provincial", title: "参加省培", value: t.provincialParticipants, suffix: "人" },
              ]}
            />
            <MethodNote
              items={[
                "每个五年周期每名教师不少于 360 学时(周期起始年和学时数见参数页);培训记录按结束日期计入周期。",
                "校本研修最多计入应完成学时的一半(比例可设),超出部分只显示、不计入。",
                "周期内入职的教师,应完成学时按入职当年起的周期年数折算(每年五分之一)。",
                "进度滞后:计入学时少于按已结束的周期年份折算的应达到学时;周期最后一年应达到全部学时。完成率 = 已完成的在岗专任教师 ÷ 在岗专任教师。",
                "国培、省培人数为本周期内有相应记录的教师人数(一人多次计一人)。",
              ]}
            />
          </Space>
        )}
      </Card>
      {t && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title="各校完成率(最低的20所)">
              <Chart
                option={schoolsOption(t)}
                height={Math.min(20, t.schools.length) * 26 + 60}
                testId="chart-training"
                ariaLabel="各校学时完成率"
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title="各年度培训学时">
              <Chart option={yearsOption(t)} height={300} ariaLabel="各年度培训学时" />
            </Card>
          </Col>
        </Row>
      )}
      {t && (
        <Card
          title="教师学时进度"
          extra={
            <Segmented
              value={filter}
              onChange={(v) => setFilter(v as typeof filter)}
              options={[
                { value: "behind", label: "进度滞后" },
                { value: "complete", label: "已完成" },
                { value: "all", label: "全部" },
              ]}
            />
          }
        >
          <Table<TrainingTeacher>
            rowKey="staffId"
            size="small"
            dataSource={t.teachers}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: () => `共 ${t.teachersTotal} 名` }}
            scroll={{ x: 820 }}
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 180 },
              { title: "姓名", dataIndex: "name", width: 90 },
              { title: "学科", dataIndex: "subject", width: 90 },
              { title: "累计", dataIndex: "total", width: 70, align: "right" },
              { title: "校本", dataIndex: "schoolBased", width: 70, align: "right" },
              { title: "计入", dataIndex: "counted", width: 70, align: "right" },
              { title: "应达到", dataIndex: "expected", width: 80, align: "right" },
              { title: "应完成", dataIndex: "required", width: 80, align: "right" },
              {
                title: "状态",
                key: "s",
                width: 90,
                render: (_, r) =>
                  r.complete ? (
                    <Tag color="green">已完成</Tag>
                  ) : r.behind ? (
                    <Tag color="red">进度滞后</Tag>
                  ) : (
                    <Tag>正常</Tag>
                  ),
              },
            ]}
            data-testid="training-table"
          />
        </Card>
      )}
      {importing && <TrainingImport onClose={() => setImporting(false)} />}
      {adding && <AddRecord teachers={all.data?.teachers ?? []} manage={can.manage} onClose={() => setAdding(false)} />}
    </Space>
  );
}
