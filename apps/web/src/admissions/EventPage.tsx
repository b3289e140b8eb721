import { DownloadOutlined, PrinterOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { admissions } from "@edubureau/core";
import type { ButtonProps } from "antd";
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Skeleton,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { ApiError } from "../app/api";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { paths } from "../app/menu";
import { DetailError } from "../components/DetailError";
import { admissionsApi, type EventDetail } from "./api";
import { useEvent, useEventMutation } from "./hooks";
import { beijingEventTime, beijingTime, statusColors } from "./labels";
import { AllocationResultView, LotteryResultView, printClassLists, QuotaResultView } from "./ResultViews";
import { SettledOverridesAlert } from "./SettledOverrides";

const STEP_OF = { draft: 0, frozen: 1, drawn: 2, published: 3 } as const;

const mono = { fontFamily: "monospace", fontSize: 12, wordBreak: "break-all" } as const;

/** One event: its lifecycle, the published facts (digests, contributions, seed), the result, and the next step. */
export default function EventPage() {
  const { id = "" } = useParams();
  const { data: event, isLoading, error } = useEvent(id);
  const { can } = useAuth();
  if (isLoading) return <Skeleton active />;
  if (error) return <DetailError error={error} what="招生活动" />;
  if (!event) return <Skeleton active />;
  return <EventView event={event} writes={can("write", "admissions")} />;
}

function EventView({ event, writes }: { event: EventDetail; writes: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [rerunOpen, setRerunOpen] = useState(false);
  const [overrideStep, setOverrideStep] = useState<"run" | "confirm" | null>(null);
  const step = useEventMutation(({ s }: { s: "freeze" | "run" | "confirm" | "publish" }) =>
    admissionsApi.step(event.id, s),
  );
  const settled = event.settledGrade;
  const beforeEventTime = Date.now() < new Date(event.eventTime).getTime();
  const remove = useEventMutation(() => admissionsApi.remove(event.id));
  const random = admissions.isRandomDraw(event.kind);
  const act = async (s: "freeze" | "run" | "confirm" | "publish", done: string) => {
    try {
      await step.mutateAsync({ s });
      message.success(done);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : "操作失败,请稍后再试");
    }
  };
  const runLabel = random ? "开始抽签" : "计算分配结果";

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {event.title}
          </Typography.Title>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Typography.Text style={{ fontFamily: "monospace" }}>{event.code}</Typography.Text>
            <Tag>{event.kindLabel}</Tag>
            <Tag color={statusColors[event.status]} data-testid="event-status">
              {event.statusLabel}
            </Tag>
            {event.confirmedAt && <Tag color="cyan">已写入班级</Tag>}
            {event.schoolName && <Tag color="blue">{event.schoolName}</Tag>}
          </Space>
        </div>
        <Space wrap>
          <Button onClick={() => navigate(paths.admissions)}>返回列表</Button>
          {writes && event.status === "draft" && (
            <Popconfirm
              title="删除该草稿?"
              okText="删除"
              cancelText="取消"
              onConfirm={() => remove.mutateAsync(undefined).then(() => navigate(paths.admissions))}
            >
              <Button danger>删除草稿</Button>
            </Popconfirm>
          )}
          {writes && event.status === "draft" && (
            <Popconfirm
              title="冻结后名单不能再修改"
              description="名单摘要将作为公示内容,请核对名单后再冻结。"
              okText="冻结"
              cancelText="取消"
              onConfirm={() => act("freeze", "名单已冻结")}
            >
              <Button type="primary">冻结名单</Button>
            </Popconfirm>
          )}
          {writes && (event.status === "frozen" || (!random && event.status === "draft")) && (
            <Button
              type="primary"
              danger={Boolean(settled)}
              disabled={(random && event.contributions.length < 2) || Boolean(settled && !settled.canOverride)}
              loading={step.isPending}
              onClick={() => (settled ? setOverrideStep("run") : act("run", random ? "抽签完成" : "计算完成"))}
              data-testid="run-draw"
            >
              {settled ? `${runLabel}(改写已有分班)…` : runLabel}
            </Button>
          )}
          {writes &&
            event.kind === "class_allocation" &&
            event.source === "register" &&
            !event.confirmedAt &&
            (event.status === "drawn" || event.status === "published") &&
            (settled ? (
              <Button
                danger
                disabled={!settled.canOverride}
                onClick={() => setOverrideStep("confirm")}
                data-testid="confirm-classes"
              >
                确认写入班级(改写已有分班)…
              </Button>
            ) : (
              <Popconfirm
                title="把分班结果写入学籍班级?"
                description="每名学生的班级和各班班主任将按抽签结果更新,只能写入一次。"
                okText="写入"
                cancelText="取消"
                onConfirm={() => act("confirm", "已写入学籍班级")}
              >
                <Button data-testid="confirm-classes">确认写入班级</Button>
              </Popconfirm>
            ))}
          {writes && event.status === "drawn" && (
            <Popconfirm
              title="公示后不可更改"
              description="结果、种子和文件将公开,任何人可以验证;如需重来只能以新活动重新抽签并说明原因。"
              okText="公示"
              cancelText="取消"
              onConfirm={() => act("publish", "结果已公示")}
            >
              <Button type="primary" data-testid="publish">
                公示结果
              </Button>
            </Popconfirm>
          )}
          {event.status === "published" && (
            <Button icon={<SafetyCertificateOutlined />} href={`/verify?code=${event.code}`} target="_blank">
              公示验证页
            </Button>
          )}
          {writes && event.status !== "draft" && <Button onClick={() => setRerunOpen(true)}>重新抽签…</Button>}
        </Space>
      </Space>

      <Steps
        size="small"
        current={STEP_OF[event.status]}
        items={[
          { title: "草稿", description: "核对名单" },
          { title: "冻结名单", description: beijingTime(event.frozenAt) },
          { title: random ? "现场抽签" : "计算", description: beijingTime(event.drawnAt) },
          { title: "公示", description: beijingTime(event.publishedAt) },
        ]}
      />

      {settled && (
        <Alert
          type="warning"
          showIcon
          data-testid="settled-grade-warning"
          message={`该年级已分班,共${settled.studentsInClasses}名学生已在班级中`}
          description={
            settled.canOverride
              ? "抽签和写入班级都会改写这些学生的班级。确需重新分班时,请在每一步写明原因并再次输入已在班级中的学生人数;原因和改变班级的人数记入审计日志,并在公示验证页公开。"
              : "重新分班会改写这些学生的班级,学校不能自行进行。确需重新分班的,请联系招生办:由招生办写明原因、再次确认后进行,并公开说明。"
          }
        />
      )}
      {event.settledOverrides.length > 0 && <SettledOverridesAlert overrides={event.settledOverrides} />}
      {writes && beforeEventTime && (event.status === "frozen" || (!random && event.status === "draft")) && (
        <Alert
          type="info"
          showIcon
          message={`公布的抽签时间为 ${beijingTime(event.eventTime)}(北京时间),到时才能抽签`}
          description="抽签不能早于公布的时间;如需改期,请以新活动重新抽签并说明原因。"
        />
      )}
      {event.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon message="政策提示" description={w} />
      ))}
      {event.rerunOfCode && (
        <Alert
          type="info"
          showIcon
          message={`本活动是 ${event.rerunOfCode} 的重新抽签`}
          description={`原因:${event.rerunReason}`}
        />
      )}

      <Card size="small" title="公示信息">
        <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered>
          <Descriptions.Item label="算法与版本">
            {event.algorithm} 第 {event.algorithmVersion} 版
          </Descriptions.Item>
          <Descriptions.Item label="活动时间">{beijingTime(event.eventTime)}</Descriptions.Item>
          {event.kind === "quota" ? (
            <Descriptions.Item label="初中学校">
              {((event.settings.juniorSchools as unknown[] | undefined) ?? []).length} 所
            </Descriptions.Item>
          ) : (
            <Descriptions.Item label="名单人数">{event.entries.total}</Descriptions.Item>
          )}
          <Descriptions.Item label="名单来源">
            {event.source === "register" ? "学籍" : event.source === "excel" ? "Excel 名单" : "录入"}
          </Descriptions.Item>
          <Descriptions.Item label="输入名单摘要(SHA-256)" span={2}>
            <Typography.Text style={mono} copyable data-testid="input-digest">
              {event.inputDigest}
            </Typography.Text>
          </Descriptions.Item>
          {random && (
            <Descriptions.Item label="随机种子" span={2}>
              <Typography.Text style={mono}>{event.seed ?? "抽签后生成"}</Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="结果摘要(SHA-256)" span={2}>
            <Typography.Text style={mono} data-testid="result-digest">
              {event.resultDigest ?? "抽签后生成"}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 12 }} wrap>
          <Button icon={<DownloadOutlined />} onClick={() => admissionsApi.downloadFile(event.id, "input")}>
            输入文件
          </Button>
          {event.resultDigest && (
            <Button icon={<DownloadOutlined />} onClick={() => admissionsApi.downloadFile(event.id, "result")}>
              结果文件
            </Button>
          )}
          {event.classes && (
            <>
              <Button icon={<DownloadOutlined />} onClick={() => admissionsApi.downloadClassLists(event.id)}>
                分班名单 Excel
              </Button>
              <Button icon={<PrinterOutlined />} onClick={() => printClassLists(event)}>
                打印分班名单
              </Button>
            </>
          )}
        </Space>
      </Card>

      {random && <WitnessCard event={event} writes={writes} />}

      <Card size="small" title={event.status === "draft" || event.status === "frozen" ? "名单" : "结果"}>
        {event.kind === "class_allocation" && event.classes ? (
          <AllocationResultView event={event} />
        ) : event.kind === "lottery" && event.lottery ? (
          <LotteryResultView event={event} />
        ) : event.kind === "quota" && event.quota ? (
          <QuotaResultView event={event} />
        ) : (
          <RosterView event={event} />
        )}
      </Card>
      <RerunModal event={event} open={rerunOpen} onClose={() => setRerunOpen(false)} />
      {settled && overrideStep && (
        <SettledOverrideModal
          event={event}
          step={overrideStep}
          studentsInClasses={settled.studentsInClasses}
          onClose={() => setOverrideStep(null)}
        />
      )}
    </Space>
  );
}

function RosterView({ event }: { event: EventDetail }) {
  if (event.kind === "quota") {
    const schools =
      (event.settings.juniorSchools as { code: string; name: string; base: number; rural: boolean }[]) ?? [];
    return (
      <Table
        size="small"
        rowKey="code"
        dataSource={schools}
        pagination={false}
        columns={[
          { title: "初中学校", dataIndex: "name" },
          { title: "分配基数", dataIndex: "base", align: "right" },
          { title: "农村学校", dataIndex: "rural", render: (r: boolean) => (r ? "是" : "否") },
        ]}
      />
    );
  }
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        共 {event.entries.total} 人
        {event.kind === "class_allocation"
          ? `(男 ${event.entries.boys},女 ${event.entries.girls},特殊需要 ${event.entries.specialNeeds};多胞胎家庭 ${event.families.length} 个)。公示文件中只有编号,不含姓名。`
          : `(${event.entries.byTier.map((t) => `顺位 ${t.tier}:${t.count} 人`).join(",")})。`}
      </Typography.Text>
      {event.families.length > 0 && (
        <Space wrap>
          {event.families.map((f) => (
            <Tag key={f.family} color="purple">
              {f.family}:{f.members.map((m) => m.name).join("、")}
              {f.choice ? `(${admissions.familyChoiceLabels[f.choice]})` : ""}
            </Tag>
          ))}
        </Space>
      )}
      <Table
        size="small"
        rowKey="code"
        dataSource={event.roster}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "编号", dataIndex: "code", width: 100 },
          { title: "姓名", dataIndex: "name" },
          event.kind === "lottery"
            ? { title: "顺位", dataIndex: "tier", width: 80 }
            : { title: "性别", dataIndex: "gender", width: 80 },
          { title: "多胞胎组号", dataIndex: "family", width: 110 },
        ]}
      />
    </Space>
  );
}

const ROLE_OPTIONS = admissions.witnessRoles.map((r) => ({ value: r }));

/** The witnesses' random contributions: entered one by one at the event, in order. */
function WitnessCard({ event, writes }: { event: EventDetail; writes: boolean }) {
  const [form] = Form.useForm<{ role: string; name: string; value: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const add = useEventMutation((body: { role: string; name: string; value: string }) =>
    admissionsApi.contribute(event.id, body),
  );
  const submit = async (v: { role: string; name: string; value: string }) => {
    setFormError(null);
    try {
      await add.mutateAsync(v);
      form.resetFields();
    } catch (e) {
      setFormError(applyServerErrors(form, e, ["role", "name", "value"]));
    }
  };
  return (
    <Card size="small" title="见证人随机数(按录入顺序参与计算种子)">
      {event.contributions.length === 0 && event.status !== "frozen" ? (
        <Empty description={event.status === "draft" ? "冻结名单后,在抽签现场由见证人录入" : "无"} />
      ) : (
        <Table
          size="small"
          rowKey={(r) => r.enteredAt + r.value}
          pagination={false}
          dataSource={event.contributions}
          data-testid="contributions"
          columns={[
            { title: "顺序", key: "i", width: 60, render: (_: unknown, __: unknown, i: number) => i + 1 },
            { title: "身份", dataIndex: "role", width: 140 },
            { title: "姓名", dataIndex: "name", width: 140 },
            {
              title: "随机数",
              dataIndex: "value",
              render: (v: string) => <Typography.Text style={mono}>{v}</Typography.Text>,
            },
            { title: "录入时间", dataIndex: "enteredAt", width: 160, render: (t: string) => beijingTime(t) },
          ]}
        />
      )}
      {writes && event.status === "frozen" && (
        <Form
          form={form}
          layout="inline"
          onFinish={submit}
          style={{ marginTop: 12, rowGap: 8 }}
          data-testid="witness-form"
        >
          <Form.Item name="role" rules={[{ required: true, message: "请填写身份" }]}>
            <AutoComplete options={ROLE_OPTIONS} placeholder="身份,如:家长代表" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true, message: "请填写姓名" }]}>
            <Input placeholder="姓名,如:王女士" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="value" rules={[{ required: true, message: "请填写随机数" }]}>
            <Input placeholder="见证人选定或现场摇出的数" style={{ width: 220 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            录入
          </Button>
        </Form>
      )}
      {formError && <Alert type="error" showIcon message={formError} style={{ marginTop: 8 }} />}
      {writes && event.status === "frozen" && event.contributions.length < 2 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          至少两位见证人(如家长代表、纪检监察人员)录入后才能抽签。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function RerunModal({ event, open, onClose }: { event: EventDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; eventTime: Dayjs }>();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const rerun = useEventMutation((v: { reason: string; eventTime: Dayjs }) =>
    admissionsApi.rerun(event.id, { reason: v.reason, eventTime: beijingEventTime(v.eventTime) }),
  );
  return (
    <Modal
      open={open}
      title="以新活动重新抽签"
      okText="创建新活动"
      cancelText="取消"
      confirmLoading={rerun.isPending}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(async (v) => {
          try {
            const created = (await rerun.mutateAsync(v)) as EventDetail;
            onClose();
            navigate(`${paths.admissions}/events/${created.id}`);
          } catch (e) {
            setFormError(applyServerErrors(form, e, ["reason", "eventTime"]));
          }
        })
      }
    >
      <Typography.Paragraph type="secondary">
        原活动 {event.code} 保持不变;新活动使用同一名单和规则,获得新的编号和名单摘要,并记录重新抽签的原因。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ eventTime: dayjs().add(1, "day").hour(9).minute(0) }}>
        <Form.Item name="reason" label="原因" rules={[{ required: true, min: 4, message: "请写明原因(至少 4 个字)" }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="eventTime" label="新的抽签时间" rules={[{ required: true, message: "请选择时间" }]}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Form>
      {formError && <Alert type="error" showIcon message={formError} />}
    </Modal>
  );
}

/**
 * 招生办's override of a grade already in classes, for the draw or the writing into the register: a reason, and as a
 * second confirmation the number of students already in classes typed again.
 */
function SettledOverrideModal({
  event,
  step,
  studentsInClasses,
  onClose,
}: {
  event: EventDetail;
  step: "run" | "confirm";
  studentsInClasses: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; confirmStudents: number }>();
  const [formError, setFormError] = useState<string | null>(null);
  const run = useEventMutation((v: { reason: string; confirmStudents: number }) =>
    admissionsApi.step(event.id, step, v),
  );
  const submit = async () => {
    const v = await form.validateFields();
    setFormError(null);
    try {
      await run.mutateAsync(v);
      message.success(step === "run" ? "抽签完成" : "已写入学籍班级");
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) return setFormError("操作失败,请稍后再试");
      const placed = e.fieldProblems.filter((p) => p.field.startsWith("override."));
      form.setFields(
        placed.map((p) => ({
          name: p.field.slice("override.".length) as "reason" | "confirmStudents",
          errors: [p.message],
        })),
      );
      if (placed.length === 0) setFormError(e.message);
    }
  };
  return (
    <Modal
      open
      title={step === "run" ? "在已分班的年级上抽签" : "把分班结果写入已分班的年级"}
      okText={step === "run" ? "确认改写并抽签" : "确认改写并写入班级"}
      okButtonProps={{ danger: true, "data-testid": "override-submit" } as ButtonProps}
      cancelText="取消"
      confirmLoading={run.isPending}
      onCancel={onClose}
      onOk={submit}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message={`该年级已分班,共${studentsInClasses}名学生已在班级中`}
        description={
          step === "run"
            ? "抽签结果公示后不能更改;写入班级时还需再次说明原因。原因和改变班级的人数将记入审计日志,并在公示验证页公开。"
            : "写入后这些学生的班级将按抽签结果改变。原因和改变班级的人数将记入审计日志,并在公示验证页公开。"
        }
      />
      <Form form={form} layout="vertical" data-testid="override-form">
        <Form.Item
          name="reason"
          label="重新分班的原因"
          rules={[
            {
              required: true,
              min: admissions.SETTLED_GRADE_REASON_MIN,
              message: `请写明原因(至少 ${admissions.SETTLED_GRADE_REASON_MIN} 个字)`,
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如:开学前转入学生较多,经局务会研究重新分班" />
        </Form.Item>
        <Form.Item
          name="confirmStudents"
          label={`再次确认:请输入已在班级中的学生人数(${studentsInClasses})`}
          rules={[
            { required: true, message: "请输入人数" },
            {
              validator: (_, v) =>
                v === studentsInClasses ? Promise.resolve() : Promise.reject(new Error(`请输入 ${studentsInClasses}`)),
            },
          ]}
        >
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {formError && <Alert type="error" showIcon message={formError} />}
    </Modal>
  );
}
