import { DeleteOutlined, DownloadOutlined, InboxOutlined, PlusOutlined } from "@ant-design/icons";
import { admissions } from "@edubureau/core";
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Space, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { paths } from "../app/menu";
import { admissionsApi, type EventDetail } from "./api";
import { useEventMutation } from "./hooks";
import { ListProblems } from "./ListProblems";
import { beijingEventTime } from "./labels";

interface Values {
  title: string;
  eventTime: Dayjs;
  places: number;
  tiers: { label: string }[];
}

/**
 * 新建摇号: places, priority tiers (顺位) in order, and the applicants' list from Excel (name, tier, family group
 * for multiples). The whole list is checked first; nothing is created while any row is wrong.
 */
export default function NewLotteryPage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = useEventMutation(async (v: Values): Promise<EventDetail> => {
    if (!file) throw new ApiError(400, "LIST_NO_FILE", "请先选择报名名单(Excel)");
    return admissionsApi.uploadLottery(file, {
      title: v.title,
      eventTime: beijingEventTime(v.eventTime),
      places: v.places,
      tiers: v.tiers.map((t, i) => ({ tier: i + 1, label: t.label })),
    });
  });
  const submit = async (v: Values) => {
    setError(null);
    try {
      const created = await create.mutateAsync(v);
      message.success(`已创建草稿 ${created.code}`);
      navigate(`${paths.admissions}/events/${created.id}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        新建摇号
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        报名人数超过招生名额时,按顺位先后录取;同一顺位内按现场抽签的顺序录取,多胞胎作为一个号同进同出,其余按抽取顺序进入候补名单。
        算法:{admissions.LOTTERY_ALGORITHM} 第 {admissions.LOTTERY_VERSION} 版。
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          places: 45,
          eventTime: dayjs().add(7, "day").hour(9).minute(0),
          tiers: [{ label: "学区内户籍且实际居住" }, { label: "学区内居住(非户籍)" }],
        }}
      >
        <Card size="small" title="摇号设置">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label="活动名称" rules={[{ required: true, message: "请填写活动名称" }]}>
                <Input maxLength={100} placeholder="如:县实验小学一年级招生摇号" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="eventTime" label="现场摇号时间" rules={[{ required: true, message: "请选择时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="places" label="招生名额" rules={[{ required: true, message: "请填写名额" }]}>
                <InputNumber min={1} max={100000} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>录取顺位(从上到下依次录取)</Typography.Text>
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: "100%", marginTop: 8 }}>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline">
                    <Typography.Text>顺位 {i + 1}</Typography.Text>
                    <Form.Item
                      name={[field.name, "label"]}
                      rules={[{ required: true, message: "请填写顺位名称" }]}
                      noStyle
                    >
                      <Input aria-label={`顺位 ${i + 1} 名称`} style={{ width: 320 }} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        aria-label={`删除顺位 ${i + 1}`}
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ label: "" })}>
                  增加顺位
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>
        <Card size="small" title="报名名单" style={{ marginTop: 16 }}>
          <Space direction="vertical" style={{ width: "100%" }}>
            <Button icon={<DownloadOutlined />} onClick={() => admissionsApi.downloadTemplate("lottery")}>
              下载名单模板
            </Button>
            <Upload.Dragger
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>点击或拖入报名名单(.xlsx:姓名、顺位、多胞胎组号)</p>
            </Upload.Dragger>
          </Space>
        </Card>
        {error !== null && (
          <div style={{ marginTop: 16 }}>
            <ListProblems error={error} />
          </div>
        )}
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            创建草稿
          </Button>
          <Button onClick={() => navigate(paths.admissions)}>取消</Button>
        </Space>
      </Form>
    </Space>
  );
}
