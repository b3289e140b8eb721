import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, InputNumber, Row, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { PageTitle } from "../components/PageTitle";
import type { Adjustment, Indicator } from "./api";
import { StatusTag, usePreschoolYear } from "./components";
import { indicatorThreshold, indicatorValue } from "./format";
import { usePreschoolPlan, usePreschoolWhatIf } from "./hooks";
import { PlanTable } from "./PlanPage";

/** 模拟测算: recognise private kindergartens as 普惠, add public kindergartens to townships; nothing is saved. */
export default function WhatIfPage() {
  const { year, select, ready } = usePreschoolYear();
  const plan = usePreschoolPlan(year, ready);
  const run = usePreschoolWhatIf();
  const [adjustments, setAdjustments] = useState<(Adjustment & { key: number })[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const add = (a: Adjustment) => {
    setAdjustments((l) => [...l, { ...a, key: nextKey }]);
    setNextKey((k) => k + 1);
  };
  const p = plan.data;
  const privates = (p?.kindergartens ?? []).filter((k) => k.kind === "private");
  const r = run.data;
  const rows = r?.before.indicators.map((b, n) => ({ before: b, after: r.after.indicators[n] as Indicator })) ?? [];
  const set = (n: number, a: Adjustment) =>
    setAdjustments((list) => list.map((x, i) => (i === n ? { ...a, key: x.key } : x)));
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <PageTitle style={{ margin: 0 }} testId="preschool-whatif-title">
          学前教育模拟测算
        </PageTitle>
        {select}
      </div>
      <Typography.Text type="secondary">
        测算不改动任何数据。新建公办园招收本乡镇尚未入园的适龄幼儿(不超过学位数),按 1:15
        配备持证教师;认定普惠后该园幼儿计入普惠覆盖率。
      </Typography.Text>
      {plan.isError && <Alert type="error" showIcon title="加载失败" description={plan.error.message} />}
      <Card size="small" title="调整项">
        <Space orientation="vertical" style={{ width: "100%" }}>
          {adjustments.map((a, n) => (
            <Row key={a.key} gutter={8} align="middle">
              <Col flex="none">第 {n + 1} 项</Col>
              {a.type === "recognise" ? (
                <Col flex="auto">
                  <Select
                    aria-label="认定为普惠的幼儿园"
                    style={{ width: "100%", maxWidth: 360 }}
                    placeholder="选择非普惠性民办园"
                    value={a.schoolId || undefined}
                    onChange={(schoolId) => set(n, { type: "recognise", schoolId })}
                    options={privates.map((k) => ({ value: k.schoolId, label: `认定 ${k.name} 为普惠性民办园` }))}
                  />
                </Col>
              ) : (
                <>
                  <Col flex="auto">
                    <Select
                      aria-label="新建公办园的乡镇"
                      style={{ width: "100%", maxWidth: 240 }}
                      placeholder="选择乡镇"
                      value={a.townCode || undefined}
                      onChange={(townCode) => set(n, { ...a, townCode })}
                      options={(p?.townships ?? []).map((t) => ({ value: t.townCode, label: `${t.name}新建公办园` }))}
                    />
                  </Col>
                  <Col flex="none">
                    <InputNumber
                      aria-label="学位数"
                      min={30}
                      max={1000}
                      step={30}
                      value={a.places}
                      onChange={(v) => set(n, { ...a, places: v ?? 120 })}
                      addonAfter="个学位"
                    />
                  </Col>
                </>
              )}
              <Col flex="none">
                <Button
                  aria-label="删除此项"
                  icon={<DeleteOutlined />}
                  onClick={() => setAdjustments((list) => list.filter((_, i) => i !== n))}
                />
              </Col>
            </Row>
          ))}
          <Space wrap>
            <Button
              icon={<PlusOutlined />}
              disabled={privates.length === 0}
              onClick={() => add({ type: "recognise", schoolId: privates[0]?.schoolId ?? "" })}
            >
              认定普惠性民办园
            </Button>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ type: "newPublic", townCode: p?.townships[0]?.townCode ?? "", places: 120 })}
            >
              新建公办园
            </Button>
            <Button
              type="primary"
              disabled={adjustments.length === 0 || year === undefined}
              loading={run.isPending}
              data-testid="preschool-whatif-run"
              onClick={() =>
                year !== undefined &&
                run.mutate({ schoolYear: year, adjustments: adjustments.map(({ key: _key, ...a }) => a) })
              }
            >
              测算
            </Button>
          </Space>
        </Space>
      </Card>
      {run.isError && <Alert type="error" showIcon title="测算失败" description={run.error.message} />}
      {r && r.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="以下调整无法测算"
          description={r.problems.map((x) => x.message).join(";")}
        />
      )}
      {r && r.problems.length === 0 && (
        <>
          <Card size="small" title={`测算结果:达标 ${r.before.passed} 项 → ${r.after.passed} 项`}>
            <Table
              data-testid="preschool-whatif-result"
              rowKey={(x) => x.before.key}
              size="small"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={rows}
              rowClassName={(x) => (x.before.status !== x.after.status ? "ant-table-row-selected" : "")}
              columns={[
                { title: "指标", key: "label", render: (_: unknown, x) => x.before.label },
                { title: "标准", key: "t", render: (_: unknown, x) => indicatorThreshold(x.before) },
                {
                  title: "调整前",
                  key: "b",
                  render: (_: unknown, x) => (
                    <Space size={4}>
                      {indicatorValue(x.before)}
                      <StatusTag status={x.before.status} />
                    </Space>
                  ),
                },
                {
                  title: "调整后",
                  key: "a",
                  render: (_: unknown, x) => (
                    <Space size={4}>
                      <Typography.Text strong>{indicatorValue(x.after)}</Typography.Text>
                      <StatusTag status={x.after.status} />
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title="调整后的乡镇学位">
            <PlanTable plan={r.plan} />
          </Card>
        </>
      )}
    </Space>
  );
}
