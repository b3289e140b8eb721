import { preschool } from "@edubureau/core";
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { PageTitle } from "../components/PageTitle";
import type { Kindergarten, ReportBody } from "./api";
import { usePreschoolYear } from "./components";
import { FAIL_COLOR } from "./format";
import { useKindergarten, useSaveReport } from "./hooks";
import { preschoolPaths } from "./paths";

type FormValues = Omit<ReportBody, "schoolYear" | "recognisedOn"> & { recognisedOn?: Dayjs | null };
const FIELDS = [
  "kind",
  "recognisedOn",
  "recognisedDocument",
  "licenceNumber",
  "feeYuanPerMonth",
  "ruralCentral",
  "principalCertified",
  "establishedPayYuan",
  "nonEstablishedPayYuan",
  "fundingPerChildYuan",
  "buildingArea",
  "playArea",
] as const;

function ReportForm({ k, schoolYear }: { k: Kindergarten; schoolYear: number }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveReport();
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch("kind", form);
  useEffect(() => {
    const r = k.report;
    form.setFieldsValue(
      r
        ? { ...r, recognisedOn: r.recognisedOn ? dayjs(r.recognisedOn) : null }
        : { kind: k.kind ?? undefined, ruralCentral: false, principalCertified: null },
    );
  }, [k, form]);
  const submit = async (v: FormValues) => {
    setError(null);
    try {
      await save.mutateAsync({
        id: k.schoolId,
        body: { ...v, schoolYear, recognisedOn: v.recognisedOn ? v.recognisedOn.format("YYYY-MM-DD") : null },
      });
      message.success("已保存年度填报");
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  };
  const yuan = { min: 0, precision: 2, style: { width: "100%" }, addonAfter: "元" };
  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={submit} data-testid="preschool-report-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label="办园性质" rules={[{ required: true, message: "请选择办园性质" }]}>
            <Select
              options={preschool.kindergartenKinds.map((c) => ({
                value: c,
                label: preschool.kindergartenKindLabels[c],
              }))}
            />
          </Form.Item>
        </Col>
        {kind === "inclusive_private" && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                name="recognisedOn"
                label="普惠认定日期"
                rules={[{ required: true, message: "请填写认定日期" }]}
              >
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="recognisedDocument"
                label="认定文件文号"
                rules={[{ required: true, message: "请填写认定文件文号" }]}
              >
                <Input placeholder="如 某教发〔2024〕12号" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="licenceNumber" label="办园许可证号">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="feeYuanPerMonth" label="保教费(每月)">
            <InputNumber {...yuan} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="fundingPerChildYuan" label="生均财政拨款或普惠补助(每年)">
            <InputNumber {...yuan} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="establishedPayYuan" label={`在编教师月平均工资(${k.establishedTeachers} 人)`}>
            <InputNumber {...yuan} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nonEstablishedPayYuan" label={`非在编教师月平均工资(${k.nonEstablishedTeachers} 人)`}>
            <InputNumber {...yuan} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="buildingArea" label="园舍建筑面积">
            <InputNumber min={0} precision={2} style={{ width: "100%" }} addonAfter="m²" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="playArea" label="户外活动场地面积">
            <InputNumber min={0} precision={2} style={{ width: "100%" }} addonAfter="m²" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="principalCertified" label="园长任职资格">
            <Select
              options={[
                { value: true, label: "已取得" },
                { value: false, label: "未取得" },
              ]}
              allowClear
              placeholder="未填报"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="ruralCentral" valuePropName="checked" label=" ">
            <Checkbox>乡镇公办中心园</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="preschool-report-save">
        保存年度填报
      </Button>
    </Form>
  );
}

/** One kindergarten (or a primary school's attached classes): the register's figures, its classes and its report. */
export default function KindergartenPage() {
  const { id = "" } = useParams();
  const { year } = usePreschoolYear();
  const detail = useKindergarten(id, year);
  const { can } = useAuth();
  const d = detail.data;
  const k = d?.kindergarten;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Link to={`${preschoolPaths.preschool}${year ? `?year=${year}` : ""}`}>← 返回普及普惠评估</Link>
      {detail.isError && <Alert type="error" showIcon title="幼儿园数据加载失败" description={detail.error.message} />}
      {!d || !k ? (
        !detail.isError && <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <PageTitle style={{ margin: 0 }} testId="preschool-kindergarten-title">
            {k.name}
            {k.attached ? "(附设幼儿班)" : ""}
          </PageTitle>
          <Card size="small" title={`${d.schoolYearLabel}学年(数据时点 ${d.asOf})`}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
              <Descriptions.Item label="办园性质">
                {k.kind ? k.kindLabel : <Tag color="warning">未填报</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="乡镇">{k.townName || "—"}</Descriptions.Item>
              <Descriptions.Item label="在园幼儿">{k.children} 人</Descriptions.Item>
              <Descriptions.Item label="专任教师">
                {k.fullTimeTeachers} 人(持证 {k.certifiedTeachers},在编 {k.establishedTeachers})
              </Descriptions.Item>
              <Descriptions.Item label="师幼比">
                {k.childrenPerTeacher === null ? "—" : `1:${k.childrenPerTeacher.toFixed(1)}`}
              </Descriptions.Item>
              <Descriptions.Item label="生均园舍 / 户外场地">
                {k.buildingAreaPerChild === null ? "—" : `${k.buildingAreaPerChild.toFixed(2)} m²`} /{" "}
                {k.playAreaPerChild === null ? "—" : `${k.playAreaPerChild.toFixed(2)} m²`}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">
              在园幼儿、班级和教师来自学籍与教职工登记;其余来自本园年度填报。
            </Typography.Text>
          </Card>
          <Card size="small" title="班级与班额">
            <Table
              rowKey="classId"
              size="small"
              pagination={false}
              dataSource={k.classes}
              // "children" is the class size here, not tree rows
              expandable={{ childrenColumnName: "subRows" }}
              columns={[
                { title: "班级", dataIndex: "name" },
                { title: "班型", dataIndex: "bandLabel" },
                {
                  title: "幼儿数",
                  dataIndex: "children",
                  align: "right",
                  render: (n: number, c) =>
                    c.over ? <Typography.Text style={{ color: FAIL_COLOR }}>{n}</Typography.Text> : n,
                },
                { title: "上限", dataIndex: "limit", align: "right" },
                {
                  title: "",
                  key: "over",
                  render: (_: unknown, c) => (c.over ? <Tag color="error">超出 {c.children - c.limit} 人</Tag> : null),
                },
              ]}
            />
          </Card>
          <Card size="small" title="年度填报">
            {can("write", "preschool") ? (
              <ReportForm k={k} schoolYear={d.schoolYear} />
            ) : (
              <Typography.Text type="secondary">
                {k.report ? `最近填报:${k.report.updatedAt.slice(0, 10)}` : "尚未填报"}(只读)
              </Typography.Text>
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
