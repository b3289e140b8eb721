import { auth } from "@edubureau/core";
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
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { applyServerErrors } from "../app/formErrors";
import { ForbiddenPage } from "../app/StatusPages";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import type { CapabilityOwners } from "./api";
import { useAssignOwner, useCapabilityOwners } from "./hooks";

type Settable = CapabilityOwners["capabilities"][number];
type Assignment = CapabilityOwners["history"][number];

interface Values {
  capability: Settable["capability"];
  section: auth.Section;
  effectiveFrom: Dayjs;
  basis: string;
}

const FIELDS = ["capability", "section", "effectiveFrom", "basis"] as const;

/** One settable capability: who writes it today, since when, and what is scheduled. */
function OwnerCard({ c }: { c: Settable }) {
  return (
    <Card size="small" title={c.label}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="负责股室">
          <Tag color="blue">{c.current.label}</Tag>
          {c.current.since ? `自 ${c.current.since} 起` : "默认"}
        </Descriptions.Item>
        <Descriptions.Item label="可选股室">{c.choices.map((s) => s.label).join("、")}</Descriptions.Item>
        <Descriptions.Item label="已定待生效">
          {c.scheduled.length === 0
            ? "无"
            : c.scheduled.map((a) => `${a.effectiveFrom} 起由${a.sectionLabel}负责`).join(";")}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** 设置归口股室: the administrator records the bureau's decision with the day it applies from and its basis. */
function AssignForm({ data }: { data: CapabilityOwners }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assign = useAssignOwner();
  const capability = Form.useWatch("capability", form);
  const choices = data.capabilities.find((c) => c.capability === capability)?.choices ?? [];
  const onFinish = async (v: Values) => {
    try {
      await assign.mutateAsync({
        capability: v.capability,
        section: v.section,
        effectiveFrom: v.effectiveFrom.format("YYYY-MM-DD"),
        basis: v.basis.trim(),
      });
      message.success(`已设置:自 ${v.effectiveFrom.format("YYYY-MM-DD")} 起由${auth.sectionLabels[v.section]}负责`);
      form.resetFields();
    } catch (e) {
      const text = applyServerErrors(form, e, FIELDS);
      if (text) message.error(text);
    }
  };
  return (
    <Card size="small" title="设置归口股室">
      <Form<Values>
        form={form}
        layout="vertical"
        name="capability-owner"
        initialValues={{ effectiveFrom: dayjs(data.today) }}
        onFinish={onFinish}
        style={{ maxWidth: 640 }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="业务" name="capability" rules={[{ required: true, message: "请选择业务" }]}>
              <Select
                placeholder="请选择业务"
                options={data.capabilities.map((c) => ({ value: c.capability, label: c.label }))}
                onChange={() => form.setFieldValue("section", undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="负责股室" name="section" rules={[{ required: true, message: "请选择股室" }]}>
              <Select
                placeholder={capability ? "请选择股室" : "请先选择业务"}
                options={choices.map((s) => ({ value: s.section, label: s.label }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="生效日期"
              name="effectiveFrom"
              extra="自该日起由所选股室修改,原股室只能查看;不能早于今天"
              rules={[{ required: true, message: "请选择生效日期" }]}
            >
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.format("YYYY-MM-DD") < data.today} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="依据"
              name="basis"
              extra="局里的决定,如局长办公会纪要或发文号"
              rules={[{ required: true, whitespace: true, message: "请写明依据" }]}
            >
              <Input maxLength={200} placeholder="例如:局长办公会决定(2026年第12次)" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={assign.isPending}>
          保存
        </Button>
      </Form>
    </Card>
  );
}

const historyColumns = [
  { title: "业务", dataIndex: "capabilityLabel", key: "capability" },
  { title: "负责股室", dataIndex: "sectionLabel", key: "section" },
  { title: "生效日期", dataIndex: "effectiveFrom", key: "effectiveFrom" },
  { title: "依据", dataIndex: "basis", key: "basis" },
  { title: "设置人", dataIndex: "setBy", key: "setBy" },
  { title: "设置时间", dataIndex: "setAt", key: "setAt", render: (v: string) => formatDateTime(v) },
];

/** 业务归口: which section writes preschool and fitness, from which day; the decisions so far. */
export default function CapabilityOwnersPage() {
  const owners = useCapabilityOwners();
  if (owners.error) return <ForbiddenPage />;
  if (!owners.data) return <Skeleton active />;
  const data = owners.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>业务归口</PageTitle>
      <Alert
        type="info"
        showIcon
        title="学前教育和体质健康可由基础教育股负责,也可按局里的决定交由学前教育股、体卫艺股负责。负责的股室修改数据、导入和更正;其他股室、局领导只能查看。自生效日起执行,已过去的日子仍按当时的股室。"
      />
      <Row gutter={[16, 16]}>
        {data.capabilities.map((c) => (
          <Col key={c.capability} xs={24} md={12}>
            <OwnerCard c={c} />
          </Col>
        ))}
      </Row>
      {data.mayAssign ? (
        <AssignForm data={data} />
      ) : (
        <Typography.Text type="secondary">归口股室由系统管理员按局里的决定设置。</Typography.Text>
      )}
      <Card size="small" title="历次设置">
        <Table<Assignment>
          size="small"
          rowKey="id"
          columns={historyColumns}
          dataSource={data.history}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: "尚未设置,均由基础教育股负责(默认)" }}
        />
      </Card>
    </Space>
  );
}
