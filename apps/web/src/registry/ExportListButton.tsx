import { DownloadOutlined, DownOutlined } from "@ant-design/icons";
import { Alert, App, Button, Dropdown, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../app/formErrors";

interface Props {
  /** downloads the list (masked, or with full resident IDs and the reason); resolves to the file name saved */
  download: (reveal: boolean, reason?: string) => Promise<string>;
  /** the user may export full resident IDs (with a reason, audited) */
  canReveal: boolean;
  /** what is exported, e.g. 学生名单 */
  what: string;
  /** data-testid prefix: `${testId}` on the button, `${testId}-more` on the reveal menu */
  testId: string;
  /** an example reason shown in the reason box */
  reasonExample: string;
}

/**
 * 导出 Excel for a list: masked by default; with the reveal ability also 含完整身份证号, which asks for the reason
 * first (the server records the export in the audit log).
 */
export function ExportListButton({ download, canReveal, what, testId, reasonExample }: Props) {
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
      message.success(`已导出:${name}`);
      setAsking(false);
      form.resetFields();
    } catch (e) {
      if (reveal) setError(applyServerErrors(form, e, ["reason"]));
      else message.error(e instanceof Error ? e.message : "导出失败,请稍后再试");
    } finally {
      setBusy(false);
    }
  };

  const plain = (
    <Button icon={<DownloadOutlined />} loading={busy && !asking} onClick={() => run(false)} data-testid={testId}>
      导出 Excel
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
            items: [{ key: "reveal", label: "导出(含完整身份证号)" }],
            onClick: () => {
              setError(null);
              setAsking(true);
            },
          }}
        >
          <Button icon={<DownOutlined />} aria-label="更多导出方式" data-testid={`${testId}-more`} />
        </Dropdown>
      </Space.Compact>
      <Modal
        open={asking}
        title={`导出${what}(含完整身份证号)`}
        okText="确认导出"
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
          title="导出的文件含完整身份证号,属于个人敏感信息。导出人、时间和事由将记入审计日志,请妥善保管文件。"
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" name="export-reason" onFinish={({ reason }) => run(true, reason.trim())}>
          <Form.Item
            label="事由"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: "请填写导出事由" },
              { min: 4, message: "请填写导出事由(至少4个字)" },
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
