import { PlusOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Tag } from "antd";
import { useEffect, useState } from "react";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { PageTitle } from "../components/PageTitle";
import type { Institution, InstitutionBody } from "./api";
import { useInstitutions, useSaveInstitution } from "./hooks";

const statusColors: Record<ledger.InstitutionStatus, string> = {
  operating: "green",
  suspended: "orange",
  closed: "default",
};
const FIELDS = ["name", "licence", "address", "type", "status", "contact"];

function InstitutionModal({ editing, onClose }: { editing: Institution | "new" | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InstitutionBody>();
  const save = useSaveInstitution();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    form.resetFields();
    if (editing && editing !== "new") form.setFieldsValue(editing);
  }, [editing, form]);

  const onFinish = async (body: InstitutionBody) => {
    setError(null);
    try {
      await save.mutateAsync({ id: editing && editing !== "new" ? editing.id : undefined, body });
      message.success("已保存");
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={editing !== null}
      title={editing === "new" ? "登记校外培训机构" : "修改机构信息"}
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
        name="institution"
        onFinish={onFinish}
        initialValues={{ status: "operating", type: "arts" }}
      >
        <Form.Item label="机构名称" name="name" rules={[{ required: true, min: 2, message: "请填写机构名称" }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item
          label="办学许可证号"
          name="licence"
          rules={[{ required: true, min: 4, message: "请填写办学许可证号" }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="地址" name="address" rules={[{ required: true, min: 2, message: "请填写地址" }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label="类型" name="type" rules={[{ required: true }]}>
          <Select
            options={ledger.institutionType.codes.map((c) => ({ value: c, label: ledger.institutionType.labels[c] }))}
          />
        </Form.Item>
        <Form.Item label="状态" name="status" rules={[{ required: true }]}>
          <Select
            options={ledger.institutionStatus.codes.map((c) => ({
              value: c,
              label: ledger.institutionStatus.labels[c],
            }))}
          />
        </Form.Item>
        <Form.Item label="联系人" name="contact">
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 校外培训机构名录: the register the tutoring checks inspect; kept by the supervisors. */
export default function InstitutionsPage() {
  const { can } = useAuth();
  const institutions = useInstitutions();
  const [editing, setEditing] = useState<Institution | "new" | null>(null);
  const writes = can("write", "ledger");
  return (
    <Card
      title={<PageTitle inline>校外培训机构名录</PageTitle>}
      extra={
        writes && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            登记机构
          </Button>
        )
      }
    >
      {institutions.isError && (
        <Alert type="error" showIcon title={institutions.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<Institution>
        rowKey="id"
        size="middle"
        loading={institutions.isFetching}
        dataSource={institutions.data?.rows ?? []}
        pagination={false}
        columns={[
          { title: "机构名称", dataIndex: "name" },
          { title: "办学许可证号", dataIndex: "licence", width: 180 },
          { title: "类型", dataIndex: "typeLabel", width: 90 },
          { title: "地址", dataIndex: "address", ellipsis: true },
          { title: "联系人", dataIndex: "contact", width: 100 },
          {
            title: "状态",
            dataIndex: "status",
            width: 100,
            render: (s: ledger.InstitutionStatus, r) => <Tag color={statusColors[s]}>{r.statusLabel}</Tag>,
          },
          ...(writes
            ? [
                {
                  title: "操作",
                  key: "actions",
                  width: 80,
                  render: (_: unknown, r: Institution) => (
                    <Button type="link" size="small" onClick={() => setEditing(r)}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <InstitutionModal editing={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
