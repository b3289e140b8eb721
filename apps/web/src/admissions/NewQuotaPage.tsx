import { admissions, registry } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { paths } from "../app/menu";
import { useSchoolYears, useScopeSchools } from "../registry/filters";
import { admissionsApi, type EventDetail } from "./api";
import { useEventMutation, useQuotaBases } from "./hooks";
import { ListProblems } from "./ListProblems";
import { beijingEventTime } from "./labels";

interface Values {
  title: string;
  eventTime: Dayjs;
  seniorKind: "county" | "outside";
  seniorSchoolId?: string;
  seniorCode?: string;
  seniorName?: string;
  schoolYear: number;
  plan: number;
  sharePercent: number;
  baseKind: admissions.QuotaBaseKind;
  ruralWeightPercent: number;
  floorLine: number;
}

const SENIOR_KINDS = ["senior", "complete_secondary", "twelve_year"];

/**
 * 新建指标到校: a high-quality senior school's plan, the share for junior schools (≥ 50%), the base taken from the
 * register (graduates, enrolled or registered), an optional rural weighting; a live preview computes the places
 * in the browser with the same core function the server publishes.
 */
export default function NewQuotaPage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const years = useSchoolYears();
  const schools = useScopeSchools();
  const seniors = schools.rows.filter((s) => SENIOR_KINDS.includes(s.kind) && s.status === "open");
  const v = Form.useWatch([], form) as Partial<Values> | undefined;
  // the county's current year by default; no request until it is known (never year=0)
  const year = v?.schoolYear ?? years.latest;
  const baseKind = v?.baseKind ?? "graduates";
  const bases = useQuotaBases(year, baseKind);
  useEffect(() => {
    if (years.latest && !form.getFieldValue("schoolYear")) form.setFieldValue("schoolYear", years.latest);
  }, [years.latest, form]);

  const preview = useMemo(() => {
    if (!bases.data || !v?.plan || !v.sharePercent) return null;
    const input = admissions.quotaInput({
      code: "预览",
      title: "",
      eventTime: "",
      seniorSchool: { code: "", name: "" },
      plan: v.plan,
      sharePercent: v.sharePercent,
      baseKind,
      ruralWeightPercent: v.ruralWeightPercent ?? 100,
      juniorSchools: bases.data.rows.map((r) => ({ code: r.code, name: r.name, base: r.base, rural: r.rural })),
      floorLine: 0,
      tieBreakNames: [],
      candidates: [],
    });
    return admissions.allocateQuota(input, "");
  }, [bases.data, v?.plan, v?.sharePercent, v?.ruralWeightPercent, baseKind]);

  const create = useEventMutation(
    (x: Values): Promise<EventDetail> =>
      admissionsApi.createQuota({
        title: x.title,
        eventTime: beijingEventTime(x.eventTime),
        seniorSchoolId: x.seniorKind === "county" ? (x.seniorSchoolId ?? null) : null,
        seniorSchool: x.seniorKind === "outside" ? { code: x.seniorCode ?? "", name: x.seniorName ?? "" } : null,
        schoolYear: x.schoolYear,
        plan: x.plan,
        sharePercent: x.sharePercent,
        baseKind: x.baseKind,
        ruralWeightPercent: x.ruralWeightPercent,
        floorLine: x.floorLine,
      }),
  );
  const submit = async (x: Values) => {
    setError(null);
    try {
      const created = await create.mutateAsync(x);
      message.success(`已创建 ${created.code}`);
      navigate(`${paths.admissions}/events/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        新建指标到校
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          seniorKind: seniors.length > 0 ? "county" : "outside",
          plan: 300,
          sharePercent: 60,
          baseKind: "graduates",
          ruralWeightPercent: 100,
          floorLine: 0,
          eventTime: dayjs().add(7, "day").hour(9).minute(0),
        }}
        onValuesChange={(changed) => {
          if ("schoolYear" in changed || "seniorName" in changed || "seniorSchoolId" in changed) {
            const f = form.getFieldsValue();
            const name =
              f.seniorKind === "county" ? seniors.find((s) => s.id === f.seniorSchoolId)?.name : f.seniorName;
            if (name && f.schoolYear) form.setFieldValue("title", `${f.schoolYear}年${name}指标到校分配`);
          }
        }}
      >
        <Card size="small" title="分配参数">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="seniorKind" label="优质高中">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: "county", label: "本县高中", disabled: seniors.length === 0 },
                    { value: "outside", label: "县外(市直)高中" },
                  ]}
                />
              </Form.Item>
            </Col>
            {v?.seniorKind === "county" ? (
              <Col xs={24} md={8}>
                <Form.Item name="seniorSchoolId" label="高中学校" rules={[{ required: true, message: "请选择高中" }]}>
                  <Select options={seniors.map((s) => ({ value: s.id, label: s.name }))} />
                </Form.Item>
              </Col>
            ) : (
              <>
                <Col xs={12} md={4}>
                  <Form.Item name="seniorCode" label="高中代码" rules={[{ required: true, message: "请填写代码" }]}>
                    <Input maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name="seniorName" label="高中名称" rules={[{ required: true, message: "请填写名称" }]}>
                    <Input maxLength={60} placeholder="如:市第一高级中学" />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="schoolYear" label="学年(取基数)" rules={[{ required: true, message: "请选择学年" }]}>
                <Select options={years.years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="plan" label="招生计划" rules={[{ required: true, message: "请填写招生计划" }]}>
                <InputNumber min={1} max={100000} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="sharePercent" label="分配到校比例(%)" extra="政策要求不低于 50%">
                <InputNumber min={50} max={100} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="ruralWeightPercent" label="乡镇和农村初中加权(%)" extra="100 表示不加权">
                <InputNumber min={100} max={300} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="baseKind" label="分配基数">
                <Radio.Group
                  options={(Object.keys(admissions.quotaBaseLabels) as admissions.QuotaBaseKind[]).map((k) => ({
                    value: k,
                    label: admissions.quotaBaseLabels[k],
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="floorLine" label="最低控制线">
                <InputNumber min={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label="活动名称" rules={[{ required: true, message: "请填写活动名称" }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="eventTime" label="公布时间" rules={[{ required: true, message: "请选择时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title="分配预览(按最大余数法)" style={{ marginTop: 16 }}>
          {preview && !preview.ok && <Alert type="warning" showIcon message={preview.problems[0]?.message} />}
          {preview?.ok && (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title="分配到校名额" value={preview.result.quotaTotal} />
                </Col>
                <Col span={8}>
                  <Statistic title="按余数分配" value={preview.result.remainderPlaces} />
                </Col>
                <Col span={8}>
                  <Statistic title="统一招生名额" value={preview.result.openPlaces} />
                </Col>
              </Row>
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={preview.result.schools}
                data-testid="quota-preview"
                columns={[
                  { title: "初中学校", dataIndex: "name" },
                  { title: "基数", dataIndex: "base", align: "right" },
                  {
                    title: "",
                    dataIndex: "rural",
                    render: (r: boolean) => (r ? <Tag color="green">乡镇农村</Tag> : null),
                  },
                  { title: "精确份额", dataIndex: "exact", align: "right", render: (x: number) => x.toFixed(4) },
                  { title: "整数部分", dataIndex: "floor", align: "right" },
                  { title: "余数排名", dataIndex: "remainderRank", align: "right" },
                  { title: "名额", dataIndex: "places", align: "right", render: (p: number) => <b>{p}</b> },
                ]}
              />
            </Space>
          )}
        </Card>
        {error !== null && (
          <div style={{ marginTop: 16 }}>
            <ListProblems error={error} />
          </div>
        )}
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            创建
          </Button>
          <Button onClick={() => navigate(paths.admissions)}>取消</Button>
        </Space>
      </Form>
    </Space>
  );
}
