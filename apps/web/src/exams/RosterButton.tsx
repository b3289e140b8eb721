import { DownOutlined, IdcardOutlined } from "@ant-design/icons";
import { Alert, App, Button, Dropdown, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { examApi } from "./api";

/**
 * 考号名单: the exam-number roster of the reader's students as Excel, 学籍号 partly hidden; those who may reveal
 * personal data in exams can also download it with the full 学籍号, after giving the reason the audit log keeps.
 */
export function RosterButton({ examId }: { examId: string }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (reveal: boolean, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const name = await examApi.downloadRoster(examId, reveal, reason);
      message.success(`已下载:${name}`);
      setAsking(false);
      form.resetFields();
    } catch (e) {
      if (reveal) setError(applyServerErrors(form, e, ["reason"]));
      else message.error(e instanceof Error ? e.message : "下载失败,请稍后再试");
    } finally {
      setBusy(false);
    }
  };

  const plain = (
    <Button
      icon={<IdcardOutlined />}
      loading={busy && !asking}
      onClick={() => run(false)}
      data-testid="exam-roster-download"
    >
      考号名单
    </Button>
  );
  if (!can("reveal", "exams")) return plain;
  return (
    <>
      <Space.Compact>
        {plain}
        <Dropdown
          trigger={["click"]}
          menu={{
            items: [{ key: "reveal", label: "下载(含完整学籍号)" }],
            onClick: () => {
              setError(null);
              setAsking(true);
            },
          }}
        >
          <Button icon={<DownOutlined />} aria-label="更多下载方式" data-testid="exam-roster-more" />
        </Dropdown>
      </Space.Compact>
      <Modal
        open={asking}
        title="下载考号名单(含完整学籍号)"
        okText="确认下载"
        cancelText="取消"
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => {
          setAsking(false);
          form.resetFields();
        }}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="文件含完整学籍号,属于学生个人信息。下载人、时间和事由将记入审计日志,请妥善保管文件。"
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" name="roster-reason" onFinish={({ reason }) => run(true, reason.trim())}>
          <Form.Item
            label="事由"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: "请填写下载事由" },
              { min: 4, message: "请填写下载事由(至少4个字)" },
              { max: 200, message: "事由过长" },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如:打印考场座位标签与答题卡条码" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
