import { registry } from "@edubureau/core";
import { App, Checkbox, Col, Divider, Form, Input, Radio, Row, Select, Space } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../app/api";
import { useMe } from "../../app/auth";
import { applyServerErrors } from "../../app/formErrors";
import { useClasses } from "../classes/hooks";
import { useSchoolYears, useScopeSchools } from "../filters";
import { IdentityFields } from "../IdentityFields";
import {
  defaultSchoolId,
  identityOf,
  PersonalDataNote,
  PersonFormDrawer,
  residentIdOf,
  SchoolYearFields,
} from "../PersonFormDrawer";
import type { DisabilityPlacement, HouseholdType, NewStudent, StudentChanges, StudentRecord } from "./api";
import { useCreateStudent, useUpdateStudent } from "./hooks";

interface Values {
  name: string;
  ethnicity: string;
  residentId: string;
  schoolId: string;
  schoolYear: number;
  grade: number;
  classId?: string;
  householdType: HouseholdType;
  leftBehind: boolean;
  migrant: boolean;
  orphan: boolean;
  povertyRegistered: boolean;
  dibao: boolean;
  disability?: string;
  disabilityPlacement?: DisabilityPlacement;
  address?: string;
  guardianName?: string;
  guardianPhone?: string;
  /** editing: remove the address on record (shown masked, so it cannot be emptied by typing) */
  clearAddress?: boolean;
  clearGuardianPhone?: boolean;
}

/** Field names the server may report problems on (they match the form's). */
const FIELDS = [
  "name",
  "ethnicity",
  "residentId",
  "schoolId",
  "schoolYear",
  "grade",
  "classId",
  "householdType",
  "leftBehind",
  "migrant",
  "disability",
  "disabilityPlacement",
  "orphan",
  "povertyRegistered",
  "dibao",
  "address",
  "guardianName",
  "guardianPhone",
] as const;

/** All grades, kindergarten to 高三, when the school has no classes to take the grades from. */
const ALL_GRADES = Array.from({ length: 16 }, (_, i) => i - 3);

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

const blankToNull = (value: string | undefined) => value?.trim() || null;

function flagsOf(v: Values) {
  return {
    householdType: v.householdType,
    leftBehind: v.leftBehind ?? false,
    migrant: v.migrant ?? false,
    orphan: v.orphan ?? false,
    povertyRegistered: v.povertyRegistered ?? false,
    dibao: v.dibao ?? false,
    disability: blankToNull(v.disability),
    disabilityPlacement: v.disability ? (v.disabilityPlacement ?? null) : null,
    address: blankToNull(v.address),
    guardianName: blankToNull(v.guardianName),
    guardianPhone: blankToNull(v.guardianPhone),
  };
}

function valuesOf(s: StudentRecord): Partial<Values> {
  return {
    name: s.name,
    ethnicity: s.ethnicity,
    householdType: s.householdType === "rural" ? "rural" : "urban",
    leftBehind: s.leftBehind,
    migrant: s.migrant,
    orphan: s.orphan,
    povertyRegistered: s.povertyRegistered,
    dibao: s.dibao,
    disability: s.disability ?? undefined,
    disabilityPlacement: (s.disabilityPlacement as DisabilityPlacement | null) ?? undefined,
    guardianName: s.guardianName ?? undefined,
  };
}

/** The grade and class pickers of a new student: grades and classes the school has in that year. */
function PlacementFields({ schoolId, schoolYear }: { schoolId?: string; schoolYear?: number }) {
  const form = Form.useFormInstance<Values>();
  const grade = Form.useWatch("grade", form);
  const classes = useClasses({ schoolId, year: schoolYear }, schoolId !== undefined && schoolYear !== undefined);
  const rows = classes.data?.rows ?? [];
  const grades = useMemo(() => {
    const present = [...new Set(rows.map((c) => c.grade))].sort((a, b) => a - b);
    return present.length > 0 ? present : ALL_GRADES;
  }, [rows]);
  const classOptions = rows
    .filter((c) => c.grade === grade)
    .map((c) => ({ value: c.id, label: `${c.name}(现 ${c.size} 人)` }));
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item label="年级" name="grade" rules={[{ required: true, message: "请选择年级" }]}>
          <Select<number>
            placeholder="请选择年级"
            disabled={!schoolId}
            onChange={() => form.setFieldValue("classId", undefined)}
            options={grades.map((g) => ({ value: g, label: registry.gradeLabel(g) }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="班级" name="classId" extra="可暂不分班,稍后再分">
          <Select<string>
            allowClear
            placeholder={grade === undefined ? "请先选择年级" : "暂不分班"}
            disabled={grade === undefined}
            loading={classes.isFetching}
            notFoundContent="该年级暂无班级"
            options={classOptions}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

interface Props {
  open: boolean;
  /** the student to edit; null to register a new one */
  student: StudentRecord | null;
  onClose: () => void;
}

/**
 * 新增学生 / 编辑学生信息. A new student needs the identity (name, ethnicity, resident ID: birth date and gender are
 * read from it) and the placement (school, year, grade, class); editing changes everything but identity.
 */
export function StudentFormDrawer({ open, student, onClose }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const schools = useScopeSchools();
  const { years, latest } = useSchoolYears();
  const create = useCreateStudent();
  const update = useUpdateStudent();
  const [error, setError] = useState<string | null>(null);
  const editing = student !== null;
  const schoolId = Form.useWatch("schoolId", form);
  const schoolYear = Form.useWatch("schoolYear", form);
  const disability = Form.useWatch("disability", form);
  const clearAddress = Form.useWatch("clearAddress", form);
  const clearGuardianPhone = Form.useWatch("clearGuardianPhone", form);

  // Filled when the drawer opens or another student is edited — not when a list or the student refetches behind
  // it, which would wipe what the user has just typed or ticked (清空现有住址).
  const studentId = student?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values are read once per opening, on purpose
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (student) form.setFieldsValue(valuesOf(student));
  }, [open, studentId, form]);
  // A new student's school and year, once their lists have loaded: only into fields still empty, so a list that
  // refetches after a save never resets a form the user is filling.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the defaults are applied when the lists arrive
  useEffect(() => {
    if (!open || studentId !== null) return;
    if (form.getFieldValue("schoolId") === undefined) {
      form.setFieldsValue({ schoolId: defaultSchoolId(me.user.schoolId, schools.rows) });
    }
    if (form.getFieldValue("schoolYear") === undefined) form.setFieldsValue({ schoolYear: latest });
  }, [open, studentId, form, latest, schools.rows.length]);

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      if (student) {
        const body: StudentChanges = { ...identityOf(v), ...flagsOf(v) };
        // the masked address and phone are shown as placeholders: what was typed replaces them, 「清空」 removes them,
        // and an untouched field leaves them as they are
        if (v.clearAddress) body.address = null;
        else if (!v.address?.trim()) delete body.address;
        if (v.clearGuardianPhone) body.guardianPhone = null;
        else if (!v.guardianPhone?.trim()) delete body.guardianPhone;
        await update.mutateAsync({ id: student.id, body });
        message.success("学生信息已保存");
        onClose();
      } else {
        const body: NewStudent = {
          ...identityOf(v),
          residentId: residentIdOf(v.residentId),
          schoolId: v.schoolId,
          schoolYear: v.schoolYear,
          grade: v.grade,
          classId: v.classId ?? null,
          ...flagsOf(v),
        };
        const created = await create.mutateAsync(body);
        message.success(`已登记学生 ${body.name}`);
        onClose();
        navigate(`/registry/students/${created.id}`);
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === "DUPLICATE_STUDENT") {
        form.setFields([{ name: "residentId", errors: [e.message] }]);
        return;
      }
      setError(applyServerErrors(form, e, FIELDS));
    }
  };

  return (
    <PersonFormDrawer
      open={open}
      title={editing ? `编辑学生信息:${student.name}` : "新增学生"}
      size={560}
      testId="student-form"
      saving={create.isPending || update.isPending}
      error={error}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="student-form"
        onFinish={onFinish}
        initialValues={{
          householdType: "urban",
          ethnicity: "汉族",
          leftBehind: false,
          migrant: false,
          orphan: false,
          povertyRegistered: false,
          dibao: false,
        }}
        scrollToFirstError
      >
        <IdentityFields editing={editing} ethnicityMax={10} />
        {!editing && (
          <>
            <Divider titlePlacement="start" plain>
              就读学校与班级
            </Divider>
            <SchoolYearFields
              schools={schools.rows}
              loading={schools.loading}
              years={years}
              onSchoolChange={() => form.setFieldsValue({ grade: undefined, classId: undefined })}
              onYearChange={() => form.setFieldsValue({ classId: undefined })}
            />
            <PlacementFields schoolId={schoolId} schoolYear={schoolYear} />
          </>
        )}
        <Divider titlePlacement="start" plain>
          家庭与特殊群体
        </Divider>
        <Form.Item label="户口性质" name="householdType" rules={[{ required: true, message: "请选择户口性质" }]}>
          <Radio.Group
            options={(["urban", "rural"] as const).map((h) => ({ value: h, label: registry.householdTypeLabels[h] }))}
          />
        </Form.Item>
        <Form.Item label="特殊群体" extra="按实际情况勾选,可多选">
          <Space wrap size={[16, 8]}>
            <Form.Item name="leftBehind" valuePropName="checked" noStyle>
              <Checkbox>留守儿童</Checkbox>
            </Form.Item>
            <Form.Item name="migrant" valuePropName="checked" noStyle>
              <Checkbox>随迁子女</Checkbox>
            </Form.Item>
            <Form.Item name="orphan" valuePropName="checked" noStyle>
              <Checkbox>孤儿</Checkbox>
            </Form.Item>
            <Form.Item name="povertyRegistered" valuePropName="checked" noStyle>
              <Checkbox>建档立卡</Checkbox>
            </Form.Item>
            <Form.Item name="dibao" valuePropName="checked" noStyle>
              <Checkbox>低保</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="残疾类别" name="disability">
              <Select<string>
                allowClear
                placeholder="无"
                onChange={(value) => {
                  if (!value) form.setFieldValue("disabilityPlacement", undefined);
                }}
                options={registry.disabilityCategories.map((d) => ({ value: d, label: d }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="安置方式"
              name="disabilityPlacement"
              dependencies={["disability"]}
              rules={[{ required: Boolean(disability), message: "请选择残疾学生的安置方式" }]}
            >
              <Select<DisabilityPlacement>
                allowClear
                disabled={!disability}
                placeholder={disability ? "请选择" : "—"}
                options={registry.disabilityPlacements.map((p) => ({ value: p, label: p }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="监护人" name="guardianName" rules={[{ max: 40, message: "监护人姓名过长" }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="监护人电话"
              name="guardianPhone"
              extra={
                editing && student.guardianPhone ? (
                  <>
                    <div>现为 {student.guardianPhone},不修改请留空</div>
                    <Form.Item name="clearGuardianPhone" valuePropName="checked" noStyle>
                      <Checkbox
                        data-testid="student-clear-phone"
                        onChange={(e) => e.target.checked && form.setFieldValue("guardianPhone", undefined)}
                      >
                        清空现有电话
                      </Checkbox>
                    </Form.Item>
                  </>
                ) : undefined
              }
              rules={[
                {
                  pattern: PHONE,
                  message: "电话号码格式不正确,手机为11位数字,座机如 0479-1234567",
                },
              ]}
            >
              <Input
                autoComplete="off"
                disabled={Boolean(clearGuardianPhone)}
                placeholder={clearGuardianPhone ? "保存后清空" : editing ? "不修改请留空" : undefined}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="家庭住址"
          name="address"
          extra={
            editing && student.address ? (
              <>
                <div>现为 {student.address},不修改请留空</div>
                <Form.Item name="clearAddress" valuePropName="checked" noStyle>
                  <Checkbox
                    data-testid="student-clear-address"
                    onChange={(e) => e.target.checked && form.setFieldValue("address", undefined)}
                  >
                    清空现有住址
                  </Checkbox>
                </Form.Item>
              </>
            ) : undefined
          }
          rules={[{ max: 200, message: "地址过长(最多200个字)" }]}
        >
          <Input
            autoComplete="off"
            disabled={Boolean(clearAddress)}
            placeholder={clearAddress ? "保存后清空" : editing ? "不修改请留空" : undefined}
          />
        </Form.Item>
        {!editing && (
          <PersonalDataNote>身份证号、家庭住址和监护人电话为个人敏感信息,保存后默认脱敏显示。</PersonalDataNote>
        )}
      </Form>
    </PersonFormDrawer>
  );
}
