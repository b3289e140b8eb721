import { FileWordOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Row, Skeleton, Space, Typography } from "antd";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Overview } from "./api";
import { BLUE, DownloadButton, FigureCards, GREEN_TEXT, pct, RED } from "./components";
import { useOverview } from "./hooks";

function shortageOption(o: Overview): ChartOption {
  const rows = [...o.shortages].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 90, right: 24, top: 16, bottom: 24 },
    xAxis: { type: "value", name: "人" },
    yAxis: { type: "category", data: rows.map((r) => r.label) },
    series: [{ name: "缺口(人)", type: "bar", data: rows.map((r) => r.shortage), itemStyle: { color: RED } }],
  };
}

function forecastOption(o: Overview): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 16, top: 24, bottom: 30 },
    xAxis: { type: "category", data: o.forecast.years.map((y) => `${y}—${y + 1}`) },
    yAxis: { type: "value", name: "人" },
    series: [{ name: "达到法定退休年龄", type: "bar", data: o.forecast.byYear, itemStyle: { color: BLUE } }],
  };
}

/** 教师队伍概览: the 人事股 page and the leader's view, with the sentences of the work report. */
export default function OverviewPage() {
  const q = useOverview();
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const o = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>教师队伍概览</PageTitle>}
        extra={
          <Space wrap>
            <DownloadButton
              path="summary.docx"
              fallback="教师队伍工作情况.docx"
              label="工作情况(Word)"
              testId="download-summary"
            />
            <DownloadButton
              path="roster/export.xlsx"
              fallback="教师花名册.xlsx"
              label="教师花名册"
              testId="download-roster"
            />
          </Space>
        }
      >
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!o ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "owed", title: "核定编制", value: o.establishment.owed, suffix: "名" },
                { key: "filled", title: "实有在编", value: o.establishment.filled, suffix: "名" },
                {
                  key: "shortage",
                  title: `缺编(${o.establishment.schoolsShort}所学校)`,
                  value: o.establishment.shortage,
                  suffix: "名",
                  color: o.establishment.shortage > 0 ? RED : undefined,
                },
                { key: "teachers", title: "在岗专任教师", value: o.structure.total, suffix: "名" },
                { key: "ageing", title: "50岁及以上占比", value: pct(o.structure.ageingShare) },
                { key: "plan", title: "拟招聘", value: o.plan?.quantity ?? o.proposal.proposed, suffix: "名" },
                { key: "training", title: "学时完成率", value: pct(o.training.rate), color: GREEN_TEXT },
                {
                  key: "rotation",
                  title: `交流轮岗(应≥${o.rotation.target})`,
                  value: o.rotation.rotating,
                  suffix: "名",
                  color: o.rotation.met ? GREEN_TEXT : RED,
                },
              ]}
            />
            <Alert
              type="success"
              showIcon
              title="工作报告表述(由记录自动生成,点击查看依据)"
              description={
                <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="report-sentences">
                  {o.sentences.map((s) => (
                    <li key={s.link + s.text.slice(0, 8)}>
                      <Typography.Text copyable>{s.text}</Typography.Text>{" "}
                      <Link to={s.link} style={{ textDecoration: "underline" }}>
                        依据
                      </Link>
                    </li>
                  ))}
                </ol>
              }
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.rule.province || "本省"}
              {o.rule.fromYear}年起适用的参数;补充规则
              {o.rule.retirementsPerRecruit === 2 ? "“退二补一”" : `退${o.rule.retirementsPerRecruit}补一`}
              ;统计时点为{o.schoolYear}年9月1日,学时和人才梯队截至{o.today}。
            </Typography.Text>
          </Space>
        )}
      </Card>
      {o && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title="学科教师缺口(全县,各校缺口之和)">
              {o.shortages.length === 0 ? (
                <Typography.Text type="secondary">按课程方案测算,没有短缺学科。</Typography.Text>
              ) : (
                <Chart option={shortageOption(o)} height={300} testId="chart-shortage" ariaLabel="各学科教师缺口" />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title="今后五年达到法定退休年龄的教职工">
              <Chart option={forecastOption(o)} height={300} testId="chart-forecast" ariaLabel="各学年退休人数" />
            </Card>
          </Col>
        </Row>
      )}
      <Typography.Text type="secondary">
        <FileWordOutlined /> Word 工作情况中的每个数字都注明了依据页面。
      </Typography.Text>
    </Space>
  );
}
