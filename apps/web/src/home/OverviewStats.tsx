import { registry } from "@edubureau/core";
import { Card, Col, Row, Statistic, Typography } from "antd";
import type { RegistryOverview } from "../registry/api";

const formatCount = (value: number | string | undefined) => Number(value ?? 0).toLocaleString("zh-CN");

/** National target for the share of large classes (大班额): at most 5%. */
const LARGE_SHARE_TARGET = 0.05;

/** The headline numbers of the overview, one card each. */
export function OverviewStats({ overview }: { overview: RegistryOverview }) {
  const share = overview.classes.sizeSummary.largeShare;
  const shareOk = share === null || share <= LARGE_SHARE_TARGET;
  const county = overview.scope === "county";
  const cards = [
    ...(county ? [{ key: "schools", title: "学校", value: overview.schools.total, suffix: "所" }] : []),
    { key: "students", title: "在校学生", value: overview.students.total, suffix: "人" },
    ...(overview.scope === "classes"
      ? []
      : [
          {
            key: "staff",
            title: "教职工 / 专任教师",
            value: overview.staff.total,
            suffix: `/ ${formatCount(overview.staff.teachers)} 人`,
          },
        ]),
    { key: "classes", title: "班级", value: overview.classes.total, suffix: "个" },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 200px">
          <Card data-testid={`stat-${c.key}`} style={{ height: "100%" }}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} formatter={formatCount} />
          </Card>
        </Col>
      ))}
      <Col flex="1 1 200px">
        <Card data-testid="stat-large-class-share" style={{ height: "100%" }}>
          <Statistic
            title="大班额比例(国家目标 ≤5%)"
            value={share === null ? "—" : (share * 100).toFixed(1)}
            suffix={share === null ? undefined : "%"}
            styles={{ content: { color: shareOk ? "#237804" : "#cf1322" } }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {registry.defaultClassSizeRule.largeFrom}人及以上班级占比
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
