import { Alert, App, Button, Card, Col, Drawer, Row, Segmented, Space, Statistic, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { Chart } from "../components/Chart";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import { type Ratio, type RecordsQuery, retentionApi, type UnitRates } from "./api";
import { ExportButton, errorText, rateText } from "./components";
import { useRates, useRecords, useRetentionWrite } from "./hooks";

type RateKey = RecordsQuery["rate"];
const RATE_LABELS: Record<RateKey, string> = {
  primaryNet: "小学学龄儿童净入学率",
  juniorGross: "初中毛入学率",
  compulsory: "适龄儿童入学率",
  primaryRetention: "小学巩固率",
  juniorRetention: "初中三年巩固率",
  nineYear: "九年义务教育巩固率",
};
const TARGETS: Partial<Record<RateKey, number>> = { primaryRetention: 98, juniorRetention: 95 };

function ratioOf(u: UnitRates & { nineYear?: Ratio }, key: RateKey): Ratio | null {
  if (key === "primaryRetention") return u.primaryRetention?.retention ?? null;
  if (key === "juniorRetention") return u.juniorRetention?.retention ?? null;
  if (key === "nineYear") return u.nineYear ?? null;
  return u[key] ?? null;
}

/** A rate with its numerator and denominator; a click opens the records behind it. */
function RatioCell({ r, onOpen }: { r: Ratio | null; onOpen: () => void }) {
  if (!r) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Button type="link" size="small" style={{ padding: 0, height: "auto" }} onClick={onOpen}>
      {rateText(r.rate)}
      <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
        {r.numerator}/{r.denominator}
      </Typography.Text>
    </Button>
  );
}

/** 入学率与巩固率: county, township and school, this year and the four before, with the records behind each figure. */
export default function RatesPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const rates = useRates();
  const compute = useRetentionWrite(() => retentionApi.computeRates());
  const [level, setLevel] = useState<"towns" | "schools">(me.user.schoolId ? "schools" : "towns");
  const [records, setRecords] = useState<RecordsQuery | null>(null);
  const recordRows = useRecords(records);
  const section = me.user.role === "section" && can("write", "retention");
  if (rates.error) return <ForbiddenPage />;
  const data = rates.data;
  const year = data?.years.find((y) => y.schoolYear === data.schoolYear);
  const open = (rate: RateKey, unit: string) => data && setRecords({ schoolYear: data.schoolYear, rate, unit });
  const county = year?.county;
  const trend = data?.years ?? [];
  const line = (key: RateKey) => ({
    name: RATE_LABELS[key],
    type: "line" as const,
    connectNulls: true,
    data: trend.map((y) => ratioOf(y.county, key)?.rate ?? null),
  });
  const units = (level === "towns" ? year?.towns : year?.schools) ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>入学率与巩固率</PageTitle>
      <Space wrap>
        <ExportButton kind="rates" schoolYear={data?.schoolYear} />
        {data?.computedAt && (
          <Typography.Text type="secondary">测算时间 {formatDateTime(data.computedAt)}</Typography.Text>
        )}
        {section && (
          <Button
            type="primary"
            loading={compute.isPending}
            data-testid="retention-compute-rates"
            onClick={() =>
              compute.mutate(undefined, {
                onSuccess: () => message.success("已按学籍和户籍名单重新测算"),
                onError: (e) => message.error(errorText(e)),
              })
            }
          >
            重新测算
          </Button>
        )}
      </Space>
      {data && (
        <Alert
          type={data.computedAt ? "info" : "warning"}
          showIcon
          title="工作报告表述"
          description={<span data-testid="retention-sentence">{data.sentence}</span>}
        />
      )}
      {county && (
        <Row gutter={[16, 16]}>
          {(Object.keys(RATE_LABELS) as RateKey[]).map((key) => {
            const r = ratioOf(county, key);
            const target = TARGETS[key];
            return (
              <Col xs={12} md={8} xl={4} key={key}>
                <Card size="small" hoverable onClick={() => open(key, "county")}>
                  <Statistic
                    title={RATE_LABELS[key]}
                    value={rateText(r?.rate)}
                    valueStyle={{
                      color:
                        target && r?.rate !== null && r?.rate !== undefined && r.rate < target ? "#cf1322" : undefined,
                      fontSize: 22,
                    }}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r ? `${r.numerator} / ${r.denominator}${r.capped ? "(超过100%按100%计)" : ""}` : "无数据"}
                    {target ? ` · 目标 ≥ ${target}%` : ""}
                  </Typography.Text>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
      {trend.length > 0 && (
        <Card size="small" title="全县近五年">
          <Chart
            height={280}
            ariaLabel="全县入学率与巩固率近五年走势"
            option={{
              tooltip: {
                trigger: "axis",
                valueFormatter: (v) => (v === null || v === undefined ? "暂无数据" : `${v}%`),
              },
              legend: { top: 0, type: "scroll" },
              grid: { left: 48, right: 16, top: 48, bottom: 32 },
              xAxis: { type: "category", data: trend.map((y) => `${y.schoolYear}学年`) },
              yAxis: { type: "value", min: (v: { min: number }) => Math.max(0, Math.floor(v.min - 5)), name: "%" },
              series: [
                line("primaryRetention"),
                line("juniorRetention"),
                line("nineYear"),
                line("primaryNet"),
                line("juniorGross"),
              ],
            }}
          />
        </Card>
      )}
      {year && (
        <Card
          size="small"
          title={`${year.schoolYear}—${year.schoolYear + 1}学年分单位`}
          extra={
            me.user.schoolId ? null : (
              <Segmented
                value={level}
                onChange={(v) => setLevel(v as typeof level)}
                options={[
                  { value: "towns", label: "按乡镇" },
                  { value: "schools", label: "按学校" },
                ]}
              />
            )
          }
        >
          <Table<UnitRates>
            size="small"
            rowKey="unit"
            dataSource={units}
            pagination={{ pageSize: 15, size: "small" }}
            scroll={{ x: 900 }}
            columns={[
              { title: level === "towns" ? "乡镇" : "学校", dataIndex: "name", fixed: "left", width: 160 },
              ...(
                [
                  "primaryRetention",
                  "juniorRetention",
                  ...(level === "towns" ? ["primaryNet", "juniorGross", "compulsory"] : []),
                ] as RateKey[]
              ).map((key) => ({
                title: RATE_LABELS[key],
                render: (_: unknown, u: UnitRates) => (
                  <RatioCell r={ratioOf(u, key)} onOpen={() => open(key, u.unit)} />
                ),
              })),
            ]}
          />
        </Card>
      )}
      {data && (
        <Card size="small" title="口径说明">
          <ol style={{ paddingLeft: 20, margin: 0 }} data-testid="retention-method">
            {data.method.map((m) => (
              <li key={m}>
                <Typography.Text>{m}</Typography.Text>
              </li>
            ))}
          </ol>
        </Card>
      )}
      <Drawer
        width={720}
        open={records !== null}
        onClose={() => setRecords(null)}
        title={recordRows.data ? `${recordRows.data.title}的明细记录` : "明细记录"}
      >
        {recordRows.data && (
          <Space direction="vertical" style={{ width: "100%" }}>
            <Typography.Text type="secondary">
              分子:{recordRows.data.numeratorLabel};分母:{recordRows.data.denominatorLabel}
              。姓名已脱敏,查看记入审计日志。
              {recordRows.data.truncated && "(只显示前2000条)"}
            </Typography.Text>
            <Table
              size="small"
              rowKey={(r) => `${r.reference}-${r.role}`}
              dataSource={recordRows.data.rows}
              pagination={{ pageSize: 20, size: "small" }}
              columns={[
                { title: "姓名", dataIndex: "nameMasked", width: 70 },
                { title: "记录", dataIndex: "reference" },
                { title: "学校", dataIndex: "schoolName", render: (v) => v ?? "—" },
                { title: "计入", dataIndex: "role" },
                {
                  title: "分子/分母",
                  width: 110,
                  render: (_, r) => (
                    <Space size={2}>
                      {r.inNumerator && <Tag color="green">分子</Tag>}
                      {r.inDenominator && <Tag color="blue">分母</Tag>}
                    </Space>
                  ),
                },
              ]}
            />
          </Space>
        )}
        {recordRows.error && <Alert type="error" title={errorText(recordRows.error)} />}
      </Drawer>
    </Space>
  );
}
