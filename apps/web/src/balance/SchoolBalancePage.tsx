import { balance, registry } from "@edubureau/core";
import { Alert, Breadcrumb, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { Chart } from "../components/Chart";
import type { ProvenanceTeacher, SchoolBalance } from "./api";
import { MethodNote, useYearStage } from "./BalancePage";
import { schoolRadar } from "./chartOptions";
import { fixed, indicatorValue, percent } from "./format";
import { useSchoolBalance } from "./hooks";
import { standingTag } from "./SchoolsTab";

interface ValueRow {
  indicator: balance.Indicator;
  value: number | null;
  standard: number | null;
  ratio: number | null;
  county: number | null;
}

function valueRows(d: SchoolBalance): ValueRow[] {
  const s = d.standing;
  if (!s) return [];
  return [...balance.qualityIndicators, ...balance.basicIndicators].map((k) => ({
    indicator: k,
    value: s.values[k],
    standard: k in d.standards ? d.standards[k as balance.QualityIndicator] : null,
    ratio: k in s.ratios ? s.ratios[k as balance.QualityIndicator] : null,
    county: d.countyMeans[k],
  }));
}

const valueColumns: ColumnsType<ValueRow> = [
  { title: "指标", dataIndex: "indicator", width: 60 },
  { title: "名称", key: "name", render: (_, r) => balance.indicatorInfo[r.indicator].name },
  {
    title: "本校",
    key: "value",
    align: "right",
    width: 110,
    render: (_, r) => `${indicatorValue(r.indicator, r.value)} ${balance.indicatorInfo[r.indicator].unit}`,
  },
  {
    title: "标准",
    key: "standard",
    align: "right",
    width: 80,
    render: (_, r) => (r.standard === null ? "—" : r.standard),
  },
  {
    title: "达到标准",
    key: "ratio",
    align: "right",
    width: 100,
    render: (_, r) =>
      r.ratio === null ? (
        "—"
      ) : (
        <Typography.Text type={r.ratio >= 1 ? "success" : r.ratio >= 0.85 ? "warning" : "danger"}>
          {percent(r.ratio)}
        </Typography.Text>
      ),
  },
  {
    title: "全县加权平均",
    key: "county",
    align: "right",
    width: 120,
    render: (_, r) => indicatorValue(r.indicator, r.county),
  },
];

const yes = (b: boolean) => (b ? <Tag color="blue">计入</Tag> : <Typography.Text type="secondary">—</Typography.Text>);

const teacherColumns: ColumnsType<ProvenanceTeacher> = [
  { title: "姓名", dataIndex: "name", width: 90, fixed: "left" },
  {
    title: "学科",
    dataIndex: "subject",
    width: 90,
    render: (s: string | null) => (s ? ((registry.subject.labels as Record<string, string>)[s] ?? s) : "—"),
  },
  {
    title: "学历",
    dataIndex: "qualification",
    width: 90,
    render: (q: registry.Qualification) => registry.qualification.labels[q],
  },
  {
    title: "职称",
    dataIndex: "title",
    width: 70,
    render: (t: registry.ProfessionalTitle) => registry.professionalTitle.labels[t],
  },
  {
    title: "骨干",
    dataIndex: "backboneLevel",
    width: 70,
    render: (b: registry.BackboneLevel) => registry.backboneLevel.labels[b],
  },
  { title: "L1 高于规定学历", key: "q", width: 120, render: (_, t) => yes(t.countsIn.aboveQualification) },
  { title: "L2 县级以上骨干", key: "b", width: 120, render: (_, t) => yes(t.countsIn.backbone) },
  { title: "L3 体艺专任", key: "p", width: 100, render: (_, t) => yes(t.countsIn.peArts) },
  { title: "B8 中级以上职称", key: "t", width: 120, render: (_, t) => yes(t.countsIn.intermediateTitle) },
  { title: "持证", key: "c", width: 70, render: (_, t) => (t.countsIn.certified ? "是" : <Tag color="error">否</Tag>) },
];

function Provenance({ d }: { d: SchoolBalance }) {
  const p = d.provenance;
  if (!p) return null;
  const c = p.condition;
  return (
    <Card size="small" title="数据来源(每个指标值由哪些记录算出)" data-testid="balance-provenance">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label="在校生(本学段)">
          {d.standing?.students} 人(小学 {p.enrollment.primary}、初中 {p.enrollment.junior}、高中 {p.enrollment.senior})
        </Descriptions.Item>
        <Descriptions.Item label="统计口径">{p.enrollment.rule}</Descriptions.Item>
        <Descriptions.Item label="设施类指标分摊比例">{p.stockShareFormula}</Descriptions.Item>
        <Descriptions.Item label="办学条件记录">
          {c ? (
            `${registry.schoolYearLabel(c.schoolYear)}(记录号 ${c.conditionId.slice(0, 8)})`
          ) : (
            <Tag color="error">未填报</Tag>
          )}
        </Descriptions.Item>
        {c && (
          <>
            <Descriptions.Item label="教学及辅助用房">{fixed(c.teachingArea, 2)} m²</Descriptions.Item>
            <Descriptions.Item label="体育运动场馆">{fixed(c.sportsArea, 2)} m²</Descriptions.Item>
            <Descriptions.Item label="教学仪器设备值">{fixed(c.equipmentValueFen / 100, 0)} 元</Descriptions.Item>
            <Descriptions.Item label="网络多媒体教室">{c.multimediaRooms} 间</Descriptions.Item>
            <Descriptions.Item label="图书">{c.books.toLocaleString("zh-CN")} 册</Descriptions.Item>
            <Descriptions.Item label="学生用计算机">{c.studentComputers} 台</Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        本学段专任教师 {p.teachers.length} 人
        {p.unassignedTeachers > 0 && (
          <Typography.Text type="warning" style={{ fontSize: 13, marginLeft: 8 }}>
            另有 {p.unassignedTeachers} 人未登记任教学段,未计入
          </Typography.Text>
        )}
      </Typography.Title>
      <Table<ProvenanceTeacher>
        rowKey="staffId"
        size="small"
        data-testid="balance-provenance-teachers"
        columns={teacherColumns}
        dataSource={p.teachers}
        scroll={{ x: 1000 }}
        pagination={{ defaultPageSize: 10, showTotal: (n) => `共 ${n} 人` }}
      />
    </Card>
  );
}

/** A school's balance page: radar against the standard and the county, values, shortfall and provenance. */
export default function SchoolBalancePage() {
  const { id = "" } = useParams();
  const { year, stage } = useYearStage();
  const query = useSchoolBalance(id, { year, stage });
  const d = query.data;
  const radar = useMemo(() => (d?.standing ? schoolRadar(d) : null), [d]);
  const back = `/balance?${new URLSearchParams({ ...(year ? { year: String(year) } : {}), stage })}`;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to={back}>均衡发展监测</Link> }, { title: d?.school.name ?? "学校" }]} />
      {query.isError && <Alert type="error" showIcon title="加载失败" description={query.error.message} />}
      {!d ? (
        !query.isError && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <Space align="center" wrap>
            <Typography.Title level={1} style={{ margin: 0 }} data-testid="balance-school-title">
              {d.school.name}
            </Typography.Title>
            <Tag>{registry.schoolKind.labels[d.school.kind]}</Tag>
            <Tag>{balance.balanceStageLabel[d.stage]}阶段</Tag>
            <Tag>{registry.schoolYearLabel(d.schoolYear)}</Tag>
            {d.standing && standingTag(d.standing)}
          </Space>
          <MethodNote asOf={d.asOf} method={d.method} />
          {d.excluded && <Alert type="warning" showIcon title={d.excluded.label} />}
          {!d.standing && !d.excluded && <Empty description="该校本学段没有在校生" />}
          {d.standing && radar && (
            <>
              <Row gutter={16}>
                <Col xs={24} xl={10}>
                  <Card size="small" title="达到标准的程度(%)">
                    <Chart
                      option={radar}
                      height={360}
                      testId="chart-balance-radar"
                      ariaLabel="本校与标准、全县平均对比"
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={14}>
                  <Card
                    size="small"
                    title={`优质均衡:${d.standing.metCount} / 7 项达标`}
                    extra={
                      d.standing.shortfalls.length > 0 ? (
                        <Typography.Text type="secondary">补齐缺口即可全部达标</Typography.Text>
                      ) : null
                    }
                  >
                    {d.standing.shortfalls.length === 0 ? (
                      <Typography.Text type="success">7 项指标均已达到标准。</Typography.Text>
                    ) : (
                      <ul data-testid="balance-school-shortfalls" style={{ paddingLeft: 20, margin: 0 }}>
                        {d.standing.shortfalls.map((f) => (
                          <li key={f.indicator}>
                            {f.indicator} {balance.indicatorInfo[f.indicator].name}:{f.description}
                          </li>
                        ))}
                      </ul>
                    )}
                    <Table<ValueRow>
                      style={{ marginTop: 12 }}
                      rowKey="indicator"
                      size="small"
                      columns={valueColumns}
                      dataSource={valueRows(d)}
                      pagination={false}
                    />
                  </Card>
                </Col>
              </Row>
              <Provenance d={d} />
            </>
          )}
        </>
      )}
    </Space>
  );
}
