import { SendOutlined } from "@ant-design/icons";
import { calendar, registry } from "@edubureau/core";
import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import { useRequestPromotion } from "./hooks";

/**
 * 申请升级 (a school administrator): asks 基础教育股 for the county's promotion of the current year, with an optional
 * note. The section sees the request in the county's preview; the county's promotion confirms it.
 */
export function PromotionRequestButton({ year, promotionDate }: { year: number; promotionDate: string | null }) {
  const { message } = App.useApp();
  const request = useRequestPromotion();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ note?: string }>();

  const onFinish = async (v: { note?: string }) => {
    setError(null);
    try {
      await request.mutateAsync(v.note?.trim() || undefined);
      message.success("已提交升级申请,基础教育股将在全县升级日期统一办理");
      setOpen(false);
    } catch (e) {
      setError(applyServerErrors(form, e, ["note"]));
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<SendOutlined />}
        data-testid="promotion-request"
        onClick={() => {
          setError(null);
          form.resetFields();
          setOpen(true);
        }}
      >
        申请升级
      </Button>
      <Modal
        open={open}
        title={`申请${registry.schoolYearLabel(year)}升级`}
        okText="提交申请"
        okButtonProps={{ loading: request.isPending, "data-testid": "promotion-request-submit" }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        forceRender
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`学年升级由基础教育股${promotionDate ? `于${calendar.chineseDate(promotionDate)}起` : ""}全县统一执行;申请将告知基础教育股本校已做好升级准备。`}
        />
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item label="说明(选填)" name="note" rules={[{ max: 200, message: "说明最多200字" }]}>
            <Input.TextArea
              rows={3}
              maxLength={200}
              showCount
              placeholder="如:本学年转学、休学等学籍变动已全部办结"
              data-testid="promotion-request-note"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
