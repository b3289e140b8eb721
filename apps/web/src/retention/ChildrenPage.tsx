import { App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { type Child, type ChildrenQuery, type ExplanationBody, retentionApi } from "./api";
import { errorText, ImportCard } from "./components";
import { useChildren, useRetentionWrite } from "./hooks";

const OUTCOMES = [
  { value: "", label: "全部" },
  { value: "gap", label: "未入学" },
  { value: "explained", label: "已说明" },
  { value: "enrolled", label: "在校就读" },
];
const EXPLANATIONS = [
  { value: "outside_county", label: "县外就读(须写明学校和学段)" },
  { value: "home_teaching", label: "送教上门" },
  { value: "deferred", label: "缓学(有医疗证明)" },
  { value: "deceased", label: "死亡" },
  { value: "emigrated", label: "户籍迁出" },
];
const outcomeColor: Record<string, string> = { gap: "red", explained: "blue", enrolled: "green" };

/** 适龄儿童名册: the household roster compared with the register, masked; every view is audited. */
export default function ChildrenPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const [query, setQuery] = useState<ChildrenQuery>({ page: 1, pageSize: 20 });
  const [explaining, setExplaining] = useState<Child | null>(null);
  const children = useChildren(query);
  const explain = useRetentionWrite((a: { id: string; body: ExplanationBody }) => retentionApi.explain(a.id, a.body));
  const [form] = Form.useForm<ExplanationBody>();
  const section = me.user.role === "section" && can("write", "retention");
  if (children.error) return <ForbiddenPage />;
  const reveal = (c: Child) => {
    let reason = "";
    modal.confirm({
      title: `查看 ${c.nameMasked} 的完整身份信息`,
      content: (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Text type="secondary">查看记入审计日志,请填写原因。</Typography.Text>
          <Input placeholder="如:入户核查需要" onChange={(e) => (reason = e.target.value)} />
        </Space>
      ),
      okText: "查看",
      onOk: async () => {
        try {
          const r = await retentionApi.reveal(c.id, reason);
          modal.info({
            title: "身份信息(请勿外传)",
            content: `${r.name} ${r.residentId} · ${r.address ?? "无住址"} · 监护人 ${r.guardianName ?? "—"} ${r.guardianPhone ?? ""}`,
          });
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>适龄儿童名册</PageTitle>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        户籍名单中截至8月31日6–14周岁的儿童,按身份证号的加密摘要与学籍比对(不使用明文身份证号)。信息默认脱敏,每次查看记入审计日志。
      </Typography.Paragraph>
      {section && <ImportCard kind="roster" title="导入户籍适龄人口名单(公安、民政部门提供)" />}
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Radio.Group
            optionType="button"
            options={OUTCOMES}
            value={query.outcome ?? ""}
            onChange={(e) =>
              setQuery({ ...query, page: 1, outcome: (e.target.value || undefined) as ChildrenQuery["outcome"] })
            }
          />
          <Input.Search
            allowClear
            placeholder="村名或身份证号后四位"
            style={{ width: 220 }}
            onSearch={(q) => setQuery({ ...query, page: 1, q: q || undefined })}
          />
        </Space>
        <Table<Child>
          size="small"
          rowKey="id"
          loading={children.isFetching}
          dataSource={children.data?.rows ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: children.data?.rosterId === null ? "本学年尚未导入户籍名单" : "没有符合条件的儿童" }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: children.data?.total ?? 0,
            showTotal: (t) => `共 ${t} 人`,
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            { title: "行", dataIndex: "rowNumber", width: 60 },
            { title: "姓名", dataIndex: "nameMasked", width: 90 },
            { title: "身份证号", dataIndex: "residentIdMasked", width: 180 },
            { title: "性别", dataIndex: "gender", width: 60 },
            { title: "年龄", dataIndex: "age", width: 60, render: (a) => `${a}岁` },
            { title: "乡镇 · 村", render: (_, c) => `${c.townName} · ${c.villageName}` },
            {
              title: "比对结果",
              render: (_, c) => (
                <Space size={4} wrap>
                  <Tag color={outcomeColor[c.outcome ?? ""] ?? "default"}>{c.outcomeLabel}</Tag>
                  {c.schoolName && `${c.schoolName} ${c.grade}年级`}
                  {c.explanation && `${c.explanation.kindLabel}:${c.explanation.detail}`}
                </Space>
              ),
            },
            ...(section
              ? [
                  {
                    title: "操作",
                    width: 160,
                    render: (_: unknown, c: Child) => (
                      <Space size={4}>
                        {c.outcome !== "enrolled" && (
                          <Button
                            size="small"
                            onClick={() => {
                              form.resetFields();
                              setExplaining(c);
                            }}
                          >
                            登记说明
                          </Button>
                        )}
                        {!c.purged && (
                          <Button size="small" type="link" onClick={() => reveal(c)}>
                            查看
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal
        title={`登记未在本县就读的说明:${explaining?.nameMasked ?? ""}`}
        open={explaining !== null}
        onCancel={() => setExplaining(null)}
        okText="保存"
        confirmLoading={explain.isPending}
        onOk={() =>
          form.validateFields().then((body) =>
            explain.mutate(
              { id: explaining!.id, body },
              {
                onSuccess: () => {
                  message.success("已登记说明");
                  setExplaining(null);
                },
                onError: (e) => message.error(errorText(e)),
              },
            ),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ stage: null }}>
          <Form.Item name="kind" label="说明类别" rules={[{ required: true, message: "请选择说明类别" }]}>
            <Select options={EXPLANATIONS} />
          </Form.Item>
          <Form.Item name="stage" label="就读学段(县外就读、送教上门)">
            <Select
              allowClear
              options={[
                { value: "primary", label: "小学" },
                { value: "junior", label: "初中" },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="detail"
            label="说明内容"
            rules={[{ required: true, min: 2, message: "请写明就读学校、证明编号或迁往地" }]}
          >
            <Input.TextArea rows={2} placeholder="如:在邻县实验小学就读(五年级),已电话核实" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
