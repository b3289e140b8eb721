import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Upload } from "antd";
import { useState } from "react";

/**
 * 选择文件并校验: picks an .xlsx, sends it to be checked (nothing is written yet) and hands the answer back; shows
 * the button busy meanwhile and the server's message when the upload is refused.
 */
export function CheckFileButton<T>(props: {
  check: (file: File) => Promise<T>;
  onChecked: (result: T) => void;
  testId: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      beforeUpload={async (file) => {
        setBusy(true);
        try {
          props.onChecked(await props.check(file));
        } catch (e) {
          message.error(e instanceof Error ? e.message : "上传失败");
        } finally {
          setBusy(false);
        }
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} type="primary" data-testid={props.testId}>
        选择文件并校验
      </Button>
    </Upload>
  );
}
