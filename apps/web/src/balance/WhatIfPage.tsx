import { CalculatorOutlined, DeleteOutlined, LinkOutlined, SaveOutlined, UndoOutlined } from "@ant-design/icons";
import { balance } from "@edubureau/core";
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ApiError } from "../app/api";
import { useAuth, useMe } from "../app/auth";
import { Chart, type ChartOption } from "../components/Chart";
import type { Evaluation, Stage } from "./api";
import { MethodNote } from "./BalancePage";
import { coefficient } from "./format";
import {
  useBalanceOverview,
  useBalanceYears,
  useDeleteScenario,
  useSaveScenario,
  useScenario,
  useScenarios,
  useWhatIf,
} from "./hooks";
import { VerdictTag } from "./IndicatorTable";

type Adjustment = balance.SchoolAdjustment;
type Field = Exclude<keyof Adjustment, "schoolId" | "stage">;

const FIELDS: { key: Field; label: string; unit: string; step: number }[] = [
  { key: "addQualifiedTeachers", label: "高学历教师", unit: "人", step: 1 },
  { key: "addBackboneTeachers", label: "县级以上骨干教师", unit: "人", step: 1 },
  { key: "addPeArtsTeachers", label: "体育艺术教师", unit: "人", step: 1 },
  { key: "addTeachingArea", label: "教学及辅助用房", unit: "m²", step: 100 },
  { key: "addSportsArea", label: "体育运动场馆", unit: "m²", step: 100 },
  { key: "addEquipmentYuan", label: "教学仪器设备", unit: "元", step: 10000 },
  { key: "addMultimediaRooms", label: "网络多媒体教室", unit: "间", step: 1 },
  { key: "addBooks", label: "图书", unit: "册", step: 100 },
  { key: "addComputers", label: "学生用计算机", unit: "台", step: 1 },
];

/** The shortfall of a school turned into adjustments: "fund exactly what is missing". */
const SHORTFALL_FIELD: Record<balance.QualityIndicator, Field> = {
  L1: "addQualifiedTeachers",
  L2: "addBackboneTeachers",
  L3: "addPeArtsTeachers",
  L4: "addTeachingArea",
  L5: "addSportsArea",
  L6: "addEquipmentYuan",
  L7: "addMultimediaRooms",
};

interface CompareRow {
  indicator: string;
  name: string;
  before: number | null;
  after: number | null;
  limit: number | null;
  beforePassed: boolean | null;
  afterPassed: boolean | null;
}

function compareRows(before: Evaluation, after: Evaluation): CompareRow[] {
  const rows = (b: Evaluation["quality"]["indicators"], a: Evaluation["quality"]["indicators"]) =>
    b.map((r, i) => ({
      indicator: r.indicator,
      name: r.name,
      before: r.cv,
      after: a[i]?.cv ?? null,
      limit: r.limit,
      beforePassed: r.passed,
      afterPassed: a[i]?.passed ?? null,
    }));
  return [
    ...rows(before.quality.indicators, after.quality.indicators),
    {
      indicator: "基本",
      name: "基本均衡综合差异系数",
      before: before.basic.composite,
      after: after.basic.composite,
      limit: before.basic.limit,
      beforePassed: before.basic.passed,
      afterPassed: after.basic.passed,
    },
  ];
}

const compareColumns: ColumnsType<CompareRow> = [
  { title: "指标", dataIndex: "indicator", width: 60 },
  { title: "名称", dataIndex: "name", ellipsis: true },
  { title: "调整前", dataIndex: "before", align: "right", width: 90, render: coefficient },
  {
    title: "调整后",
    key: "after",
    align: "right",
    width: 120,
    render: (_, r) => {
      const delta = r.after !== null && r.before !== null ? r.after - r.before : null;
      return (
        <Space size={4}>
          <Typography.Text strong>{coefficient(r.after)}</Typography.Text>
          {delta !== null && Math.abs(delta) >= 0.00005 && (
            <Typography.Text type={delta < 0 ? "success" : "danger"} style={{ fontSize: 12 }}>
              {delta < 0 ? "↓" : "↑"}
              {Math.abs(delta).toFixed(4)}
            </Typography.Text>
          )}
        </Space>
      );
    },
  },
  { title: "限值", dataIndex: "limit", align: "right", width: 70 },
  {
    title: "结论",
    key: "verdict",
    width: 170,
    render: (_, r) => (
      <Space size={4}>
        <VerdictTag passed={r.beforePassed} />→<VerdictTag passed={r.afterPassed} />
      </Space>
    ),
  },
];

function comparisonChart(before: Evaluation, after: Evaluation): ChartOption {
  const ks = before.quality.indicators;
  return {
    grid: { left: 48, right: 16, top: 36, bottom: 56 },
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    xAxis: { type: "category", data: ks.map((r) => `${r.indicator}\n${r.shortName}`), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "差异系数" },
    series: [
      {
        type: "bar",
        name: "调整前",
        itemStyle: { color: "#bfbfbf" },
        data: ks.map((r) => (r.cv === null ? null : Number(r.cv.toFixed(4)))),
        markLine: {
          symbol: "none",
          lineStyle: { color: "#fa8c16", type: "dashed" },
          label: { formatter: `限值 ${before.quality.limit}` },
          data: [{ yAxis: before.quality.limit }],
        },
      },
      {
        type: "bar",
        name: "调整后",
        itemStyle: { color: "#1677ff" },
        data: after.quality.indicators.map((r) => (r.cv === null ? null : Number(r.cv.toFixed(4)))),
      },
    ],
  };
}

/** 模拟测算: add teachers, floor area, equipment to chosen schools and see the figures change. Never saved to the register. */
export default function WhatIfPage() {
  const { message } = AntApp.useApp();
  const { can } = useAuth();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const scenarioId = params.get("scenario");
  const years = useBalanceYears();
  const [year, setYear] = useState<number | undefined>(params.get("year") ? Number(params.get("year")) : undefined);
  const [stage, setStage] = useState<Stage>(params.get("stage") === "junior" ? "junior" : "primary");
  const schoolYear = year ?? years.data?.years[0];
  const overview = useBalanceOverview({ year: schoolYear, stage }, schoolYear !== undefined);
  const scenario = useScenario(scenarioId);
  const scenarios = useScenarios();
  const run = useWhatIf();
  const save = useSaveScenario();
  const remove = useDeleteScenario();
  const [adjustments, setAdjustments] = useState<Adjustment[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; note: string }>();

  // opening a shared scenario loads its year, stage and adjustments
  useEffect(() => {
    const s = scenario.data;
    if (!s) return;
    setYear(s.schoolYear);
    setStage(s.stage);
    setAdjustments(s.adjustments);
  }, [scenario.data]);

  const schools = overview.data?.schools ?? [];
  const names = useMemo(() => new Map(schools.map((s) => [s.schoolId, s])), [schools]);
  const chosen = new Set(adjustments.map((a) => a.schoolId));

  const setField = (schoolId: string, field: Field, value: number | null) =>
    setAdjustments((list) => list.map((a) => (a.schoolId === schoolId ? { ...a, [field]: value ?? undefined } : a)));
  const addSchool = (schoolId: string) => setAdjustments((list) => [...list, { schoolId, stage }]);
  const fillShortfall = (schoolId: string) => {
    const s = names.get(schoolId);
    if (!s) return;
    const filled: Adjustment = { schoolId, stage };
    for (const f of s.shortfalls) filled[SHORTFALL_FIELD[f.indicator]] = f.amount;
    setAdjustments((list) => list.map((a) => (a.schoolId === schoolId ? filled : a)));
  };
  const compute = () => {
    if (schoolYear === undefined) return;
    run.mutate({ schoolYear, stage, adjustments });
  };
  const reset = () => {
    setAdjustments([]);
    run.reset();
    const p = new URLSearchParams(params);
    p.delete("scenario");
    setParams(p, { replace: true });
  };

  const adjustmentColumns: ColumnsType<Adjustment> = [
    {
      title: "学校",
      key: "school",
      fixed: "left",
      width: 200,
      render: (_, a) => {
        const s = names.get(a.schoolId);
        return (
          <Space orientation="vertical" size={0}>
            <span>{s?.name ?? "(不在本学段)"}</span>
            {s && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.metCount}/7 项达标 · 在校生 {s.students}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    ...FIELDS.map((f) => ({
      title: `${f.label}(${f.unit})`,
      key: f.key,
      width: 130,
      render: (_: unknown, a: Adjustment) => (
        <InputNumber
          aria-label={`${names.get(a.schoolId)?.name ?? ""}${f.label}`}
          data-testid={`whatif-${f.key}`}
          size="small"
          style={{ width: "100%" }}
          step={f.step}
          precision={f.step === 1 || f.unit === "册" ? 0 : 2}
          value={a[f.key] ?? null}
          onChange={(v) => setField(a.schoolId, f.key, v)}
        />
      ),
    })),
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 130,
      render: (_, a) => (
        <Space size={4}>
          <Button
            size="small"
            type="link"
            onClick={() => fillShortfall(a.schoolId)}
            data-testid="whatif-fill-shortfall"
          >
            按缺口填入
          </Button>
          <Button
            size="small"
            type="text"
            danger
            aria-label="移除"
            icon={<DeleteOutlined />}
            onClick={() => setAdjustments((list) => list.filter((x) => x.schoolId !== a.schoolId))}
          />
        </Space>
      ),
    },
  ];

  const result = run.data;
  const chart = useMemo(() => (result ? comparisonChart(result.before, result.after) : null), [result]);
  const problems = run.error instanceof ApiError ? run.error.fieldProblems : [];
  const shareLink = scenarioId ? `${window.location.origin}/balance/what-if?scenario=${scenarioId}` : null;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/balance">均衡发展监测</Link> }, { title: "模拟测算" }]} />
      <div style={{ display: "flex", justifyContent: "space-between", flexWrap: "wrap", gap: 12 }}>
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="whatif-title">
          模拟测算{scenario.data ? `:${scenario.data.name}` : ""}
        </Typography.Title>
        <Space wrap>
          <Select<number>
            aria-label="学年"
            style={{ width: 170 }}
            value={schoolYear}
            onChange={(y) => {
              setYear(y);
              run.reset();
            }}
            options={(years.data?.years ?? []).map((y) => ({ value: y, label: `${y}—${y + 1}学年` }))}
          />
          <Select<Stage>
            aria-label="学段"
            style={{ width: 100 }}
            value={stage}
            onChange={(s) => {
              setStage(s);
              setAdjustments([]);
              run.reset();
            }}
            options={balance.balanceStages.map((s) => ({ value: s, label: balance.balanceStageLabel[s] }))}
          />
        </Space>
      </div>
      <Alert
        type="warning"
        showIcon
        title="沙盘推演:调整只用于测算,不会修改学籍、教职工或办学条件数据"
        description="新增教师按所选学段计入;面积、设备等按全校增加,九年一贯制等学校按加权在校生分摊到各学段。"
      />
      {overview.data && <MethodNote asOf={overview.data.asOf} method={overview.data.method} />}
      {overview.isError && <Alert type="error" showIcon title="加载失败" description={overview.error.message} />}
      {scenario.isError && <Alert type="error" showIcon title="方案无法打开" description={scenario.error.message} />}
      {!overview.data ? (
        <Skeleton active />
      ) : (
        <Card
          size="small"
          title="调整项"
          extra={
            <Select<string>
              showSearch={{ optionFilterProp: "label" }}
              aria-label="添加学校"
              placeholder="添加学校…"
              style={{ width: 260 }}
              value={null as unknown as string}
              data-testid="whatif-add-school"
              onChange={addSchool}
              options={schools
                .filter((s) => !chosen.has(s.schoolId))
                .sort((a, b) => a.metCount - b.metCount)
                .map((s) => ({ value: s.schoolId, label: `${s.name}(${s.metCount}/7)` }))}
            />
          }
        >
          <Table<Adjustment>
            rowKey="schoolId"
            size="small"
            columns={adjustmentColumns}
            dataSource={adjustments}
            pagination={false}
            scroll={{ x: 1500 }}
            locale={{ emptyText: "从右上角添加学校,填入要增加的教师、面积或设备" }}
          />
          {problems.length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={run.error?.message}
              description={problems.map((p) => `${p.field}:${p.message}`).join(";")}
            />
          )}
          <Space style={{ marginTop: 12 }} wrap>
            <Button
              type="primary"
              icon={<CalculatorOutlined />}
              disabled={adjustments.length === 0}
              loading={run.isPending}
              onClick={compute}
              data-testid="whatif-compute"
            >
              测算
            </Button>
            <Button icon={<UndoOutlined />} onClick={reset} data-testid="whatif-reset">
              重置
            </Button>
            <Button
              icon={<SaveOutlined />}
              disabled={adjustments.length === 0}
              onClick={() => setSaving(true)}
              data-testid="whatif-save"
            >
              保存方案
            </Button>
            {shareLink && (
              <Typography.Text copyable={{ text: shareLink, tooltips: ["复制分享链接", "已复制"] }}>
                <LinkOutlined /> 分享链接
              </Typography.Text>
            )}
          </Space>
        </Card>
      )}
      {run.isError && problems.length === 0 && <Alert type="error" showIcon title={run.error.message} />}
      {result && chart && (
        <Card
          size="small"
          title={`测算结果:校际达标学校 ${result.before.quality.schoolsPassing} → ${result.after.quality.schoolsPassing} 所`}
          data-testid="whatif-result"
        >
          <Row gutter={16}>
            <Col xs={24} xxl={13}>
              <Table<CompareRow>
                rowKey="indicator"
                size="small"
                columns={compareColumns}
                dataSource={compareRows(result.before, result.after)}
                pagination={false}
              />
            </Col>
            <Col xs={24} xxl={11}>
              <Chart option={chart} height={320} testId="chart-whatif" ariaLabel="调整前后差异系数" />
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            调整学校的达标变化
          </Typography.Title>
          <Space wrap>
            {adjustments.map((a) => {
              const b = result.before.schools.find((s) => s.schoolId === a.schoolId);
              const n = result.after.schools.find((s) => s.schoolId === a.schoolId);
              if (!b || !n) return null;
              return (
                <Tag key={a.schoolId} color={n.passes ? "success" : "default"}>
                  {b.name}:{b.metCount} → {n.metCount} 项
                </Tag>
              );
            })}
          </Space>
        </Card>
      )}
      <Card size="small" title="已保存的方案">
        <Table
          rowKey="id"
          size="small"
          data-testid="whatif-scenarios"
          loading={scenarios.isPending}
          dataSource={scenarios.data?.rows ?? []}
          pagination={{ defaultPageSize: 10 }}
          columns={[
            {
              title: "方案",
              dataIndex: "name",
              render: (name: string, r) => <Link to={`/balance/what-if?scenario=${r.id}`}>{name}</Link>,
            },
            { title: "学年", dataIndex: "schoolYear", width: 130, render: (y: number) => `${y}—${y + 1}学年` },
            { title: "学段", dataIndex: "stage", width: 70, render: (s: Stage) => balance.balanceStageLabel[s] },
            { title: "调整学校", dataIndex: "adjustments", width: 90, align: "right" },
            { title: "说明", dataIndex: "note", ellipsis: true },
            { title: "保存人", dataIndex: "createdByName", width: 100 },
            {
              title: "保存时间",
              dataIndex: "createdAt",
              width: 170,
              render: (t: string) => new Date(t).toLocaleString("zh-CN"),
            },
            {
              title: "",
              key: "delete",
              width: 60,
              render: (_, r) =>
                can("write", "balance") || r.createdByName === me.user.username ? (
                  <Popconfirm
                    title="删除这个方案?"
                    onConfirm={() =>
                      remove.mutate(r.id, {
                        onSuccess: () => message.success("已删除"),
                        onError: (e) => message.error(e.message),
                      })
                    }
                  >
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除方案" />
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        title="保存模拟测算方案"
        open={saving}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            if (schoolYear === undefined) return;
            save.mutate(
              { ...v, note: v.note ?? "", schoolYear, stage, adjustments },
              {
                onSuccess: (s) => {
                  setSaving(false);
                  form.resetFields();
                  message.success("方案已保存,可复制链接分享");
                  const p = new URLSearchParams(params);
                  p.set("scenario", s.id);
                  setParams(p, { replace: true });
                },
                onError: (e) => message.error(e.message),
              },
            );
          }}
        >
          <Form.Item
            name="name"
            label="方案名称"
            rules={[
              { required: true, message: "请填写方案名称" },
              { min: 2, message: "至少2个字" },
            ]}
          >
            <Input maxLength={60} data-testid="whatif-scenario-name" />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
