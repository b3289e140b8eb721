import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { admissions, registry } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Steps,
  Switch,
  Table,
  Typography,
  Upload,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { useMe } from "../app/auth";
import { paths } from "../app/menu";
import { useSchoolYears, useScopeSchools } from "../registry/filters";
import { type AllocationRequest, admissionsApi, type EventDetail } from "./api";
import { useEventMutation, useIntake } from "./hooks";
import { ListProblems } from "./ListProblems";
import { beijingEventTime } from "./labels";

type Source = "register" | "excel";

interface Values {
  source: Source;
  schoolId?: string;
  schoolYear: number;
  grade: number;
  title: string;
  eventTime: Dayjs;
  classes: number;
  balance: AllocationRequest["balance"];
  headTeacherIds: string[];
  headTeachers: string[];
  scoreBalancing: boolean;
}

const ENTRY_GRADES = [1, 7, 10, 2, 3, 4, 5, 6, 8, 9];

/**
 * 新建阳光分班: three steps — where the list comes from (the register's intake of a grade, or an Excel list),
 * the constraints (classes, attributes to balance, each family's choice for twins, head teachers), and a review
 * before the draft is created. Nothing is drawn here: the draw happens at the witnessed event.
 */
export default function NewAllocationPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [familyChoices, setFamilyChoices] = useState<Record<string, "together" | "apart">>({});
  const [error, setError] = useState<unknown>(null);
  const years = useSchoolYears();
  const schools = useScopeSchools();
  const source = Form.useWatch("source", form) ?? "register";
  const schoolId = Form.useWatch("schoolId", form);
  const schoolYear = Form.useWatch("schoolYear", form) ?? years.latest ?? 0;
  const grade = Form.useWatch("grade", form) ?? 1;
  const classes = Form.useWatch("classes", form) ?? 0;
  const scoreBalancing = Form.useWatch("scoreBalancing", form) ?? false;
  const intake = useIntake(source === "register" ? schoolId : undefined, schoolYear, grade);
  const schoolName = schools.rows.find((s) => s.id === schoolId)?.name ?? me.user.schoolName ?? "";

  useEffect(() => {
    if (years.latest && !form.getFieldValue("schoolYear")) form.setFieldValue("schoolYear", years.latest);
  }, [years.latest, form]);
  useEffect(() => {
    if (me.user.schoolId && !form.getFieldValue("schoolId")) form.setFieldValue("schoolId", me.user.schoolId);
  }, [me.user.schoolId, form]);
  useEffect(() => {
    if (schoolName && schoolYear) {
      form.setFieldValue("title", `${schoolName}${schoolYear}级${registry.gradeLabel(grade)}阳光分班`);
    }
  }, [schoolName, schoolYear, grade, form]);

  const create = useEventMutation(async (v: Values): Promise<EventDetail> => {
    const eventTime = beijingEventTime(v.eventTime);
    if (v.source === "register") {
      return admissionsApi.createAllocation({
        schoolId: v.schoolId ?? "",
        schoolYear: v.schoolYear,
        grade: v.grade,
        classes: v.classes,
        title: v.title,
        eventTime,
        balance: v.balance ?? [],
        familyChoices,
        headTeacherIds: v.headTeacherIds ?? [],
      });
    }
    if (!file) throw new ApiError(400, "LIST_NO_FILE", "请先选择 Excel 名单");
    return admissionsApi.uploadAllocation(file, {
      schoolId: v.schoolId ?? null,
      title: v.title,
      eventTime,
      classes: v.classes,
      balance: v.balance ?? [],
      scoreBalancing: v.scoreBalancing ?? false,
      headTeachers: v.headTeachers ?? [],
    });
  });

  const next = async () => {
    setError(null);
    if (step === 0) {
      await form.validateFields(["source", "schoolId", "schoolYear", "grade"]);
      if (source === "excel" && !file) {
        setError(new ApiError(400, "LIST_NO_FILE", "请先选择填写好的 Excel 名单"));
        return;
      }
      if (source === "register" && intake.data?.total === 0) {
        setError(
          new ApiError(400, "EMPTY_INTAKE", "该校该年级在本学年没有在读学生:请先在学籍中登记新生,或改用 Excel 名单"),
        );
        return;
      }
    }
    if (step === 1) await form.validateFields(["title", "eventTime", "classes"]);
    setStep(step + 1);
  };

  const submit = async () => {
    setError(null);
    try {
      const created = await create.mutateAsync(form.getFieldsValue(true) as Values);
      message.success(`已创建草稿 ${created.code}`);
      navigate(`${paths.admissions}/events/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };

  const sizeHint =
    source === "register" && intake.data && classes > 0
      ? `每班 ${Math.floor(intake.data.total / classes)}${intake.data.total % classes ? `–${Math.ceil(intake.data.total / classes)}` : ""} 人`
      : null;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        新建阳光分班
      </Typography.Title>
      <Steps
        current={step}
        items={[{ title: "选择名单" }, { title: "分班规则" }, { title: "核对并创建草稿" }]}
        style={{ maxWidth: 760 }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve
        initialValues={{
          source: "register",
          grade: 1,
          classes: 4,
          balance: [],
          headTeacherIds: [],
          headTeachers: [],
          scoreBalancing: false,
          eventTime: dayjs().add(3, "day").hour(9).minute(0).second(0),
        }}
      >
        <Card size="small" title="名单来源" hidden={step !== 0}>
          <Form.Item name="source" label="新生名单来自">
            <Radio.Group
              optionType="button"
              options={[
                { value: "register", label: "学籍中本年级在读学生" },
                { value: "excel", label: "上传 Excel 名单" },
              ]}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item
                name="schoolId"
                label="学校"
                rules={[{ required: source === "register", message: "请选择学校" }]}
              >
                <Select
                  disabled={me.user.role === "school_admin"}
                  showSearch={{ optionFilterProp: "label" }}
                  allowClear={source === "excel"}
                  placeholder={source === "excel" ? "可不选(全县统一组织)" : "请选择学校"}
                  options={schools.rows
                    .filter((s) => s.status === "open" && s.kind !== "kindergarten")
                    .map((s) => ({ value: s.id, label: s.name }))}
                />
              </Form.Item>
            </Col>
            {source === "register" && (
              <>
                <Col xs={12} md={7}>
                  <Form.Item name="schoolYear" label="学年" rules={[{ required: true }]}>
                    <Select options={years.years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={7}>
                  <Form.Item name="grade" label="年级" rules={[{ required: true }]}>
                    <Select options={ENTRY_GRADES.map((g) => ({ value: g, label: registry.gradeLabel(g) }))} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
          {source === "register" && intake.data && (
            <Row gutter={16} data-testid="intake-summary">
              <Col span={4}>
                <Statistic title="学生" value={intake.data.total} suffix="人" />
              </Col>
              <Col span={4}>
                <Statistic title="男生" value={intake.data.boys} />
              </Col>
              <Col span={4}>
                <Statistic title="女生" value={intake.data.girls} />
              </Col>
              <Col span={4}>
                <Statistic title="特殊需要" value={intake.data.specialNeeds} />
              </Col>
              <Col span={4}>
                <Statistic title="多胞胎家庭" value={intake.data.families.length} />
              </Col>
              <Col span={4}>
                <Statistic title="在岗教师" value={intake.data.teachers.length} />
              </Col>
            </Row>
          )}
          {source === "register" && intake.data && intake.data.studentsInClasses > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 16 }}
              data-testid="intake-settled-warning"
              message={`该年级已分班,共${intake.data.studentsInClasses}名学生已在班级中`}
              description="阳光分班会改写这些学生的班级:抽签和写入班级时都须由招生办写明原因并再次确认,原因和改变班级的人数将记入审计日志并公示。新生尚未分班时才应组织阳光分班。"
            />
          )}
          {source === "excel" && (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Button icon={<DownloadOutlined />} onClick={() => admissionsApi.downloadTemplate("allocation")}>
                下载名单模板
              </Button>
              <Upload.Dragger
                accept=".xlsx"
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p>点击或拖入填写好的名单(.xlsx,每行一名学生)</p>
              </Upload.Dragger>
            </Space>
          )}
        </Card>

        <Card size="small" title="分班规则" hidden={step !== 1}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label="活动名称" rules={[{ required: true, message: "请填写活动名称" }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="eventTime" label="现场抽签时间" rules={[{ required: true, message: "请选择时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="classes"
                label="班级数"
                extra={sizeHint}
                rules={[{ required: true, message: "请填写班级数" }]}
              >
                <InputNumber min={1} max={100} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">
            始终保证:各班人数相差不超过 1 人,男女生均衡,特殊需要学生均匀分布,多胞胎按家庭意愿同班或分班。
          </Typography.Paragraph>
          <Form.Item name="balance" label="另外均衡的属性(可选)">
            {source === "register" ? (
              <Select mode="multiple" options={(intake.data?.attributes ?? []).map((a) => ({ value: a, label: a }))} />
            ) : (
              <Select mode="tags" placeholder="填写名单中的列名,如:住校" />
            )}
          </Form.Item>
          {source === "register" && intake.data && intake.data.families.length > 0 && (
            <Form.Item label="多胞胎家庭的意愿(根据出生日期和监护人电话识别)">
              <Table
                size="small"
                rowKey="family"
                pagination={false}
                dataSource={intake.data.families}
                columns={[
                  { title: "组号", dataIndex: "family", width: 80 },
                  { title: "学生", dataIndex: "members", render: (m: string[]) => m.join("、") },
                  {
                    title: "家庭选择",
                    width: 200,
                    render: (_: unknown, f) => (
                      <Radio.Group
                        value={familyChoices[f.family] ?? "together"}
                        onChange={(e) => setFamilyChoices({ ...familyChoices, [f.family]: e.target.value })}
                        options={[
                          { value: "together", label: admissions.familyChoiceLabels.together },
                          { value: "apart", label: admissions.familyChoiceLabels.apart },
                        ]}
                      />
                    ),
                  },
                ]}
              />
            </Form.Item>
          )}
          {source === "register" ? (
            <Form.Item
              name="headTeacherIds"
              label="班主任(抽签决定各自带哪个班;不选则不抽班主任)"
              rules={[
                {
                  validator: (_, v: string[]) =>
                    !v || v.length === 0 || v.length === classes
                      ? Promise.resolve()
                      : Promise.reject(new Error(`请选择 ${classes} 位班主任(与班级数相同),或不选`)),
                },
              ]}
            >
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: "label" }}
                options={(intake.data?.teachers ?? []).map((t) => ({
                  value: t.staffId,
                  label: t.subject
                    ? `${t.name}(${registry.subject.labels[t.subject as registry.Subject] ?? t.subject})`
                    : t.name,
                }))}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="headTeachers" label="班主任姓名(可选,与班级数相同)">
                <Select mode="tags" placeholder="输入姓名后回车" />
              </Form.Item>
              <Form.Item name="scoreBalancing" label="按成绩均衡" valuePropName="checked">
                <Switch />
              </Form.Item>
              {scoreBalancing && (
                <Alert type="warning" showIcon message="政策提示" description={admissions.scoreBalancingWarning} />
              )}
            </>
          )}
        </Card>

        <Card size="small" title="核对" hidden={step !== 2}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label="名单">
              {source === "register"
                ? `${schoolName} ${registry.schoolYearLabel(schoolYear)} ${registry.gradeLabel(grade)}:${intake.data?.total ?? 0} 人`
                : (file?.name ?? "未选择")}
            </Descriptions.Item>
            <Descriptions.Item label="活动名称">{form.getFieldValue("title")}</Descriptions.Item>
            <Descriptions.Item label="班级数">{classes}</Descriptions.Item>
            <Descriptions.Item label="抽签时间">
              {(form.getFieldValue("eventTime") as Dayjs | undefined)?.format("YYYY-MM-DD HH:mm")}
            </Descriptions.Item>
            <Descriptions.Item label="算法">
              {admissions.CLASS_ALLOCATION_ALGORITHM} 第 {admissions.CLASS_ALLOCATION_VERSION} 版
            </Descriptions.Item>
            <Descriptions.Item label="班主任">
              {source === "register"
                ? ((form.getFieldValue("headTeacherIds") as string[] | undefined) ?? []).length || "不抽签"
                : ((form.getFieldValue("headTeachers") as string[] | undefined) ?? []).join("、") || "不抽签"}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            创建后为草稿;核对无误后“冻结名单”,即公布名单摘要(SHA-256),此后名单不能再改。
          </Typography.Paragraph>
        </Card>
      </Form>
      {error !== null && <ListProblems error={error} />}
      <Space>
        {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
        {step < 2 && (
          <Button type="primary" onClick={() => next().catch(() => {})}>
            下一步
          </Button>
        )}
        {step === 2 && (
          <Button type="primary" loading={create.isPending} onClick={submit} data-testid="create-allocation">
            创建草稿
          </Button>
        )}
        <Button onClick={() => navigate(paths.admissions)}>取消</Button>
      </Space>
    </Space>
  );
}
