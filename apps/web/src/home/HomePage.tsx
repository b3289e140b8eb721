import { registry } from "@edubureau/core";
import { Alert, Card, Col, Empty, Row, Select, Skeleton, Space, Typography } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { Chart, type ChartOption } from "../components/Chart";
import type { RegistryOverview } from "../registry/api";
import { useOverview } from "../registry/hooks";
import { OverviewStats } from "./OverviewStats";
import {
  classSizesOption,
  schoolsByKindOption,
  schoolsByLocalityOption,
  studentsByStageOption,
} from "./overviewCharts";

function ChartCard({
  title,
  testId,
  option,
  empty,
}: {
  title: string;
  testId: string;
  option: ChartOption;
  empty: boolean;
}) {
  return (
    <Card title={title} size="small">
      {empty ? (
        <div data-testid={testId} data-empty="true" style={{ height: 300, display: "grid", placeItems: "center" }}>
          <Empty description="暂无数据" />
        </div>
      ) : (
        <Chart option={option} testId={testId} ariaLabel={title} />
      )}
    </Card>
  );
}

function scopeTitle(overview: RegistryOverview, schoolName: string | null): string {
  if (overview.scope === "school") return `${schoolName ?? "本校"}概况`;
  if (overview.scope === "classes") return "我的班级概况";
  return "全县概况";
}

function OverviewCharts({ overview }: { overview: RegistryOverview }) {
  const options = useMemo(
    () => ({
      kind: schoolsByKindOption(overview),
      locality: schoolsByLocalityOption(overview),
      stage: studentsByStageOption(overview),
      sizes: classSizesOption(overview),
    }),
    [overview],
  );
  const noSchools = overview.schools.byKindAndLocality.length === 0;
  const charts: { key: string; node: ReactNode }[] = [
    {
      key: "kind",
      node: (
        <ChartCard title="学校数(按办学类型)" testId="chart-schools-by-kind" option={options.kind} empty={noSchools} />
      ),
    },
    {
      key: "locality",
      node: (
        <ChartCard
          title="学校城乡分布"
          testId="chart-schools-by-locality"
          option={options.locality}
          empty={noSchools}
        />
      ),
    },
    {
      key: "stage",
      node: (
        <ChartCard
          title="在校学生(按学段)"
          testId="chart-students-by-stage"
          option={options.stage}
          empty={overview.students.byStage.length === 0}
        />
      ),
    },
    {
      key: "sizes",
      node: (
        <ChartCard
          title="班额情况(按学段)"
          testId="chart-class-sizes"
          option={options.sizes}
          empty={overview.classes.byStage.length === 0}
        />
      ),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={12}>
          {c.node}
        </Col>
      ))}
    </Row>
  );
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
        <Typography.Title level={4}>欢迎,{me.user.displayName}</Typography.Title>
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
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-title">
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
          <OverviewCharts overview={data} />
        </>
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </Space>
  );
}
