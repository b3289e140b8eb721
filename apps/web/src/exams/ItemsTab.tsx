import { Alert, Card, Empty, Select, Skeleton, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { Chart } from "../components/Chart";
import type { AnalysisView, ItemsView } from "./api";
import { itemsOption } from "./charts";
import { fixed, pct } from "./format";
import { useItems } from "./hooks";

type Item = ItemsView["items"][number];
const qualityColor: Record<string, string> = { very_good: "green", good: "blue", revise: "gold", poor: "red" };

const columns: ColumnsType<Item> = [
  { title: "题号", dataIndex: "number", width: 70 },
  { title: "题型", dataIndex: "kind", width: 80, render: (k: string) => (k === "objective" ? "客观题" : "主观题") },
  { title: "分值", dataIndex: "maxScore", width: 60, align: "right" },
  { title: "知识点", dataIndex: "knowledge", ellipsis: true },
  { title: "平均得分", dataIndex: "mean", width: 90, align: "right", render: (v: number | null) => fixed(v, 2) },
  {
    title: "难度 P",
    dataIndex: "difficulty",
    width: 110,
    align: "right",
    sorter: (a, b) => (a.difficulty ?? 0) - (b.difficulty ?? 0),
    render: (v: number | null, r) => (
      <Space size={4}>
        {fixed(v, 2)}
        {r.difficultyLabel && <Tag>{r.difficultyLabel}</Tag>}
      </Space>
    ),
  },
  {
    title: "区分度 D",
    dataIndex: "discrimination",
    width: 170,
    align: "right",
    sorter: (a, b) => (a.discrimination ?? 0) - (b.discrimination ?? 0),
    render: (v: number | null, r) => (
      <Space size={4}>
        {fixed(v, 2)}
        {r.quality && <Tag color={qualityColor[r.quality]}>{r.qualityLabel}</Tag>}
      </Space>
    ),
  },
  { title: "满分率", dataIndex: "fullMarkRate", width: 80, align: "right", render: (v: number | null) => pct(v) },
  { title: "零分率", dataIndex: "zeroRate", width: 80, align: "right", render: (v: number | null) => pct(v) },
];

/** 试题分析: difficulty and discrimination (27% groups) of each item of a subject with an item structure. */
export function ItemsTab({ analysis }: { analysis: AnalysisView }) {
  const withItems = analysis.exam.subjects.filter((s) => (s.items?.length ?? 0) > 0);
  const [code, setCode] = useState(withItems[0]?.code);
  const items = useItems(analysis.exam.id, code);
  if (withItems.length === 0) {
    return <Empty description="本次考试没有录入小题结构与小题分,无法做试题分析" />;
  }
  const v = items.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap>
        <Select
          data-testid="items-subject"
          style={{ width: 160 }}
          value={code}
          onChange={setCode}
          options={withItems.map((s) => ({ value: s.code, label: s.name }))}
        />
        {v && <Typography.Text type="secondary">参与统计 {v.sat} 人(本人数据范围内)</Typography.Text>}
      </Space>
      <Alert
        type="info"
        showIcon
        title="难度 P = 平均得分 / 分值:P > 0.7 容易,0.4 ≤ P ≤ 0.7 中等(恰为 0.7 或 0.4 也是中等),P < 0.4 较难。区分度 D = (高分组平均 − 低分组平均)/ 分值,高、低分组为科目成绩前、后 27% 的学生(人数四舍五入取整,边界处同分的学生平分剩余名额)。D ≥ 0.4 很好,0.30–0.39 良好,0.20–0.29 尚可需修改,< 0.2 差。详见页面下方的方法说明。"
      />
      {items.isError && <Alert type="error" showIcon title={items.error.message} />}
      {!v ? (
        !items.isError && <Skeleton active />
      ) : (
        <>
          <Card size="small" title={`${v.subject.name}各题难度与区分度`}>
            <Chart option={itemsOption(v)} height={300} testId="chart-items" ariaLabel="试题难度与区分度" />
          </Card>
          <Card size="small">
            <Table<Item>
              rowKey="number"
              size="small"
              data-testid="items-table"
              columns={columns}
              dataSource={v.items}
              pagination={false}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
