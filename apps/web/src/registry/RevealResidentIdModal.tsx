import { Alert, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../app/formErrors";
import type { StudentRow } from "./api";
import { useRevealResidentId } from "./hooks";

interface Props {
  student: StudentRow | null;
  onClose: () => void;
}

/** Asks for the reason (事由), then shows the full resident ID. The server records the reveal in the audit log. */
export function RevealResidentIdModal({ student, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealResidentId();
  const [residentId, setResidentId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setResidentId(null);
    setError(null);
    reveal.reset();
    form.resetFields();
    onClose();
  };

  const onFinish = async ({ reason }: { reason: string }) => {
    if (!student) return;
    setError(null);
    try {
      const result = await reveal.mutateAsync({ studentId: student.id, reason: reason.trim() });
      setResidentId(result.residentId);
    } catch (e) {
      setError(applyServerErrors(form, e, ["reason"]));
    }
  };

  return (
    <Modal
      open={student !== null}
      title={`查看完整身份证号${student ? `:${student.name}` : ""}`}
      onCancel={close}
      destroyOnHidden
      footer={
        residentId ? (
          <Button type="primary" onClick={close}>
            关闭
          </Button>
        ) : (
          [
            <Button key="cancel" onClick={close}>
              取消
            </Button>,
            <Button key="ok" type="primary" loading={reveal.isPending} onClick={() => form.submit()}>
              确认查看
            </Button>,
          ]
        )
      }
    >
      {residentId ? (
        <div data-testid="revealed-resident-id">
          <Typography.Paragraph>身份证号:</Typography.Paragraph>
          <Typography.Text copyable strong style={{ fontSize: 18, fontFamily: "monospace" }}>
            {residentId}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            本次查看已记入审计日志。请勿截图、转发或在业务之外使用。
          </Typography.Paragraph>
        </div>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="查看完整身份证号属于个人敏感信息操作,查看人、时间和事由将记入审计日志。"
          />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" name="reveal-resident-id" onFinish={onFinish}>
            <Form.Item
              label="事由"
              name="reason"
              rules={[
                { required: true, whitespace: true, message: "请填写查看事由" },
                { min: 4, message: "请填写查看事由(至少4个字)" },
                { max: 200, message: "事由过长" },
              ]}
            >
              <Input.TextArea rows={3} placeholder="例如:核对转学手续中的身份信息" maxLength={200} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
