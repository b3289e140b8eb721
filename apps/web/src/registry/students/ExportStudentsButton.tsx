import { DownloadOutlined, DownOutlined } from "@ant-design/icons";
import { Alert, App, Button, Dropdown, Form, Input, Modal, Space } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import { type StudentExportQuery, studentApi } from "./api";

interface Props {
  /** the list's current filters: the export holds the same students */
  query: Omit<StudentExportQuery, "reveal" | "reason">;
  /** the user may export full resident IDs (with a reason, audited) */
  canReveal: boolean;
}

/**
 * 导出 Excel: the filtered list with resident IDs masked; with the reveal ability also 含完整身份证号, which asks
 * for the reason first (the server records the export in the audit log).
 */
export function ExportStudentsButton({ query, canReveal }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (reveal: boolean, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      const name = await studentApi.exportStudents({ ...query, reveal, reason });
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
    <Button
      icon={<DownloadOutlined />}
      loading={busy && !asking}
      onClick={() => run(false)}
      data-testid="students-export"
    >
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
          <Button icon={<DownOutlined />} aria-label="更多导出方式" data-testid="students-export-more" />
        </Dropdown>
      </Space.Compact>
      <Modal
        open={asking}
        title="导出学生名单(含完整身份证号)"
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
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如:报送学生资助名单" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
