import { Alert, Card, Skeleton, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Demand } from "./api";
import { BLUE, GREY, MethodNote, RED } from "./components";
import { useDemand } from "./hooks";
import { SettingsButton } from "./SettingsDrawer";

function option(d: Demand): ChartOption {
  const rows = d.county;
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 50 },
    xAxis: { type: "category", data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", name: "人" },
    series: [
      { name: "所需教师", type: "bar", data: rows.map((r) => r.needed), itemStyle: { color: GREY } },
      { name: "现有教师(折算)", type: "bar", data: rows.map((r) => r.had), itemStyle: { color: BLUE } },
      { name: "各校缺口之和", type: "bar", data: rows.map((r) => r.shortage), itemStyle: { color: RED } },
    ],
  };
}

/** 学科结构: teachers needed per subject by the curriculum plan against those who teach it; the shortage list. */
export default function DemandPage() {
  const q = useDemand();
  const [onlyShort, setOnlyShort] = useState(true);
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const d = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card title={<PageTitle inline>学科结构与短缺清单</PageTitle>} extra={<SettingsButton />}>
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!d ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Chart option={option(d)} height={340} testId="chart-demand" ariaLabel="各学科所需、现有教师和缺口" />
            <MethodNote
              items={[
                "所需教师 = Σ 各班该学科周课时(国家课程方案,1–2年级周 26 节、3–6年级 30 节、7–9年级 34 节,按学科分配见右上角“参数设置”)÷ 该学段教师满工作量(默认小学 15、初中 13、高中 12 节)。",
                "默认的分学科周课时是一种典型的省级安排:各年级合计等于 2022 年课程方案的周课时,九年合计各学科占比在方案规定的范围内(语文 20–22%、数学 13–15%、体育与健康 10–11%、艺术 9–11%、科学类 8–10% 等);3–4 年级数学每周 4 节、5–6 年级 5 节。各县应按本省课程实施办法核对并在参数中修改。",
                "综合实践、劳动、地方课程等共同课时不计入单一学科;中等职业学校和特殊教育学校不按普通学校课程方案测算,不列入本页。",
                "现有教师:在岗专任教师(各编制类型),只教一科计 1 人;兼任其他学科的,主教学科计 0.5 人,其余 0.5 人由兼任学科平分。",
                "缺口 = 所需 − 现有,保留一位小数;缺口达到 0.5 人(四舍五入至少一人)记为短缺。全县缺口为各校缺口之和,一校富余不抵另一校缺口。",
                "音乐、体育、美术、科学、心理健康、信息技术是通常短缺的学科,列表中标出。",
              ]}
            />
          </Space>
        )}
      </Card>
      {d && (
        <Card
          title="各校学科缺口"
          extra={
            <Space>
              <Typography.Text>只看短缺</Typography.Text>
              <Switch checked={onlyShort} onChange={setOnlyShort} aria-label="只看短缺" data-testid="only-short" />
            </Space>
          }
        >
          <Table
            rowKey={(r) => `${r.schoolId}-${r.subject}`}
            size="small"
            dataSource={onlyShort ? d.schools.filter((s) => s.short) : d.schools}
            pagination={{ pageSize: 30, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true },
              {
                title: "学科",
                dataIndex: "label",
                width: 120,
                render: (v: string, r) =>
                  d.county.find((c) => c.subject === r.subject)?.usuallyShort ? <Tag color="orange">{v}</Tag> : v,
              },
              { title: "所需", dataIndex: "needed", width: 80, align: "right" },
              { title: "现有", dataIndex: "had", width: 80, align: "right" },
              {
                title: "缺口",
                dataIndex: "gap",
                width: 80,
                align: "right",
                sorter: (a, b) => a.gap - b.gap,
                render: (v: number) => (v >= 0.5 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
              },
            ]}
            data-testid="demand-table"
          />
        </Card>
      )}
    </Space>
  );
}
