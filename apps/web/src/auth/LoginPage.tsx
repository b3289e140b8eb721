import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { useAuth } from "../app/auth";
import { FullPageSpin } from "../app/guards";
import type { LoginBody } from "./api";

/** Sign-in: a centered card; the server's Chinese message (wrong password, locked account) shows in an Alert. */
export default function LoginPage() {
  const { me, loading, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  if (loading) return <FullPageSpin />;
  if (me) return <Navigate to={from} replace />;

  const onFinish = async (values: LoginBody) => {
    setError(null);
    setSubmitting(true);
    try {
      await login(values);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "登录失败,请稍后再试");
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <main
      style={{
        minHeight: "100vh",
        display: "grid",
        placeItems: "center",
        background: "linear-gradient(180deg, #e6f0ff 0%, #f5f7fa 60%)",
        padding: 16,
      }}
    >
      <Card style={{ width: 400, maxWidth: "100%" }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={1} style={{ textAlign: "center", marginTop: 0 }}>
          EduBureau 教育局业务平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          请使用本单位分配的账号登录
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<LoginBody> name="login" layout="vertical" requiredMark={false} onFinish={onFinish} autoComplete="on">
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="login-submit">
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
