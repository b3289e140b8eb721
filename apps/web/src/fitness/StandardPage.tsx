import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { Standard } from "./api";
import { gradeLabel } from "./format";
import { useCorrect, useCorrections, useStandard } from "./hooks";

type Item = Standard["items"][number];
type Level = Item["levels"][number];

function cell(level: Level | undefined, onCorrect?: () => void) {
  if (!level) return "—";
  const text = level.threshold === null ? <Typography.Text type="secondary">空白</Typography.Text> : level.threshold;
  const body = (
    <Space size={2}>
      {text}
      {level.disputed && (
        <Tooltip title={`存疑:另一来源为 ${level.alternatives.map((a) => a.value).join("、")}`}>
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            存疑
          </Tag>
        </Tooltip>
      )}
      {level.corrected && (
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          已更正
        </Tag>
      )}
    </Space>
  );
  return onCorrect ? (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={onCorrect}>
      {body}
    </Button>
  ) : (
    body
  );
}

interface Target {
  item: Item;
  level: Level;
}

/**
 * 评分表: the tables of the standard for a grade and sex as the county holds them (the 2014 tables with its
 * corrections), disputed cells marked; 基础教育股 corrects a cell with a reason and an effective date.
 */
export default function StandardPage() {
  const { message } = App.useApp();
  const [grade, setGrade] = useState(1);
  const [sex, setSex] = useState<"male" | "female">("male");
  const standard = useStandard(grade, sex);
  const corrections = useCorrections();
  const correct = useCorrect();
  const [target, setTarget] = useState<Target | null>(null);
  const [form] = Form.useForm();
  if (standard.error instanceof ApiError && standard.error.status === 403) return <ForbiddenPage />;
  const s = standard.data;
  const scores = s?.items[0]?.levels.map((l) => l.score) ?? [];
  const rows = scores.map((score) => ({ score }));
  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    try {
      await correct.mutateAsync({
        kind: "item",
        item: target.item.item,
        grade,
        sex,
        score: target.level.score,
        threshold: v.blank ? null : v.threshold,
        reason: v.reason,
        effectiveFrom: (v.effectiveFrom as dayjs.Dayjs).format("YYYY-MM-DD"),
      });
      message.success("已更正,新的评分批次将使用更正后的评分表");
      setTarget(null);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>评分表</PageTitle>}
        extra={
          <Space wrap>
            <Select
              aria-label="年级"
              style={{ width: 110 }}
              value={grade}
              onChange={setGrade}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: gradeLabel(i + 1) }))}
            />
            <Radio.Group value={sex} onChange={(e) => setSex(e.target.value)} optionType="button">
              <Radio value="male">男</Radio>
              <Radio value="female">女</Radio>
            </Radio.Group>
          </Space>
        }
      >
        {!s ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={12} style={{ width: "100%" }}>
            <Alert
              type="info"
              showIcon
              title={`${s.name} · 当前版本 ${s.version}`}
              description={
                <>
                  <div>
                    权重:{s.weights.map((w) => `${w.label} ${w.weight}%`).join(",")}
                    。跑类项目(秒)成绩越小越好,取用时不超过的最高档;其余项目取达到的最高档;“空白”档不可达到。
                  </div>
                  <div>
                    数据来源与可信度:
                    {Object.entries(s.confidence)
                      .map(([k, v]) => `${k}:${v}`)
                      .join(";")}
                  </div>
                  {s.mayCorrect && <div>点击单元格可更正(须写明原因和生效日期,记入审计日志)。</div>}
                </>
              }
            />
            <Table
              size="small"
              rowKey="score"
              pagination={false}
              dataSource={rows}
              scroll={{ x: 900 }}
              data-testid="fitness-standard-table"
              columns={[
                { title: "单项得分", dataIndex: "score", width: 80, fixed: "left" },
                ...s.items.map((item) => ({
                  title: `${item.label}(${item.unit})`,
                  key: item.item,
                  width: 120,
                  render: (_: unknown, r: { score: number }) => {
                    const level = item.levels.find((l) => l.score === r.score);
                    return cell(
                      level,
                      s.mayCorrect && level
                        ? () => {
                            form.setFieldsValue({
                              threshold: level.threshold,
                              blank: level.threshold === null,
                              reason: "",
                              effectiveFrom: dayjs(),
                            });
                            setTarget({ item, level });
                          }
                        : undefined,
                    );
                  },
                })),
              ]}
            />
            <Space wrap align="start">
              <Card size="small" title="BMI 评分(千克/米²)">
                <Table
                  size="small"
                  rowKey="level"
                  pagination={false}
                  dataSource={s.bmi}
                  columns={[
                    { title: "等级", dataIndex: "level" },
                    { title: "单项得分", dataIndex: "score" },
                    { title: "范围", key: "r", render: (_, b) => `${b.min ?? "—"} ~ ${b.max ?? "—"}` },
                  ]}
                />
              </Card>
              {s.bonus.map((b) => (
                <Card key={b.item} size="small" title={`加分:${b.label}(最多 ${b.maxPoints} 分)`}>
                  <Typography.Text type="secondary">
                    超过100分标准:{b.steps.map((x) => `${x.beyond}→${x.points}`).join(",")}
                  </Typography.Text>
                </Card>
              ))}
            </Space>
          </Space>
        )}
      </Card>
      <Card size="small" title="县级更正记录">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={corrections.data?.rows ?? []}
          locale={{ emptyText: "尚无更正,使用2014年标准原表" }}
          columns={[
            { title: "单元格", dataIndex: "cell" },
            { title: "原值", dataIndex: "previous" },
            { title: "更正为", dataIndex: "next" },
            { title: "原因", dataIndex: "reason" },
            { title: "生效日期", dataIndex: "effectiveFrom" },
          ]}
        />
      </Card>
      <Modal
        open={target !== null}
        title={
          target
            ? `更正:${target.item.label} ${gradeLabel(grade)} ${sex === "male" ? "男" : "女"} ${target.level.score}分`
            : ""
        }
        onCancel={() => setTarget(null)}
        onOk={submit}
        okText="保存更正"
        confirmLoading={correct.isPending}
      >
        <Form form={form} layout="vertical">
          {target?.level.disputed && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`此单元格存疑:现值 ${target.level.threshold},另一来源 ${target.level.alternatives.map((a) => a.value).join("、")}`}
            />
          )}
          <Form.Item name="blank" label="空白档(不可达到)">
            <Radio.Group
              options={[
                { value: false, label: "有标准值" },
                { value: true, label: "空白" },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue("blank") ? null : (
                <Form.Item
                  name="threshold"
                  label="标准值"
                  rules={[{ required: true, message: "请填写更正后的标准值" }]}
                >
                  <InputNumber style={{ width: "100%" }} step={0.1} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item
            name="reason"
            label="更正原因"
            rules={[{ required: true, min: 4, message: "请写明更正原因(至少4个字)" }]}
          >
            <Input.TextArea rows={2} placeholder="如:按印刷版标准第38页核对" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: "请选择生效日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
