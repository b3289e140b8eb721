import { EditOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Collapse, Empty, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { ExamDetail, ExamSubject } from "./api";
import { ItemsDrawer } from "./ItemsDrawer";

/**
 * 小题结构 of every subject, read-only once published; 教研室 edits a draft's subjects one at a time. A published
 * version is never changed: corrections make a new version, whose items may differ.
 */
export function ItemStructureCard({ detail }: { detail: ExamDetail }) {
  const e = detail.exam;
  const editable = detail.abilities.manage && e.status === "draft";
  const [editing, setEditing] = useState<ExamSubject | null>(null);
  return (
    <Card size="small" title="小题结构" data-testid="exam-item-structure">
      {detail.abilities.manage && e.status !== "draft" && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="已发布的版本不能修改小题结构:如需更正,请「新建更正版本」,在更正版本中修改后重新发布。"
        />
      )}
      <Collapse
        size="small"
        items={e.subjects.map((s) => ({
          key: s.code,
          label: (
            <Space>
              <span>
                {s.name}(满分 {s.fullMarks})
              </span>
              {s.items?.length ? <Tag>{s.items.length} 道小题</Tag> : <Tag>未设小题</Tag>}
            </Space>
          ),
          extra: editable ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              data-testid={`exam-items-edit-${s.code}`}
              onClick={(ev) => {
                ev.stopPropagation();
                setEditing(s);
              }}
            >
              修改
            </Button>
          ) : null,
          children: s.items?.length ? (
            <Table
              rowKey="number"
              size="small"
              pagination={false}
              dataSource={s.items}
              columns={[
                { title: "题号", dataIndex: "number", width: 80 },
                { title: "满分", dataIndex: "maxScore", width: 80, align: "right" },
                {
                  title: "题型",
                  dataIndex: "kind",
                  width: 90,
                  render: (k: string) => (k === "objective" ? "客观题" : "主观题"),
                },
                {
                  title: "知识点",
                  dataIndex: "knowledge",
                  render: (k?: string) => k ?? <Typography.Text type="secondary">—</Typography.Text>,
                },
              ]}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该科目未设小题结构,试题分析不可用" />
          ),
        }))}
      />
      <ItemsDrawer exam={e} subject={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
