import { ExperimentOutlined, FileExcelOutlined, FileWordOutlined, UploadOutlined } from "@ant-design/icons";
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useAuth } from "../app/auth";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import { type Kindergarten, type Overview, preschoolApi } from "./api";
import { IndicatorChartCard, IndicatorTable, MethodNote, usePreschoolYear } from "./components";
import { FAIL_COLOR, PASS_COLOR } from "./format";
import { usePreschoolOverview } from "./hooks";
import { preschoolPaths } from "./paths";
import { ReportImport } from "./ReportImport";

function kindChartOption(rows: Kindergarten[]): ChartOption {
  const byKind = new Map<string, number>();
  for (const k of rows) byKind.set(k.kindLabel, (byKind.get(k.kindLabel) ?? 0) + k.children);
  return {
    animation: false,
    tooltip: { trigger: "item", formatter: "{b}:{c} 人({d}%)" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["38%", "62%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{d}%" },
        data: [...byKind].map(([name, value]) => ({ name, value })),
      },
    ],
  };
}

function KindergartenTable({ overview }: { overview: Overview }) {
  const limits = overview.config.classLimits;
  return (
    <Table<Kindergarten>
      data-testid="preschool-kindergartens"
      rowKey="schoolId"
      size="small"
      scroll={{ x: 980 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      dataSource={overview.kindergartens}
      // "children" is the number of children here, not tree rows
      expandable={{ childrenColumnName: "subRows" }}
      columns={[
        {
          title: "幼儿园",
          dataIndex: "name",
          fixed: "left",
          width: 220,
          render: (name: string, k) => (
            <Space size={4} wrap>
              <Link to={`${preschoolPaths.preschoolKindergartens}/${k.schoolId}?year=${overview.schoolYear}`}>
                {name}
              </Link>
              {k.attached && <Tag>附设幼儿班</Tag>}
              {k.ruralCentral && <Tag color="blue">乡镇中心园</Tag>}
            </Space>
          ),
        },
        { title: "乡镇", dataIndex: "townName", width: 110 },
        {
          title: "办园性质",
          dataIndex: "kindLabel",
          width: 130,
          render: (label: string, k) => (k.kind ? label : <Tag color="warning">未填报</Tag>),
        },
        { title: "在园幼儿", dataIndex: "children", width: 90, align: "right" },
        { title: "班级", key: "classes", width: 70, align: "right", render: (_: unknown, k) => k.classes.length },
        {
          title: `超额班级(小${limits.small}/中${limits.middle}/大${limits.large})`,
          dataIndex: "classesOverLimit",
          width: 150,
          align: "right",
          render: (n: number, k) =>
            n === 0 ? (
              0
            ) : (
              <Tooltip
                title={k.classes
                  .filter((c) => c.over)
                  .map((c) => `${c.name} ${c.children} 人(上限 ${c.limit})`)
                  .join(";")}
              >
                <Typography.Text style={{ color: FAIL_COLOR }}>{n} 个班</Typography.Text>
              </Tooltip>
            ),
        },
        {
          title: "师幼比",
          dataIndex: "childrenPerTeacher",
          width: 90,
          align: "right",
          render: (r: number | null) =>
            r === null ? (
              "—"
            ) : (
              <Typography.Text style={{ color: r > overview.config.childrenPerTeacherMax ? FAIL_COLOR : undefined }}>
                1:{r.toFixed(1)}
              </Typography.Text>
            ),
        },
        {
          title: "教师持证",
          key: "cert",
          width: 90,
          align: "right",
          render: (_: unknown, k) => `${k.certifiedTeachers}/${k.fullTimeTeachers}`,
        },
        {
          title: "园长持证",
          dataIndex: "principalCertified",
          width: 90,
          render: (v: boolean | null) =>
            v === null ? "—" : v ? "是" : <Typography.Text style={{ color: FAIL_COLOR }}>否</Typography.Text>,
        },
        {
          title: "年度填报",
          dataIndex: "reported",
          width: 90,
          render: (v: boolean) => (v ? <Tag color="success">已填报</Tag> : <Tag color="warning">未填报</Tag>),
        },
      ]}
    />
  );
}

/** 学前教育普及普惠评估: the county's twelve indicators against 教督〔2020〕1号, and the kindergartens behind them. */
export default function PreschoolPage() {
  const { message } = AntApp.useApp();
  const { year, select, ready } = usePreschoolYear();
  const overview = usePreschoolOverview(year, ready);
  const o = overview.data;
  const [downloading, setDownloading] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const { can } = useAuth();
  const download = async (format: "xlsx" | "docx") => {
    setDownloading(format);
    try {
      await preschoolApi.report(format, o?.schoolYear);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setDownloading(null);
    }
  };
  const e = o?.evaluation;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <PageTitle style={{ margin: 0 }} testId="preschool-title">
          学前教育普及普惠评估
        </PageTitle>
        <Space wrap>
          {select}
          {o?.scope === "county" && (
            <>
              <Link to={`${preschoolPaths.preschoolWhatIf}?year=${o.schoolYear}`}>
                <Button icon={<ExperimentOutlined />}>模拟测算</Button>
              </Link>
              <Button
                icon={<FileExcelOutlined />}
                loading={downloading === "xlsx"}
                onClick={() => download("xlsx")}
                data-testid="preschool-export-xlsx"
              >
                评估表
              </Button>
              <Button
                icon={<FileWordOutlined />}
                loading={downloading === "docx"}
                onClick={() => download("docx")}
                data-testid="preschool-export-docx"
              >
                自评报告
              </Button>
            </>
          )}
        </Space>
      </div>
      {overview.isError && (
        <Alert type="error" showIcon title="学前教育数据加载失败" description={overview.error.message} />
      )}
      {!o || !e ? (
        !overview.isError && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <Typography.Text type="secondary">
            依据《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号);数据时点 {o.asOf}(9 月 1 日)。
            {o.scope !== "county" && " 学校账号可见全县指标和本园明细。"}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="幼儿园(所)" value={e.kindergartens} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="在园幼儿(人,含附设班)" value={e.children} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="达标指标"
                  value={`${e.passed} / ${e.indicators.length}`}
                  styles={{ content: { color: PASS_COLOR } }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="未达标 · 缺少数据"
                  value={`${e.failed} · ${e.missing}`}
                  styles={{ content: { color: e.failed > 0 ? FAIL_COLOR : undefined } }}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <IndicatorChartCard overview={o} />
            </Col>
            <Col xs={24} lg={9}>
              <Card size="small" title="在园幼儿按办园性质">
                <Chart option={kindChartOption(o.kindergartens)} height={300} ariaLabel="在园幼儿按办园性质的环形图" />
              </Card>
            </Col>
          </Row>
          {o.dataChecks.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="preschool-data-checks"
              message="数据核查(不影响评估结果,请核实后在学籍系统中更正)"
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {o.dataChecks.map((d) => (
                    <li key={`${d.schoolId}-${d.className}`}>
                      {d.schoolName} {d.className}:{d.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Card size="small" title="评估指标(展开查看口径和拉低指标的幼儿园)">
            <IndicatorTable indicators={e.indicators} testId="preschool-indicators" />
          </Card>
          <Card
            size="small"
            title={o.scope === "county" ? "各幼儿园数据" : "本园数据"}
            extra={
              can("write", "preschool") && (
                <Button
                  size="small"
                  icon={<UploadOutlined />}
                  onClick={() => setImporting(true)}
                  data-testid="preschool-import"
                >
                  导入年度填报
                </Button>
              )
            }
          >
            <KindergartenTable overview={o} />
          </Card>
          {importing && <ReportImport year={o.schoolYear} onClose={() => setImporting(false)} />}
          <MethodNote notes={o.methodNotes} />
        </>
      )}
    </Space>
  );
}
