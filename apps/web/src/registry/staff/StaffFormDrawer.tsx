import { registry } from "@edubureau/core";
import { App, Col, DatePicker, Divider, Form, Input, Radio, Row, Select, Switch, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { ApiError } from "../../app/api";
import { useMe } from "../../app/auth";
import { applyServerErrors } from "../../app/formErrors";
import { useSchoolYears, useScopeSchools } from "../filters";
import { IdentityFields } from "../IdentityFields";
import { vocabularyOptions } from "../labels";
import {
  defaultSchoolId,
  identityOf,
  PersonalDataNote,
  PersonFormDrawer,
  residentIdOf,
  SchoolYearFields,
} from "../PersonFormDrawer";
import type { EmploymentFields, NewStaff, StaffChanges, StaffRow } from "./api";
import { useCreateStaff, useUpdateStaff } from "./hooks";

interface Values {
  name: string;
  ethnicity: string;
  residentId: string;
  staffNumber?: string;
  schoolYear: number;
  hireDate?: Dayjs | null;
  schoolId: string;
  postType: registry.PostType;
  establishment: registry.Establishment;
  subject?: registry.Subject;
  stageTaught?: registry.Stage;
  qualification: registry.Qualification;
  title: registry.ProfessionalTitle;
  backboneLevel: registry.BackboneLevel;
  hasCertificate: boolean;
  fullTime: boolean;
  status: EmploymentFields["status"];
}

/** Field names the server may report problems on (they match the form's). */
const FIELDS = [
  "name",
  "ethnicity",
  "residentId",
  "staffNumber",
  "schoolYear",
  "hireDate",
  "schoolId",
  "postType",
  "establishment",
  "subject",
  "stageTaught",
  "qualification",
  "title",
  "backboneLevel",
  "hasCertificate",
  "fullTime",
  "status",
] as const;

const STATUS_OPTIONS = registry.settableEmploymentStatuses.map((s) => ({
  value: s,
  label: registry.employmentStatus.labels[s],
}));

function employmentOf(v: Values): EmploymentFields {
  return {
    schoolId: v.schoolId,
    postType: v.postType,
    establishment: v.establishment,
    subject: v.subject ?? null,
    stageTaught: v.stageTaught ?? null,
    qualification: v.qualification,
    title: v.title,
    backboneLevel: v.backboneLevel,
    hasCertificate: v.hasCertificate,
    fullTime: v.fullTime,
    status: v.status,
  };
}

function valuesOf(s: StaffRow): Partial<Values> {
  const status = registry.settableEmploymentStatuses.find((x) => x === s.status) ?? "active";
  return {
    name: s.name,
    ethnicity: s.ethnicity,
    schoolId: s.schoolId,
    hireDate: s.hireDate ? dayjs(s.hireDate) : null,
    postType: s.postType,
    establishment: s.establishment as registry.Establishment,
    subject: s.subject ?? undefined,
    stageTaught: s.stageTaught ?? undefined,
    qualification: s.qualification,
    title: s.title,
    backboneLevel: s.backboneLevel,
    hasCertificate: s.hasCertificate,
    fullTime: s.fullTime,
    status,
  };
}

interface Props {
  open: boolean;
  /** the staff member (their latest school year) to edit; null to register a new one */
  staff: StaffRow | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}

/**
 * 新增教职工 / 编辑教职工信息 (人事股 or the school). A new staff member needs the identity (birth date and gender are
 * read from the resident ID) and the employment of a school year; editing corrects that year's employment and the
 * name, ethnicity and hire date — identity does not change, and leaving is recorded with 「标记调离」.
 */
export function StaffFormDrawer({ open, staff, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const schools = useScopeSchools();
  const { years, latest } = useSchoolYears();
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const [error, setError] = useState<string | null>(null);
  const editing = staff !== null;
  const postType = Form.useWatch("postType", form);
  const teacher = postType === "teacher";
  const openSchools = useMemo(() => schools.rows.filter((s) => s.status === "open"), [schools.rows]);
  const startSchool = defaultSchoolId(me.user.schoolId, openSchools);

  // fills the form when it opens (not on every render: that would wipe what is being typed)
  // Filled when the drawer opens or another person is edited — not when the record refetches behind it, which
  // would wipe what the user has just typed (as in the student form).
  const staffId = staff?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values are read once per opening, on purpose
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (staff) form.setFieldsValue(valuesOf(staff));
    else form.setFieldsValue({ schoolId: startSchool, schoolYear: latest });
  }, [open, staffId, form, startSchool, latest]);

  const onFinish = async (v: Values) => {
    setError(null);
    const hireDate = v.hireDate ? v.hireDate.format("YYYY-MM-DD") : null;
    try {
      if (staff) {
        const body: StaffChanges = {
          schoolYear: staff.schoolYear,
          ...identityOf(v),
          hireDate,
          ...employmentOf(v),
        };
        await update.mutateAsync({ id: staff.id, body });
        message.success("教职工信息已保存");
        onSaved?.(staff.id);
      } else {
        const body: NewStaff = {
          ...identityOf(v),
          residentId: residentIdOf(v.residentId),
          staffNumber: v.staffNumber?.trim() || null,
          schoolYear: v.schoolYear,
          hireDate,
          ...employmentOf(v),
        };
        const created = await create.mutateAsync(body);
        message.success(`已登记教职工 ${body.name}(编号 ${created.staffNumber})`);
        onSaved?.(created.id);
      }
      onClose();
    } catch (e) {
      if (e instanceof ApiError && (e.code === "DUPLICATE_STAFF" || e.code === "STAFF_NUMBER_TAKEN")) {
        form.setFields([{ name: e.code === "DUPLICATE_STAFF" ? "residentId" : "staffNumber", errors: [e.message] }]);
        return;
      }
      setError(applyServerErrors(form, e, FIELDS));
    }
  };

  return (
    <PersonFormDrawer
      open={open}
      title={editing ? `编辑教职工信息:${staff.name}` : "新增教职工"}
      size={600}
      testId="staff-form"
      saving={create.isPending || update.isPending}
      error={error}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      {editing && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          修改的是{registry.schoolYearLabel(staff.schoolYear)}的任职信息;身份证号、性别、出生日期不能修改。
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="staff-form"
        onFinish={onFinish}
        initialValues={{
          ethnicity: "汉族",
          postType: "teacher",
          establishment: "established",
          qualification: "bachelor",
          title: "none",
          backboneLevel: "none",
          hasCertificate: true,
          fullTime: true,
          status: "active",
        }}
        scrollToFirstError
      >
        <IdentityFields
          editing={editing}
          nameMin={2}
          besideResidentId={
            <Form.Item
              label="教职工编号"
              name="staffNumber"
              extra="可不填,由系统编号"
              rules={[{ pattern: /^[0-9A-Za-z-]{4,20}$/, message: "应为4–20位数字或字母" }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          }
        />
        <Divider titlePlacement="start" plain>
          任职信息
        </Divider>
        <SchoolYearFields schools={openSchools} loading={schools.loading} years={years} yearFixed={editing} />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="岗位类别" name="postType" rules={[{ required: true, message: "请选择岗位类别" }]}>
              <Select<registry.PostType>
                showSearch={{ optionFilterProp: "label" }}
                options={vocabularyOptions(registry.postType)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="编制类型" name="establishment" rules={[{ required: true, message: "请选择编制类型" }]}>
              <Radio.Group optionType="button" options={vocabularyOptions(registry.establishment)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="任教学科"
              name="subject"
              dependencies={["postType"]}
              rules={[{ required: teacher, message: "专任教师须填写任教学科" }]}
            >
              <Select<registry.Subject>
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                placeholder={teacher ? "请选择" : "非任课人员可不填"}
                options={vocabularyOptions(registry.subject)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="任教学段"
              name="stageTaught"
              dependencies={["postType"]}
              extra="按任教学段计入生师比"
              rules={[{ required: teacher, message: "专任教师须填写任教学段" }]}
            >
              <Select<registry.Stage>
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                placeholder={teacher ? "请选择" : "非任课人员可不填"}
                options={vocabularyOptions(registry.stage)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="最高学历" name="qualification" rules={[{ required: true, message: "请选择最高学历" }]}>
              <Select<registry.Qualification>
                showSearch={{ optionFilterProp: "label" }}
                options={vocabularyOptions(registry.qualification)}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="专业技术职称" name="title" rules={[{ required: true, message: "请选择职称" }]}>
              <Select<registry.ProfessionalTitle>
                showSearch={{ optionFilterProp: "label" }}
                options={vocabularyOptions(registry.professionalTitle)}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="骨干教师级别" name="backboneLevel" rules={[{ required: true }]}>
              <Select<registry.BackboneLevel> options={vocabularyOptions(registry.backboneLevel)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="教师资格证" name="hasCertificate" valuePropName="checked">
              <Switch checkedChildren="持证" unCheckedChildren="未持证" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="专职" name="fullTime" valuePropName="checked">
              <Switch checkedChildren="专职" unCheckedChildren="兼职" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="任职状态" name="status" rules={[{ required: true }]} extra="调离请用「标记调离」">
              <Select options={STATUS_OPTIONS} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="入职日期" name="hireDate" extra="须在年满16周岁之后、当学年9月1日之前">
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        {!editing && <PersonalDataNote>身份证号为个人敏感信息,保存后加密存储、默认脱敏显示。</PersonalDataNote>}
      </Form>
    </PersonFormDrawer>
  );
}
