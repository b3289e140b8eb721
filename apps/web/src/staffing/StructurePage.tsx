import { Alert, Card, Col, Row, Skeleton, Space, Table } from "antd";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Structure } from "./api";
import { FigureCards, MethodNote, pct } from "./components";
import { useStructure } from "./hooks";

function pyramid(s: Structure): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 60, right: 24, top: 32, bottom: 24 },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
    yAxis: { type: "category", data: s.pyramid.map((p) => p.band) },
    series: [
      { name: "男", type: "bar", stack: "p", data: s.pyramid.map((p) => -p.M), itemStyle: { color: "#1677ff" } },
      { name: "女", type: "bar", stack: "p", data: s.pyramid.map((p) => p.F), itemStyle: { color: "#eb2f96" } },
    ],
  };
}

function pie(rows: Structure["byTitle"]): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c} 人({d}%)" },
    legend: { type: "scroll", bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["35%", "62%"],
        center: ["50%", "44%"],
        data: rows.map((r) => ({ name: r.label, value: r.count })),
        label: { formatter: "{b}\n{c}人" },
      },
    ],
  };
}

/** 年龄结构与退休: the age pyramid, titles, qualifications, backbone levels and the five-year retirement forecast. */
export default function StructurePage() {
  const q = useStructure();
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const s = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card title={<PageTitle inline>年龄结构与退休预测</PageTitle>}>
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!s ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "total", title: "在岗专任教师", value: s.total, suffix: "名" },
                {
                  key: "avg",
                  title: "平均年龄",
                  value: s.averageAge ?? "—",
                  suffix: s.averageAge === null ? "" : "岁",
                },
                { key: "aged50", title: "50岁及以上", value: s.aged50, suffix: "名" },
                { key: "share", title: "老龄化比例(≥50岁)", value: pct(s.ageingShare) },
                {
                  key: "retire",
                  title: `${s.forecast.years.length}年内退休`,
                  value: s.forecast.county.total,
                  suffix: "名",
                },
              ]}
            />
            <MethodNote
              items={[
                `对象为 ${s.schoolYear} 学年在岗的专任教师(各编制类型,离岗不计);年龄按 ${s.asOf} 的周岁计算。`,
                "老龄化比例 = 50 岁及以上教师 ÷ 全部在岗专任教师,保留一位小数;没有教师时不显示比例。",
                "退休预测按 2025 年起实施的渐进式延迟法定退休年龄计算法定退休日期(工勤岗位按工人标准,其他岗位按干部标准);预测窗口为自统计时点起的五个学年(每学年 9 月 1 日至次年 8 月 31 日),已到龄仍在册的计为“已到龄”。对象为在岗和离岗的全部教职工。",
              ]}
            />
          </Space>
        )}
      </Card>
      {s && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title="年龄金字塔">
              <Chart option={pyramid(s)} height={320} testId="chart-pyramid" ariaLabel="按年龄段和性别的教师人数" />
            </Card>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Card title="职称">
              <Chart option={pie(s.byTitle)} height={320} testId="chart-title" ariaLabel="职称分布" />
            </Card>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Card title="学历">
              <Chart option={pie(s.byQualification)} height={320} testId="chart-qualification" ariaLabel="学历分布" />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title="骨干级别">
              <Chart option={pie(s.byBackbone)} height={280} ariaLabel="骨干级别分布" />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title="城乡分布">
              <Chart option={pie(s.byLocality)} height={280} ariaLabel="城区、镇区、乡村学校的教师" />
            </Card>
          </Col>
        </Row>
      )}
      {s && (
        <Card title="退休预测(各校各学科)">
          <Table
            rowKey={(r) => `${r.schoolId}-${r.subject ?? ""}`}
            size="small"
            dataSource={s.forecast.rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 760 }}
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 200 },
              { title: "学科", dataIndex: "label", width: 100 },
              { title: "已到龄", dataIndex: "overdue", width: 70, align: "right" },
              ...s.forecast.years.map((y, i) => ({
                title: `${y}—${y + 1}`,
                key: String(y),
                width: 90,
                align: "right" as const,
                render: (_: unknown, r: Structure["forecast"]["rows"][number]) => r.byYear[i] ?? 0,
              })),
              { title: "合计", dataIndex: "total", width: 70, align: "right" },
            ]}
            data-testid="forecast-table"
          />
        </Card>
      )}
    </Space>
  );
}
