import { registry } from "@edubureau/core";
import type { ButtonProps } from "antd";
import { App, Button, DatePicker, Form, Input, List, Modal, Popconfirm, Radio, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type RecognitionRow, type ReserveRow, type Studio, staffingApi } from "./api";
import { StaffPicker } from "./components";
import { useStaffingWrite } from "./hooks";

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);
const asDay = (s: string | null) => (s ? dayjs(s) : null);
const failed = (e: unknown) => (e instanceof Error ? e.message : "保存失败");
const TIERS = [
  { value: "backbone", label: "骨干教师" },
  { value: "leader", label: "学科带头人" },
  { value: "master", label: "名师" },
];
const LEVELS = [
  { value: "county", label: "县级" },
  { value: "city", label: "市级" },
  { value: "province", label: "省级" },
];
const SUBJECTS = registry.subject.codes
  .filter((c) => !["preschool", "vocational", "special"].includes(c))
  .map((c) => ({ value: c, label: registry.subject.labels[c] }));

/** A modal form: validates, calls `save`, closes on success and shows the server's message on failure. */
function EditModal<V>(props: {
  title: string;
  initialValues: object;
  onClose: () => void;
  save: (v: V) => Promise<unknown>;
  children: React.ReactNode;
  testId: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const write = useStaffingWrite(props.save);
  return (
    <Modal
      open
      title={props.title}
      okText="保存"
      onCancel={props.onClose}
      confirmLoading={write.isPending}
      okButtonProps={{ "data-testid": `${props.testId}-ok` } as ButtonProps}
      onOk={async () => {
        const v = (await form.validateFields()) as V;
        write.mutate(v, {
          onSuccess: () => {
            message.success("已保存");
            props.onClose();
          },
          onError: (e) => message.error(failed(e)),
        });
      }}
    >
      <Form form={form} layout="vertical" initialValues={props.initialValues} data-testid={props.testId}>
        {props.children}
      </Form>
    </Modal>
  );
}

type RecognitionForm = {
  staffId?: string;
  tier: "backbone" | "leader" | "master";
  level: "county" | "city" | "province";
  recognisedOn: Dayjs;
  expiresOn?: Dayjs | null;
};

/** 登记或修改骨干认定 (人事股). */
export function RecognitionModal(props: { editing: RecognitionRow | null; onClose: () => void }) {
  const e = props.editing;
  return (
    <EditModal<RecognitionForm>
      title={e ? `修改认定:${e.name}` : "登记骨干认定"}
      testId="recognition-form"
      onClose={props.onClose}
      initialValues={
        e
          ? { tier: e.tier, level: e.level, recognisedOn: asDay(e.recognisedOn), expiresOn: asDay(e.expiresOn) }
          : { tier: "backbone", level: "county" }
      }
      save={(v) => {
        const body = {
          tier: v.tier,
          level: v.level,
          recognisedOn: day(v.recognisedOn) ?? "",
          expiresOn: day(v.expiresOn),
        };
        return e
          ? staffingApi.updateRecognition(e.id, body)
          : staffingApi.addRecognition({ ...body, staffId: v.staffId ?? "" });
      }}
    >
      {!e && (
        <Form.Item name="staffId" label="教师" rules={[{ required: true, message: "请选择教师" }]}>
          <StaffPicker testId="recognition-staff" />
        </Form.Item>
      )}
      <Form.Item name="tier" label="类别">
        <Radio.Group options={TIERS} />
      </Form.Item>
      <Form.Item name="level" label="级别">
        <Radio.Group options={LEVELS} />
      </Form.Item>
      <Form.Item name="recognisedOn" label="认定日期" rules={[{ required: true, message: "请选择认定日期" }]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="expiresOn" label="到期日期" extra="长期有效请留空;提前终止认定请填终止日期">
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </EditModal>
  );
}

type ReserveForm = {
  staffId?: string;
  joinedOn?: Dayjs;
  criteria: string;
  assessment?: string | null;
  assessedOn?: Dayjs | null;
  status?: "active" | "left";
};

/** 纳入后备人才库, or record an assessment / leaving (人事股). */
export function ReserveModal(props: { editing: ReserveRow | null; onClose: () => void }) {
  const e = props.editing;
  return (
    <EditModal<ReserveForm>
      title={e ? `后备人才:${e.name}` : "纳入后备人才库"}
      testId="reserve-form"
      onClose={props.onClose}
      initialValues={
        e
          ? { criteria: e.criteria, assessment: e.assessment, assessedOn: asDay(e.assessedOn), status: e.status }
          : { joinedOn: dayjs() }
      }
      save={(v) =>
        e
          ? staffingApi.updateReserve(e.id, {
              criteria: v.criteria,
              assessment: v.assessment?.trim() ? v.assessment.trim() : null,
              assessedOn: day(v.assessedOn),
              status: v.status ?? "active",
            })
          : staffingApi.addReserve({ staffId: v.staffId ?? "", joinedOn: day(v.joinedOn) ?? "", criteria: v.criteria })
      }
    >
      {!e && (
        <>
          <Form.Item name="staffId" label="教师" rules={[{ required: true, message: "请选择教师" }]}>
            <StaffPicker testId="reserve-staff" />
          </Form.Item>
          <Form.Item name="joinedOn" label="入库日期" rules={[{ required: true, message: "请选择入库日期" }]}>
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </>
      )}
      <Form.Item name="criteria" label="入库条件" rules={[{ required: true, message: "请填写入库条件" }]}>
        <Input.TextArea rows={2} maxLength={200} placeholder="例如:35 岁以下,县级骨干教师,年度考核优秀" />
      </Form.Item>
      {e && (
        <>
          <Form.Item name="assessment" label="最近考核结果">
            <Select
              allowClear
              options={["优秀", "合格", "基本合格", "不合格"].map((v) => ({ value: v, label: v }))}
              placeholder="未考核"
            />
          </Form.Item>
          <Form.Item name="assessedOn" label="考核日期">
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Radio.Group
              options={[
                { value: "active", label: "在库" },
                { value: "left", label: "出库" },
              ]}
            />
          </Form.Item>
        </>
      )}
    </EditModal>
  );
}

type StudioForm = { name: string; hostStaffId: string; subject: string; foundedOn: Dayjs };

/** 新建或修改名师工作室 (教研室, 人事股). */
export function StudioModal(props: { editing: Studio | null; onClose: () => void }) {
  const e = props.editing;
  return (
    <EditModal<StudioForm>
      title={e ? `修改工作室:${e.name}` : "新建名师工作室"}
      testId="studio-form"
      onClose={props.onClose}
      initialValues={
        e ? { name: e.name, hostStaffId: e.hostStaffId, subject: e.subject, foundedOn: asDay(e.foundedOn) } : {}
      }
      save={(v) => {
        const body = {
          name: v.name,
          hostStaffId: v.hostStaffId,
          subject: v.subject as (typeof registry.subject.codes)[number],
          foundedOn: day(v.foundedOn) ?? "",
        };
        return e ? staffingApi.updateStudio(e.id, body) : staffingApi.createStudio(body);
      }}
    >
      <Form.Item name="name" label="名称" rules={[{ required: true, message: "请填写工作室名称" }]}>
        <Input maxLength={40} placeholder="例如:王丽小学语文名师工作室" />
      </Form.Item>
      <Form.Item name="hostStaffId" label="主持人" rules={[{ required: true, message: "请选择主持人" }]}>
        <StaffPicker testId="studio-host" initial={e ? { value: e.hostStaffId, label: e.host } : undefined} />
      </Form.Item>
      <Form.Item name="subject" label="学科" rules={[{ required: true, message: "请选择学科" }]}>
        <Select options={SUBJECTS} showSearch={{ optionFilterProp: "label" }} />
      </Form.Item>
      <Form.Item name="foundedOn" label="成立日期" rules={[{ required: true, message: "请选择成立日期" }]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
    </EditModal>
  );
}

/** A studio's members: added by picking a teacher, removed with a confirmation (the host stays). */
export function MembersModal(props: { studio: Studio; editable: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ staffId: string; joinedOn: Dayjs }>();
  const s = props.studio;
  const add = useStaffingWrite((v: { staffId: string; joinedOn: string }) => staffingApi.addMember(s.id, v));
  const remove = useStaffingWrite((staffId: string) => staffingApi.removeMember(s.id, staffId));
  return (
    <Modal open title={`${s.name} · 成员 ${s.members} 名`} footer={null} onCancel={props.onClose}>
      <List
        size="small"
        dataSource={s.memberList}
        data-testid="studio-members"
        renderItem={(m) => (
          <List.Item
            actions={
              props.editable && m.staffId !== s.hostStaffId
                ? [
                    <Popconfirm
                      key="remove"
                      title={`将${m.name}移出工作室?`}
                      onConfirm={() => remove.mutate(m.staffId, { onError: (e) => message.error(failed(e)) })}
                    >
                      <Button size="small" type="link" danger>
                        移出
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {m.name}({m.schoolName}){m.staffId === s.hostStaffId ? " · 主持人" : ""} · {m.joinedOn} 加入
          </List.Item>
        )}
      />
      {props.editable && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ joinedOn: dayjs() }}
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            add.mutate(
              { staffId: v.staffId, joinedOn: day(v.joinedOn) ?? "" },
              {
                onSuccess: () => {
                  message.success("已加入");
                  form.resetFields(["staffId"]);
                },
                onError: (e) => message.error(failed(e)),
              },
            )
          }
        >
          <Space.Compact block>
            <Form.Item name="staffId" noStyle rules={[{ required: true, message: "请选择教师" }]}>
              <StaffPicker testId="member-staff" />
            </Form.Item>
            <Form.Item name="joinedOn" noStyle>
              <DatePicker style={{ width: 150, flex: "none" }} aria-label="加入日期" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="add-member">
              加入
            </Button>
          </Space.Compact>
        </Form>
      )}
    </Modal>
  );
}
