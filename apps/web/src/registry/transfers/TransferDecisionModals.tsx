import { registry } from "@edubureau/core";
import { Alert, App, Descriptions, Form, Input, Modal, Select } from "antd";
import { useEffect, useMemo, useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import { useClasses } from "../classes/hooks";
import type { TransferRow } from "./api";
import { useCancelTransfer, useReceiveTransfer, useRejectTransfer } from "./hooks";

function Summary({ row }: { row: TransferRow }) {
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: "student", label: "学生", children: `${row.studentName}(${row.studentNumberMasked})` },
        { key: "from", label: "转出学校", children: row.fromSchoolName },
        { key: "to", label: "转入学校", children: row.toSchoolName ?? row.destination ?? "县外" },
        { key: "reason", label: "转学原因", children: row.reason },
        { key: "on", label: "申请日期", children: row.initiatedOn },
      ]}
    />
  );
}

/**
 * 接收转入: optionally place the student in a class of the receiving school, same school year (and grade: the
 * server checks it and reports on the class field).
 */
export function ReceiveTransferModal({ row, onClose }: { row: TransferRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ classId?: string }>();
  const receive = useReceiveTransfer();
  const [error, setError] = useState<string | null>(null);
  const grade = row?.grade ?? undefined;
  const classes = useClasses(
    { schoolId: row?.toSchoolId ?? undefined, year: row?.schoolYear, grade },
    row !== null && row.toSchoolId !== null,
  );
  const options = useMemo(() => {
    const rows = classes.data?.rows ?? [];
    const grades = [...new Set(rows.map((c) => c.grade))].sort((a, b) => a - b);
    return grades.map((g) => ({
      label: registry.gradeLabel(g),
      title: registry.gradeLabel(g),
      options: rows.filter((c) => c.grade === g).map((c) => ({ value: c.id, label: `${c.name}(现 ${c.size} 人)` })),
    }));
  }, [classes.data]);

  useEffect(() => {
    if (row) {
      setError(null);
      form.resetFields();
    }
  }, [row, form]);

  const onFinish = async ({ classId }: { classId?: string }) => {
    if (!row) return;
    setError(null);
    try {
      await receive.mutateAsync({ id: row.id, classId: classId ?? null });
      message.success(`已接收 ${row.studentName}`);
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, ["classId"]));
    }
  };

  return (
    <Modal
      open={row !== null}
      title="接收转入学生"
      okText="确认接收"
      onOk={() => form.submit()}
      okButtonProps={{ loading: receive.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      {row && <Summary row={row} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name="receive-transfer" onFinish={onFinish}>
        <Form.Item
          label="编入班级"
          name="classId"
          extra={grade === undefined ? "请选择该生所在年级的班级;也可暂不分班,稍后再分" : "也可暂不分班,稍后再分"}
        >
          <Select<string>
            allowClear
            placeholder="暂不分班"
            loading={classes.isFetching}
            notFoundContent="本校该学年暂无班级"
            options={options}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const decisionTexts = {
  reject: {
    title: "退回转学申请",
    ok: "确认退回",
    label: "退回原因",
    placeholder: "例如:学位已满,请联系学区内其他学校",
    done: "已退回转学申请",
    hint: "退回后,该生仍在原学校就读,转出学校可重新办理。",
  },
  cancel: {
    title: "撤销转学申请",
    ok: "确认撤销",
    label: "撤销原因",
    placeholder: "例如:家长决定不再转学",
    done: "已撤销转学申请",
    hint: "撤销后,该生继续在本校就读。",
  },
} as const;

/** 退回 (by the receiving school) or 撤销 (by the initiating school) a pending transfer, with the reason. */
export function TransferDecisionModal({
  action,
  row,
  onClose,
}: {
  action: "reject" | "cancel";
  row: TransferRow | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const reject = useRejectTransfer();
  const cancel = useCancelTransfer();
  const mutation = action === "reject" ? reject : cancel;
  const texts = decisionTexts[action];
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (row) {
      setError(null);
      form.resetFields();
    }
  }, [row, form]);

  const onFinish = async ({ note }: { note: string }) => {
    if (!row) return;
    setError(null);
    try {
      await mutation.mutateAsync({ id: row.id, note: note.trim() });
      message.success(texts.done);
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, ["note"]));
    }
  };

  return (
    <Modal
      open={row !== null}
      title={texts.title}
      okText={texts.ok}
      okButtonProps={{ danger: true, loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {row && <Summary row={row} />}
      <Alert type="info" showIcon title={texts.hint} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name={`${action}-transfer`} onFinish={onFinish}>
        <Form.Item
          label={texts.label}
          name="note"
          rules={[
            { required: true, whitespace: true, message: `请填写${texts.label}` },
            { min: 2, message: `请填写${texts.label}(至少2个字)` },
            { max: 200, message: "原因过长(最多200个字)" },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={texts.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
