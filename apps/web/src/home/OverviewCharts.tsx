import { Card, Col, Empty, Row } from "antd";
import { useMemo } from "react";
import { Chart, type ChartOption } from "../components/Chart";
import type { RegistryOverview } from "../registry/api";
import {
  classSizesOption,
  schoolsByKindOption,
  schoolsByLocalityOption,
  staffByPostOption,
  studentsByLocalityOption,
  studentsByStageOption,
} from "./chartOptions";

interface ChartSpec {
  testId: string;
  title: string;
  option: (o: RegistryOverview) => ChartOption;
  empty: (o: RegistryOverview) => boolean;
  /** scopes where the chart says something (a pie of one school's locality does not) */
  scopes: RegistryOverview["scope"][];
}

const specs: ChartSpec[] = [
  {
    testId: "chart-schools-by-kind",
    title: "学校数(按办学类型)",
    option: schoolsByKindOption,
    empty: (o) => o.schools.byKindAndLocality.length === 0,
    scopes: ["county"],
  },
  {
    testId: "chart-schools-by-locality",
    title: "学校城乡分布",
    option: schoolsByLocalityOption,
    empty: (o) => o.schools.byKindAndLocality.length === 0,
    scopes: ["county"],
  },
  {
    testId: "chart-students-by-stage",
    title: "在校学生(按学段)",
    option: studentsByStageOption,
    empty: (o) => o.students.byStage.length === 0,
    scopes: ["county", "school", "classes"],
  },
  {
    testId: "chart-students-by-locality",
    title: "在校学生城乡分布",
    option: studentsByLocalityOption,
    empty: (o) => o.students.byLocality.length === 0,
    scopes: ["county"],
  },
  {
    testId: "chart-class-sizes",
    title: "班额情况(按学段)",
    option: classSizesOption,
    empty: (o) => o.classes.byStage.length === 0,
    scopes: ["county", "school", "classes"],
  },
  {
    testId: "chart-staff-by-post",
    title: "教职工(按岗位类别)",
    option: staffByPostOption,
    empty: (o) => o.staff.byPost.length === 0,
    scopes: ["county", "school"],
  },
];

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

/** The overview's charts that make sense for its scope, two or three to a row. */
export function OverviewCharts({ overview }: { overview: RegistryOverview }) {
  const charts = useMemo(
    () =>
      specs
        .filter((s) => s.scopes.includes(overview.scope))
        .map((s) => ({ ...s, built: s.option(overview), isEmpty: s.empty(overview) })),
    [overview],
  );
  const span = charts.length % 3 === 0 && charts.length % 2 !== 0 ? 8 : 12;
  return (
    <Row gutter={[16, 16]}>
      {charts.map((c) => (
        <Col key={c.testId} xs={24} xl={span}>
          <ChartCard title={c.title} testId={c.testId} option={c.built} empty={c.isEmpty} />
        </Col>
      ))}
    </Row>
  );
}
