import { DownloadOutlined, DownOutlined } from "@ant-design/icons";
import { Alert, App, Button, Dropdown, Form, Input, Modal, Space } from "antd";
import { type ReactNode, useState } from "react";
import { applyServerErrors } from "../app/formErrors";

interface Props {
  /** downloads the file (masked, or in full with the reason); resolves to the file name saved */
  download: (reveal: boolean, reason?: string) => Promise<string>;
  /** the user may download the personal data in full (with a reason, audited) */
  canReveal: boolean;
  /** what is downloaded, e.g. 学生名单 */
  what: string;
  /** data-testid prefix: `${testId}` on the button, `${testId}-more` on the reveal menu */
  testId: string;
  /** an example reason shown in the reason box */
  reasonExample: string;
  /** the personal data the full file holds (default 身份证号) */
  revealed?: string;
  /** 导出 (a list) or 下载 (a prepared file) */
  verb?: "导出" | "下载";
  /** the button's label and icon (default 导出 Excel) */
  label?: string;
  icon?: ReactNode;
}

/**
 * A download of personal data: masked by default; with the reveal ability also 含完整身份证号 (or 学籍号), which asks
 * for the reason first (the server records the download in the audit log).
 */
export function RevealDownloadButton({
  download,
  canReveal,
  what,
  testId,
  reasonExample,
  revealed = "身份证号",
  verb = "导出",
  label = "导出 Excel",
  icon = <DownloadOutlined />,
}: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (reveal: boolean, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const name = await download(reveal, reason);
      message.success(`已${verb}:${name}`);
      setAsking(false);
      form.resetFields();
    } catch (e) {
      if (reveal) setError(applyServerErrors(form, e, ["reason"]));
      else message.error(e instanceof Error ? e.message : `${verb}失败,请稍后再试`);
    } finally {
      setBusy(false);
    }
  };

  const plain = (
    <Button icon={icon} loading={busy && !asking} onClick={() => run(false)} data-testid={testId}>
      {label}
    </Button>
  );
  if (!canReveal) return plain;
  return (
    <>
      <Space.Compact>
        {plain}
        <Dropdown
          trigger={["click"]}
          menu={{
            items: [{ key: "reveal", label: `${verb}(含完整${revealed})` }],
            onClick: () => {
              setError(null);
              setAsking(true);
            },
          }}
        >
          <Button icon={<DownOutlined />} aria-label={`更多${verb}方式`} data-testid={`${testId}-more`} />
        </Dropdown>
      </Space.Compact>
      <Modal
        open={asking}
        title={`${verb}${what}(含完整${revealed})`}
        okText={`确认${verb}`}
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
          title={`${verb}的文件含完整${revealed},属于个人敏感信息。${verb}人、时间和事由将记入审计日志,请妥善保管文件。`}
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" name="export-reason" onFinish={({ reason }) => run(true, reason.trim())}>
          <Form.Item
            label="事由"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: `请填写${verb}事由` },
              { min: 4, message: `请填写${verb}事由(至少4个字)` },
              { max: 200, message: "事由过长" },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={`例如:${reasonExample}`} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
