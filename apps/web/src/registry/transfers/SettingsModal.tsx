import { Alert, Form, type FormInstance, Modal, Typography } from "antd";
import type { ReactNode } from "react";

/**
 * The shell of a register settings dialog: a save button that submits the vertical form, the server's error above it
 * and when the settings were last changed below it.
 */
export function SettingsModal<T>({
  open,
  title,
  form,
  saving,
  saveTestId,
  error,
  updatedAt,
  onFinish,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  form: FormInstance<T>;
  saving: boolean;
  saveTestId: string;
  error: string | null;
  updatedAt: string | null | undefined;
  onFinish: (values: T) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      okButtonProps={{ loading: saving, "data-testid": saveTestId }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {children}
      </Form>
      {updatedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          上次修改:{new Date(updatedAt).toLocaleString("zh-CN")}
        </Typography.Text>
      )}
    </Modal>
  );
}
