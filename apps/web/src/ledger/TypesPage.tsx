import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { ApiError } from "../app/api";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { PageTitle } from "../components/PageTitle";
import type { InspectionType, InspectionTypeBody } from "./api";
import { useInspectionTypes, useSaveInspectionType } from "./hooks";

const severityColors: Record<ledger.Severity, string> = { minor: "default", major: "gold", critical: "red" };

/** Edits a type: kind, name, default days, in use, and its checklist items (added, changed, removed in place). */
function TypeModal({ editing, onClose }: { editing: InspectionType | "new" | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionTypeBody>();
  const save = useSaveInspectionType();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    form.resetFields();
    if (editing && editing !== "new") form.setFieldsValue(editing);
  }, [editing, form]);

  const onFinish = async (body: InspectionTypeBody) => {
    setError(null);
    try {
      await save.mutateAsync({ id: editing && editing !== "new" ? editing.id : undefined, body });
      message.success("检查类型已保存");
      onClose();
    } catch (e) {
      const msg = applyServerErrors(form, e, ["kind", "name", "defaultDays"]);
      setError(
        e instanceof ApiError && e.fieldProblems.length > 0 ? e.fieldProblems.map((p) => p.message).join(";") : msg,
      );
    }
  };

  return (
    <Modal
      open={editing !== null}
      title={editing === "new" ? "新增检查类型" : "修改检查类型与检查清单"}
      width={980}
      okText="保存"
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        name="inspection-type"
        onFinish={onFinish}
        initialValues={{
          kind: "hazard",
          defaultDays: 30,
          active: true,
          checklist: ledger.defaultChecklists.hazard.map((item) => ({ ...item })),
        }}
      >
        <Space wrap align="start">
          <Form.Item label="类别" name="kind" rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={ledger.inspectionKind.codes.map((k) => ({ value: k, label: ledger.inspectionKind.labels[k] }))}
              onChange={(kind: ledger.InspectionKind) => {
                // a new type starts from the standard checklist of its kind, which the county then edits
                if ((form.getFieldValue("checklist") ?? []).length === 0) {
                  form.setFieldValue(
                    "checklist",
                    ledger.defaultChecklists[kind].map((item) => ({ ...item })),
                  );
                }
              }}
            />
          </Form.Item>
          <Form.Item label="类型名称" name="name" rules={[{ required: true, min: 2, message: "请填写类型名称" }]}>
            <Input style={{ width: 260 }} maxLength={50} />
          </Form.Item>
          <Form.Item label="默认整改天数" name="defaultDays" rules={[{ required: true }]}>
            <InputNumber min={1} max={365} />
          </Form.Item>
          <Form.Item label="启用" name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.List name="checklist">
          {(fields, { add, remove }) => (
            <div>
              <Typography.Text strong>检查清单({fields.length} 项)</Typography.Text>
              <div style={{ maxHeight: 420, overflowY: "auto", marginTop: 8 }}>
                {fields.map((field) => (
                  <Space key={field.key} align="start" style={{ display: "flex" }}>
                    <Form.Item name={[field.name, "code"]} rules={[{ required: true, message: "编号" }]}>
                      <Input placeholder="编号" style={{ width: 70 }} maxLength={20} />
                    </Form.Item>
                    <Form.Item name={[field.name, "category"]} rules={[{ required: true, message: "类别" }]}>
                      <Input placeholder="类别" style={{ width: 110 }} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[field.name, "text"]} rules={[{ required: true, message: "检查内容" }]}>
                      <Input placeholder="检查内容" style={{ width: 480 }} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[field.name, "severity"]} initialValue="minor">
                      <Select
                        style={{ width: 90 }}
                        options={ledger.severity.codes.map((s) => ({ value: s, label: ledger.severity.labels[s] }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label="删除该项"
                    />
                  </Space>
                ))}
              </div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ severity: "minor" })} block>
                添加检查项目
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** 检查类型: the county's inspection types with their checklists; supervisors add and edit them. */
export default function TypesPage() {
  const { can, me } = useAuth();
  const types = useInspectionTypes();
  const [editing, setEditing] = useState<InspectionType | "new" | null>(null);
  const writes = can("write", "ledger") && me?.user.schoolId === null;
  return (
    <Card
      title={<PageTitle inline>检查类型与检查清单</PageTitle>}
      extra={
        writes && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            新增检查类型
          </Button>
        )
      }
    >
      {types.isError && <Alert type="error" showIcon title={types.error.message} style={{ marginBottom: 16 }} />}
      <Table<InspectionType>
        rowKey="id"
        size="middle"
        loading={types.isFetching}
        dataSource={types.data?.rows ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (t) => (
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={t.checklist}
              columns={[
                { title: "编号", dataIndex: "code", width: 70 },
                { title: "类别", dataIndex: "category", width: 120 },
                { title: "检查内容", dataIndex: "text" },
                {
                  title: "严重程度",
                  dataIndex: "severity",
                  width: 90,
                  render: (s: ledger.Severity) => <Tag color={severityColors[s]}>{ledger.severity.labels[s]}</Tag>,
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: "类型名称", dataIndex: "name" },
          { title: "类别", dataIndex: "kindLabel", width: 140 },
          { title: "检查项目", key: "items", width: 100, render: (_: unknown, t) => `${t.checklist.length} 项` },
          { title: "默认整改天数", dataIndex: "defaultDays", width: 120 },
          {
            title: "状态",
            dataIndex: "active",
            width: 90,
            render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          ...(writes
            ? [
                {
                  title: "操作",
                  key: "actions",
                  width: 80,
                  render: (_: unknown, t: InspectionType) => (
                    <Button type="link" size="small" onClick={() => setEditing(t)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <TypeModal editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
