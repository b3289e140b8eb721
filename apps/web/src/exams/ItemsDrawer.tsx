import { Alert, App, Button, Drawer, Form, Space, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../app/api";
import type { Exam, ExamSubject } from "./api";
import { useUpdateItems } from "./hooks";
import { ItemListField } from "./ItemListField";
import { fromItemRows, type ItemRow, toItemRows } from "./itemForm";

interface Props {
  exam: Exam;
  /** the subject being edited; closed when null */
  subject: ExamSubject | null;
  onClose: () => void;
}

/**
 * 修改小题结构 of one subject of a draft. When the change no longer fits item scores already imported, the server
 * says how many students have them; the user confirms clearing them (the subject scores stay) or cancels.
 */
export function ItemsDrawer({ exam, subject, onClose }: Props) {
  const [form] = Form.useForm<{ items: ItemRow[] }>();
  const update = useUpdateItems();
  const { message, modal } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  const save = async (rows: ItemRow[], discard = false): Promise<void> => {
    if (!subject) return;
    setError(null);
    try {
      await update.mutateAsync({ id: exam.id, code: subject.code, items: fromItemRows(rows), discard });
      message.success(`已保存「${subject.name}」的小题结构`);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === "EXAM_ITEM_SCORES_EXIST") {
        modal.confirm({
          title: "清除已导入的小题分?",
          content: e.message,
          okText: "清除并保存",
          okButtonProps: { danger: true },
          cancelText: "取消",
          onOk: () => save(rows, true),
        });
        return;
      }
      setError(e instanceof Error ? e.message : "保存失败,请稍后再试");
    }
  };

  return (
    <Drawer
      title={subject ? `修改小题结构 · ${subject.name}(满分 ${subject.fullMarks})` : "修改小题结构"}
      open={!!subject}
      onClose={onClose}
      size={720}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()} data-testid="items-save">
            保存
          </Button>
        </Space>
      }
    >
      {subject && (
        <Form<{ items: ItemRow[] }>
          form={form}
          layout="vertical"
          initialValues={{ items: toItemRows(subject.items) }}
          onFinish={(v) => save(v.items ?? [])}
        >
          <Typography.Paragraph type="secondary">
            各小题满分之和须等于科目满分 {subject.fullMarks} 分;题号用于成绩文件的列名(如「{subject.name}
            -1」),不能含「-」「_」或空格。只改题型或知识点时已导入的小题分保留;改题号、分值或题数时须清除该科已导入的小题分。
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <ItemListField
            name="items"
            path={["items"]}
            subjectName={subject.name}
            fullMarks={subject.fullMarks}
            testId="items-editor"
          />
        </Form>
      )}
    </Drawer>
  );
}
