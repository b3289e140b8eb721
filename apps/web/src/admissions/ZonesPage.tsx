import { PlusOutlined } from "@ant-design/icons";
import { admissions, registry } from "@edubureau/core";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useAuth } from "../app/auth";
import { applyServerErrors } from "../app/formErrors";
import { Chart, type ChartOption } from "../components/Chart";
import { useScopeSchools } from "../registry/filters";
import { admissionsApi, type ZoneBody, type ZoneRow } from "./api";
import { useEventMutation } from "./hooks";

const STATUS_COLORS: Record<admissions.CapacityStatus, string> = {
  shortfall: "red",
  tight: "orange",
  ok: "green",
  no_school: "default",
};
const STAGE_KINDS: Record<admissions.ZoneStage, string[]> = {
  primary: ["primary", "teaching_point", "nine_year", "twelve_year"],
  junior: ["junior", "nine_year", "complete_secondary", "twelve_year"],
};

function capacityOption(rows: ZoneRow[]): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { data: ["入学年龄儿童", "对口学位"], top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 90 },
    xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { rotate: 30 } },
    yAxis: { type: "value", name: "人" },
    series: [
      {
        name: "入学年龄儿童",
        type: "bar",
        data: rows.map((r) => ({
          value: r.children,
          itemStyle: { color: r.status === "shortfall" ? "#cf1322" : r.status === "tight" ? "#fa8c16" : "#4096ff" },
        })),
      },
      { name: "对口学位", type: "bar", data: rows.map((r) => r.places), itemStyle: { color: "#95de64" } },
    ],
  };
}

/**
 * 学区: zones of address units and their schools; for an intake year, the entry cohort living in each zone (from
 * the register) against the zone's entry places, flagged per zone; a family's zone by address.
 */
export default function ZonesPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const writes = can("write", "admissions");
  const [year, setYear] = useState(registry.schoolYearOf(dayjs().format("YYYY-MM-DD")) + 1);
  const [address, setAddress] = useState("");
  const [editing, setEditing] = useState<ZoneRow | "new" | null>(null);
  const zones = useQuery({ queryKey: ["admissions", "zones", year], queryFn: () => admissionsApi.zones(year) });
  const lookup = useQuery({
    enabled: address.trim().length >= 2,
    queryKey: ["admissions", "zone-lookup", address],
    queryFn: () => admissionsApi.lookupZone(address),
  });
  const remove = useEventMutation((id: string) => admissionsApi.deleteZone(id));
  const rows = zones.data?.rows ?? [];
  const option = useMemo(() => capacityOption(rows), [rows]);
  const short = rows.filter((r) => r.status === "shortfall").length;

  const columns: ColumnsType<ZoneRow> = [
    { title: "学区", dataIndex: "name", width: 170 },
    {
      title: "学段",
      dataIndex: "stage",
      width: 70,
      render: (s: admissions.ZoneStage) => admissions.zoneStageLabels[s],
    },
    {
      title: "地址单元",
      dataIndex: "units",
      render: (u: string[]) => (
        <Space size={4} wrap>
          {u.map((x) => (
            <Tag key={x}>{x}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: "对口学校(学位)",
      dataIndex: "schools",
      width: 240,
      render: (s: ZoneRow["schools"]) => s.map((x) => `${x.name}(${x.places}${x.override ? ",指定" : ""})`).join("、"),
    },
    { title: "适龄儿童", dataIndex: "children", width: 90, align: "right" },
    { title: "学位", dataIndex: "places", width: 70, align: "right" },
    {
      title: "余缺",
      dataIndex: "gap",
      width: 70,
      align: "right",
      render: (g: number) => (
        <Typography.Text type={g < 0 ? "danger" : undefined}>{g > 0 ? `+${g}` : g}</Typography.Text>
      ),
    },
    {
      title: "状态",
      dataIndex: "status",
      width: 100,
      render: (s: admissions.CapacityStatus) => (
        <Tag color={STATUS_COLORS[s]}>{admissions.capacityStatusLabels[s]}</Tag>
      ),
    },
    ...(writes
      ? [
          {
            title: "操作",
            key: "actions",
            width: 120,
            render: (_: unknown, r: ZoneRow) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing(r)}>
                  修改
                </Button>
                <Popconfirm
                  title={`删除“${r.name}”?`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove.mutateAsync(r.id).then(() => message.success("已删除"))}
                >
                  <Button type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="zones-title">
          学区划分与学位测算
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label="入学年份"
            value={year}
            onChange={setYear}
            style={{ width: 180 }}
            options={[-1, 0, 1, 2].map((d) => {
              const y = registry.schoolYearOf(dayjs().format("YYYY-MM-DD")) + d;
              return { value: y, label: `${y}年秋季入学` };
            })}
          />
          {writes && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
              新建学区
            </Button>
          )}
        </Space>
      </Space>
      {short > 0 && (
        <Alert
          type="error"
          showIcon
          message={`${short} 个学区学位不足`}
          description="适龄儿童多于对口学校的入学学位,请调整学区或增加学位。"
        />
      )}
      {(zones.data?.problems ?? []).map((p) => (
        <Alert key={p.message} type="warning" showIcon message={p.message} />
      ))}
      <Card size="small" title="按地址查询对口学校">
        <Input.Search
          placeholder="输入家庭住址,如:北原县达来镇红旗村"
          enterButton="查询"
          onSearch={setAddress}
          style={{ maxWidth: 480 }}
          data-testid="zone-lookup"
        />
        {address.trim().length >= 2 && lookup.data && (
          <div style={{ marginTop: 12 }} data-testid="zone-lookup-result">
            {lookup.data.rows.length === 0 ? (
              <Typography.Text type="warning">该地址不在任何学区内,请核对地址或补充学区的地址单元。</Typography.Text>
            ) : (
              lookup.data.rows.map((z) => (
                <div key={z.id}>
                  <Tag color="blue">{admissions.zoneStageLabels[z.stage]}</Tag>
                  {z.name}:{z.schools.map((s) => s.name).join("、")}
                  <Typography.Text type="secondary">(匹配:{z.units.join("、")})</Typography.Text>
                </div>
              ))
            )}
          </div>
        )}
      </Card>
      <Card size="small" title={`${year}年秋季入学:各学区适龄儿童与学位`}>
        {rows.length > 0 && (
          <Chart option={option} height={300} testId="zones-chart" ariaLabel="各学区适龄儿童与学位" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          适龄儿童:学籍中出生在入学年龄段、住址含学区地址单元、上一学年在读(幼儿园大班或六年级)的儿童。学位:对口学校上一学年起始年级班数
          × 标准班额(小学 45、初中 50),或指定学位;多个学区共用一所学校时平均分摊。
        </Typography.Paragraph>
        <Table
          rowKey="id"
          size="small"
          loading={zones.isLoading}
          columns={columns}
          dataSource={rows}
          pagination={false}
          data-testid="zones-table"
          // rows carry "children" (the cohort count), not nested rows
          expandable={{ childrenColumnName: "subZones" }}
          scroll={{ x: 1100 }}
        />
      </Card>
      {editing && <ZoneModal zone={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function ZoneModal({ zone, onClose }: { zone: ZoneRow | null; onClose: () => void }) {
  const [form] = Form.useForm<ZoneBody>();
  const [error, setError] = useState<string | null>(null);
  const schools = useScopeSchools();
  const stage = (Form.useWatch("stage", form) ?? zone?.stage ?? "primary") as admissions.ZoneStage;
  const save = useEventMutation((body: ZoneBody) =>
    zone ? admissionsApi.updateZone(zone.id, body) : admissionsApi.createZone(body),
  );
  return (
    <Modal
      open
      title={zone ? `修改学区:${zone.name}` : "新建学区"}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then(async (v) => {
          setError(null);
          try {
            const places = Object.fromEntries(
              (zone?.schools ?? [])
                .filter((s) => s.override && v.schoolIds.includes(s.id))
                .map((s) => [s.id, s.places]),
            );
            await save.mutateAsync({ ...v, places });
            onClose();
          } catch (e) {
            setError(applyServerErrors(form, e, ["name", "stage", "units", "schoolIds"]));
          }
        })
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: zone?.name ?? "",
          stage: zone?.stage ?? "primary",
          units: zone?.units ?? [],
          schoolIds: zone?.schools.map((s) => s.id) ?? [],
        }}
      >
        <Form.Item name="name" label="学区名称" rules={[{ required: true, message: "请填写学区名称" }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="stage" label="学段">
          <Radio.Group
            options={[
              { value: "primary", label: "小学" },
              { value: "junior", label: "初中" },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="units"
          label="地址单元(街道、社区、村或乡镇名称,输入后回车)"
          rules={[{ required: true, message: "请至少填写一个地址单元" }]}
        >
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="schoolIds" label="对口学校" rules={[{ required: true, message: "请选择对口学校" }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            options={schools.rows
              .filter((s) => s.status === "open" && STAGE_KINDS[stage].includes(s.kind))
              .map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
