import { calendar, registry } from "@edubureau/core";
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import { useSchoolDirectory } from "../hooks";
import { useCreateTransfer } from "../transfers/hooks";
import type { EnrollmentEntry, StudentRecord } from "./api";

type Target = "county" | "outside";

interface Values {
  target: Target;
  toSchoolId?: string;
  destination?: string;
  reason: string;
  date: Dayjs;
}

const FIELDS = ["toSchoolId", "destination", "reason", "date"] as const;

interface Props {
  open: boolean;
  student: StudentRecord;
  /** the student's current enrollment (the school transferring out) */
  current: EnrollmentEntry | undefined;
  onClose: () => void;
}

/**
 * 转学: to another school of the county (it must receive the student within 30 days, or the student counts as a
 * suspected dropout), or out of the county with where the student goes (completed at once).
 */
export function TransferStudentModal({ open, student, current, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch("target", form);
  const schools = useSchoolDirectory();
  const create = useCreateTransfer();
  const [error, setError] = useState<string | null>(null);
  // not the browser's date: a browser on UTC is still on yesterday until 08:00 in Beijing
  const today = calendar.beijingDate(new Date());
  const destinations = (schools.data?.rows ?? []).filter((s) => s.id !== current?.schoolId);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
  }, [open, form]);

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      const outside = v.target === "outside";
      await create.mutateAsync({
        studentId: student.id,
        toSchoolId: outside ? null : (v.toSchoolId ?? null),
        destination: outside ? v.destination?.trim() : undefined,
        reason: v.reason.trim(),
        // today is the county's (Beijing) day, as the server counts it: left at today, the server dates it
        date: v.date.format("YYYY-MM-DD") === today ? undefined : v.date.format("YYYY-MM-DD"),
      });
      message.success(outside ? "已办理转出县外" : "转学申请已提交,等待转入学校接收");
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={`办理转学:${student.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交"
      okButtonProps={{ loading: create.isPending, "data-testid": "transfer-submit" }}
      destroyOnHidden
      width={560}
    >
      {current && (
        <Typography.Paragraph type="secondary">
          现就读:{current.schoolName} · {registry.gradeLabel(current.grade)}
          {current.className ? ` · ${current.className}` : ""}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="transfer-form"
        onFinish={onFinish}
        initialValues={{ target: "county", date: dayjs(today) }}
      >
        <Form.Item label="转往" name="target">
          <Radio.Group
            options={[
              { value: "county", label: "县内学校" },
              { value: "outside", label: "县外" },
            ]}
          />
        </Form.Item>
        {target === "outside" ? (
          <Form.Item
            label="转入地或学校"
            name="destination"
            extra="转出县外即时办结,之后由控辍保学跟踪"
            rules={[
              { required: true, whitespace: true, message: "转出县外时请填写转入地或学校" },
              { max: 200, message: "内容过长" },
            ]}
          >
            <Input placeholder="例如:呼和浩特市新城区某某小学" autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item
            label="转入学校"
            name="toSchoolId"
            extra="转入学校须在30天内接收,逾期未接收的学生按疑似辍学跟踪"
            rules={[{ required: true, message: "请选择转入学校" }]}
          >
            <Select<string>
              showSearch={{ optionFilterProp: "label" }}
              placeholder="请选择县内学校"
              loading={schools.isPending}
              notFoundContent="没有可选的县内学校"
              options={destinations.map((s) => ({
                value: s.id,
                label: `${s.name}(${registry.schoolKind.labels[s.kind] ?? s.kind})`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          label="转学原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: "请填写转学原因" },
            { max: 200, message: "原因过长(最多200个字)" },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="例如:随父母工作调动迁居" />
        </Form.Item>
        <Form.Item label="转学日期" name="date" rules={[{ required: true, message: "请选择转学日期" }]}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(today), "day")} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
