import { Alert, Badge, Card, Col, Empty, List, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import type { CockpitCard, CockpitFigure } from "./api";
import { ChangeTag, Sparkline, YearSelect } from "./components";
import { useCockpit, useNeedsNow } from "./hooks";
import { reportsPaths } from "./paths";

function FigureTile({ figure, year }: { figure: CockpitFigure; year: number }) {
  const navigate = useNavigate();
  const open = () => navigate(`${reportsPaths.reportsFigure}/${encodeURIComponent(figure.key)}?year=${year}`);
  return (
    <Card
      size="small"
      hoverable
      onClick={open}
      data-testid={`figure-${figure.key}`}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => e.key === "Enter" && open()}
      styles={{ body: { padding: 12 } }}
    >
      <Typography.Text type="secondary">{figure.name}</Typography.Text>
      {figure.status === "ok" ? (
        <>
          <div style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.4 }}>{figure.display}</div>
          <Space size={4} wrap>
            <ChangeTag figure={figure} />
            {figure.previousDisplay && (
              <Typography.Text type="secondary">上年 {figure.previousDisplay}</Typography.Text>
            )}
          </Space>
          <Sparkline figure={figure} />
        </>
      ) : (
        <div style={{ minHeight: 86 }}>
          <Tag color="warning" style={{ marginTop: 8 }}>
            数据不全
          </Tag>
          <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
            {figure.missing}
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}

function CapabilityCard({ card, year }: { card: CockpitCard; year: number }) {
  return (
    <Card title={card.label} size="small" data-testid={`card-${card.capability}`}>
      <Row gutter={[12, 12]}>
        {card.figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={6}>
            <FigureTile figure={f} year={year} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function NeedsNowCard() {
  const needs = useNeedsNow();
  return (
    <Card title="需要您关注" size="small" data-testid="needs-now">
      {needs.isLoading ? (
        <Skeleton active />
      ) : needs.data && needs.data.items.length > 0 ? (
        <List
          size="small"
          dataSource={needs.data.items}
          renderItem={(item) => (
            <List.Item extra={<Link to={item.link}>查看</Link>}>
              <List.Item.Meta
                title={
                  <Space>
                    <Badge
                      count={item.count}
                      overflowCount={999}
                      color={item.kind === "ledger.overdue" ? "#cf1322" : "#1677ff"}
                    />
                    {item.label}
                  </Space>
                }
                description={item.detail}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description="暂无待办事项" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}

/** The cockpit (驾驶舱): every capability's figures for a year, what needs the reader now, a way into each figure. */
export default function CockpitPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const cockpit = useCockpit(year);
  if (cockpit.error instanceof ApiError && cockpit.error.status === 403) return <ForbiddenPage />;
  const data = cockpit.data;
  const title = data ? `${data.countyName}${data.scope === "school" ? "本校" : ""}${data.year}年度驾驶舱` : "驾驶舱";
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div style={{ display: "flex", justifyContent: "space-between", flexWrap: "wrap", gap: 12 }}>
        <PageTitle testId="cockpit-title" style={{ margin: 0 }}>
          {title}
        </PageTitle>
        <YearSelect value={year} current={data?.year} onChange={setYear} />
      </div>
      {cockpit.isError && <Alert type="error" showIcon title="驾驶舱加载失败" description={cockpit.error.message} />}
      <NeedsNowCard />
      {!data ? (
        <Skeleton active />
      ) : (
        data.cards.map((card) => <CapabilityCard key={card.capability} card={card} year={data.year} />)
      )}
      <Alert
        type="info"
        showIcon
        title="口径说明"
        description={
          <>
            每个数字都来自指标目录中有定义的指标(分子、分母、统计时点、不计入的内容),点击数字可查看各校数值和背后的记录。
            学籍类指标以当年9月1日为统计时点(该学年),督导类指标按自然年统计;输入不全的指标标注“数据不全”,不显示数字。
            指标在相关业务数据修改后即标记为待更新,下次查看时重新计算。
            <Link to={reportsPaths.reportsCatalogue} style={{ textDecoration: "underline" }}>
              查看指标目录
            </Link>
          </>
        }
      />
    </Space>
  );
}
