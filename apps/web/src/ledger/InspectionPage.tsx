import { ExclamationCircleOutlined, FileWordOutlined, FormOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError } from "../app/api";
import { applyServerErrors } from "../app/formErrors";
import { paths } from "../app/menu";
import { DetailError } from "../components/DetailError";
import { PageTitle } from "../components/PageTitle";
import { type InspectionDetail, type InspectionTarget, ledgerApi } from "./api";
import { FindingTable } from "./components";
import { useFindings, useInspection, useRaiseFindings, useSaveChecklist } from "./hooks";

type Results = Record<string, { result?: ledger.CheckResult; note?: string }>;

/** 检查表: one row per check item, result and note, for one target. */
function ChecklistModal({
  detail,
  target,
  onClose,
}: {
  detail: InspectionDetail;
  target: InspectionTarget | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const save = useSaveChecklist();
  const [results, setResults] = useState<Results>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    setResults(Object.fromEntries((target?.results ?? []).map((r) => [r.code, { result: r.result, note: r.note }])));
  }, [target]);
  const set = (code: string, patch: Results[string]) => setResults((r) => ({ ...r, [code]: { ...r[code], ...patch } }));

  const submit = async () => {
    if (!target) return;
    setError(null);
    const entries = Object.entries(results)
      .filter(([, v]) => v.result)
      .map(([code, v]) => ({ code, result: v.result as ledger.CheckResult, note: v.note?.trim() || undefined }));
    try {
      await save.mutateAsync({ id: detail.inspection.id, targetId: target.id, results: entries });
      message.success(`已保存${target.name}的检查表`);
      onClose();
    } catch (e) {
      setError(
        e instanceof ApiError ? [e.message, ...e.fieldProblems.slice(1).map((p) => p.message)].join(";") : "保存失败",
      );
    }
  };

  return (
    <Modal
      open={target !== null}
      title={`检查表 · ${target?.name ?? ""}`}
      width={920}
      okText="保存检查表"
      onOk={submit}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={detail.checklist}
        scroll={{ y: 480 }}
        columns={[
          { title: "编号", dataIndex: "code", width: 60 },
          { title: "类别", dataIndex: "category", width: 90 },
          {
            title: "检查内容",
            dataIndex: "text",
            render: (t: string, item) => (
              <span>
                {t} <Tag>{ledger.severity.labels[item.severity]}</Tag>
              </span>
            ),
          },
          {
            title: "结果",
            key: "result",
            width: 200,
            render: (_: unknown, item) => (
              <Radio.Group
                size="small"
                value={results[item.code]?.result}
                onChange={(e) => set(item.code, { result: e.target.value })}
                options={ledger.checkResult.codes.map((c) => ({ value: c, label: ledger.checkResult.labels[c] }))}
              />
            ),
          },
          {
            title: "发现的问题",
            key: "note",
            width: 220,
            render: (_: unknown, item) => (
              <Input
                size="small"
                value={results[item.code]?.note}
                status={results[item.code]?.result === "fail" && !results[item.code]?.note ? "warning" : undefined}
                placeholder={results[item.code]?.result === "fail" ? "不符合时必填" : ""}
                onChange={(e) => set(item.code, { note: e.target.value })}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

interface RaiseValues {
  targetIds: string[];
  checklistCode?: string;
  category: string;
  description: string;
  severity: ledger.Severity;
  responsiblePerson: string;
  deadline?: dayjs.Dayjs;
  measures?: string;
}

const RAISE_FIELDS = [
  "targetIds",
  "category",
  "description",
  "severity",
  "responsiblePerson",
  "deadline",
  "measures",
  "checklistCode",
];

/** 登记问题: at one target (个性问题) or several at once (共性问题), with the rectification order. */
function RaiseModal({ detail, open, onClose }: { detail: InspectionDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseValues>();
  const raise = useRaiseFindings();
  const [error, setError] = useState<string | null>(null);
  const targetIds = Form.useWatch("targetIds", form) ?? [];

  const onFinish = async (v: RaiseValues) => {
    setError(null);
    try {
      const res = await raise.mutateAsync({
        inspectionId: detail.inspection.id,
        body: {
          targetIds: v.targetIds,
          checklistCode: v.checklistCode ?? null,
          category: v.category,
          description: v.description,
          severity: v.severity,
          responsiblePerson: v.responsiblePerson,
          deadline: v.deadline?.format("YYYY-MM-DD") ?? null,
          measures: v.measures ?? null,
        },
      });
      message.success(res.rows.length > 1 ? `已登记共性问题,涉及 ${res.rows.length} 个单位` : "已登记问题并下达整改");
      form.resetFields();
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, RAISE_FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title="登记问题并下达整改"
      width={640}
      okText="登记"
      onOk={() => form.submit()}
      okButtonProps={{ loading: raise.isPending, "data-testid": "finding-save" } as never}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        name="raise-finding"
        onFinish={onFinish}
        initialValues={{ severity: "minor" }}
      >
        <Form.Item
          label="问题所在单位"
          name="targetIds"
          rules={[{ required: true, type: "array", min: 1, message: "请选择问题所在的检查对象" }]}
          extra={
            targetIds.length > 1
              ? `选择了 ${targetIds.length} 个单位:将作为共性问题分别下达`
              : "选择多个单位即为共性问题"
          }
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            data-testid="finding-targets"
            options={detail.targets.map((t) => ({ value: t.id, label: t.name }))}
            placeholder="选择学校或机构"
          />
        </Form.Item>
        <Form.Item label="对应检查项目(可选)" name="checklistCode">
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={detail.checklist.map((i) => ({ value: i.code, label: `${i.code} ${i.category}:${i.text}` }))}
            onChange={(code) => {
              const item = detail.checklist.find((i) => i.code === code);
              if (item) form.setFieldsValue({ category: item.category, severity: item.severity });
            }}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            label="问题类别"
            name="category"
            rules={[{ required: true, message: "请填写问题类别" }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={40} placeholder="例如:消防安全" data-testid="finding-category" />
          </Form.Item>
          <Form.Item
            label="严重程度"
            name="severity"
            rules={[{ required: true }]}
            style={{ width: 160, marginInlineStart: 12 }}
          >
            <Select
              options={ledger.severity.codes.map((s) => ({ value: s, label: ledger.severity.labels[s] }))}
              data-testid="finding-severity"
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          label="问题描述"
          name="description"
          rules={[{ required: true, min: 4, message: "请描述发现的问题(至少4个字)" }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="finding-description" />
        </Form.Item>
        <Form.Item label="整改措施" name="measures">
          <Input.TextArea rows={2} maxLength={1000} placeholder="提出的整改要求" data-testid="finding-measures" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            label="责任人"
            name="responsiblePerson"
            rules={[{ required: true, message: "请填写责任人" }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={30} placeholder="例如:校长 张某" data-testid="finding-person" />
          </Form.Item>
          <Form.Item
            label="整改时限"
            name="deadline"
            style={{ width: 200, marginInlineStart: 12 }}
            extra="不填则按检查类型的默认天数"
          >
            <DatePicker
              style={{ width: "100%" }}
              disabledDate={(d) => d.isBefore(dayjs(detail.inspection.inspectedOn), "day")}
            />
          </Form.Item>
        </Space.Compact>
      </Form>
    </Modal>
  );
}

/** An inspection: what, when, who; its targets with their checklists; its findings; the notice for the round. */
export default function InspectionPage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const detail = useInspection(id);
  const findings = useFindings({ inspectionId: id, page: 1, pageSize: 200 });
  const [checking, setChecking] = useState<InspectionTarget | null>(null);
  const [raising, setRaising] = useState(false);
  const [downloading, setDownloading] = useState(false);

  if (detail.isError) return <DetailError error={detail.error} what="检查" />;
  if (!detail.data) return <Skeleton active />;
  const { inspection: i, targets } = detail.data;

  const notice = async () => {
    setDownloading(true);
    try {
      await ledgerApi.notice(i.id);
    } catch (e) {
      message.error(e instanceof Error ? e.message : "下载失败");
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to={paths.ledgerInspections}>检查记录</Link> }, { title: i.title }]} />
      <Card
        title={
          <Space>
            <PageTitle inline testId="inspection-title-text">
              {i.title}
            </PageTitle>
            <Tag color="blue">{i.kindLabel}</Tag>
            {i.selfInspection && <Tag color="cyan">自查</Tag>}
          </Space>
        }
        extra={
          <Space>
            {i.canRaise && (
              <Button
                type="primary"
                icon={<ExclamationCircleOutlined />}
                onClick={() => setRaising(true)}
                data-testid="raise-finding"
              >
                登记问题
              </Button>
            )}
            <Button icon={<FileWordOutlined />} loading={downloading} onClick={notice} data-testid="download-notice">
              下载通报
            </Button>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "type", label: "检查类型", children: i.typeName },
            { key: "date", label: "检查日期", children: i.inspectedOn },
            { key: "inspectors", label: "检查人员", children: i.inspectors.join("、") },
            { key: "targets", label: "检查对象", children: `${i.targets} 个` },
            { key: "findings", label: "发现问题", children: `${i.findings} 项(未销号 ${i.openFindings} 项)` },
            ...(i.summary ? [{ key: "summary", label: "检查综述", span: 3, children: i.summary }] : []),
          ]}
        />
      </Card>
      <Card title="检查对象与检查表">
        <Table<InspectionTarget>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={targets}
          columns={[
            { title: "学校/机构", dataIndex: "name" },
            {
              title: "检查结果",
              key: "summary",
              render: (_: unknown, t) =>
                t.summary.unfilled === t.summary.total ? (
                  <Typography.Text type="secondary">未填写</Typography.Text>
                ) : (
                  <Space size={4}>
                    <Tag color="green">符合 {t.summary.pass}</Tag>
                    <Tag color={t.summary.fail > 0 ? "red" : "default"}>不符合 {t.summary.fail}</Tag>
                    {t.summary.na > 0 && <Tag>不适用 {t.summary.na}</Tag>}
                    {t.summary.unfilled > 0 && (
                      <Typography.Text type="secondary">未填 {t.summary.unfilled}</Typography.Text>
                    )}
                  </Space>
                ),
            },
            {
              title: "不符合项",
              key: "fails",
              render: (_: unknown, t) =>
                t.results
                  .filter((r) => r.result === "fail")
                  .map((r) => `${r.code} ${r.note ?? ""}`)
                  .join(";") || "—",
            },
            ...(i.canRaise
              ? [
                  {
                    title: "操作",
                    key: "actions",
                    width: 110,
                    render: (_: unknown, t: InspectionTarget) => (
                      <Button type="link" size="small" icon={<FormOutlined />} onClick={() => setChecking(t)}>
                        填写检查表
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={`发现的问题(${findings.data?.total ?? 0})`}>
        <FindingTable
          rows={findings.data?.rows ?? []}
          loading={findings.isFetching}
          pagination={false}
          testId="inspection-findings"
        />
      </Card>
      <ChecklistModal detail={detail.data} target={checking} onClose={() => setChecking(null)} />
      <RaiseModal detail={detail.data} open={raising} onClose={() => setRaising(false)} />
    </Space>
  );
}
