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
  List,
  Modal,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { type Pools, type RecognitionRow, type ReserveRow, staffingApi } from "./api";
import { FigureCards, MethodNote, pct, useStaffingAbilities } from "./components";
import { usePools, useStaffingWrite } from "./hooks";
import { MembersModal, RecognitionModal, ReserveModal, StudioModal } from "./PoolEditors";

type Studio = Pools["studios"][number];

function AddActivity(props: { studio: Studio; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const add = useStaffingWrite((b: Parameters<typeof staffingApi.addActivity>[1]) =>
    staffingApi.addActivity(props.studio.id, b),
  );
  return (
    <Modal
      open
      title={`登记活动:${props.studio.name}`}
      okText="保存"
      onCancel={props.onClose}
      confirmLoading={add.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        add.mutate(
          { on: (v.on as Dayjs).format("YYYY-MM-DD"), title: v.title, participants: v.participants },
          {
            onSuccess: () => {
              message.success("已登记");
              props.onClose();
            },
            onError: (e) => message.error(e instanceof Error ? e.message : "保存失败"),
          },
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ participants: 20 }}>
        <Form.Item name="on" label="活动日期" rules={[{ required: true, message: "请选择活动日期" }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="title" label="活动主题" rules={[{ required: true, message: "请填写活动主题" }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="participants" label="参加人数">
          <InputNumber min={0} max={2000} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 人才梯队: backbone tiers, the reserve-cadre pool, 名师工作室, part-time researchers and the 双师型 share. */
export default function PoolsPage() {
  const q = usePools();
  const can = useStaffingAbilities();
  const [adding, setAdding] = useState<Studio | null>(null);
  const [recognition, setRecognition] = useState<RecognitionRow | "new" | null>(null);
  const [reserve, setReserve] = useState<ReserveRow | "new" | null>(null);
  const [studio, setStudio] = useState<Studio | "new" | null>(null);
  const [membersOf, setMembersOf] = useState<string | null>(null);
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const p = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card title={<PageTitle inline>人才梯队</PageTitle>}>
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!p ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                { key: "backbone", title: "骨干教师", value: p.tiers.backbone, suffix: "名" },
                { key: "leader", title: "学科带头人", value: p.tiers.leader, suffix: "名" },
                { key: "master", title: "名师", value: p.tiers.master, suffix: "名" },
                { key: "expiring", title: "一年内到期", value: p.expiringWithinYear, suffix: "名" },
                { key: "reserve", title: "后备人才库(在库)", value: p.reserveActive, suffix: "名" },
                { key: "studios", title: "名师工作室", value: p.studios.length, suffix: "个" },
                { key: "researchers", title: "兼职教研员(在任)", value: p.activeResearchers, suffix: "名" },
                { key: "double", title: "双师型比例(中职)", value: pct(p.doubleQualifiedShare) },
              ]}
            />
            <MethodNote
              items={[
                "认定在认定日期(含)之后、到期日期之前有效;一名教师有多项认定时按最高层级计一次(名师 > 学科带头人 > 骨干教师)。认定和后备人才库由人事股维护,提前终止认定填到期日期。",
                "后备人才库按在库人数计,出库的保留记录但不计入;名师工作室及成员由教研室维护,主持人自动为成员。",
                "兼职教研员按聘任日期和任期结束日期计在任人数。",
                "双师型比例 = 中等职业学校在岗专任教师中具有双师型认定的人数 ÷ 这些学校的在岗专任教师;没有中职学校时不显示。",
              ]}
            />
          </Space>
        )}
      </Card>
      {p && (
        <Card
          title="名师工作室"
          extra={
            can.studios && (
              <Button onClick={() => setStudio("new")} data-testid="new-studio">
                新建工作室
              </Button>
            )
          }
        >
          <Row gutter={[16, 16]}>
            {p.studios.map((s) => (
              <Col key={s.id} xs={24} md={12} xl={8}>
                <Card
                  size="small"
                  title={s.name}
                  extra={
                    can.studios && (
                      <Space size={4}>
                        <Button size="small" onClick={() => setStudio(s)} data-testid="edit-studio">
                          修改
                        </Button>
                        <Button size="small" onClick={() => setAdding(s)} data-testid="add-activity">
                          登记活动
                        </Button>
                      </Space>
                    )
                  }
                >
                  <div>主持人:{s.host}</div>
                  <div>
                    学科:{s.label} · 成立于 {s.foundedOn} ·{" "}
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => setMembersOf(s.id)}
                      data-testid="studio-members-link"
                    >
                      成员 {s.members} 名
                    </Button>
                  </div>
                  <List
                    size="small"
                    dataSource={s.activities.slice(0, 3)}
                    renderItem={(a) => (
                      <List.Item>
                        {a.on} {a.title}({a.participants}人)
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            ))}
          </Row>
        </Card>
      )}
      {p && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              title="后备人才库"
              extra={
                can.manage && (
                  <Button size="small" onClick={() => setReserve("new")} data-testid="new-reserve">
                    纳入人才库
                  </Button>
                )
              }
            >
              <Table
                rowKey="id"
                size="small"
                dataSource={p.reserve}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 520 }}
                columns={[
                  { title: "姓名", dataIndex: "name", width: 80 },
                  { title: "学校", dataIndex: "schoolName", ellipsis: true },
                  { title: "入库", dataIndex: "joinedOn", width: 110 },
                  { title: "考核", dataIndex: "assessment", width: 70, render: (v: string | null) => v ?? "—" },
                  {
                    title: "状态",
                    dataIndex: "status",
                    width: 70,
                    render: (v: string) => (v === "active" ? <Tag color="blue">在库</Tag> : <Tag>出库</Tag>),
                  },
                  ...(can.manage
                    ? [
                        {
                          title: "",
                          key: "edit",
                          width: 60,
                          render: (_: unknown, r: ReserveRow) => (
                            <Button size="small" type="link" onClick={() => setReserve(r)}>
                              修改
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
                data-testid="reserve-table"
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title="兼职教研员">
              <Table
                rowKey="id"
                size="small"
                dataSource={p.researchers}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 480 }}
                columns={[
                  { title: "教师", dataIndex: "name", ellipsis: true },
                  { title: "学科", dataIndex: "label", width: 90 },
                  { title: "聘任", dataIndex: "appointedOn", width: 110 },
                  { title: "任期至", dataIndex: "termEndsOn", width: 110, render: (v: string | null) => v ?? "—" },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card
              title="骨干教师、学科带头人和名师认定"
              extra={
                can.manage && (
                  <Button size="small" onClick={() => setRecognition("new")} data-testid="new-recognition">
                    登记认定
                  </Button>
                )
              }
            >
              <Table
                rowKey="id"
                size="small"
                dataSource={p.recognitions}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 700 }}
                columns={[
                  { title: "姓名", dataIndex: "name", width: 90 },
                  { title: "学校", dataIndex: "schoolName", ellipsis: true },
                  { title: "类别", dataIndex: "tierLabel", width: 100 },
                  { title: "级别", dataIndex: "levelLabel", width: 70 },
                  { title: "认定", dataIndex: "recognisedOn", width: 110 },
                  { title: "到期", dataIndex: "expiresOn", width: 110, render: (v: string | null) => v ?? "长期" },
                  {
                    title: "状态",
                    dataIndex: "active",
                    width: 80,
                    render: (v: boolean) => (v ? <Tag color="green">有效</Tag> : <Tag>已到期</Tag>),
                  },
                  ...(can.manage
                    ? [
                        {
                          title: "",
                          key: "edit",
                          width: 60,
                          render: (_: unknown, r: RecognitionRow) => (
                            <Button size="small" type="link" onClick={() => setRecognition(r)}>
                              修改
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
                data-testid="recognition-table"
              />
            </Card>
          </Col>
        </Row>
      )}
      {adding && <AddActivity studio={adding} onClose={() => setAdding(null)} />}
      {recognition && (
        <RecognitionModal editing={recognition === "new" ? null : recognition} onClose={() => setRecognition(null)} />
      )}
      {reserve && <ReserveModal editing={reserve === "new" ? null : reserve} onClose={() => setReserve(null)} />}
      {studio && <StudioModal editing={studio === "new" ? null : studio} onClose={() => setStudio(null)} />}
      {membersOf && p?.studios.find((s) => s.id === membersOf) && (
        <MembersModal
          studio={p.studios.find((s) => s.id === membersOf) as Studio}
          editable={can.studios}
          onClose={() => setMembersOf(null)}
        />
      )}
    </Space>
  );
}
