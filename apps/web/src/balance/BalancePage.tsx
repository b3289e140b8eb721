import { ExperimentOutlined, FileExcelOutlined, FileWordOutlined, SettingOutlined } from "@ant-design/icons";
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Collapse,
  Empty,
  List,
  Row,
  Segmented,
  Skeleton,
  Space,
  Statistic,
  Tabs,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Chart } from "../components/Chart";
import { YearSelect } from "../registry/filters";
import { balanceApi, type Overview, type Stage } from "./api";
import { coefficientBars, trendLines } from "./chartOptions";
import { coefficient, FAIL_COLOR, PASS_COLOR, stageOptions } from "./format";
import { useBalanceOverview, useBalanceTrend, useBalanceYears } from "./hooks";
import { IndicatorTable } from "./IndicatorTable";
import { RequirementsTab } from "./RequirementsTab";
import { SchoolsTab } from "./SchoolsTab";
import { ShortfallTab } from "./ShortfallTab";
import { SnapshotsPanel } from "./SnapshotsPanel";

/** The year and stage of the balance pages, kept in the address so a view can be shared. */
export function useYearStage() {
  const [params, setParams] = useSearchParams();
  const year = params.get("year") ? Number(params.get("year")) : undefined;
  const stage: Stage = params.get("stage") === "junior" ? "junior" : "primary";
  const set = (next: { year?: number; stage?: Stage }) => {
    const p = new URLSearchParams(params);
    if (next.year !== undefined) p.set("year", String(next.year));
    if (next.stage) p.set("stage", next.stage);
    setParams(p, { replace: true });
  };
  return { year, stage, set };
}

export function MethodNote({ asOf, method }: Pick<Overview, "asOf" | "method">) {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="balance-method"
      title={`测算方法:${method.quality};${method.basic}`}
      description={`${method.coefficient}。数据时点 ${asOf}:9月1日在籍学生、在岗专任教师、当年办学条件。`}
    />
  );
}

function Stats({ o }: { o: Overview }) {
  const qualityPassed = o.quality.indicators.filter((r) => r.passed).length;
  const evaluated = o.schools.filter((s) => s.passes !== null).length;
  const cards = [
    {
      key: "basic",
      title: `基本均衡综合差异系数(限值 ${o.basic.limit})`,
      value: coefficient(o.basic.composite),
      color: o.basic.passed === false ? FAIL_COLOR : PASS_COLOR,
      note: o.basic.passed === null ? "无法判定" : o.basic.passed ? "达标" : "未达标",
    },
    {
      key: "quality",
      title: `优质均衡:差异系数达标指标(限值 ${o.quality.limit})`,
      value: `${qualityPassed} / 7`,
      color: o.quality.passed ? PASS_COLOR : FAIL_COLOR,
      note: `7 项平均 ${coefficient(o.quality.composite)}(参考)`,
    },
    {
      key: "schools",
      title: "校际达标学校",
      value:
        o.scope === "county" ? `${o.quality.schoolsPassing} / ${evaluated}` : `${o.schools[0]?.metCount ?? "—"} / 7 项`,
      note: o.scope === "county" ? `至少 ${o.rule.schoolMinimumMet} 项达标、其余不低于 85%` : "本校达标项数",
    },
    {
      key: "students",
      title: "纳入测算",
      value: `${o.schoolsEvaluated} 所`,
      note: `在校生 ${o.students.toLocaleString("zh-CN")} 人;不参与计算 ${o.excluded.length} 所`,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} xl={6}>
          <Card data-testid={`balance-stat-${c.key}`} style={{ height: "100%" }}>
            <Statistic title={c.title} value={c.value} styles={c.color ? { content: { color: c.color } } : undefined} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function ConditionFlags({ o }: { o: Overview }) {
  if (o.conditionFlags.length === 0) return null;
  const errors = o.conditionFlags.filter((f) => f.severity === "error").length;
  return (
    <Collapse
      data-testid="balance-condition-flags"
      items={[
        {
          key: "flags",
          label: (
            <Typography.Text type={errors > 0 ? "danger" : "warning"}>
              办学条件数据核查:{errors > 0 ? `${errors} 所学校未填报,` : ""}
              {o.conditionFlags.length} 条提示,请在计算结果上报前核实
            </Typography.Text>
          ),
          children: (
            <List
              size="small"
              dataSource={o.conditionFlags}
              renderItem={(f) => (
                <List.Item>
                  <Typography.Text type={f.severity === "error" ? "danger" : "warning"}>{f.name}</Typography.Text>:
                  {f.message}
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}

function CoefficientsTab({ o }: { o: Overview }) {
  const qualityChart = useMemo(() => coefficientBars(o.quality.indicators, o.quality.limit), [o]);
  const basicChart = useMemo(() => coefficientBars(o.basic.indicators, null), [o]);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title={`优质均衡:7 项资源配置指标(每项差异系数 ≤ ${o.quality.limit})`}>
        <Row gutter={16}>
          <Col xs={24} xxl={14}>
            <IndicatorTable rows={o.quality.indicators} withLimit testId="balance-quality-table" />
          </Col>
          <Col xs={24} xxl={10}>
            <Chart option={qualityChart} height={300} testId="chart-balance-quality" ariaLabel="优质均衡差异系数" />
          </Col>
        </Row>
      </Card>
      <Card
        size="small"
        title={`基本均衡:8 项指标(综合差异系数 ${coefficient(o.basic.composite)},限值 ${o.basic.limit})`}
      >
        <Row gutter={16}>
          <Col xs={24} xxl={14}>
            <IndicatorTable rows={o.basic.indicators} withLimit={false} testId="balance-basic-table" />
          </Col>
          <Col xs={24} xxl={10}>
            <Chart option={basicChart} height={300} testId="chart-balance-basic" ariaLabel="基本均衡差异系数" />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}

function TrendTab({ stage }: { stage: Stage }) {
  const trend = useBalanceTrend(stage);
  const quality = useMemo(() => (trend.data ? trendLines(trend.data, "quality") : null), [trend.data]);
  const basic = useMemo(() => (trend.data ? trendLines(trend.data, "basic") : null), [trend.data]);
  if (trend.isError) return <Alert type="error" showIcon title="趋势加载失败" description={trend.error.message} />;
  if (!quality || !basic) return <Skeleton active />;
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" title="优质均衡各指标差异系数">
          <Chart option={quality} height={320} testId="chart-balance-trend" ariaLabel="各学年差异系数" />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title="基本均衡综合差异系数">
          <Chart option={basic} height={320} ariaLabel="基本均衡综合差异系数趋势" />
        </Card>
      </Col>
    </Row>
  );
}

/** The figures of an evaluation: method, data checks, statistics and the tabs. `live` adds the trend over years. */
export function OverviewBody({ o, live }: { o: Overview; live: boolean }) {
  return (
    <>
      <MethodNote asOf={o.asOf} method={o.method} />
      <ConditionFlags o={o} />
      {o.incomplete && (
        <Alert type="warning" showIcon title="部分学校未填报办学条件:设施类指标按已填报学校计算,结果不完整" />
      )}
      <Stats o={o} />
      <Card size="small">
        <Tabs
          data-testid="balance-tabs"
          items={[
            { key: "coefficients", label: "差异系数", children: <CoefficientsTab o={o} /> },
            {
              key: "schools",
              label: o.scope === "county" ? "学校达标" : "本校达标",
              children: <SchoolsTab overview={o} />,
            },
            { key: "shortfalls", label: "补短板清单", children: <ShortfallTab overview={o} /> },
            ...(live ? [{ key: "trend", label: "历年趋势", children: <TrendTab stage={o.stage} /> }] : []),
            { key: "requirements", label: "其他要求", children: <RequirementsTab requirements={o.requirements} /> },
            {
              key: "excluded",
              label: `不参与计算(${o.excluded.length})`,
              children: (
                <List
                  size="small"
                  dataSource={o.excluded}
                  locale={{ emptyText: "没有不参与计算的学校" }}
                  renderItem={(x) => (
                    <List.Item>
                      {x.name}:{x.label}
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** 均衡发展监测: the county's balance figures for a year and stage, by the official method. */
export default function BalancePage() {
  const { message } = AntApp.useApp();
  const { year: yearChosen, stage, set } = useYearStage();
  const years = useBalanceYears();
  const year = yearChosen ?? years.data?.years[0];
  const overview = useBalanceOverview({ year, stage }, year !== undefined);
  const o = overview.data;
  const [downloading, setDownloading] = useState<string | null>(null);
  const download = async (format: "xlsx" | "docx") => {
    setDownloading(format);
    try {
      await balanceApi.report(format, { year, stage });
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="balance-title">
          义务教育均衡发展监测
        </Typography.Title>
        <Space wrap>
          <YearSelect
            testId="balance-year"
            value={year}
            years={years.data?.years ?? []}
            onChange={(y) => set({ year: y })}
          />
          <Segmented<Stage>
            data-testid="balance-stage"
            value={stage}
            options={stageOptions}
            onChange={(s) => set({ stage: s })}
          />
          {o?.scope === "county" && (
            <>
              <Link to={`/balance/what-if?year=${o.schoolYear}&stage=${stage}`}>
                <Button icon={<ExperimentOutlined />}>模拟测算</Button>
              </Link>
              <Button
                icon={<FileExcelOutlined />}
                loading={downloading === "xlsx"}
                onClick={() => download("xlsx")}
                data-testid="balance-export-xlsx"
              >
                监测表
              </Button>
              <Button
                icon={<FileWordOutlined />}
                loading={downloading === "docx"}
                onClick={() => download("docx")}
                data-testid="balance-export-docx"
              >
                监测报告
              </Button>
            </>
          )}
          <Link to="/balance/settings">
            <Button icon={<SettingOutlined />}>测算参数</Button>
          </Link>
        </Space>
      </div>
      {(overview.isError || years.isError) && (
        <Alert
          type="error"
          showIcon
          title="均衡发展数据加载失败"
          description={(overview.error ?? years.error)?.message}
        />
      )}
      {years.data && years.data.years.length === 0 && <Empty description="尚无学籍数据,无法测算" />}
      {!o ? (
        !overview.isError && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <SnapshotsPanel year={o.schoolYear} stage={stage} />
          <OverviewBody o={o} live />
        </>
      )}
    </Space>
  );
}
