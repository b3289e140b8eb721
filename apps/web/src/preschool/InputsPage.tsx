import { Alert, App as AntApp, Button, Card, Input, InputNumber, Skeleton, Space, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useAuth } from "../app/auth";
import { PageTitle } from "../components/PageTitle";
import type { Inputs } from "./api";
import { usePreschoolYear } from "./components";
import { usePreschoolInputs, useSaveBirths, useSavePopulation, useSaveSurvey } from "./hooks";

type Township = Inputs["townships"][number];
type Pop = { age3: number | null; age4: number | null; age5: number | null };

function PopulationCard({ data, editable }: { data: Inputs; editable: boolean }) {
  const { message } = AntApp.useApp();
  const save = useSavePopulation();
  const [rows, setRows] = useState<Record<string, Pop>>({});
  const [source, setSource] = useState("");
  useEffect(() => {
    setRows(
      Object.fromEntries(
        data.townships.map((t) => [t.townCode, t.population ?? { age3: null, age4: null, age5: null }]),
      ),
    );
    setSource(data.townships.find((t) => t.population)?.population?.source ?? "");
  }, [data]);
  const cell = (t: Township, age: keyof Pop) =>
    editable ? (
      <InputNumber
        aria-label={`${t.name}${age.slice(3)}周岁人口`}
        min={0}
        precision={0}
        value={rows[t.townCode]?.[age] ?? null}
        onChange={(v) => setRows((r) => ({ ...r, [t.townCode]: { ...(r[t.townCode] as Pop), [age]: v } }))}
      />
    ) : (
      (t.population?.[age] ?? "—")
    );
  const submit = async () => {
    const filled = data.townships.filter((t) => {
      const r = rows[t.townCode];
      return r && r.age3 !== null && r.age4 !== null && r.age5 !== null;
    });
    const partial = data.townships.find((t) => {
      const r = rows[t.townCode];
      const n = r ? [r.age3, r.age4, r.age5].filter((x) => x !== null).length : 0;
      return n > 0 && n < 3;
    });
    if (partial) return message.error(`${partial.name}:请把 3、4、5 周岁人口都填上,或全部留空`);
    if (filled.length === 0) return message.error("请至少填写一个乡镇的 3、4、5 周岁人口");
    try {
      await save.mutateAsync({
        schoolYear: data.schoolYear,
        rows: filled.map((t) => {
          const r = rows[t.townCode] as Pop;
          return { townCode: t.townCode, age3: r.age3 ?? 0, age4: r.age4 ?? 0, age5: r.age5 ?? 0, source };
        }),
      });
      message.success(`已保存 ${filled.length} 个乡镇的适龄人口`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card size="small" title={`乡镇 3–5 周岁人口(${data.schoolYear} 年 9 月 1 日)`}>
      <Table<Township>
        data-testid="preschool-population"
        rowKey="townCode"
        size="small"
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={data.townships}
        columns={[
          {
            title: "乡镇",
            dataIndex: "name",
            render: (n: string, t) => (
              <Space size={4}>
                {n}
                {t.urban && <Tag>城区</Tag>}
              </Space>
            ),
          },
          { title: "3 周岁", key: "a3", render: (_: unknown, t) => cell(t, "age3") },
          { title: "4 周岁", key: "a4", render: (_: unknown, t) => cell(t, "age4") },
          { title: "5 周岁", key: "a5", render: (_: unknown, t) => cell(t, "age5") },
          {
            title: "来源",
            key: "s",
            render: (_: unknown, t) => t.population?.source ?? <Tag color="warning">未录入</Tag>,
          },
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            aria-label="人口数据来源"
            style={{ width: 280 }}
            placeholder="数据来源,如 公安户籍 2026-09-01"
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
          <Button type="primary" loading={save.isPending} onClick={submit} data-testid="preschool-population-save">
            保存适龄人口
          </Button>
        </Space>
      )}
    </Card>
  );
}

function BirthsCard({ data, editable }: { data: Inputs; editable: boolean }) {
  const { message } = AntApp.useApp();
  const save = useSaveBirths();
  const [cells, setCells] = useState<Record<string, number | null>>({});
  const [source, setSource] = useState("");
  useEffect(() => {
    const next: Record<string, number | null> = {};
    for (const t of data.townships) for (const b of t.births) next[`${t.townCode}:${b.year}`] = b.births;
    setCells(next);
    setSource(data.birthSources[0] ?? "");
  }, [data]);
  const submit = async () => {
    const rows = Object.entries(cells)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => {
        const [townCode = "", y = ""] = k.split(":");
        return { townCode, birthYear: Number(y), births: v as number, source };
      });
    if (rows.length === 0) return message.error("请至少填写一个出生数");
    try {
      await save.mutateAsync({ rows });
      message.success(`已保存 ${rows.length} 个出生数`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card size="small" title="各乡镇出生人口(用于推算未来三年适龄幼儿)">
      <Table<Township>
        rowKey="townCode"
        size="small"
        pagination={false}
        scroll={{ x: 760 }}
        dataSource={data.townships}
        columns={[
          { title: "乡镇", dataIndex: "name", fixed: "left", width: 110 },
          ...data.birthYears.map((y) => ({
            title: `${y} 年`,
            key: String(y),
            render: (_: unknown, t: Township) =>
              editable ? (
                <InputNumber
                  aria-label={`${t.name}${y}年出生数`}
                  min={0}
                  precision={0}
                  style={{ width: 80 }}
                  value={cells[`${t.townCode}:${y}`] ?? null}
                  onChange={(v) => setCells((c) => ({ ...c, [`${t.townCode}:${y}`]: v }))}
                />
              ) : (
                (t.births.find((b) => b.year === y)?.births ?? "—")
              ),
          })),
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 12 }} wrap>
          <Input
            aria-label="出生数据来源"
            style={{ width: 280 }}
            placeholder="数据来源,如 卫健出生登记"
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
          <Button type="primary" loading={save.isPending} onClick={submit}>
            保存出生人口
          </Button>
        </Space>
      )}
    </Card>
  );
}

function SurveyCard({ data, editable }: { data: Inputs; editable: boolean }) {
  const { message } = AntApp.useApp();
  const save = useSaveSurvey();
  const [value, setValue] = useState<number | null>(null);
  const [source, setSource] = useState("");
  useEffect(() => {
    setValue(data.survey ? Math.round(data.survey.satisfaction * 1000) / 10 : null);
    setSource(data.survey?.source ?? "");
  }, [data]);
  return (
    <Card size="small" title="社会认可度(满意度调查)">
      {editable ? (
        <Space wrap>
          <InputNumber
            aria-label="满意度"
            min={0}
            max={100}
            precision={1}
            value={value}
            onChange={setValue}
            addonAfter="%"
          />
          <Input
            aria-label="调查来源"
            style={{ width: 280 }}
            placeholder="调查来源,如 2026年第三方满意度调查"
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
          <Button
            type="primary"
            loading={save.isPending}
            onClick={async () => {
              if (value === null) return message.error("请填写满意度");
              try {
                await save.mutateAsync({ schoolYear: data.schoolYear, satisfaction: value / 100, source });
                message.success("已保存社会认可度");
              } catch (e) {
                message.error((e as Error).message);
              }
            }}
          >
            保存
          </Button>
        </Space>
      ) : (
        <Typography.Text>
          {data.survey ? `${(data.survey.satisfaction * 100).toFixed(1)}%(${data.survey.source})` : "尚未录入"}
        </Typography.Text>
      )}
    </Card>
  );
}

/** 人口与调查: the figures the county enters, each with its source; the owning section edits, others read. */
export default function InputsPage() {
  const { year, select, ready } = usePreschoolYear();
  const inputs = usePreschoolInputs(year, ready);
  const { can } = useAuth();
  const editable = can("write", "preschool");
  const d = inputs.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div
        style={{ display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 12 }}
      >
        <PageTitle style={{ margin: 0 }} testId="preschool-inputs-title">
          适龄人口、出生人口与社会认可度
        </PageTitle>
        {select}
      </div>
      <Typography.Text type="secondary">
        控辍保学的户籍名册接入前,适龄人口由县里按乡镇录入并注明来源;未录入的乡镇使毛入园率显示“缺少数据”。
      </Typography.Text>
      {inputs.isError && <Alert type="error" showIcon title="加载失败" description={inputs.error.message} />}
      {!d ? (
        !inputs.isError && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <PopulationCard data={d} editable={editable} />
          <BirthsCard data={d} editable={editable} />
          <SurveyCard data={d} editable={editable} />
        </>
      )}
    </Space>
  );
}
