import { Badge, Button, Card, Space, Typography } from "antd";
import { Link } from "react-router";
import { useNeedsNow } from "./hooks";
import { reportsPaths } from "./paths";

/** The leader's home: what needs them now, in one line each, and the way into the cockpit and the year's report. */
export function CockpitHomeCard() {
  const needs = useNeedsNow();
  const items = needs.data?.items ?? [];
  return (
    <Card
      size="small"
      title="驾驶舱与年度工作总结"
      extra={<Link to={reportsPaths.reportsCockpit}>进入驾驶舱</Link>}
      data-testid="cockpit-home-card"
    >
      <Space wrap size={16}>
        {items.length === 0 ? (
          <Typography.Text type="secondary">暂无待办事项</Typography.Text>
        ) : (
          items.map((i) => (
            <Link key={i.kind + i.label} to={i.link}>
              <Space size={4}>
                <Badge
                  count={i.count}
                  overflowCount={999}
                  color={i.kind === "ledger.overdue" ? "#cf1322" : "#1677ff"}
                />
                {i.label}
              </Space>
            </Link>
          ))
        )}
        <Link to={reportsPaths.reportsWorkReport}>
          <Button size="small">年度工作总结数据</Button>
        </Link>
      </Space>
    </Card>
  );
}
