import { PlusOutlined } from "@ant-design/icons";
import { ledger } from "@edubureau/core";
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { useAuth, useMe } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { paths } from "../app/menu";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { Inspection } from "./api";
import { KindSelect, useTypeOptions } from "./components";
import { useCreateInspection, useInspections, useInstitutions, useLedgerSchools } from "./hooks";

interface NewInspectionValues {
  typeId: string;
  title: string;
  inspectedOn: dayjs.Dayjs;
  inspectors: string[];
  targetIds: string[];
  summary?: string;
}

const FIELDS = ["typeId", "title", "inspectedOn", "inspectors", "schoolIds", "institutionIds", "summary"];

/** 登记检查: type, title, date, inspectors and targets (schools, or institutions for a tutoring check). */
function NewInspectionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const isSchool = me.user.schoolId !== null;
  const [form] = Form.useForm<NewInspectionValues>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreateInspection();
  const typeOptions = useTypeOptions();
  const schools = useLedgerSchools();
  const institutions = useInstitutions();
  const typeId = Form.useWatch("typeId", form);
  const type = typeOptions.find((t) => t.value === typeId)?.type;
  const forInstitutions = type ? ledger.targetKindOf(type.kind) === "institution" : false;
  const selectableTypes = isSchool ? typeOptions.filter((t) => t.type.kind !== "tutoring") : typeOptions;

  const onFinish = async (v: NewInspectionValues) => {
    setError(null);
    try {
      const created = await create.mutateAsync({
        typeId: v.typeId,
        title: v.title,
        inspectedOn: v.inspectedOn.format("YYYY-MM-DD"),
        inspectors: v.inspectors,
        schoolIds: isSchool ? [me.user.schoolId as string] : forInstitutions ? [] : v.targetIds,
        institutionIds: forInstitutions ? v.targetIds : [],
        selfInspection: isSchool,
        summary: v.summary,
      });
      message.success("检查已登记,请填写检查表并登记发现的问题");
      onClose();
      navigate(`${paths.ledgerInspections}/${created.id}`);
    } catch (e) {
      const msg = applyServerErrors(form, e, FIELDS);
      // the targets are one field in the form, two in the request
      if (e instanceof ApiError) {
        const t = e.fieldProblems.find((p) => p.field === "schoolIds" || p.field === "institutionIds");
        if (t) form.setFields([{ name: "targetIds", errors: [t.message] }]);
      }
      setError(msg);
    }
  };

  return (
    <Modal
      open={open}
      title={isSchool ? "登记本校自查" : "登记检查"}
      okText="登记"
      width={640}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, "data-testid": "inspection-save" } as never}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        name="new-inspection"
        onFinish={onFinish}
        initialValues={{ inspectedOn: dayjs(), inspectors: isSchool ? [] : [me.user.displayName] }}
      >
        <Form.Item label="检查类型" name="typeId" rules={[{ required: true, message: "请选择检查类型" }]}>
          <Select
            options={selectableTypes.map(({ value, label }) => ({ value, label }))}
            placeholder="选择检查类型"
            data-testid="inspection-type"
            onChange={(id) => {
              const t = typeOptions.find((o) => o.value === id)?.type;
              if (t && !form.getFieldValue("title")) {
                form.setFieldValue("title", `${dayjs().format("YYYY年")}${t.name}`);
              }
              form.setFieldValue("targetIds", []);
            }}
          />
        </Form.Item>
        <Form.Item label="检查名称" name="title" rules={[{ required: true, min: 2, message: "请填写检查名称" }]}>
          <Input maxLength={100} placeholder="例如:2026年冬季防火安全隐患排查" data-testid="inspection-title" />
        </Form.Item>
        <Form.Item label="检查日期" name="inspectedOn" rules={[{ required: true, message: "请选择检查日期" }]}>
          <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item
          label="检查人员"
          name="inspectors"
          rules={[{ required: true, type: "array", min: 1, message: "请填写至少一名检查人员" }]}
          extra="输入姓名后按回车"
        >
          <Select mode="tags" open={false} placeholder="检查人员姓名" data-testid="inspection-inspectors" />
        </Form.Item>
        {!isSchool && (
          <Form.Item
            label={forInstitutions ? "被检查的培训机构" : "被检查的学校"}
            name="targetIds"
            rules={[{ required: true, type: "array", min: 1, message: "请选择检查对象" }]}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: "label" }}
              placeholder={forInstitutions ? "选择培训机构" : "选择学校(可多选)"}
              data-testid="inspection-targets"
              options={
                forInstitutions
                  ? (institutions.data?.rows ?? []).map((i) => ({ value: i.id, label: `${i.name}(${i.statusLabel})` }))
                  : (schools.data?.rows ?? []).map((s) => ({ value: s.id, label: s.name }))
              }
            />
          </Form.Item>
        )}
        <Form.Item label="检查综述(可选)" name="summary">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const columns: ColumnsType<Inspection> = [
  {
    title: "检查",
    dataIndex: "title",
    render: (t: string, r) => (
      <div>
        <Link to={`${paths.ledgerInspections}/${r.id}`} data-testid="inspection-link">
          {t}
        </Link>
        {r.selfInspection && (
          <Tag color="cyan" style={{ marginInlineStart: 6 }}>
            自查
          </Tag>
        )}
      </div>
    ),
  },
  { title: "类型", dataIndex: "kindLabel", width: 130 },
  { title: "检查日期", dataIndex: "inspectedOn", width: 110 },
  { title: "检查人员", dataIndex: "inspectors", width: 180, ellipsis: true, render: (v: string[]) => v.join("、") },
  { title: "检查对象", dataIndex: "targets", width: 90, align: "right" },
  { title: "发现问题", dataIndex: "findings", width: 90, align: "right" },
  {
    title: "未销号",
    dataIndex: "openFindings",
    width: 90,
    align: "right",
    render: (n: number) => (n > 0 ? <Typography.Text type="warning">{n}</Typography.Text> : n),
  },
];

/** 检查记录: the inspections in scope, newest first; supervisors (and schools, for self-inspections) add new ones. */
export default function InspectionsPage() {
  const me = useMe();
  const { can } = useAuth();
  const [kind, setKind] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useInspections({ kind, ...paging });
  const isSchool = me.user.schoolId !== null;
  // supervisors run inspections; a school administrator runs self-inspections of its own school
  const mayCreate = can("write", "ledger");

  if (list.error instanceof ApiError && list.error.status === 403) return <ForbiddenPage />;
  return (
    <Card
      title={<PageTitle inline>检查记录</PageTitle>}
      extra={
        mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-inspection">
            {isSchool ? "登记本校自查" : "登记检查"}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <KindSelect
          value={kind}
          onChange={(k) => {
            setKind(k);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Space>
      {list.isError && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      <Table<Inspection>
        rowKey="id"
        size="middle"
        data-testid="inspections-table"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (n) => `共 ${n} 次`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      <NewInspectionModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
