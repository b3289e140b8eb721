import { CheckCircleOutlined, CloudUploadOutlined, WarningOutlined } from "@ant-design/icons";
import { App as AntApp, Button, Card, Form, Input, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { useAuth } from "../app/auth";
import type { Stage } from "./api";
import { usePublish, useSnapshots } from "./hooks";

/**
 * 发布: the published versions of the year and stage, whether the register still matches the latest, and (for the
 * owning sections) publishing the current figures as a new, immutable version.
 */
export function SnapshotsPanel({ year, stage }: { year: number; stage: Stage }) {
  const { message } = AntApp.useApp();
  const { can } = useAuth();
  const snapshots = useSnapshots({ year, stage });
  const publish = usePublish();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const rows = snapshots.data?.rows ?? [];
  const latest = rows[0];
  const writer = can("write", "balance");
  if (!latest && !writer) return null;
  return (
    <Card size="small" data-testid="balance-snapshots">
      <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
        <Space wrap>
          {latest ? (
            <>
              <Typography.Text strong>已发布第 {latest.version} 版</Typography.Text>
              <Typography.Text type="secondary">
                {latest.publishedByName} · {new Date(latest.publishedAt).toLocaleString("zh-CN")} · 数据摘要{" "}
                {latest.inputsSha256.slice(0, 12)}
              </Typography.Text>
              {snapshots.data?.latestMatches ? (
                <Tag icon={<CheckCircleOutlined />} color="success">
                  与当前数据一致
                </Tag>
              ) : (
                <Tag icon={<WarningOutlined />} color="warning">
                  发布后数据或参数已变化
                </Tag>
              )}
              {rows.map((r) => (
                <Link key={r.id} to={`/balance/snapshots/${r.id}`}>
                  第 {r.version} 版
                </Link>
              ))}
            </>
          ) : (
            <Typography.Text type="secondary">本学年本学段尚未发布监测结果</Typography.Text>
          )}
        </Space>
        {writer && (
          <Button icon={<CloudUploadOutlined />} onClick={() => setOpen(true)} data-testid="balance-publish">
            {latest ? "发布更正版" : "发布监测结果"}
          </Button>
        )}
      </Space>
      <Modal
        title={latest ? `发布第 ${latest.version + 1} 版(更正)` : "发布监测结果"}
        open={open}
        okText="发布"
        cancelText="取消"
        confirmLoading={publish.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Typography.Paragraph type="secondary">
          发布后该版本的数值与所依据数据的摘要永久保存,不再改变;以后的更正须发布新版本并说明原因。
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            publish.mutate(
              { schoolYear: year, stage, note: v.note ?? "" },
              {
                onSuccess: (s) => {
                  setOpen(false);
                  form.resetFields();
                  message.success(`已发布第 ${s.version} 版`);
                },
                onError: (e) => {
                  if (e instanceof ApiError && e.fieldProblems.length > 0) {
                    form.setFields(e.fieldProblems.map((p) => ({ name: p.field as "note", errors: [p.message] })));
                  } else message.error(e.message);
                },
              },
            )
          }
        >
          <Form.Item
            name="note"
            label={latest ? "更正原因(必填)" : "说明"}
            rules={latest ? [{ required: true, message: "请填写更正原因" }] : []}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="balance-publish-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
