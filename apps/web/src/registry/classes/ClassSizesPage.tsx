import { registry } from "@edubureau/core";
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { Chart } from "../../components/Chart";
import { useSchoolYears, YearSelect } from "../filters";
import { classSizeRuleText, LARGE_CLASS_SHARE_TARGET } from "../labels";
import type { ClassSizeStatistics } from "./api";
import { ClassSizeTag } from "./ClassSizeTag";
import { classSizesByStageOption } from "./chartOptions";
import { useClassSizes } from "./hooks";

type SchoolRow = ClassSizeStatistics["bySchool"][number];

const percent = (share: number | null) => (share === null ? "—" : `${(share * 100).toFixed(1)}%`);
/** Text colours (4.5:1 on white or more); the charts' colours are lighter. */
const OK = "#237804";
const BAD = "#cf1322";
const LARGE = "#ad4e00";
const alarmText: Partial<Record<string, string>> = { large: LARGE, super_large: BAD };

const columns: ColumnsType<SchoolRow> = [
  { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 220 },
  {
    title: "学段",
    dataIndex: "stage",
    width: 80,
    render: (s: registry.Stage) => registry.stage.labels[s] ?? s,
  },
  { title: "班级数", dataIndex: "classes", width: 80, align: "right", sorter: (a, b) => a.classes - b.classes },
  ...(["normal", "oversized", "large", "super_large"] as const).map((cat) => ({
    title: registry.classSizeCategoryLabel[cat],
    key: cat,
    width: 90,
    align: "right" as const,
    sorter: (a: SchoolRow, b: SchoolRow) => a.byCategory[cat] - b.byCategory[cat],
    render: (_: unknown, r: SchoolRow) => {
      const n = r.byCategory[cat];
      const alarming = n > 0 && (cat === "large" || cat === "super_large");
      return alarming ? <Typography.Text style={{ color: alarmText[cat], fontWeight: 600 }}>{n}</Typography.Text> : n;
    },
  })),
  {
    title: "大班额占比",
    dataIndex: "largeShare",
    width: 110,
    align: "right",
    defaultSortOrder: "descend",
    sorter: (a, b) => (a.largeShare ?? 0) - (b.largeShare ?? 0) || a.largest - b.largest,
    render: (share: number | null) => (
      <Typography.Text style={{ color: share !== null && share > LARGE_CLASS_SHARE_TARGET ? BAD : undefined }}>
        {percent(share)}
      </Typography.Text>
    ),
  },
  {
    title: "最大班额",
    dataIndex: "largest",
    width: 140,
    align: "right",
    sorter: (a, b) => a.largest - b.largest,
    render: (n: number) => (
      <Space size={6}>
        <span>{n}人</span>
        <ClassSizeTag category={registry.classSizeCategory(n)} />
      </Space>
    ),
  },
];

function Stats({ data }: { data: ClassSizeStatistics }) {
  const { county } = data;
  const share = county.largeShare;
  const shareOk = share === null || share <= LARGE_CLASS_SHARE_TARGET;
  const superLarge = county.byCategory.super_large;
  const cards = [
    { key: "classes", title: "班级数", value: county.classes, suffix: "个" },
    {
      key: "large",
      title: "大班额数(56–65人)",
      value: county.byCategory.large,
      suffix: "个",
      color: county.byCategory.large > 0 ? LARGE : undefined,
    },
    {
      key: "super-large",
      title: "超大班额数(国家目标 0)",
      value: superLarge,
      suffix: "个",
      color: superLarge > 0 ? BAD : OK,
      note: superLarge > 0 ? "未达到消除超大班额目标" : "已消除超大班额",
    },
    {
      key: "large-share",
      title: "大班额占比(国家目标 ≤5%)",
      value: share === null ? "—" : (share * 100).toFixed(1),
      suffix: share === null ? undefined : "%",
      color: shareOk ? OK : BAD,
      note: `含超大班额;${shareOk ? "达到" : "未达到"}国家目标`,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} xl={6}>
          <Card data-testid={`class-sizes-stat-${c.key}`} style={{ height: "100%" }}>
            <Statistic
              title={c.title}
              value={c.value}
              suffix={c.suffix}
              styles={c.color ? { content: { color: c.color } } : undefined}
            />
            {c.note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.note}
              </Typography.Text>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 班额统计: the county's classes by size category, by stage and by school, against the national targets. */
export default function ClassSizesPage() {
  const schoolYears = useSchoolYears();
  const [yearChosen, setYear] = useState<number | undefined>(undefined);
  const year = yearChosen ?? schoolYears.latest;
  const sizes = useClassSizes(year, year !== undefined || schoolYears.ready);
  const data = sizes.data;
  const option = useMemo(() => (data ? classSizesByStageOption(data.byStage) : null), [data]);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <Typography.Title level={1} style={{ margin: 0 }}>
          班额统计
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary">学年</Typography.Text>
          <YearSelect
            testId="class-sizes-year"
            value={data?.schoolYear ?? year}
            years={schoolYears.years}
            onChange={setYear}
          />
        </Space>
      </div>
      <Alert
        type="info"
        showIcon
        title={classSizeRuleText}
        data-testid="class-size-rule"
        description="国家目标:大班额(含超大班额)占比不超过5%,消除超大班额。统计在读学生数大于0的班级。"
      />
      {sizes.isError && <Alert type="error" showIcon title="班额统计加载失败" description={sizes.error.message} />}
      {!data ? (
        !sizes.isError && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Stats data={data} />
          <Card title="各学段班额分布" size="small">
            {data.byStage.length === 0 || !option ? (
              <div
                data-testid="chart-class-sizes-by-stage"
                data-empty="true"
                style={{ height: 320, display: "grid", placeItems: "center" }}
              >
                <Empty description="暂无数据" />
              </div>
            ) : (
              <Chart option={option} height={320} testId="chart-class-sizes-by-stage" ariaLabel="各学段班额分布" />
            )}
          </Card>
          <Card title="各校班额(按大班额占比排序)" size="small">
            <Table<SchoolRow>
              rowKey={(r) => `${r.schoolId}:${r.stage}`}
              size="middle"
              data-testid="class-sizes-table"
              loading={sizes.isFetching}
              columns={columns}
              dataSource={data.bySchool}
              scroll={{ x: 1000 }}
              pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 行` }}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
