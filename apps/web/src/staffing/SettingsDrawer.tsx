import { SettingOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { type SettingsBody, type SettingsView, staffingApi } from "./api";
import { useStaffingAbilities } from "./components";
import { useSettings, useStaffingWrite } from "./hooks";

const STAGES = [
  ["primary", "小学"],
  ["junior", "初中"],
  ["senior", "高中"],
] as const;
const ROUNDING = [
  { value: "round", label: "四舍五入" },
  { value: "ceil", label: "向上取整" },
  { value: "floor", label: "向下取整" },
];
const GRADES = Array.from({ length: 12 }, (_, i) => i + 1);
const CURRICULUM_SUBJECTS = [
  "chinese",
  "math",
  "english",
  "politics",
  "history",
  "geography",
  "science",
  "physics",
  "chemistry",
  "biology",
  "it",
  "pe",
  "music",
  "art",
  "psychology",
] as const;
const PLAN_TOTAL: Record<number, number> = { 1: 26, 2: 26, 3: 30, 4: 30, 5: 30, 6: 30, 7: 34, 8: 34, 9: 34 };

function StageRow(props: { name: string; label: string; step: number; disabled: boolean }) {
  return (
    <Form.Item label={props.label} style={{ marginBottom: 8 }}>
      <Space wrap>
        {STAGES.map(([stage, stageLabel]) => (
          <Form.Item
            key={stage}
            name={[props.name, stage]}
            noStyle
            rules={[{ required: true, message: `请填写${stageLabel}${props.label}` }]}
          >
            <InputNumber
              prefix={stageLabel}
              min={0}
              step={props.step}
              disabled={props.disabled}
              aria-label={`${stageLabel}${props.label}`}
              style={{ width: 150 }}
            />
          </Form.Item>
        ))}
      </Space>
    </Form.Item>
  );
}

/** The weekly periods of the curriculum plan, grade by grade, with each grade's total beside the plan's. */
function CurriculumTable(props: { disabled: boolean }) {
  const form = Form.useFormInstance();
  const curriculum = Form.useWatch("curriculum", form) as SettingsBody["curriculum"] | undefined;
  const total = (g: number) => Object.values(curriculum?.[String(g)] ?? {}).reduce((n, v) => n + (Number(v) || 0), 0);
  const subjects = [...CURRICULUM_SUBJECTS, "other"] as const;
  const label = (s: (typeof subjects)[number]) => (s === "other" ? "综合实践·劳动·地方" : registry.subject.labels[s]);
  return (
    <Table
      size="small"
      rowKey="grade"
      pagination={false}
      scroll={{ x: 1500 }}
      dataSource={GRADES.map((grade) => ({ grade }))}
      data-testid="curriculum-table"
      columns={[
        { title: "年级", dataIndex: "grade", fixed: "left", width: 70, render: (g: number) => registry.gradeLabel(g) },
        ...subjects.map((s) => ({
          title: label(s),
          key: s,
          width: 80,
          render: (_: unknown, r: { grade: number }) => (
            <Form.Item name={["curriculum", String(r.grade), s]} noStyle>
              <InputNumber
                min={0}
                max={20}
                size="small"
                disabled={props.disabled}
                aria-label={`${registry.gradeLabel(r.grade)}${label(s)}周课时`}
                style={{ width: 64 }}
              />
            </Form.Item>
          ),
        })),
        {
          title: "合计(方案)",
          key: "total",
          fixed: "right",
          width: 100,
          render: (_: unknown, r: { grade: number }) => {
            const t = total(r.grade);
            const plan = PLAN_TOTAL[r.grade];
            const off = plan !== undefined && t !== plan;
            return (
              <Typography.Text type={off ? "danger" : undefined}>
                {t}
                {plan !== undefined ? `(${plan})` : ""}
              </Typography.Text>
            );
          },
        },
      ]}
    />
  );
}

function SettingsForm(props: { view: SettingsView; onSaved: () => void }) {
  const can = useStaffingAbilities();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsBody>();
  const save = useStaffingWrite(staffingApi.saveSettings);
  const readOnly = !can.manage;
  // the form is filled once per opening, so a refetch does not wipe what was typed
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once
  useEffect(() => form.setFieldsValue(props.view.settings as SettingsBody), []);
  const submit = async () => {
    const values = await form.validateFields();
    // an emptied cell of the curriculum is no period of that subject
    const curriculum = Object.fromEntries(
      Object.entries(values.curriculum ?? {}).map(([grade, periods]) => [
        grade,
        Object.fromEntries(Object.entries(periods ?? {}).filter(([, v]) => typeof v === "number")),
      ]),
    );
    save.mutate({ ...props.view.settings, ...values, curriculum } as SettingsBody, {
      onSuccess: () => {
        message.success(`已保存 ${values.fromYear} 年起适用的参数`);
        props.onSaved();
      },
      onError: (e) => message.error(e instanceof Error ? e.message : "保存失败"),
    });
  };
  const num = (name: string, label: string, extra: string, step = 1, max?: number) => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={0} max={max} step={step} disabled={readOnly} style={{ width: 180 }} aria-label={label} />
    </Form.Item>
  );
  return (
    <Form form={form} layout="vertical" data-testid="settings-form">
      {readOnly && <Alert type="info" showIcon title="参数由人事股维护,您可以查看。" style={{ marginBottom: 12 }} />}
      <Space wrap size={16}>
        <Form.Item name="province" label="省份" extra="这套参数依据的省份文件">
          <Input maxLength={30} disabled={readOnly} style={{ width: 220 }} placeholder="例如 内蒙古自治区" />
        </Form.Item>
        <Form.Item
          name="fromYear"
          label="适用起始年份"
          extra="从该学年起适用,直到更晚年份的参数"
          rules={[{ required: true, message: "请填写适用起始年份" }]}
        >
          <InputNumber min={2000} max={2100} disabled={readOnly} style={{ width: 140 }} aria-label="适用起始年份" />
        </Form.Item>
      </Space>
      <Tabs
        items={[
          {
            key: "establishment",
            label: "编制标准",
            children: (
              <>
                <StageRow name="studentsPerPost" label="生师比(学生数/编制)" step={0.5} disabled={readOnly} />
                <StageRow name="postsPerClass" label="班师比(编制/班)" step={0.1} disabled={readOnly} />
                <Space wrap size={16}>
                  {num("smallSchoolStudents", "小规模学校人数线", "学生少于此数的学校和教学点按班核定取较大值")}
                  {num("boardingStudentsPerPost", "寄宿生核增(人/编)", "每多少名寄宿生增加 1 名编制;0 为不增加")}
                  {num("specialStudentsPerPost", "特教学校生师比", "特殊教育学校每名编制对应的学生数")}
                  {num("inclusiveStudentsPerPost", "随班就读核增(人/编)", "每多少名随班就读学生增加 1 名编制")}
                  <Form.Item name="postRounding" label="学校编制取整" extra="各学段一位小数,学校合计取整">
                    <Select options={ROUNDING} disabled={readOnly} style={{ width: 140 }} aria-label="学校编制取整" />
                  </Form.Item>
                </Space>
              </>
            ),
          },
          {
            key: "curriculum",
            label: "课时与工作量",
            children: (
              <>
                <StageRow name="fullWorkload" label="满工作量(节/周)" step={1} disabled={readOnly} />
                <Typography.Paragraph type="secondary">
                  每周课时按国家课程方案(2022 年义务教育课程方案:1—2 年级 26、3—6 年级 30、7—9 年级 34
                  节)分学科填写,默认为一种典型的省级安排,请按本省课程实施办法核对;合计与方案不一致时标红。
                </Typography.Paragraph>
                <CurriculumTable disabled={readOnly} />
              </>
            ),
          },
          {
            key: "recruitment",
            label: "补充规则",
            children: (
              <Space wrap size={16} align="start">
                <Form.Item name="retirementsPerRecruit" label="退休补充规则" extra="每几名在编专任教师退休补充 1 名">
                  <Radio.Group
                    disabled={readOnly}
                    options={[
                      { value: 1, label: "退一补一(1:1)" },
                      { value: 2, label: "退二补一" },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name="recruitRounding"
                  label="补充人数取整"
                  extra="全县退休人数 ÷ 补充比例后的取整(15 人退休向上取整补 8 人)"
                >
                  <Select options={ROUNDING} disabled={readOnly} style={{ width: 140 }} aria-label="补充人数取整" />
                </Form.Item>
                {num("forecastYears", "退休预测年数", "按法定退休日期预测的学年数,通常 5", 1, 10)}
              </Space>
            ),
          },
          {
            key: "training",
            label: "培训与交流",
            children: (
              <Space wrap size={16} align="start">
                {num("cycleHours", "周期学时", "每五年周期不少于 360 学时")}
                {num("cycleStartYear", "周期起始年", "当前五年周期的第一年")}
                {num("schoolBasedMaxShare", "校本研修上限(比例)", "校本研修最多计入周期学时的比例,0.5 即一半", 0.05, 1)}
                {num("rotationYears", "交流年限(年)", "在同一学校任教满此年数应交流,通常 6")}
                {num("principalTermYears", "校长任期(年)", "校长满两个任期应交流")}
                {num("rotationMinShare", "交流比例下限", "城镇和优质学校符合条件教师的比例,0.1 即 10%", 0.01, 1)}
                {num("rotationBackboneMinShare", "骨干比例下限", "交流教师中骨干教师的比例,0.2 即 20%", 0.01, 1)}
              </Space>
            ),
          },
        ]}
      />
      {!readOnly && (
        <Button type="primary" loading={save.isPending} onClick={submit} data-testid="save-settings">
          保存参数
        </Button>
      )}
    </Form>
  );
}

/** 参数设置: the county's ratios, additions, workloads, curriculum and rules by province and the year they apply. */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="open-settings">
        参数设置
      </Button>
      {open && <SettingsDrawerBody onClose={() => setOpen(false)} />}
    </>
  );
}

function SettingsDrawerBody(props: { onClose: () => void }) {
  const q = useSettings();
  return (
    <Drawer open title="教师队伍参数" size="min(1100px, 100vw)" onClose={props.onClose}>
      {q.isError && <Alert type="error" showIcon title={q.error.message} />}
      {q.data && (
        <Space direction="vertical" size={16} style={{ width: "100%" }}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: "now",
                label: "当前适用",
                children: q.data.stored
                  ? `${q.data.settings.province || "未填省份"} · ${q.data.settings.fromYear} 年起`
                  : "尚未保存,使用国家标准默认值",
              },
              {
                key: "history",
                label: "历次参数",
                children:
                  q.data.history.length === 0
                    ? "无"
                    : q.data.history
                        .map((h) => `${h.fromYear} 年起(${h.province || "未填省份"},${h.updatedAt.slice(0, 10)} 保存)`)
                        .join(";"),
              },
            ]}
          />
          <SettingsForm view={q.data} onSaved={props.onClose} />
        </Space>
      )}
    </Drawer>
  );
}
