import { Alert, Card, Skeleton, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Establishment, EstablishmentSchool } from "./api";
import { BLUE, DownloadButton, FigureCards, GREY, MethodNote, RED } from "./components";
import { useEstablishment } from "./hooks";
import { SettingsButton } from "./SettingsDrawer";

const dash = (v: number | null) => (v === null ? "—" : v);

const columns: ColumnsType<EstablishmentSchool> = [
  { title: "学校", dataIndex: "schoolName", fixed: "left", width: 200, ellipsis: true },
  { title: "类型", dataIndex: "kind", width: 110 },
  { title: "小学", dataIndex: "primary", width: 70, align: "right", render: dash },
  { title: "初中", dataIndex: "junior", width: 70, align: "right", render: dash },
  { title: "高中", dataIndex: "senior", width: 70, align: "right", render: dash },
  { title: "寄宿附加", dataIndex: "boarding", width: 80, align: "right" },
  { title: "随班就读附加", dataIndex: "inclusive", width: 100, align: "right" },
  { title: "特教", dataIndex: "special", width: 60, align: "right" },
  {
    title: "核定编制",
    dataIndex: "owed",
    width: 90,
    align: "right",
    render: (v: number, r) => (
      <span>
        {v}
        {r.byClass && <Tag style={{ marginInlineStart: 4 }}>按班</Tag>}
      </span>
    ),
  },
  { title: "实有在编", dataIndex: "filled", width: 90, align: "right" },
  { title: "编外", dataIndex: "nonEstablished", width: 60, align: "right" },
  {
    title: "超(+)缺(−)编",
    dataIndex: "balance",
    width: 110,
    align: "right",
    sorter: (a, b) => a.balance - b.balance,
    defaultSortOrder: "ascend",
    render: (v: number) => (v < 0 ? <Typography.Text type="danger">缺 {-v}</Typography.Text> : v > 0 ? `超 ${v}` : "0"),
  },
];

function option(e: Establishment): ChartOption {
  const rows = [...e.schools]
    .sort((a, b) => a.balance - b.balance)
    .slice(0, 20)
    .reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 150, right: 24, top: 32, bottom: 24 },
    xAxis: { type: "value", name: "名" },
    yAxis: { type: "category", data: rows.map((r) => r.schoolName), axisLabel: { width: 140, overflow: "truncate" } },
    series: [
      { name: "核定编制", type: "bar", data: rows.map((r) => r.owed), itemStyle: { color: GREY } },
      { name: "实有在编", type: "bar", data: rows.map((r) => r.filled), itemStyle: { color: BLUE } },
    ],
  };
}

/** 编制核定: posts owed by the ratios and additions against posts filled, school by school. */
export default function EstablishmentPage() {
  const q = useEstablishment();
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const e = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title={<PageTitle inline>编制核定</PageTitle>}
        extra={
          <Space wrap>
            <SettingsButton />
            <DownloadButton
              path="establishment/export.xlsx"
              fallback="编制核定表.xlsx"
              label="导出编制核定表"
              testId="download-establishment"
            />
          </Space>
        }
      >
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!e ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "owed", title: "核定编制", value: e.owed, suffix: "名" },
                { key: "filled", title: "实有在编", value: e.filled, suffix: "名" },
                {
                  key: "shortage",
                  title: "各校缺编合计",
                  value: e.shortage,
                  suffix: "名",
                  color: e.shortage > 0 ? RED : undefined,
                },
                { key: "surplus", title: "各校超编合计", value: e.surplus, suffix: "名" },
                { key: "non", title: "编外人员(合同制、代课)", value: e.nonEstablished, suffix: "名" },
              ]}
            />
            <MethodNote
              items={[
                "依据中央编办发〔2014〕72号:教职工与学生比 高中 1:12.5、初中 1:13.5、小学 1:19(右上角“参数设置”按省份和适用年份调整,人事股保存,保存记入操作日志);学生数为 9 月 1 日在籍学生。",
                "小规模学校(学生不足设定人数)和教学点按学段取“生师比”与“班数 × 班师比”中的较大值(标“按班”);特殊教育学校按特教生师比;寄宿生、随班就读残疾学生按设定人数增加编制。",
                "各学段保留一位小数,学校合计按设定的取整方式(默认四舍五入)取整为核定编制;全县为各校之和。",
                "实有在编:本学年在编且在岗或离岗的全部教职工(离岗仍占编);合同制和代课人员不占编制,列为编外。",
                "全县缺编 = 各校缺编之和,一校超编不抵另一校缺编。",
              ]}
            />
          </Space>
        )}
      </Card>
      {e && e.schools.length > 0 && (
        <Card title="缺编最多的学校(核定编制与实有在编)">
          <Chart
            option={option(e)}
            height={Math.min(20, e.schools.length) * 30 + 70}
            testId="chart-establishment"
            ariaLabel="各校核定编制与实有在编"
          />
        </Card>
      )}
      {e && (
        <Card title="各校编制核定表">
          <Table
            rowKey="schoolId"
            size="small"
            columns={columns}
            dataSource={e.schools}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 1200 }}
            data-testid="establishment-table"
          />
        </Card>
      )}
    </Space>
  );
}
