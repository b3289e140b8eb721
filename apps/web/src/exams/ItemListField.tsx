import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, InputNumber, Popover, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { fromItemRows, type ItemRow, itemProblems, nextItemNumber } from "./itemForm";

const KINDS = [
  { value: "objective", label: "客观题" },
  { value: "subjective", label: "主观题" },
];

interface Props {
  /** the list's name within the enclosing form or list (relative inside a Form.List) */
  name: string | (string | number)[];
  /** the same list's full path in the form, to follow its values */
  path: (string | number)[];
  subjectName: string;
  fullMarks: number | undefined;
  testId: string;
}

/**
 * 小题结构 of one subject inside a form: a row per item (题号, 满分, 客观/主观, 知识点), adding one or a batch,
 * the running total against the subject's full marks, and the server's rule (core's checkItemStructure) checked
 * before saving, with its Chinese messages.
 */
export function ItemListField({ name, path, subjectName, fullMarks, testId }: Props) {
  const form = Form.useFormInstance();
  const rows: (ItemRow | undefined)[] = Form.useWatch(path, form) ?? [];
  const key = JSON.stringify(path);
  const digest = JSON.stringify(rows);
  // once the structure has been found wrong, check it again as the user fixes it, so a fixed problem goes away
  useEffect(() => {
    void digest;
    void fullMarks;
    const at = JSON.parse(key) as (string | number)[];
    if (form.getFieldError(at).length > 0) form.validateFields([at]).catch(() => {});
  }, [form, key, digest, fullMarks]);
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, value: (ItemRow | undefined)[] | undefined) => {
            const problems = itemProblems(subjectName, fullMarks, value ?? []);
            if (problems.length > 0) throw new Error(problems.join("\n"));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid={testId}>
          {fields.length > 0 && (
            <Space size={8} style={{ display: "flex", marginBottom: 4 }}>
              {(
                [
                  ["题号", 72],
                  ["满分", 96],
                  ["题型", 96],
                  ["知识点(可多个,回车分隔)", 200],
                ] as const
              ).map(([label, width]) => (
                <Typography.Text key={label} type="secondary" style={{ display: "inline-block", width }}>
                  {label}
                </Typography.Text>
              ))}
            </Space>
          )}
          {fields.map((f, i) => (
            <Space key={f.key} size={8} align="baseline" style={{ display: "flex" }}>
              <Form.Item
                name={[f.name, "number"]}
                rules={[{ required: true, whitespace: true, message: "请填写题号" }]}
                style={{ marginBottom: 8 }}
              >
                <Input style={{ width: 72 }} maxLength={20} aria-label={`第${i + 1}道小题题号`} />
              </Form.Item>
              <Form.Item
                name={[f.name, "maxScore"]}
                rules={[{ required: true, message: "请填写满分" }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  style={{ width: 96 }}
                  min={0.5}
                  max={300}
                  suffix="分"
                  aria-label={`第${i + 1}道小题满分`}
                />
              </Form.Item>
              <Form.Item name={[f.name, "kind"]} style={{ marginBottom: 8 }}>
                <Select style={{ width: 96 }} options={KINDS} aria-label={`第${i + 1}道小题题型`} />
              </Form.Item>
              <Form.Item name={[f.name, "knowledge"]} style={{ marginBottom: 8 }}>
                <Select
                  mode="tags"
                  style={{ width: 200 }}
                  tokenSeparators={["、", ",", ","]}
                  notFoundContent={null}
                  placeholder="知识点"
                  aria-label={`第${i + 1}道小题知识点`}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`删除第${i + 1}道小题`}
                onClick={() => remove(f.name)}
              />
            </Space>
          ))}
          <Space wrap>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ number: nextItemNumber(rows), maxScore: null, kind: "subjective", knowledge: [] })}
              data-testid={`${testId}-add`}
            >
              添加小题
            </Button>
            <BatchAdd
              onAdd={(batch) => {
                const first = Number(nextItemNumber(rows));
                for (const [k, r] of batch.entries()) add({ ...r, number: String(first + k) });
              }}
            />
            <ItemsTotal rows={rows} fullMarks={fullMarks} />
          </Space>
          {errors.length > 0 && (
            <Typography.Text
              type="danger"
              role="alert"
              style={{ display: "block", whiteSpace: "pre-line", marginTop: 4 }}
            >
              {errors}
            </Typography.Text>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** 小题 N 道,合计 X 分: green when it meets the full marks, red with the difference otherwise. */
function ItemsTotal({ rows, fullMarks }: { rows: (ItemRow | undefined)[]; fullMarks: number | undefined }) {
  const items = fromItemRows(rows);
  if (items.length === 0) return <Typography.Text type="secondary">未设小题:试题分析不可用</Typography.Text>;
  const sum = Math.round(items.reduce((n, it) => n + it.maxScore, 0) * 100) / 100;
  const full = fullMarks ?? 0;
  const diff = Math.round((full - sum) * 100) / 100;
  return (
    <Typography.Text type={diff === 0 ? "success" : "danger"} data-testid="items-total">
      小题 {items.length} 道,合计 {sum} 分 / 科目满分 {full} 分
      {diff > 0 ? `,还差 ${diff} 分` : diff < 0 ? `,超出 ${-diff} 分` : ""}
    </Typography.Text>
  );
}

/** 批量添加: a run of items of one kind and maximum, e.g. 12 multiple-choice items of 3 points. */
function BatchAdd({ onAdd }: { onAdd: (rows: ItemRow[]) => void }) {
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(10);
  const [max, setMax] = useState<number | null>(3);
  const [kind, setKind] = useState<ItemRow["kind"]>("objective");
  const content = (
    <Space orientation="vertical">
      <Space>
        <InputNumber min={1} max={60} value={count} onChange={setCount} prefix="题数" style={{ width: 120 }} />
        <InputNumber min={0.5} max={300} step={0.5} value={max} onChange={setMax} prefix="每题" suffix="分" />
        <Select value={kind} onChange={setKind} options={KINDS} style={{ width: 96 }} />
      </Space>
      <Button
        type="primary"
        disabled={!count || !max}
        onClick={() => {
          onAdd(Array.from({ length: count ?? 0 }, () => ({ number: "", maxScore: max, kind, knowledge: [] })));
          setOpen(false);
        }}
      >
        添加
      </Button>
    </Space>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title="批量添加小题" content={content}>
      <Button>批量添加</Button>
    </Popover>
  );
}
