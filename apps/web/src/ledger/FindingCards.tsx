import { Card, Empty, Pagination, Space, Spin, Tag, Typography } from "antd";
import type { TablePaginationConfig } from "antd/es/table";
import { Link } from "react-router";
import type { Finding } from "./api";
import { DeadlineText, findingPath, SeverityTag, StateTag } from "./components";

/**
 * A list of findings as cards, the phone's form of the finding table: number, severity and state on top, the school
 * (when `withTarget`), the problem, the deadline with its days left or overdue. The whole card opens the finding.
 */
export function FindingCards({
  rows,
  loading,
  pagination,
  withTarget = true,
  testId,
}: {
  rows: Finding[];
  loading?: boolean;
  pagination?: false | TablePaginationConfig;
  withTarget?: boolean;
  testId?: string;
}) {
  return (
    <Spin spinning={loading ?? false}>
      <div data-testid={testId} data-layout="cards">
        {rows.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />
        ) : (
          <Space orientation="vertical" size={8} style={{ width: "100%" }}>
            {rows.map((f) => (
              <Card
                key={f.id}
                size="small"
                data-testid="finding-card"
                style={f.deadlineStatus === "overdue" ? { borderColor: "#ffa39e", background: "#fff1f0" } : undefined}
              >
                <Space size={4} wrap style={{ marginBottom: 4 }}>
                  <Link to={findingPath(f.id)} data-testid="finding-link">
                    {f.number}
                  </Link>
                  <SeverityTag f={f} />
                  <StateTag f={f} />
                  {f.scope === "common" && <Tag color="geekblue">共性</Tag>}
                  {f.extensionRequest && <Tag color="cyan">延期待批</Tag>}
                </Space>
                {withTarget && <div style={{ fontWeight: 500 }}>{f.targetName}</div>}
                <Link to={findingPath(f.id)} style={{ color: "inherit", display: "block", marginBottom: 4 }}>
                  <Typography.Text type="secondary">【{f.category}】</Typography.Text>
                  {f.description}
                </Link>
                <Space size={12} wrap align="start">
                  <DeadlineText f={f} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.kindLabel} · 责任人 {f.responsiblePerson}
                  </Typography.Text>
                </Space>
              </Card>
            ))}
          </Space>
        )}
        {pagination && (pagination.total ?? 0) > (pagination.pageSize ?? 10) && (
          <Pagination
            simple
            style={{ marginTop: 12, justifyContent: "center" }}
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            onChange={pagination.onChange}
          />
        )}
      </div>
    </Spin>
  );
}
