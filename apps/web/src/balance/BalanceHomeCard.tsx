import { balance } from "@edubureau/core";
import { Card, Col, Row, Skeleton, Space, Statistic, Typography } from "antd";
import { Link } from "react-router";
import type { Stage } from "./api";
import { coefficient, FAIL_COLOR, PASS_COLOR } from "./format";
import { useBalanceOverview } from "./hooks";
import { VerdictTag } from "./IndicatorTable";

function StageFigures({ year, stage }: { year: number; stage: Stage }) {
  const overview = useBalanceOverview({ year, stage });
  const o = overview.data;
  if (overview.isError)
    return <Typography.Text type="secondary">暂无{balance.balanceStageLabel[stage]}数据</Typography.Text>;
  if (!o) return <Skeleton active paragraph={{ rows: 2 }} />;
  const passing = o.quality.indicators.filter((r) => r.passed).length;
  return (
    <Link to={`/balance?year=${year}&stage=${stage}`} data-testid={`home-balance-${stage}`}>
      <Space orientation="vertical" size={4} style={{ width: "100%" }}>
        <Typography.Text strong>{balance.balanceStageLabel[stage]}</Typography.Text>
        <Row gutter={12}>
          <Col span={12}>
            <Statistic
              title={`综合差异系数(≤ ${o.basic.limit})`}
              value={coefficient(o.basic.composite)}
              styles={{ content: { color: o.basic.passed === false ? FAIL_COLOR : PASS_COLOR, fontSize: 22 } }}
            />
          </Col>
          <Col span={12}>
            <Statistic
              title={`优质均衡指标达标(≤ ${o.quality.limit})`}
              value={`${passing} / 7`}
              styles={{ content: { color: o.quality.passed ? PASS_COLOR : FAIL_COLOR, fontSize: 22 } }}
            />
          </Col>
        </Row>
        <Space size={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            基本均衡
          </Typography.Text>
          <VerdictTag passed={o.basic.passed} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            校际达标 {o.quality.schoolsPassing}/{o.schools.filter((s) => s.passes !== null).length} 所
          </Typography.Text>
          {o.conditionFlags.length > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              · 数据核查提示 {o.conditionFlags.length} 条
            </Typography.Text>
          )}
        </Space>
      </Space>
    </Link>
  );
}

/** The home page's balance figures: both stages' composite coefficient and indicators within the limit. */
export function BalanceHomeCard({ year }: { year: number }) {
  return (
    <Card size="small" title="义务教育均衡发展(差异系数按在校生加权)" data-testid="home-balance">
      <Row gutter={[24, 16]}>
        {balance.balanceStages.map((stage) => (
          <Col key={stage} xs={24} md={12}>
            <StageFigures year={year} stage={stage} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
