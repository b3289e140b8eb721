import { balance } from "@edubureau/core";
import { Card, Col, Empty, Row, Statistic, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import type { Overview } from "./api";

interface ShortfallRow extends balance.Shortfall {
  key: string;
  schoolId: string;
  name: string;
}

/** 补短板清单: what each school needs to reach every standard, and the county's total by kind. */
export function ShortfallTab({ overview }: { overview: Overview }) {
  const rows: ShortfallRow[] = overview.schools.flatMap((s) =>
    s.shortfalls.map((f) => ({ ...f, key: `${s.schoolId}:${f.indicator}`, schoolId: s.schoolId, name: s.name })),
  );
  const total = (pred: (r: ShortfallRow) => boolean) => rows.filter(pred).reduce((n, r) => n + r.amount, 0);
  const cards = [
    { title: "需补充教师(人次)", value: total((r) => r.unit === "人"), suffix: "人" },
    { title: "需增加教学及辅助用房", value: total((r) => r.indicator === "L4"), suffix: "m²" },
    { title: "需增加体育运动场馆", value: total((r) => r.indicator === "L5"), suffix: "m²" },
    { title: "需增加教学仪器设备", value: Math.round(total((r) => r.indicator === "L6") / 10_000), suffix: "万元" },
    { title: "需增加网络多媒体教室", value: total((r) => r.indicator === "L7"), suffix: "间" },
  ];
  const q = `year=${overview.schoolYear}&stage=${overview.stage}`;
  const columns: ColumnsType<ShortfallRow> = [
    {
      title: "学校",
      dataIndex: "name",
      width: 220,
      render: (name: string, r) => <Link to={`/balance/schools/${r.schoolId}?${q}`}>{name}</Link>,
    },
    {
      title: "指标",
      dataIndex: "indicator",
      width: 200,
      filters: balance.qualityIndicators.map((k) => ({ text: `${k} ${balance.indicatorInfo[k].shortName}`, value: k })),
      onFilter: (v, r) => r.indicator === v,
      render: (k: balance.QualityIndicator) => `${k} ${balance.indicatorInfo[k].name}`,
    },
    {
      title: "缺口",
      key: "amount",
      width: 140,
      align: "right",
      sorter: (a, b) => a.amount - b.amount,
      render: (_, r) => `${r.amount.toLocaleString("zh-CN")} ${r.unit}`,
    },
    { title: "措施", dataIndex: "description" },
  ];
  if (rows.length === 0) return <Empty description="各校均已达到全部标准" />;
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cards.map((c) => (
          <Col key={c.title} xs={12} lg={Math.floor(24 / 5)} style={{ flex: "1 1 0" }}>
            <Card size="small">
              <Statistic title={c.title} value={c.value} suffix={c.suffix} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<ShortfallRow>
        size="small"
        data-testid="balance-shortfalls"
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 项` }}
      />
    </>
  );
}
