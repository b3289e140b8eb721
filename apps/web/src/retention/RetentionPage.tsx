import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { Link } from "react-router";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart } from "../components/Chart";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import { type ComparisonKind, retentionApi } from "./api";
import { errorText } from "./components";
import { useOverview, useRechecks, useReminders, useRetentionWrite } from "./hooks";
import { retentionPaths } from "./paths";

const KINDS: { kind: ComparisonKind; label: string; hint: string }[] = [
  { kind: "roster", label: "户籍与学籍比对", hint: "找出未在本县任何学校就读的适龄儿童" },
  { kind: "attendance", label: "学籍与在校比对", hint: "按连续缺课天数认定疑似辍学" },
  { kind: "transfers", label: "转学未接收", hint: "转出后逾期未被接收的学生" },
  { kind: "poverty", label: "辍学与防返贫、低保名单比对", hint: "标出重点个案" },
];
const STATE_LABELS: Record<string, string> = {
  verifying: "核查中",
  confirmed: "劝返中",
  returned: "已返校待核验",
  closed: "已销号",
  dismissed: "已排除",
};

/** 控辍保学 overview: the registers' counts, the comparisons (rerunnable, with what changed), zero-reports, re-checks. */
export default function RetentionPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const overview = useOverview();
  const rechecks = useRechecks();
  const reminders = useReminders();
  const run = useRetentionWrite(retentionApi.run);
  const recheck = useRetentionWrite(retentionApi.recordRecheck);
  const section = me.user.role === "section" && can("write", "retention");
  if (overview.error) return <ForbiddenPage />;
  if (!overview.data) return <Skeleton active />;
  const o = overview.data;
  const caseData = Object.entries(STATE_LABELS)
    .map(([k, name]) => ({ name, value: o.cases.byState[k] ?? 0 }))
    .filter((d) => d.value > 0);
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>控辍保学工作概况</PageTitle>
      <Typography.Text type="secondary">
        {o.schoolYear}—{o.schoolYear + 1}学年 · 今天 {o.today}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        {o.roster && (
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title="户籍名单适龄儿童" value={o.roster.rowCount} suffix="人" />
              <Typography.Text type="secondary">
                未入学 {o.children.gap} 人,已说明 {o.children.explained} 人
              </Typography.Text>
            </Card>
          </Col>
        )}
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="疑似辍学(待处理)"
              value={o.suspects.open}
              suffix="人"
              valueStyle={{ color: o.suspects.open ? "#cf1322" : undefined }}
            />
            <Link to={retentionPaths.retentionSuspects}>查看名册</Link>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="劝返中(确认辍学)"
              value={(o.cases.byState.confirmed ?? 0) + (o.cases.byState.verifying ?? 0)}
              suffix="人"
            />
            <Typography.Text type={o.cases.overdue ? "danger" : "secondary"}>
              逾期 {o.cases.overdue} 件 · 重点 {o.cases.priority} 件
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={`${o.zeroReports.month} 零报告`}
              value={o.zeroReports.reported}
              suffix={`/ ${o.zeroReports.schools} 校`}
            />
            <Typography.Text type={o.zeroReports.late ? "danger" : "secondary"}>
              逾期未报 {o.zeroReports.late} 校
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title="劝返个案进展">
            <Chart
              height={240}
              ariaLabel="劝返个案按状态统计"
              option={{
                tooltip: { trigger: "item" },
                legend: { bottom: 0 },
                series: [{ type: "pie", radius: ["40%", "68%"], data: caseData, label: { formatter: "{b} {c}" } }],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title="四查三比对(可重复运行,显示与上次相比的变化)">
            <Table
              size="small"
              pagination={false}
              rowKey="kind"
              dataSource={KINDS}
              scroll={{ x: 480 }}
              columns={[
                {
                  title: "比对",
                  dataIndex: "label",
                  render: (v, r) => (
                    <Space direction="vertical" size={0}>
                      {v}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.hint}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: "上次结果",
                  render: (_, r) => {
                    const last = o.runs.find((x) => x.kind === r.kind);
                    return last ? (
                      <span>
                        {formatDateTime(last.ranAt)} · 标出 {last.summary.flagged ?? 0}{" "}
                        <Tag color="red">新增 {last.summary.added ?? 0}</Tag>
                        <Tag color="green">消除 {last.summary.removed ?? 0}</Tag>
                      </span>
                    ) : (
                      "尚未运行"
                    );
                  },
                },
                ...(section
                  ? [
                      {
                        title: "操作",
                        width: 100,
                        render: (_: unknown, r: (typeof KINDS)[number]) => (
                          <Button
                            size="small"
                            loading={run.isPending && run.variables === r.kind}
                            data-testid={`retention-run-${r.kind}`}
                            onClick={() =>
                              run.mutate(r.kind, {
                                onSuccess: (res) =>
                                  message.success(
                                    `${res.kindLabel}完成:标出 ${res.flagged} 人,新增 ${res.added.length},消除 ${res.removed.length}`,
                                  ),
                                onError: (e) => message.error(errorText(e)),
                              })
                            }
                          >
                            运行
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title="督办提醒"
        data-testid="retention-reminders"
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            每小时自动检查:个案过劝返时限报股室督办,逾期满设定天数报局领导;零报告逾期未报的学校
          </Typography.Text>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 5, size: "small", hideOnSinglePage: true }}
          dataSource={reminders.data?.rows ?? []}
          locale={{ emptyText: "近期没有督办提醒" }}
          scroll={{ x: 560 }}
          columns={[
            { title: "日期", dataIndex: "raisedOn", width: 110 },
            {
              title: "级别",
              dataIndex: "levelLabel",
              width: 140,
              render: (v: string, r) => (
                <Tag color={r.level === "leadership" ? "red" : r.level === "section" ? "orange" : "gold"}>{v}</Tag>
              ),
            },
            {
              title: "内容",
              dataIndex: "message",
              render: (v: string, r) =>
                r.caseId ? <Link to={`${retentionPaths.retentionCases}/${r.caseId}`}>{v}</Link> : v,
            },
          ]}
        />
      </Card>
      {me.user.schoolId === null && (
        <Card size="small" title="全县季度复核">
          {section && (
            <Form
              layout="inline"
              onFinish={(v: { quarter: string; note: string }) =>
                recheck.mutate(v, {
                  onSuccess: () => message.success("已登记季度复核"),
                  onError: (e) => message.error(errorText(e)),
                })
              }
              style={{ marginBottom: 12 }}
            >
              <Form.Item
                name="quarter"
                label="季度"
                rules={[{ required: true, pattern: /^\d{4}-Q[1-4]$/, message: "如 2026-Q4" }]}
              >
                <Input placeholder="2026-Q4" style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name="note" label="复核情况" rules={[{ required: true, min: 2, message: "请填写复核情况" }]}>
                <Input style={{ width: 320 }} />
              </Form.Item>
              <Button htmlType="submit" loading={recheck.isPending}>
                登记复核
              </Button>
            </Form>
          )}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rechecks.data?.rows ?? []}
            locale={{ emptyText: "尚无复核记录" }}
            columns={[
              { title: "季度", dataIndex: "quarter", width: 100 },
              { title: "复核日期", dataIndex: "checkedOn", width: 110 },
              {
                title: "当时数字",
                render: (_, r) =>
                  `疑似 ${r.figures.openSuspects ?? 0} · 在办个案 ${r.figures.openCases ?? 0} · 逾期 ${r.figures.overdueCases ?? 0} · 零报告逾期 ${r.figures.lateSchools ?? 0} 校`,
              },
              { title: "复核情况", dataIndex: "note" },
            ]}
          />
        </Card>
      )}
      {!o.roster && me.user.schoolId === null && (
        <Alert
          type="info"
          showIcon
          title="本学年尚未导入户籍适龄人口名单"
          description="请在“适龄儿童名册”页导入公安、民政部门提供的名单后运行户籍与学籍比对。"
        />
      )}
    </Space>
  );
}
