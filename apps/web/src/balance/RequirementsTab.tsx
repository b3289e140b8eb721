import type { balance } from "@edubureau/core";
import { List, Space, Tag, Typography } from "antd";

const statusTag: Record<balance.RequirementStatus, { color: string; label: string }> = {
  met: { color: "success", label: "达到" },
  not_met: { color: "error", label: "未达到" },
  unknown: { color: "default", label: "数据不足" },
};

/** 其他要求: the requirements of high-quality balance the register can check, with what is behind each. */
export function RequirementsTab({ requirements }: { requirements: balance.RequirementCheck[] }) {
  return (
    <List
      data-testid="balance-requirements"
      itemLayout="vertical"
      dataSource={requirements}
      renderItem={(r) => (
        <List.Item key={r.key}>
          <Space wrap>
            <Tag color={statusTag[r.status].color}>{statusTag[r.status].label}</Tag>
            <Typography.Text strong>{r.name}</Typography.Text>
            <Typography.Text type="secondary">目标:{r.target}</Typography.Text>
          </Space>
          <div style={{ marginTop: 4 }}>{r.value}</div>
          {r.items.length > 0 && (
            <Typography.Paragraph
              type="secondary"
              style={{ marginTop: 4, marginBottom: 0 }}
              ellipsis={{ rows: 2, expandable: true, symbol: "展开" }}
            >
              {r.items.map((i) => `${i.label}(${i.detail})`).join(";")}
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}
