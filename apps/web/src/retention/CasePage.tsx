import { UploadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Image,
  Input,
  Select,
  Space,
  Timeline,
  Typography,
  Upload,
} from "antd";
import type { Dayjs } from "dayjs";
import { useParams } from "react-router";
import { ForbiddenPage } from "../app/StatusPages";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import { retentionApi, type TransitionBody, type VisitBody } from "./api";
import { CaseStateTag, errorText } from "./components";
import { useCase, useRetentionWrite } from "./hooks";

const METHODS = [
  { value: "home_visit", label: "入户劝返" },
  { value: "phone", label: "电话联系" },
  { value: "school_talk", label: "到校谈话" },
  { value: "legal_notice", label: "依法送达告知书" },
  { value: "other", label: "其他" },
];
const OUTCOMES = [
  { value: "agreed", label: "同意返校" },
  { value: "undecided", label: "仍在做工作" },
  { value: "refused", label: "拒绝返校" },
  { value: "not_found", label: "未见到本人" },
];
const CHAIN_LABELS: Record<string, string> = {
  township: "乡镇(街道)",
  village: "村(社区)",
  school: "学校",
  teacher: "班主任",
};

/** One case: the 包保 chain, visits with photos, the steps to 动态销号. */
export default function CasePage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const detail = useCase(id);
  const transition = useRetentionWrite((b: TransitionBody) => retentionApi.transition(id, b));
  const visit = useRetentionWrite((b: VisitBody) => retentionApi.visit(id, b));
  const photo = useRetentionWrite((a: { file: File; visitId?: string }) =>
    retentionApi.uploadEvidence(id, a.file, a.visitId),
  );
  const [visitForm] = Form.useForm();
  const [returnForm] = Form.useForm();
  if (detail.error) return <ForbiddenPage />;
  if (!detail.data) return null;
  const { case: c, visits, events } = detail.data;
  const act = (body: TransitionBody, done: string) =>
    transition.mutate(body, { onSuccess: () => message.success(done), onError: (e) => message.error(errorText(e)) });
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>
        劝返个案 {c.number} · {c.nameMasked}
      </PageTitle>
      {c.escalationLabel && <Alert type="error" showIcon title={`${c.escalationLabel}:劝返时限 ${c.deadline} 已过`} />}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="状态">
            <CaseStateTag state={c.state} label={c.stateLabel} />
          </Descriptions.Item>
          <Descriptions.Item label="学校 / 乡镇">{c.schoolName ?? c.townName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="劝返时限">{c.deadline}</Descriptions.Item>
          <Descriptions.Item label="来源">{c.sourceLabel}</Descriptions.Item>
          <Descriptions.Item label="依据记录" span={2}>
            {c.detail}
          </Descriptions.Item>
          {Object.entries(c.chain).map(([k, p]) => (
            <Descriptions.Item key={k} label={`包保·${CHAIN_LABELS[k] ?? k}`}>
              {p.name} {p.phone}
            </Descriptions.Item>
          ))}
          {c.returnedOn && <Descriptions.Item label="返校日期">{c.returnedOn}</Descriptions.Item>}
          {c.closedOn && <Descriptions.Item label="办结日期">{c.closedOn}</Descriptions.Item>}
        </Descriptions>
        {c.abilities.act && (
          <Space wrap style={{ marginTop: 8 }}>
            {c.state === "verifying" && (
              <Button danger onClick={() => act({ action: "confirm", note: "" }, "已确认辍学,进入劝返")}>
                确认辍学
              </Button>
            )}
            {c.state === "returned" && (
              <>
                <Button type="primary" onClick={() => act({ action: "verify_return", note: "在校核验" }, "已核验销号")}>
                  核验销号
                </Button>
                <Button onClick={() => act({ action: "relapse", note: "" }, "已退回劝返")}>再次离校</Button>
              </>
            )}
            {c.abilities.dismiss && (
              <Button onClick={() => act({ action: "dismiss", note: "核查后排除:已办理请假或已被接收" }, "已排除")}>
                排除疑似
              </Button>
            )}
            {(c.state === "verifying" || c.state === "confirmed") && (
              <Form
                form={returnForm}
                layout="inline"
                onFinish={(v: { returnedOn: Dayjs }) =>
                  act(
                    { action: "record_return", note: "", returnedOn: v.returnedOn.format("YYYY-MM-DD") },
                    "已登记返校",
                  )
                }
              >
                <Form.Item name="returnedOn" rules={[{ required: true, message: "请选择返校日期" }]}>
                  <DatePicker placeholder="返校日期" />
                </Form.Item>
                <Button htmlType="submit">登记返校</Button>
              </Form>
            )}
          </Space>
        )}
      </Card>
      <Card size="small" title={`劝返记录(${visits.length})`}>
        {visits.length === 0 && <Typography.Text type="secondary">尚无劝返记录</Typography.Text>}
        {visits.map((v) => (
          <Card
            key={v.id}
            size="small"
            type="inner"
            style={{ marginBottom: 8 }}
            title={`${v.visitedOn} · ${v.methodLabel} · ${v.outcomeLabel}`}
          >
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {v.visitors}:{v.note || "—"}
            </Typography.Paragraph>
            <Space wrap>
              {v.evidence.map((e) =>
                e.contentType.startsWith("image/") ? (
                  <Image key={e.id} width={96} src={retentionApi.evidenceUrl(e.id)} alt={e.fileName} />
                ) : (
                  <a key={e.id} href={retentionApi.evidenceUrl(e.id)} target="_blank" rel="noreferrer">
                    {e.fileName}
                  </a>
                ),
              )}
              {c.abilities.visit && (
                <Upload
                  accept="image/jpeg,image/png,image/webp,application/pdf"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    photo.mutate(
                      { file: file as File, visitId: v.id },
                      {
                        onSuccess: () => message.success("佐证照片已上传"),
                        onError: (err) => message.error(errorText(err)),
                      },
                    );
                    return false;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />}>
                    上传佐证照片
                  </Button>
                </Upload>
              )}
            </Space>
          </Card>
        ))}
        {c.abilities.visit && (
          <Form
            form={visitForm}
            layout="vertical"
            style={{ maxWidth: 640 }}
            onFinish={(v: {
              visitedOn: Dayjs;
              visitors: string;
              method: VisitBody["method"];
              outcome: VisitBody["outcome"];
              note?: string;
            }) =>
              visit.mutate(
                { ...v, visitedOn: v.visitedOn.format("YYYY-MM-DD"), note: v.note ?? "" },
                {
                  onSuccess: () => {
                    message.success("已登记劝返记录");
                    visitForm.resetFields();
                  },
                  onError: (e) => message.error(errorText(e)),
                },
              )
            }
          >
            <Typography.Title level={5}>登记劝返</Typography.Title>
            <Space wrap>
              <Form.Item name="visitedOn" label="日期" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="method" label="方式" rules={[{ required: true, message: "请选择方式" }]}>
                <Select options={METHODS} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item name="outcome" label="结果" rules={[{ required: true, message: "请选择结果" }]}>
                <Select options={OUTCOMES} style={{ width: 140 }} />
              </Form.Item>
            </Space>
            <Form.Item name="visitors" label="劝返人员" rules={[{ required: true, message: "请填写劝返人员" }]}>
              <Input placeholder="如:陈老师、王书记" />
            </Form.Item>
            <Form.Item name="note" label="情况说明">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={visit.isPending}>
              保存劝返记录
            </Button>
          </Form>
        )}
      </Card>
      <Card size="small" title="处理经过">
        <Timeline
          items={events.map((e) => ({
            children: (
              <span>
                {formatDateTime(e.at)} {e.actorName} {e.actionLabel}
                {e.note ? `:${e.note}` : ""}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
