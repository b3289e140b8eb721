import { admissions } from "@edubureau/core";
import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Chart, type ChartOption } from "../components/Chart";
import type { ClassResult, EventDetail, LotteryEntryRow } from "./api";

/** Boys, girls and special needs per class: a glance shows the balance the constraints promise. */
function classBalanceOption(classes: ClassResult[]): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { data: ["男生", "女生", "特殊需要"], top: 0 },
    grid: { left: 40, right: 20, top: 48, bottom: 30 },
    xAxis: { type: "category", data: classes.map((c) => `${c.number}班`) },
    yAxis: { type: "value", name: "人数" },
    series: [
      { name: "男生", type: "bar", stack: "size", data: classes.map((c) => c.boys), itemStyle: { color: "#4096ff" } },
      { name: "女生", type: "bar", stack: "size", data: classes.map((c) => c.girls), itemStyle: { color: "#f759ab" } },
      { name: "特殊需要", type: "bar", data: classes.map((c) => c.specialNeeds), itemStyle: { color: "#faad14" } },
    ],
  };
}

/** The classes of an allocation: the balance chart and each class's list (printable). */
export function AllocationResultView({ event }: { event: EventDetail }) {
  const classes = event.classes ?? [];
  const option = useMemo(() => classBalanceOption(classes), [classes]);
  const sizes = classes.map((c) => c.size);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="班级" value={classes.length} suffix="个" />
        </Col>
        <Col span={6}>
          <Statistic title="班额" value={`${Math.min(...sizes)}–${Math.max(...sizes)}`} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic
            title="男生各班"
            value={`${Math.min(...classes.map((c) => c.boys))}–${Math.max(...classes.map((c) => c.boys))}`}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title="女生各班"
            value={`${Math.min(...classes.map((c) => c.girls))}–${Math.max(...classes.map((c) => c.girls))}`}
          />
        </Col>
      </Row>
      <Chart option={option} height={260} testId="class-balance-chart" ariaLabel="各班男女生与特殊需要学生人数" />
      <Row gutter={[12, 12]} data-testid="class-lists">
        {classes.map((c) => (
          <Col xs={24} md={12} xl={8} key={c.number}>
            <Card
              size="small"
              title={`第 ${c.number} 班`}
              extra={
                <Typography.Text type="secondary">
                  班主任:{c.headTeacherName ?? c.headTeacherTeam ?? "—"}
                </Typography.Text>
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {c.size} 人(男 {c.boys},女 {c.girls})
              </Typography.Paragraph>
              <div style={{ columns: 2, fontSize: 13 }}>
                {c.students.map((s) => (
                  <div key={s.code}>
                    <Typography.Text type="secondary" style={{ fontFamily: "monospace" }}>
                      {s.code}
                    </Typography.Text>{" "}
                    {s.name}
                  </div>
                ))}
              </div>
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}

/** Opens the class lists in a plain page and prints it. */
export function printClassLists(event: EventDetail) {
  const w = window.open("", "_blank");
  if (!w) return;
  const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const pages = (event.classes ?? [])
    .map(
      (c) => `<section><h2>${esc(event.title)} · 第 ${c.number} 班</h2>
<p>活动编号 ${esc(event.code)} · 班主任:${esc(c.headTeacherName ?? "—")} · ${c.size} 人</p>
<table><thead><tr><th>序号</th><th>编号</th><th>姓名</th><th>性别</th></tr></thead><tbody>
${c.students.map((s, i) => `<tr><td>${i + 1}</td><td>${esc(s.code)}</td><td>${esc(s.name)}</td><td>${esc(s.gender)}</td></tr>`).join("")}
</tbody></table><p class="digest">结果摘要 ${esc(event.resultDigest ?? "")}</p></section>`,
    )
    .join("");
  w.document.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(event.title)}</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif}section{page-break-after:always}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px;text-align:left}.digest{font-size:11px;color:#666;word-break:break-all}</style>
</head><body>${pages}</body></html>`);
  w.document.close();
  w.focus();
  w.print();
}

const entryColumns = [
  { title: "抽取顺序", dataIndex: "drawPosition", width: 90 },
  { title: "编号", dataIndex: "code", width: 100 },
  { title: "姓名", dataIndex: "name", width: 120 },
  { title: "顺位", dataIndex: "tier", width: 70 },
  {
    title: "多胞胎",
    dataIndex: "family",
    render: (f: string | null) => (f ? <Tag color="purple">{f} 同进同出</Tag> : null),
  },
];

/** A lottery's admitted list and waiting list, both in draw order. */
export function LotteryResultView({ event }: { event: EventDetail }) {
  const lottery = event.lottery;
  if (!lottery) return null;
  const tiers = (event.settings.tiers as { tier: number; label: string }[] | undefined) ?? [];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="名额" value={Number(event.settings.places ?? 0)} />
        </Col>
        <Col span={6}>
          <Statistic title="录取" value={lottery.admitted.length} />
        </Col>
        <Col span={6}>
          <Statistic title="候补" value={lottery.waiting.length} />
        </Col>
        <Col span={6}>
          <Statistic title="剩余名额" value={lottery.placesLeft} />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        顺位:{tiers.map((t) => `${t.tier}. ${t.label}`).join(";")}。先录取顺位靠前者,同一顺位按抽取顺序。
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title="录取名单(按抽取顺序)">
            <Table<LotteryEntryRow>
              size="small"
              rowKey="code"
              dataSource={lottery.admitted}
              columns={entryColumns}
              pagination={{ pageSize: 15, hideOnSinglePage: true }}
              data-testid="lottery-admitted"
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="候补名单(按候补顺序)">
            <Table<LotteryEntryRow>
              size="small"
              rowKey="code"
              dataSource={lottery.waiting}
              columns={entryColumns}
              pagination={{ pageSize: 15, hideOnSinglePage: true }}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** Quota places with the arithmetic shown: base, weighted base, exact share, floor, remainder rank, places. */
export function QuotaResultView({ event }: { event: EventDetail }) {
  const q = event.quota;
  const option = useMemo<ChartOption | null>(
    () =>
      q
        ? {
            tooltip: { trigger: "axis" },
            grid: { left: 40, right: 20, top: 30, bottom: 80 },
            xAxis: { type: "category", data: q.schools.map((s) => s.name), axisLabel: { rotate: 35 } },
            yAxis: { type: "value", name: "名额" },
            series: [
              { name: "指标名额", type: "bar", data: q.schools.map((s) => s.places), itemStyle: { color: "#1677ff" } },
            ],
          }
        : null,
    [q],
  );
  if (!q || !option) return null;
  const s = event.settings;
  const withCandidates = ((s.candidates as unknown[] | undefined) ?? []).length > 0;
  const admissionColumns = withCandidates
    ? [
        { title: "达线人数", dataIndex: "eligible", width: 80, align: "right" as const },
        { title: "退回统招", dataIndex: "returned", width: 80, align: "right" as const },
      ]
    : [];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="招生计划" value={q.plan} />
        </Col>
        <Col span={6}>
          <Statistic title={`分配到校(${q.sharePercent}%,向上取整)`} value={q.quotaTotal} />
        </Col>
        <Col span={6}>
          <Statistic title="按余数分配" value={q.remainderPlaces} />
        </Col>
        <Col span={6}>
          <Statistic title="统一招生名额" value={q.openPlaces} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        分配基数:{admissions.quotaBaseLabels[s.baseKind as admissions.QuotaBaseKind] ?? String(s.baseKind)}
        ;乡镇和农村初中加权 {Number(s.ruralWeightPercent)}%。计算:精确份额 = {q.quotaTotal} × 加权基数 ÷{" "}
        {q.totalWeightedBase / 100}
        ;先取整数部分,剩余 {q.remainderPlaces} 个名额按余数从大到小分配,余数相同时基数大者优先,再按学校代码。
      </Typography.Paragraph>
      <Chart option={option} height={280} testId="quota-chart" ariaLabel="各初中指标名额" />
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={q.schools}
        data-testid="quota-table"
        scroll={{ x: 900 }}
        columns={[
          { title: "初中学校", dataIndex: "name", width: 180 },
          { title: "基数", dataIndex: "base", width: 70, align: "right" },
          {
            title: "农村",
            dataIndex: "rural",
            width: 60,
            render: (r: boolean) => (r ? <Tag color="green">农村</Tag> : ""),
          },
          { title: "加权基数", dataIndex: "weightedBase", width: 90, align: "right", render: (w: number) => w / 100 },
          { title: "精确份额", dataIndex: "exact", width: 90, align: "right", render: (x: number) => x.toFixed(4) },
          { title: "整数部分", dataIndex: "floor", width: 80, align: "right" },
          { title: "余数排名", dataIndex: "remainderRank", width: 80, align: "right" },
          { title: "余数补足", dataIndex: "extra", width: 80, align: "right", render: (x: number) => (x ? "+1" : "") },
          { title: "指标名额", dataIndex: "places", width: 80, align: "right", render: (p: number) => <b>{p}</b> },
          ...admissionColumns,
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {q.schools.reduce((a, x) => a + x.base, 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={6} />
            <Table.Summary.Cell index={8} align="right">
              <b>{q.schools.reduce((a, x) => a + x.places, 0)}</b>
            </Table.Summary.Cell>
            {withCandidates && <Table.Summary.Cell index={9} colSpan={2} />}
          </Table.Summary.Row>
        )}
      />
    </Space>
  );
}
