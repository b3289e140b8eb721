import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Select,
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
import { type DueTeacher, type RotationRow, staffingApi } from "./api";
import { FigureCards, GREEN_TEXT, MethodNote, pct, RED, useStaffingAbilities } from "./components";
import { useRotation, useStaffingWrite } from "./hooks";

const STATUS = {
  proposed: ["待处理", "gold"],
  approved: ["同意交流", "green"],
  rejected: ["不同意", "default"],
} as const;

function Decide(props: { row: RotationRow; schools: { id: string; name: string }[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const decide = useStaffingWrite((b: Parameters<typeof staffingApi.decideRotation>[1]) =>
    staffingApi.decideRotation(props.row.id, b),
  );
  const decision = Form.useWatch("decision", form);
  return (
    <Modal
      open
      title={`处理交流申请:${props.row.name}(${props.row.fromSchool})`}
      okText="保存"
      onCancel={props.onClose}
      confirmLoading={decide.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        const [start, end] = (v.period ?? []) as [Dayjs?, Dayjs?];
        decide.mutate(
          {
            decision: v.decision,
            toSchoolId: v.toSchoolId ?? null,
            startDate: start?.format("YYYY-MM-DD") ?? null,
            endDate: end?.format("YYYY-MM-DD") ?? null,
            note: v.note ?? "",
          },
          {
            onSuccess: () => {
              message.success("已处理");
              props.onClose();
            },
            onError: (e) => message.error(e instanceof Error ? e.message : "保存失败"),
          },
        );
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ decision: "approved" }}>
        <Form.Item name="decision" label="处理结果">
          <Radio.Group
            options={[
              { value: "approved", label: "同意交流" },
              { value: "rejected", label: "不同意" },
            ]}
          />
        </Form.Item>
        {decision !== "rejected" && (
          <>
            <Form.Item name="toSchoolId" label="去向学校" rules={[{ required: true, message: "请选择去向学校" }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={props.schools.map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
            <Form.Item name="period" label="交流期限" rules={[{ required: true, message: "请选择起止日期" }]}>
              <DatePicker.RangePicker style={{ width: "100%" }} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label="说明"
          rules={decision === "rejected" ? [{ required: true, message: "不同意时请写明原因" }] : []}
        >
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 交流轮岗: teachers due to rotate, schools' proposals and exemptions, 人事股's decisions and the thresholds. */
export default function RotationPage() {
  const q = useRotation();
  const can = useStaffingAbilities();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<RotationRow | null>(null);
  const propose = useStaffingWrite(staffingApi.proposeRotation);
  const exempt = useStaffingWrite(staffingApi.exempt);
  if (q.error instanceof ApiError && q.error.status === 403) return <ForbiddenPage />;
  const r = q.data;
  const fail = (e: unknown) => message.error(e instanceof Error ? e.message : "操作失败");
  const proposedIds = new Set(r?.rotations.map((x) => x.staffId) ?? []);
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card title={<PageTitle inline>交流轮岗</PageTitle>}>
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!r ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <FigureCards
              items={[
                {
                  key: "eligible",
                  title: "城区和优质学校符合条件",
                  value: r.figures.eligibleAtTargetSchools,
                  suffix: "名",
                },
                { key: "target", title: "应交流(≥10%)", value: r.figures.target, suffix: "名" },
                {
                  key: "rotating",
                  title: `已同意交流(${pct(r.figures.share)})`,
                  value: r.figures.rotating,
                  suffix: "名",
                  color: r.figures.met ? GREEN_TEXT : RED,
                },
                {
                  key: "backbone",
                  title: `其中骨干(应≥${r.figures.backboneTarget})`,
                  value: r.figures.backboneRotating,
                  suffix: "名",
                  color: r.figures.backboneMet ? GREEN_TEXT : RED,
                },
              ]}
            />
            <MethodNote
              items={[
                "在校年限 = 到本校之日至统计时点(9 月 1 日)的整年数;在岗专任教师满 6 年(可设)、校长满两个任期(每期 3 年,可设)为符合交流条件;登记了免于交流原因的不计入。",
                "依据教师〔2014〕4号:城区和优质学校每年交流轮岗的教师不低于符合条件教师的 10%(向上取整),其中骨干教师不低于交流总数的 20%(向上取整)。",
                "交流人数为人事股已同意的本学年交流(来自城区或优质学校);学校提出、人事股决定,同意后记入交流记录(去向、起止日期)。",
                "同意交流即写入教职工名册:交流期间(开始日期所在学年至结束日期所在学年)各学年的任职学校改为交流去向学校,原学校当年的任课安排随之结束,到本校日期改为交流开始日期(重新计算在校年限);期满返回由人事股在教职工名册中登记。",
              ]}
            />
          </Space>
        )}
      </Card>
      {r && (
        <Card title="交流申请与决定">
          <Table<RotationRow>
            rowKey="id"
            size="small"
            dataSource={r.rotations}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 800 }}
            columns={[
              { title: "教师", dataIndex: "name", width: 90 },
              { title: "原学校", dataIndex: "fromSchool", ellipsis: true },
              { title: "去向", dataIndex: "toSchool", ellipsis: true, render: (v: string | null) => v ?? "—" },
              {
                title: "期限",
                key: "p",
                width: 200,
                render: (_, x) => (x.startDate ? `${x.startDate} 至 ${x.endDate}` : "—"),
              },
              {
                title: "状态",
                dataIndex: "status",
                width: 100,
                render: (s: RotationRow["status"]) => <Tag color={STATUS[s][1]}>{STATUS[s][0]}</Tag>,
              },
              {
                title: "操作",
                key: "a",
                width: 90,
                render: (_, x) =>
                  can.manage && x.status === "proposed" ? (
                    <Button size="small" onClick={() => setDeciding(x)} data-testid="decide-rotation">
                      处理
                    </Button>
                  ) : null,
              },
            ]}
            data-testid="rotation-table"
          />
        </Card>
      )}
      {r && (
        <Card title="符合交流条件的教师">
          <Table<DueTeacher>
            rowKey="staffId"
            size="small"
            dataSource={r.due}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 860 }}
            columns={[
              { title: "学校", dataIndex: "schoolName", ellipsis: true, width: 180 },
              { title: "姓名", dataIndex: "name", width: 90 },
              { title: "学科", dataIndex: "label", width: 90 },
              { title: "到校", dataIndex: "since", width: 110 },
              { title: "在校年限", dataIndex: "years", width: 80, align: "right" },
              { title: "骨干", dataIndex: "backbone", width: 60, render: (v: boolean) => (v ? "是" : "") },
              {
                title: "免于交流",
                dataIndex: "exemptReason",
                ellipsis: true,
                render: (v: string | null) => v ?? "",
              },
              {
                title: "操作",
                key: "a",
                width: 160,
                render: (_, d) =>
                  can.actForSchool(d.schoolId) && !d.exemptReason && !proposedIds.has(d.staffId) ? (
                    <Space size={4}>
                      <Button
                        size="small"
                        onClick={() =>
                          propose.mutate(
                            { staffId: d.staffId, schoolYear: r.schoolYear, toSchoolId: null, note: "" },
                            { onError: fail },
                          )
                        }
                      >
                        提出交流
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          const reason = window.prompt("免于交流的原因(如:孕期、重病、距退休不足 5 年)");
                          if (reason)
                            exempt.mutate({ staffId: d.staffId, schoolYear: r.schoolYear, reason }, { onError: fail });
                        }}
                      >
                        免于交流
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
            data-testid="due-table"
          />
        </Card>
      )}
      {deciding && r && <Decide row={deciding} schools={r.schools} onClose={() => setDeciding(null)} />}
    </Space>
  );
}
