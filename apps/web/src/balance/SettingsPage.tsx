import { balance, registry } from "@edubureau/core";
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  Form,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
} from "antd";
import { useEffect } from "react";
import { Link } from "react-router";
import { ApiError } from "../app/api";
import { useAuth } from "../app/auth";
import { useBalanceConfig, useSaveBalanceConfig } from "./hooks";

const qualificationOptions = registry.qualification.codes.map((q) => ({
  value: q,
  label: `${registry.qualification.labels[q]}及以上`,
}));

/** 测算参数: the standards, limits, qualification rule and stage weights; national values by default. */
export default function BalanceSettingsPage() {
  const { message } = AntApp.useApp();
  const { can } = useAuth();
  const editable = can("write", "balance");
  const config = useBalanceConfig();
  const save = useSaveBalanceConfig();
  const [form] = Form.useForm<balance.BalanceConfig>();
  useEffect(() => {
    if (config.data) form.setFieldsValue(config.data.config);
  }, [config.data, form]);

  const onFinish = (values: balance.BalanceConfig) =>
    save.mutate(values, {
      onSuccess: () => message.success("测算参数已保存,均衡发展数据将按新参数计算"),
      onError: (e) => {
        if (e instanceof ApiError && e.fieldProblems.length > 0) {
          form.setFields(e.fieldProblems.map((p) => ({ name: p.field.split(".") as never, errors: [p.message] })));
        }
        message.error(e.message);
      },
    });

  /** A number of the settings; `label` names it for screen readers (a field of a pair or a table cell). */
  const number = (
    name: (string | number)[],
    label: string,
    props: { min?: number; max?: number; step?: number; precision?: number } = {},
  ) => (
    <Form.Item name={name} noStyle rules={[{ required: true, message: "必填" }]}>
      <InputNumber aria-label={label} disabled={!editable} style={{ width: "100%" }} {...props} />
    </Form.Item>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/balance">均衡发展监测</Link> }, { title: "测算参数" }]} />
      <Typography.Title level={1} style={{ margin: 0 }}>
        均衡发展测算参数
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title={
          config.data?.customized
            ? `本县已自定义参数(最近修改 ${new Date(config.data.updatedAt ?? "").toLocaleString("zh-CN")})`
            : "当前使用国家标准(教督〔2017〕6号及2012年基本均衡办法)"
        }
        description={
          editable
            ? "各省可能发布更严格的标准;修改后全县的测算结果即按新参数计算,修改记入审计日志。"
            : "仅基础教育股、督导室可修改参数。"
        }
      />
      {config.isError && <Alert type="error" showIcon title="加载失败" description={config.error.message} />}
      {!config.data ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          disabled={!editable}
          data-testid="balance-settings-form"
        >
          <Card size="small" title="优质均衡:各校资源配置标准">
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={balance.qualityIndicators.map((k) => ({ key: k }))}
              columns={[
                { title: "指标", dataIndex: "key", width: 60 },
                { title: "名称", key: "name", render: (_, r) => balance.indicatorInfo[r.key].name },
                { title: "单位", key: "unit", width: 90, render: (_, r) => balance.indicatorInfo[r.key].unit },
                {
                  title: "小学标准",
                  key: "p",
                  width: 140,
                  render: (_, r) => number(["standards", "primary", r.key], `小学标准 ${r.key}`, { min: 0, step: 0.1 }),
                },
                {
                  title: "初中标准",
                  key: "j",
                  width: 140,
                  render: (_, r) => number(["standards", "junior", r.key], `初中标准 ${r.key}`, { min: 0, step: 0.1 }),
                },
              ]}
            />
          </Card>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title="县域判定">
                <Form.Item label="优质均衡每项差异系数上限(小学 / 初中)">
                  <Space.Compact style={{ width: "100%" }}>
                    {number(["qualityCoefficientLimit", "primary"], "优质均衡差异系数上限(小学)", {
                      min: 0,
                      max: 2,
                      step: 0.05,
                    })}
                    {number(["qualityCoefficientLimit", "junior"], "优质均衡差异系数上限(初中)", {
                      min: 0,
                      max: 2,
                      step: 0.05,
                    })}
                  </Space.Compact>
                </Form.Item>
                <Form.Item label="基本均衡综合差异系数上限(小学 / 初中)">
                  <Space.Compact style={{ width: "100%" }}>
                    {number(["basicCompositeLimit", "primary"], "基本均衡综合差异系数上限(小学)", {
                      min: 0,
                      max: 2,
                      step: 0.05,
                    })}
                    {number(["basicCompositeLimit", "junior"], "基本均衡综合差异系数上限(初中)", {
                      min: 0,
                      max: 2,
                      step: 0.05,
                    })}
                  </Space.Compact>
                </Form.Item>
                <Form.Item label="校际达标:至少达标项数 / 其余指标不低于标准的比例">
                  <Space.Compact style={{ width: "100%" }}>
                    {number(["schoolMinimumMet"], "校际达标至少达标项数", { min: 1, max: 7, precision: 0 })}
                    {number(["schoolRemainderShare"], "其余指标不低于标准的比例", { min: 0.01, max: 1, step: 0.05 })}
                  </Space.Compact>
                </Form.Item>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title="口径">
                <Form.Item label="高于规定学历:小学" name={["qualificationAbove", "primary"]}>
                  <Select options={qualificationOptions} />
                </Form.Item>
                <Form.Item label="高于规定学历:初中" name={["qualificationAbove", "junior"]}>
                  <Select options={qualificationOptions} />
                </Form.Item>
                <Form.Item label="一贯制学校设施分摊系数(小学 : 初中 : 高中)">
                  <Space.Compact style={{ width: "100%" }}>
                    {number(["stageWeights", "primary"], "设施分摊系数(小学)", { min: 0.1, step: 0.1 })}
                    {number(["stageWeights", "junior"], "设施分摊系数(初中)", { min: 0.1, step: 0.1 })}
                    {number(["stageWeights", "senior"], "设施分摊系数(高中)", { min: 0.1, step: 0.01 })}
                  </Space.Compact>
                </Form.Item>
                <Form.Item label="教学点不足多少人不参与计算">
                  {number(["teachingPointMinimum"], "教学点不足多少人不参与计算", { min: 0, precision: 0 })}
                </Form.Item>
                <Form.Item label="班额上限(小学 / 初中)、学校规模上限(一般 / 九年一贯制)">
                  <Space.Compact style={{ width: "100%" }}>
                    {number(["classSizeMax", "primary"], "班额上限(小学)", { min: 1, precision: 0 })}
                    {number(["classSizeMax", "junior"], "班额上限(初中)", { min: 1, precision: 0 })}
                    {number(["schoolSizeMax"], "学校规模上限(一般)", { min: 1, precision: 0 })}
                    {number(["nineYearSchoolSizeMax"], "学校规模上限(九年一贯制)", { min: 1, precision: 0 })}
                  </Space.Compact>
                </Form.Item>
              </Card>
            </Col>
          </Row>
          {editable && (
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="balance-settings-save">
                保存参数
              </Button>
              <Popconfirm
                title="恢复为国家标准?"
                description="表单将填入国家标准,保存后生效。"
                onConfirm={() => form.setFieldsValue(config.data.national)}
              >
                <Button>恢复国家标准</Button>
              </Popconfirm>
            </Space>
          )}
        </Form>
      )}
    </Space>
  );
}
