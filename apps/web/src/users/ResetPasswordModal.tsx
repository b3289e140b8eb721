import { auth } from "@edubureau/core";
import { Alert, App, Button, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../app/formErrors";
import type { User } from "./api";
import { useResetPassword } from "./hooks";
import { randomPassword } from "./randomPassword";

/** 重置密码: the administrator sets a new password; the user must change it at next login. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const onFinish = async ({ password }: { password: string }) => {
    if (!user) return;
    setError(null);
    try {
      await reset.mutateAsync({ id: user.id, password });
      message.success(`已重置 ${user.username} 的密码,该用户下次登录须修改密码`);
      close();
    } catch (e) {
      setError(applyServerErrors(form, e, ["password"]));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={`重置密码${user ? `:${user.displayName}(${user.username})` : ""}`}
      onCancel={close}
      onOk={() => form.submit()}
      okText="确认重置"
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="重置后该用户的所有登录会话立即失效,下次登录须修改密码。请通过安全渠道告知新密码。"
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name="reset-password" onFinish={onFinish}>
        <Form.Item label="新密码" required extra={`${auth.passwordPolicyHint}。`}>
          <Space.Compact style={{ width: "100%" }}>
            <Form.Item name="password" noStyle rules={[{ required: true, message: "请输入新密码" }]}>
              <Input autoComplete="new-password" aria-label="新密码" />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>随机生成</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
