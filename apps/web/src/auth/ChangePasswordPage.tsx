import { auth } from "@edubureau/core";
import { Alert, App, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useAuth, useMe } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { PageTitle } from "../components/PageTitle";
import { authApi } from "./api";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ["currentPassword", "newPassword"] as const;

/** Change one's own password; forced before anything else when the account must change it. */
export default function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setError(null);
    setSubmitting(true);
    try {
      await authApi.changePassword({ currentPassword, newPassword });
      await refresh();
      message.success("密码已修改");
      navigate("/", { replace: true });
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card title={<PageTitle inline>修改密码</PageTitle>} style={{ maxWidth: 520, margin: "0 auto" }}>
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="must-change-password"
          title="首次登录或密码已被管理员重置,请先设置新密码后再使用系统。"
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      <Form<Values> form={form} name="change-password" layout="vertical" onFinish={onFinish}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: "请输入当前密码" }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={`${auth.passwordPolicyHint}。`}
          rules={[{ required: true, message: "请输入新密码" }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          确认修改
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        修改后,您在其他设备上的登录将失效。
      </Typography.Paragraph>
    </Card>
  );
}
