import { registry } from "@edubureau/core";
import { Alert, Card, Select, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { BalanceHomeCard } from "../balance/BalanceHomeCard";
import { PreschoolHomeCard } from "../preschool/PreschoolHomeCard";
import type { RegistryOverview } from "../registry/api";
import { useOverview } from "../registry/hooks";
import { CockpitHomeCard } from "../reports/CockpitHomeCard";
import { OverviewCharts } from "./OverviewCharts";
import { OverviewStats } from "./OverviewStats";

function scopeTitle(overview: RegistryOverview, schoolName: string | null): string {
  if (overview.scope === "school") return `${schoolName ?? "本校"}概况`;
  if (overview.scope === "classes") return "我的班级概况";
  return "全县概况";
}

/** The county (or school, or class) at a glance for a school year. */
export default function HomePage() {
  const me = useMe();
  const { can } = useAuth();
  const [year, setYear] = useState<number | undefined>(undefined);
  const readsRegistry = can("read", "registry");
  const overview = useOverview(year, readsRegistry);

  if (!readsRegistry) {
    return (
      <Card>
        <Typography.Title level={1}>欢迎,{me.user.displayName}</Typography.Title>
        <Typography.Paragraph type="secondary">请从左侧菜单进入您负责的业务。</Typography.Paragraph>
      </Card>
    );
  }
  if (overview.isError) {
    return <Alert type="error" showIcon title="概况加载失败" description={overview.error.message} />;
  }
  const data = overview.data;
  const years = data ? [...new Set([...data.years, data.schoolYear])].sort((a, b) => b - a) : [];
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="home-title">
          {data ? scopeTitle(data, me.user.schoolName) : "概况"}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary">学年</Typography.Text>
          <Select<number>
            aria-label="学年"
            data-testid="year-select"
            style={{ width: 180 }}
            loading={overview.isFetching}
            value={data?.schoolYear}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))}
            notFoundContent="暂无学年数据"
          />
        </Space>
      </div>
      {data ? (
        <>
          <OverviewStats overview={data} />
          {data.scope === "county" && can("read", "reports") && <CockpitHomeCard />}
          {data.scope === "county" && can("read", "balance") && <BalanceHomeCard year={data.schoolYear} />}
          {data.scope === "county" && can("read", "preschool") && <PreschoolHomeCard year={data.schoolYear} />}
          <OverviewCharts overview={data} />
        </>
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </Space>
  );
}
