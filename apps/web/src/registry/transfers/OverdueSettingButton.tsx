import { SettingOutlined } from "@ant-design/icons";
import { App, Button, Form, InputNumber } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import { useRegistrySettings, useSaveRegistrySettings } from "./hooks";
import { SettingsModal } from "./SettingsModal";

/**
 * 逾期设置 (基础教育股): how many days a transfer may wait to be received before it is flagged as a suspected
 * dropout, stored as the county's register setting; every change is audited.
 */
export function OverdueSettingButton() {
  const { message } = App.useApp();
  const settings = useRegistrySettings();
  const save = useSaveRegistrySettings();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ transferOverdueDays: number }>();

  const onFinish = async (v: { transferOverdueDays: number }) => {
    setError(null);
    try {
      await save.mutateAsync(v);
      message.success(`已设置:转学申请超过 ${v.transferOverdueDays} 天未接收视为疑似辍学`);
      setOpen(false);
    } catch (e) {
      setError(applyServerErrors(form, e, ["transferOverdueDays"]));
    }
  };

  return (
    <>
      <Button
        icon={<SettingOutlined />}
        data-testid="transfers-settings"
        onClick={() => {
          setError(null);
          form.setFieldsValue({ transferOverdueDays: settings.data?.transferOverdueDays ?? 30 });
          setOpen(true);
        }}
      >
        逾期设置
      </Button>
      <SettingsModal
        open={open}
        title="转学逾期设置"
        form={form}
        saving={save.isPending}
        saveTestId="transfers-settings-save"
        error={error}
        updatedAt={settings.data?.updatedAt}
        onFinish={onFinish}
        onCancel={() => setOpen(false)}
      >
        <Form.Item
          label="转学申请超过多少天未接收,视为疑似辍学"
          name="transferOverdueDays"
          extra="全县统一,默认30天;修改记入审计日志,并立即用于转学列表和控辍保学跟踪"
          rules={[
            { required: true, message: "请填写天数" },
            { type: "integer", min: 1, max: 365, message: "天数应为1–365的整数" },
          ]}
        >
          <InputNumber
            min={1}
            max={365}
            precision={0}
            suffix="天"
            style={{ width: 160 }}
            data-testid="transfers-settings-days"
          />
        </Form.Item>
      </SettingsModal>
    </>
  );
}
