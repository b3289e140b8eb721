import { App, Button, Card, Col, Form, Input, Modal, Radio, Row, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { type OpenCaseBody, retentionApi, type Suspect } from "./api";
import { ExportButton, errorText } from "./components";
import { useRetentionWrite, useSuspects } from "./hooks";
import { retentionPaths } from "./paths";

const CHAIN = [
  ["township", "乡镇(街道)责任人"],
  ["village", "村(社区)责任人"],
  ["school", "学校责任人"],
  ["teacher", "班主任"],
] as const;

/** 疑似辍学名册: every suspect with the record that put it there; the section opens a case with the 包保 chain. */
export default function SuspectsPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [status, setStatus] = useState<"open" | "cleared" | "all">("open");
  const [opening, setOpening] = useState<Suspect | null>(null);
  const suspects = useSuspects({ status });
  const open = useRetentionWrite((a: { id: string; body: OpenCaseBody }) => retentionApi.openCase(a.id, a.body));
  const [form] = Form.useForm<OpenCaseBody>();
  const section = me.user.role === "section" && can("write", "retention");
  if (suspects.error) return <ForbiddenPage />;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <PageTitle>疑似辍学名册</PageTitle>
        <ExportButton kind="suspects" label="导出名册" />
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        来源:户籍比对未入学、连续缺课(未请假或请假未批准)、转学逾期未接收。每条附产生它的记录;再次比对不再标出的自动消除。
      </Typography.Paragraph>
      <Card size="small">
        <Radio.Group
          optionType="button"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: "open", label: "待处理" },
            { value: "cleared", label: "已消除" },
            { value: "all", label: "全部" },
          ]}
          style={{ marginBottom: 12 }}
        />
        <Table<Suspect>
          size="small"
          rowKey="id"
          loading={suspects.isFetching}
          dataSource={suspects.data?.rows ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: "没有疑似辍学学生" }}
          columns={[
            { title: "姓名", dataIndex: "nameMasked", width: 80 },
            { title: "身份证号", dataIndex: "residentIdMasked", width: 170 },
            { title: "来源", dataIndex: "sourceLabel", width: 120, render: (v) => <Tag>{v}</Tag> },
            { title: "学校 / 乡镇", render: (_, s) => s.schoolName ?? s.townName ?? "—", width: 160 },
            {
              title: "依据记录",
              dataIndex: "detail",
              render: (v, s) => (
                <Space size={4} wrap>
                  {v}
                  {s.priorityLists.map((l) => (
                    <Tag color="volcano" key={l}>
                      重点:{l}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: "个案",
              width: 130,
              render: (_, s) =>
                s.caseId ? (
                  <Link to={`${retentionPaths.retentionCases}/${s.caseId}`}>{s.caseNumber}</Link>
                ) : section && s.status === "open" ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => {
                      form.resetFields();
                      setOpening(s);
                    }}
                  >
                    立案劝返
                  </Button>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Card>
      <Modal
        title={`立案并指定包保责任人:${opening?.nameMasked ?? ""}`}
        open={opening !== null}
        width={640}
        okText="立案"
        confirmLoading={open.isPending}
        onCancel={() => setOpening(null)}
        onOk={() =>
          form.validateFields().then((body) =>
            open.mutate(
              { id: opening!.id, body },
              {
                onSuccess: () => {
                  message.success("已立案,包保责任人已指定");
                  setOpening(null);
                },
                onError: (e) => message.error(errorText(e)),
              },
            ),
          )
        }
      >
        <Form form={form} layout="vertical">
          {CHAIN.map(([key, label]) => (
            <Row gutter={8} key={key}>
              <Col span={14}>
                <Form.Item
                  name={["chain", key, "name"]}
                  label={label}
                  rules={[{ required: true, message: `请填写${label}` }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name={["chain", key, "phone"]} label="电话" initialValue="">
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Form.Item name="note" label="说明" initialValue="">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
