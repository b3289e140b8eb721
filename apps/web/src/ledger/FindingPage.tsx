import { CameraOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Grid,
  Image,
  Input,
  Modal,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
  Upload,
} from "antd";
import type { UploadFile, UploadProps } from "antd/es/upload/interface";
import type dayjs from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError } from "../app/api";
import { applyServerErrors } from "../app/formErrors";
import { paths } from "../app/menu";
import { AuditLogLink } from "../audit/AuditLogLink";
import { DetailError } from "../components/DetailError";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import { type Evidence, type Finding, type HistoryEntry, ledgerApi } from "./api";
import { DeadlineText, SeverityTag, StateTag, stateChartColors } from "./components";
import { useFinding, useTransition } from "./hooks";

/** What each action's dialog asks for. */
const ACTION_FORMS: Record<
  ledger.RectificationAction,
  {
    noteLabel: string;
    noteRequired: boolean;
    placeholder: string;
    evidence: boolean;
    deadline?: boolean;
    danger?: boolean;
    hint?: string;
  }
> = {
  start: {
    noteLabel: "整改方案(可选)",
    noteRequired: false,
    placeholder: "例如:已制定整改方案,采购灭火器",
    evidence: false,
  },
  submit: {
    noteLabel: "整改情况说明",
    noteRequired: true,
    placeholder: "写明已采取的整改措施和结果",
    evidence: true,
    hint: "请上传整改前后照片或整改报告(JPEG、PNG、WebP 图片或 PDF,单个不超过 10 MB),至少一份。",
  },
  pass: {
    noteLabel: "复查意见(可选)",
    noteRequired: false,
    placeholder: "例如:经现场复查,整改到位",
    evidence: true,
    hint: "复查通过后问题销号,不能再修改。",
  },
  fail: {
    noteLabel: "不通过原因和整改要求",
    noteRequired: true,
    placeholder: "写明仍存在的问题",
    evidence: true,
    danger: true,
  },
  request_extension: {
    noteLabel: "延期原因",
    noteRequired: true,
    placeholder: "例如:需在寒假期间施工",
    evidence: false,
    deadline: true,
    hint: "延期须经督导室、安全股或督学批准;批准前仍按原时限计算是否逾期。",
  },
  approve_extension: { noteLabel: "审批意见(可选)", noteRequired: false, placeholder: "同意延期", evidence: false },
  reject_extension: {
    noteLabel: "驳回理由",
    noteRequired: true,
    placeholder: "例如:隐患严重,须按期整改",
    evidence: false,
    danger: true,
  },
  withdraw: {
    noteLabel: "撤销原因",
    noteRequired: true,
    placeholder: "例如:经核实不属于问题",
    evidence: false,
    danger: true,
    hint: "撤销的问题不计入统计,撤销记录永久保留。",
  },
};

interface ActionValues {
  note?: string;
  newDeadline?: dayjs.Dayjs;
}

function ActionModal({
  finding,
  action,
  onClose,
}: {
  finding: Finding;
  action: ledger.RectificationAction | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const transition = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile<Evidence>[]>([]);
  const spec = action ? ACTION_FORMS[action] : null;
  const phone = Grid.useBreakpoint().md === false;
  /** what both of the evidence buttons share: the one list of files, each sent as soon as it is chosen */
  const upload: UploadProps<Evidence> = {
    fileList: files,
    onChange: ({ fileList }) => setFiles(fileList),
    customRequest: ({ file, onSuccess, onError }) => {
      ledgerApi
        .uploadEvidence(finding.id, file as File)
        .then((ev) => onSuccess?.(ev))
        .catch((e: unknown) => {
          const msg = e instanceof ApiError ? e.message : "上传失败";
          message.error(msg);
          onError?.(new Error(msg));
        });
    },
  };

  const close = () => {
    setError(null);
    setFiles([]);
    form.resetFields();
    onClose();
  };

  const onFinish = async (values: ActionValues) => {
    if (!action) return;
    setError(null);
    const evidenceIds = files.flatMap((f) => (f.status === "done" && f.response ? [f.response.id] : []));
    try {
      await transition.mutateAsync({
        id: finding.id,
        body: {
          action,
          note: values.note?.trim() || undefined,
          newDeadline: values.newDeadline?.format("YYYY-MM-DD"),
          evidenceIds,
        },
      });
      message.success(`已${ledger.rectificationActionLabels[action]}`);
      close();
    } catch (e) {
      const msg = applyServerErrors(form, e, ["note", "newDeadline"]);
      setError(msg);
    }
  };

  return (
    <Modal
      open={action !== null}
      title={action ? ledger.rectificationActionLabels[action] : ""}
      okText="确定"
      okButtonProps={{ loading: transition.isPending, danger: spec?.danger, "data-testid": "action-ok" } as never}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {spec?.hint && <Alert type="info" showIcon title={spec.hint} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form form={form} layout="vertical" name="finding-action" onFinish={onFinish}>
        {spec?.deadline && (
          <Form.Item
            label="延期至"
            name="newDeadline"
            rules={[{ required: true, message: "请选择延期后的整改时限" }]}
            extra={`当前时限 ${finding.deadline}`}
          >
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.format("YYYY-MM-DD") <= finding.deadline} />
          </Form.Item>
        )}
        <Form.Item
          label={spec?.noteLabel}
          name="note"
          rules={spec?.noteRequired ? [{ required: true, min: 2, message: `请填写${spec.noteLabel}` }] : []}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={spec?.placeholder}
            data-testid="action-note"
          />
        </Form.Item>
        {spec?.evidence && (
          <Form.Item label="佐证材料" extra={phone ? "拍照用手机后置摄像头现场拍摄。" : undefined}>
            {phone && (
              <div style={{ marginBottom: 8 }}>
                <Upload<Evidence> {...upload} accept="image/*" capture="environment" showUploadList={false}>
                  <Button type="primary" icon={<CameraOutlined />} data-testid="evidence-camera">
                    拍照
                  </Button>
                </Upload>
              </div>
            )}
            <Upload<Evidence> {...upload} multiple accept={EVIDENCE_ACCEPT}>
              <Button icon={<UploadOutlined />} data-testid="evidence-upload">
                {phone ? "从相册或文件选择" : "选择文件"}
              </Button>
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The evidence the server takes (JPEG, PNG, WebP, PDF) by type, so a phone's picker offers its camera and photo
 * library besides files; the server checks the bytes, not the name.
 */
const EVIDENCE_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";

const ACTION_BUTTON_ORDER: ledger.RectificationAction[] = [
  "start",
  "submit",
  "pass",
  "fail",
  "request_extension",
  "approve_extension",
  "reject_extension",
  "withdraw",
];

/** A file size as people read it: 512 B, 87 KB, 2.4 MB. */
const fileSize = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

function EvidenceThumb({ e }: { e: Evidence }) {
  if (e.hasThumbnail) {
    return (
      <Image
        width={96}
        height={72}
        style={{ objectFit: "cover", borderRadius: 4 }}
        src={ledgerApi.thumbnailUrl(e.id)}
        preview={{ src: ledgerApi.evidenceUrl(e.id) }}
        alt={e.fileName}
      />
    );
  }
  return (
    <a href={ledgerApi.evidenceUrl(e.id)} target="_blank" rel="noreferrer" title={e.fileName}>
      <div
        style={{
          width: 96,
          height: 72,
          display: "grid",
          placeItems: "center",
          background: "#f5f5f5",
          borderRadius: 4,
          fontSize: 28,
        }}
      >
        {e.contentType === "application/pdf" ? <FilePdfOutlined /> : <FileImageOutlined />}
      </div>
    </a>
  );
}

function HistoryTimeline({ history, evidence }: { history: HistoryEntry[]; evidence: Evidence[] }) {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  return (
    <Timeline
      data-testid="finding-history"
      items={history.map((h) => ({
        color: stateChartColors[h.toState as ledger.FindingState] ?? "gray",
        content: (
          <div>
            <Space wrap size={6}>
              <Typography.Text strong>{h.actionLabel}</Typography.Text>
              <Tag>{h.toStateLabel}</Tag>
              <Typography.Text type="secondary">
                {h.actorName} · {formatDateTime(h.at)}
              </Typography.Text>
            </Space>
            {h.note && <div style={{ whiteSpace: "pre-wrap" }}>{h.note}</div>}
            {h.deadlineBefore && h.deadlineAfter && h.deadlineBefore !== h.deadlineAfter && (
              <Typography.Text type="secondary">
                整改时限:{h.deadlineBefore} → {h.deadlineAfter}
              </Typography.Text>
            )}
            {h.evidenceIds.length > 0 && (
              <Space wrap style={{ marginTop: 6 }}>
                {h.evidenceIds.map((id) => {
                  const e = byId.get(id);
                  return e ? <EvidenceThumb key={id} e={e} /> : null;
                })}
              </Space>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** A finding's page: what was found and ordered, the actions the user may take, the history and the evidence. */
export default function FindingPage() {
  const { id = "" } = useParams();
  const detail = useFinding(id);
  const [action, setAction] = useState<ledger.RectificationAction | null>(null);

  if (detail.isError) return <DetailError error={detail.error} what="问题" />;
  if (!detail.data) return <Skeleton active />;
  const { finding: f, history, evidence } = detail.data;
  const actions = ACTION_BUTTON_ORDER.filter((a) => f.can[a]);

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb
        items={[
          { title: <Link to={paths.ledgerBoard}>整改台账</Link> },
          { title: <Link to={`${paths.ledgerInspections}/${f.inspectionId}`}>{f.inspectionTitle}</Link> },
          { title: f.number },
        ]}
      />
      <Card
        title={
          <Space wrap>
            <PageTitle inline>问题 {f.number}</PageTitle>
            <StateTag f={f} />
            <SeverityTag f={f} />
            {f.scope === "common" && <Tag color="geekblue">共性问题</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === "pass" || a === "submit" || a === "start" ? "primary" : "default"}
                danger={ACTION_FORMS[a].danger}
                onClick={() => setAction(a)}
                data-testid={`action-${a}`}
              >
                {ledger.rectificationActionLabels[a]}
              </Button>
            ))}
          </Space>
        }
      >
        {f.deadlineStatus === "overdue" && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={`已逾期 ${f.daysOverdue} 天(${f.escalationLabel})`}
            data-testid="finding-overdue-alert"
          />
        )}
        {f.extensionRequest && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`延期申请待审批:申请延期至 ${f.extensionRequest.deadline}`}
            description={f.extensionRequest.reason}
          />
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          data-testid="finding-detail"
          items={[
            { key: "target", label: "学校/机构", children: f.targetName },
            { key: "kind", label: "检查类型", children: f.kindLabel },
            {
              key: "category",
              label: "问题类别",
              children: f.category + (f.checklistCode ? `(检查项 ${f.checklistCode})` : ""),
            },
            { key: "raised", label: "检查日期", children: f.raisedOn },
            { key: "description", label: "问题描述", span: 2, children: f.description },
            { key: "measures", label: "整改措施", span: 2, children: f.measures || "—" },
            { key: "unit", label: "责任单位", children: f.responsibleUnit },
            { key: "person", label: "责任人", children: f.responsiblePerson },
            { key: "deadline", label: "整改时限", children: <DeadlineText f={f} /> },
            { key: "closed", label: "销号日期", children: f.closedOn ?? "—" },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="整改记录" extra={<AuditLogLink targetType="ledger_finding" targetId={f.id} />}>
            <HistoryTimeline history={history} evidence={evidence} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={`佐证材料(${evidence.length})`}>
            {evidence.length === 0 ? (
              <Empty description="暂无材料" />
            ) : (
              <Space direction="vertical" style={{ width: "100%" }}>
                {evidence.map((e) => (
                  <Space key={e.id} align="start">
                    <EvidenceThumb e={e} />
                    <div>
                      <a href={ledgerApi.evidenceUrl(e.id)} target="_blank" rel="noreferrer">
                        {e.fileName}
                      </a>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {fileSize(e.size)} · {e.uploaderName} · {formatDateTime(e.uploadedAt)}
                        </Typography.Text>
                      </div>
                      <Typography.Text
                        type="secondary"
                        style={{ fontSize: 11, fontFamily: "monospace" }}
                        copyable={{ text: e.sha256 }}
                      >
                        SHA-256 {e.sha256.slice(0, 16)}…
                      </Typography.Text>
                    </div>
                  </Space>
                ))}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <ActionModal finding={f} action={action} onClose={() => setAction(null)} />
    </Space>
  );
}
