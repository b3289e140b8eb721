import { auth } from "@edubureau/core";
import { Alert, App, Button, Drawer, Form, Input, Select, Space } from "antd";
import { useEffect, useState } from "react";
import { applyServerErrors } from "../app/formErrors";
import { useSchools } from "../registry/hooks";
import type { AccountScope, User } from "./api";
import { useCreateUser, useUpdateUser, useUserTowns } from "./hooks";
import { randomPassword } from "./randomPassword";

interface Values {
  username: string;
  displayName: string;
  role: auth.Role;
  section?: auth.Section;
  schoolId?: string;
  staffId?: string;
  townCode?: string;
  password: string;
}

const FIELDS = ["username", "displayName", "role", "section", "schoolId", "staffId", "townCode", "password"] as const;

/** Which scope fields a role's form shows (the server checks the same and reports by field). */
const scopeFieldsOf = (role: auth.Role | undefined) => ({
  section: role === "section",
  school: role === "school_admin" || role === "teacher",
  staff: role === "teacher",
  town: role === "township",
});

function scopeOf(values: Values): AccountScope {
  const shown = scopeFieldsOf(values.role);
  return {
    role: values.role,
    section: shown.section ? (values.section ?? null) : null,
    schoolId: shown.school ? (values.schoolId ?? null) : null,
    staffId: shown.staff ? values.staffId?.trim() || null : null,
    townCode: shown.town ? (values.townCode ?? null) : null,
  };
}

interface Props {
  open: boolean;
  /** the account to edit; null to create one */
  user: User | null;
  onClose: () => void;
}

/** 新建账号 / 编辑账号: name, role and the data scope the role needs; initial password when creating. */
export function UserFormDrawer({ open, user, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch("role", form);
  const shown = scopeFieldsOf(role);
  const schools = useSchools();
  const towns = useUserTowns(open && shown.town);
  const create = useCreateUser();
  const update = useUpdateUser();
  const [error, setError] = useState<string | null>(null);
  const editing = user !== null;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        section: user.section ?? undefined,
        schoolId: user.schoolId ?? undefined,
        staffId: user.staffId ?? undefined,
        townCode: user.townCode ?? undefined,
      });
    }
  }, [open, user, form]);

  const onFinish = async (values: Values) => {
    setError(null);
    try {
      if (user) {
        await update.mutateAsync({ id: user.id, body: { displayName: values.displayName.trim(), ...scopeOf(values) } });
        message.success("账号已修改");
      } else {
        await create.mutateAsync({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          ...scopeOf(values),
        });
        message.success("账号已创建,首次登录须修改密码");
      }
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? `编辑账号:${user.username}` : "新建账号"}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" name="user-form" onFinish={onFinish}>
        <Form.Item
          label="用户名"
          name="username"
          extra={editing ? "用户名创建后不能修改" : "小写字母开头,可含小写字母、数字、下划线、点、短横线"}
          rules={[{ required: true, whitespace: true, message: "请填写用户名" }]}
        >
          <Input disabled={editing} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Select<auth.Role>
            options={auth.roles.map((r) => ({ value: r, label: auth.roleLabels[r] }))}
            placeholder="请选择角色"
          />
        </Form.Item>
        {shown.section && (
          <Form.Item label="所属股室" name="section" rules={[{ required: true, message: "请选择股室" }]}>
            <Select<auth.Section>
              options={auth.sections.map((s) => ({ value: s, label: auth.sectionLabels[s] }))}
              placeholder="请选择股室"
            />
          </Form.Item>
        )}
        {shown.school && (
          <Form.Item label="所属学校" name="schoolId" rules={[{ required: true, message: "请选择学校" }]}>
            <Select<string>
              showSearch={{ optionFilterProp: "label" }}
              loading={schools.isPending}
              placeholder="请选择学校"
              options={(schools.data?.rows ?? []).map((s) => ({ value: s.id, label: `${s.name}(${s.code})` }))}
            />
          </Form.Item>
        )}
        {shown.staff && (
          <Form.Item
            label="教职工编号"
            name="staffId"
            extra="该教师在教职工名册中的记录编号,用于确定其任教班级"
            rules={[{ required: true, whitespace: true, message: "请填写教职工编号" }]}
          >
            <Input autoComplete="off" placeholder="例如 3f2b…(UUID)" />
          </Form.Item>
        )}
        {shown.town && (
          <Form.Item
            label="所属乡镇"
            name="townCode"
            extra="乡镇联络员只能查看本乡镇的劝返个案并登记劝返记录"
            rules={[{ required: true, message: "请选择乡镇" }]}
          >
            <Select<string>
              showSearch={{ optionFilterProp: "label" }}
              loading={towns.isPending}
              placeholder="请选择乡镇"
              options={(towns.data?.rows ?? []).map((t) => ({ value: t.code, label: `${t.name}(${t.code})` }))}
            />
          </Form.Item>
        )}
        {!editing && (
          <Form.Item label="初始密码" required extra={`${auth.passwordPolicyHint};用户首次登录时须修改`}>
            <Space.Compact style={{ width: "100%" }}>
              <Form.Item name="password" noStyle rules={[{ required: true, message: "请设置初始密码" }]}>
                <Input autoComplete="new-password" aria-label="初始密码" />
              </Form.Item>
              <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>随机生成</Button>
            </Space.Compact>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
