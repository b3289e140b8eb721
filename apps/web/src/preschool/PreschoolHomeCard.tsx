import { Card, Col, Row, Skeleton, Space, Statistic, Typography } from "antd";
import { Link } from "react-router";
import { StatusTag } from "./components";
import { FAIL_COLOR, indicatorThreshold, indicatorValue, PASS_COLOR } from "./format";
import { usePreschoolOverview } from "./hooks";
import { preschoolPaths } from "./paths";

const HEADLINE = ["gross_enrollment", "inclusive_coverage", "public_share"] as const;

/** The leader's home card: the three headline rates of 普及普惠 and how many of the indicators pass. */
export function PreschoolHomeCard({ year }: { year: number }) {
  const overview = usePreschoolOverview(year);
  const o = overview.data;
  return (
    <Card
      size="small"
      title="学前教育普及普惠(教督〔2020〕1号)"
      data-testid="home-preschool"
      extra={<Link to={`${preschoolPaths.preschool}?year=${year}`}>查看评估</Link>}
    >
      {overview.isError ? (
        <Typography.Text type="secondary">暂无学前教育数据</Typography.Text>
      ) : !o ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Row gutter={[16, 12]}>
          {HEADLINE.map((key) => {
            const i = o.evaluation.indicators.find((x) => x.key === key);
            if (!i) return null;
            return (
              <Col key={key} xs={12} md={6}>
                <Statistic
                  title={`${i.label}(${indicatorThreshold(i)})`}
                  value={indicatorValue(i)}
                  styles={{
                    content: {
                      fontSize: 22,
                      color: i.status === "fail" ? FAIL_COLOR : i.status === "pass" ? PASS_COLOR : undefined,
                    },
                  }}
                />
              </Col>
            );
          })}
          <Col xs={12} md={6}>
            <Space orientation="vertical" size={4}>
              <Statistic
                title="达标指标"
                value={`${o.evaluation.passed} / ${o.evaluation.indicators.length}`}
                styles={{ content: { fontSize: 22 } }}
              />
              <Space size={4} wrap>
                {o.evaluation.indicators
                  .filter((i) => i.status !== "pass")
                  .slice(0, 3)
                  .map((i) => (
                    <span key={i.key}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {i.label}
                      </Typography.Text>
                      <StatusTag status={i.status} />
                    </span>
                  ))}
              </Space>
            </Space>
          </Col>
        </Row>
      )}
    </Card>
  );
}
