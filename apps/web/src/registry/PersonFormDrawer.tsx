import { registry } from "@edubureau/core";
import { Alert, Button, Col, Drawer, Form, Row, Select, Space, Typography } from "antd";
import type { ReactNode } from "react";

interface DrawerProps {
  open: boolean;
  title: string;
  /** the drawer's width in pixels */
  size: number;
  /** `staff-form` or `student-form`: the drawer's test id, its save button's is `<testId>-submit` */
  testId: string;
  saving: boolean;
  /** the message of a refusal not tied to a field, shown above the form */
  error: string | null;
  onClose: () => void;
  /** submits the form the drawer holds */
  onSave: () => void;
  children: ReactNode;
}

/**
 * The drawer of a person's form (新增/编辑学生, 新增/编辑教职工): the title, 取消 and 保存 at the top, the form's
 * refusal above it, and the form itself as children.
 */
export function PersonFormDrawer({ open, title, size, testId, saving, error, onClose, onSave, children }: DrawerProps) {
  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={size}
      destroyOnHidden
      data-testid={testId}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" data-testid={`${testId}-submit`} loading={saving} onClick={onSave}>
            保存
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {children}
    </Drawer>
  );
}

interface SchoolYearProps {
  /** the schools the person may be placed in */
  schools: { id: string; name: string }[];
  loading: boolean;
  years: number[];
  /** editing a staff member's year: the year is fixed, the school alone is asked, full width */
  yearFixed?: boolean;
  onSchoolChange?: () => void;
  onYearChange?: () => void;
}

/**
 * The school and school year of a person's form, named `schoolId` and `schoolYear`: a school administrator (or a
 * county with one school) sees the school chosen and fixed.
 */
export function SchoolYearFields({
  schools,
  loading,
  years,
  yearFixed,
  onSchoolChange,
  onYearChange,
}: SchoolYearProps) {
  return (
    <Row gutter={16}>
      <Col span={yearFixed ? 24 : 14}>
        <Form.Item label="学校" name="schoolId" rules={[{ required: true, message: "请选择学校" }]}>
          <Select<string>
            showSearch={{ optionFilterProp: "label" }}
            loading={loading}
            disabled={schools.length === 1}
            placeholder="请选择学校"
            onChange={onSchoolChange}
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
      </Col>
      {!yearFixed && (
        <Col span={10}>
          <Form.Item label="学年" name="schoolYear" rules={[{ required: true, message: "请选择学年" }]}>
            <Select<number>
              onChange={onYearChange}
              options={years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))}
            />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

/** The note under a new person's form on how the personal data typed into it is kept. */
export function PersonalDataNote({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
      {children}
    </Typography.Paragraph>
  );
}

/** The name and ethnicity typed into a person's form as the server takes them: trimmed. */
export function identityOf(v: { name: string; ethnicity: string }) {
  return { name: v.name.trim(), ethnicity: v.ethnicity.trim() };
}

/** A new person's resident ID as the server takes it: trimmed, a final x as X. */
export const residentIdOf = (value: string) => value.trim().toUpperCase();

/**
 * The school a new person's form starts with: the administrator's own, or the county's only school.
 *
 * @example defaultSchoolId(null, [{ id: "a" }]) // => "a"
 */
export function defaultSchoolId(own: string | null | undefined, schools: { id: string }[]): string | undefined {
  return own ?? (schools.length === 1 ? schools[0]?.id : undefined);
}
