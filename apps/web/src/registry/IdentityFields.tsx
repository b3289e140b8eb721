import { registry } from "@edubureau/core";
import { AutoComplete, Col, Form, Input, Row } from "antd";
import type { ReactNode } from "react";

interface Props {
  /** editing a person on record: the resident ID is not asked again (identity does not change) */
  editing: boolean;
  /** the shortest name the form accepts, when more than one character */
  nameMin?: number;
  /** the longest ethnicity name the form accepts, when limited */
  ethnicityMax?: number;
  /** a field shown beside the resident ID of a new person (the staff number) */
  besideResidentId?: ReactNode;
}

/**
 * The identity of a student or staff member on their forms: name and ethnicity, and for a new person the resident ID
 * (checked as typed; birth date and gender are read from it). The fields are named `name`, `ethnicity` and
 * `residentId` in the form that holds them.
 */
export function IdentityFields({ editing, nameMin, ethnicityMax, besideResidentId }: Props) {
  const residentId = (
    <Form.Item
      label="身份证号"
      name="residentId"
      extra="出生日期和性别从身份证号读取"
      validateTrigger="onBlur"
      rules={[
        { required: true, whitespace: true, message: "请填写身份证号" },
        {
          validator: async (_, value: string | undefined) => {
            if (!value?.trim()) return;
            const parsed = registry.parseResidentId(value);
            if (!parsed.ok) throw new Error(registry.residentIdProblemMessage[parsed.problem]);
          },
        },
      ]}
    >
      <Input autoComplete="off" maxLength={18} style={{ fontFamily: "monospace" }} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="姓名"
            name="name"
            rules={[
              { required: true, whitespace: true, message: "请填写姓名" },
              ...(nameMin !== undefined ? [{ min: nameMin, message: `姓名至少${nameMin}个字` }] : []),
              { max: 40, message: "姓名过长(最多40个字)" },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="民族"
            name="ethnicity"
            rules={[
              { required: true, whitespace: true, message: "请填写民族,如 汉族" },
              { min: 2, message: "请填写民族全称,如 汉族" },
              ...(ethnicityMax !== undefined ? [{ max: ethnicityMax, message: "民族名称过长" }] : []),
            ]}
          >
            <AutoComplete
              options={registry.ethnicGroups.map((e) => ({ value: e }))}
              showSearch={{
                filterOption: (input, option) => (option?.value ?? "").toString().includes(input.trim()),
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      {!editing &&
        (besideResidentId === undefined ? (
          residentId
        ) : (
          <Row gutter={16}>
            <Col span={14}>{residentId}</Col>
            <Col span={10}>{besideResidentId}</Col>
          </Row>
        ))}
    </>
  );
}
