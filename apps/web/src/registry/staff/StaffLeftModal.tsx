import { registry } from "@edubureau/core";
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import type { StaffRow } from "./api";
import { useMarkStaffLeft } from "./hooks";

interface Values {
  on: Dayjs;
  reason: string;
}

/**
 * 标记调离: a staff member is never deleted; their employment of the school year is marked 调离 with the date and
 * the reason (audited), and their history stays.
 */
export function StaffLeftModal({ staff, onClose }: { staff: StaffRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const markLeft = useMarkStaffLeft();
  const [error, setError] = useState<string | null>(null);
  const year = staff?.schoolYear ?? 0;
  const [first, last] = [dayjs(`${year}-09-01`), dayjs(`${year + 1}-08-31`)];

  const onFinish = async (v: Values) => {
    if (!staff) return;
    setError(null);
    try {
      await markLeft.mutateAsync({
        id: staff.id,
        body: { schoolYear: staff.schoolYear, on: v.on.format("YYYY-MM-DD"), reason: v.reason.trim() },
      });
      message.success(`已将 ${staff.name} 标记为调离`);
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, ["on", "reason"]));
    }
  };

  return (
    <Modal
      open={staff !== null}
      title={staff ? `标记调离:${staff.name}` : "标记调离"}
      okText="确认调离"
      okButtonProps={{ danger: true, loading: markLeft.isPending, "data-testid": "staff-left-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="staff-left-modal"
    >
      <Typography.Paragraph type="secondary">
        教职工记录不会删除:{registry.schoolYearLabel(year)}的任职记录标为「调离」,任职经历保留,操作记入审计日志。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ on: dayjs().isAfter(last) ? last : dayjs().isBefore(first) ? first : dayjs() }}
      >
        <Form.Item label="调离日期" name="on" rules={[{ required: true, message: "请选择调离日期" }]}>
          <DatePicker
            style={{ width: 200 }}
            allowClear={false}
            disabledDate={(d) => d.isBefore(first, "day") || d.isAfter(last, "day")}
          />
        </Form.Item>
        <Form.Item
          label="调离原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: "请填写调离原因" },
            { min: 2, message: "请填写调离原因,如 调往某某学校、辞职" },
            { max: 200, message: "原因过长" },
          ]}
        >
          <Input.TextArea rows={3} placeholder="如:调往北原县第一中学、辞职、考入外县" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
