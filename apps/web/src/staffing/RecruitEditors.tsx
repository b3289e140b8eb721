import { registry } from "@edubureau/core";
import type { ButtonProps } from "antd";
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type NeedBody, type PlanLine, type RecruitBody, staffingApi } from "./api";
import { useStaffingWrite } from "./hooks";

const options = (labels: Record<string, string>, codes: readonly string[]) =>
  codes.map((c) => ({ value: c, label: labels[c] ?? c }));
const failed = (e: unknown) => (e instanceof Error ? e.message : "保存失败");

type RecruitForm = Omit<RecruitBody, "arrivedOn"> & { arrivedOn: Dayjs };

/**
 * 新教师到岗: enters one recruit of an approved plan line into the register (在编 专任教师 of the line's school and
 * subject); the resident ID is stored encrypted and shown masked, as everywhere in the register.
 */
export function ArrivalModal(props: { line: PlanLine; schoolYear: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RecruitForm>();
  const l = props.line;
  const write = useStaffingWrite((v: RecruitBody) => staffingApi.registerRecruit(l.id, v));
  const start = dayjs(`${props.schoolYear + 1}-09-01`);
  return (
    <Modal
      open
      title={`新教师到岗:${l.schoolName} · ${l.label}(已到岗 ${l.arrived}/${l.quantity})`}
      okText="录入名册"
      onCancel={props.onClose}
      confirmLoading={write.isPending}
      okButtonProps={{ "data-testid": "arrival-ok" } as ButtonProps}
      onOk={async () => {
        const v = await form.validateFields();
        write.mutate(
          { ...v, arrivedOn: v.arrivedOn.format("YYYY-MM-DD") },
          {
            onSuccess: () => {
              message.success(`${v.name}已录入教职工名册`);
              props.onClose();
            },
            onError: (e) => message.error(failed(e)),
          },
        );
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="录入后即为该校在编专任教师,任教学科为本行学科;教职工编号由系统按县代码顺序生成。"
      />
      <Form
        form={form}
        layout="vertical"
        data-testid="arrival-form"
        initialValues={{
          ethnicity: "汉族",
          qualification: "bachelor",
          title: "none",
          hasCertificate: true,
          arrivedOn: start.isAfter(dayjs()) ? start : dayjs(),
        }}
      >
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: "请填写姓名" }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="residentId" label="身份证号" rules={[{ required: true, message: "请填写身份证号" }]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="ethnicity" label="民族">
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="stageTaught" label="任教学段" rules={[{ required: true, message: "请选择任教学段" }]}>
          <Select options={options(registry.stage.labels, ["primary", "junior", "senior", "vocational", "special"])} />
        </Form.Item>
        <Form.Item name="qualification" label="最高学历">
          <Select options={options(registry.qualification.labels, registry.qualification.codes)} />
        </Form.Item>
        <Form.Item name="title" label="职称">
          <Select options={options(registry.professionalTitle.labels, registry.professionalTitle.codes)} />
        </Form.Item>
        <Form.Item name="hasCertificate" label="持有教师资格证" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="arrivedOn" label="到岗日期" rules={[{ required: true, message: "请选择到岗日期" }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 提出招聘需求: a school's administrator for their school, 人事股 for any. */
export function NeedModal(props: {
  schoolYear: number;
  schools: { id: string; name: string }[];
  fixedSchoolId: string | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Omit<NeedBody, "schoolYear">>();
  const write = useStaffingWrite(staffingApi.addNeed);
  return (
    <Modal
      open
      title="提出招聘需求"
      okText="提交"
      onCancel={props.onClose}
      confirmLoading={write.isPending}
      okButtonProps={{ "data-testid": "need-ok" } as ButtonProps}
      onOk={async () => {
        const v = await form.validateFields();
        write.mutate(
          { ...v, schoolYear: props.schoolYear },
          {
            onSuccess: () => {
              message.success("已提交招聘需求");
              props.onClose();
            },
            onError: (e) => message.error(failed(e)),
          },
        );
      }}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="need-form"
        initialValues={{ schoolId: props.fixedSchoolId ?? undefined, count: 1 }}
      >
        <Form.Item name="schoolId" label="学校" rules={[{ required: true, message: "请选择学校" }]}>
          <Select
            disabled={props.fixedSchoolId !== null}
            showSearch={{ optionFilterProp: "label" }}
            options={props.schools.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="subject" label="学科" rules={[{ required: true, message: "请选择学科" }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={options(
              registry.subject.labels,
              registry.subject.codes.filter((c) => c !== "preschool"),
            )}
          />
        </Form.Item>
        <Form.Item name="count" label="需求人数" rules={[{ required: true, message: "请填写需求人数" }]}>
          <InputNumber min={1} max={50} precision={0} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="reason" label="需求理由" rules={[{ required: true, message: "请填写需求理由" }]}>
          <Input.TextArea rows={2} maxLength={200} placeholder="例如:音乐教师 1 名将于明年退休,目前无人接替" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
