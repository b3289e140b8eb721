import { Alert, Card, Skeleton, Space, Table, Typography } from "antd";
import { Chart, type ChartOption } from "../components/Chart";
import { PageTitle } from "../components/PageTitle";
import type { Plan, TownshipPlan } from "./api";
import { usePreschoolYear } from "./components";
import { FAIL_COLOR, PASS_COLOR } from "./format";
import { usePreschoolPlan } from "./hooks";

type Township = Pick<TownshipPlan, "townCode" | "name" | "enrolled" | "places" | "inclusivePlaces" | "years"> & {
  populationSource?: string | null;
};

/** Places needed against standard places, township by township, for now and the next three years. */
export function gapChartOption(townships: Township[], years: number[]): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: "category", data: townships.map((t) => t.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", name: "缺口(学位)" },
    series: years.map((y, k) => ({
      type: "bar" as const,
      name: `${y}年`,
      data: townships.map((t) => t.years[k]?.gap ?? null),
    })),
  };
}

export const gap = (g: number | null | undefined) =>
  g === null || g === undefined ? (
    <Typography.Text type="secondary">缺少数据</Typography.Text>
  ) : g > 0 ? (
    <Typography.Text strong style={{ color: FAIL_COLOR }}>
      缺 {g}
    </Typography.Text>
  ) : (
    <Typography.Text style={{ color: PASS_COLOR }}>余 {-g}</Typography.Text>
  );

export function PlanTable({
  plan,
  testId,
}: {
  plan: Pick<Plan, "county"> & { townships: Township[] };
  testId?: string;
}) {
  const years = plan.county.map((y) => y.schoolYear);
  return (
    <Table<Township>
      data-testid={testId}
      rowKey="townCode"
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={plan.townships}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>全县</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {plan.townships.reduce((s, t) => s + t.enrolled, 0)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {plan.county[0]?.places}
          </Table.Summary.Cell>
          {plan.county.map((y, k) => (
            <Table.Summary.Cell key={y.schoolYear} index={3 + k}>
              {y.children ?? "—"} 人 · {gap(y.gap)}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
      columns={[
        { title: "乡镇", dataIndex: "name", fixed: "left", width: 120 },
        { title: "在园幼儿", dataIndex: "enrolled", align: "right", width: 90 },
        {
          title: "标准学位(普惠)",
          key: "places",
          align: "right",
          width: 120,
          render: (_: unknown, t) => `${t.places}(${t.inclusivePlaces})`,
        },
        ...years.map((y, k) => ({
          title: k === 0 ? `${y}年 适龄幼儿 · 缺口` : `${y}年(推算)`,
          key: String(y),
          width: 150,
          render: (_: unknown, t: Township) => {
            const py = t.years[k];
            const from = k === 0 && t.populationSource ? t.populationSource : py?.source;
            return (
              <span>
                {py?.children ?? "—"} 人 · {gap(py?.gap)}
                {from && (
                  <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                    {from}
                  </Typography.Text>
                )}
              </span>
            );
          },
        })),
      ]}
    />
  );
}

/**
 * 学位规划: children aged 3–5 now (entered, or from the household roster) and in the next three years (from the
 * roster's children under 6, or from births), places and the gap.
 */
export default function PlanPage() {
  const { year, select, ready } = usePreschoolYear();
  const plan = usePreschoolPlan(year, ready);
  const p = plan.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <PageTitle style={{ margin: 0 }} testId="preschool-plan-title">
          学前教育学位规划
        </PageTitle>
        {select}
      </div>
      {plan.isError && <Alert type="error" showIcon title="学位规划加载失败" description={plan.error.message} />}
      {!p ? (
        !plan.isError && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Card size="small" title="各乡镇学位缺口(所需学位 − 标准学位,正数为缺口)">
            <Chart
              option={gapChartOption(
                p.townships,
                p.county.map((y) => y.schoolYear),
              )}
              height={320}
              testId="preschool-gap-chart"
              ariaLabel="各乡镇学位缺口柱状图"
            />
          </Card>
          <Card size="small" title="乡镇学位供需">
            <PlanTable plan={p} testId="preschool-plan" />
          </Card>
          <Typography.Paragraph type="secondary">
            年龄按当年 8 月 31 日计。当年适龄幼儿为县里录入的 3–5 周岁人口;未录入的乡镇取控辍保学导入的户籍名单中 3–5
            周岁儿童人数(名单须列出 6 周岁以下儿童)。以后各年:户籍名单列有 6 周岁以下儿童时,为名单中届时满 3–5
            周岁的儿童;否则 = 前 5、4、3 年出生数之和。每格下方注明来源。所需学位 = ⌈适龄幼儿 × 毛入园率标准⌉;标准学位 =
            各班按班型上限(小班 25、中班 30、大班 35、混龄 30)计。缺少数据的年份显示“缺少数据”。
          </Typography.Paragraph>
        </>
      )}
    </Space>
  );
}
