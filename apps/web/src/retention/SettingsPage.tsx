import { Alert, App, Button, Card, Descriptions, Form, InputNumber, Skeleton, Space, Switch, Typography } from "antd";
import { useEffect, useState } from "react";
import { useAuth, useMe } from "../app/auth";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { retentionApi, type SettingsBody } from "./api";
import { errorText } from "./components";
import { useRetentionWrite, useSettings } from "./hooks";

const FIELDS: {
  name: keyof Omit<SettingsBody, "keepRoster">;
  label: string;
  unit: string;
  min: number;
  max: number;
  help: string;
}[] = [
  {
    name: "absenceThresholdDays",
    label: "连续缺课认定天数",
    unit: "个上学日",
    min: 1,
    max: 60,
    help: "学生连续缺课达到此天数且未请假(或请假未获批准),学籍与在校比对时列为疑似辍学。",
  },
  {
    name: "caseDeadlineDays",
    label: "劝返时限",
    unit: "天",
    min: 1,
    max: 180,
    help: "立案(或确认辍学、再次离校)之日起计算;到期学生仍未返校即逾期,由基础教育股督办,并提醒个案所在乡镇、学校。",
  },
  {
    name: "leadershipEscalationDays",
    label: "报局领导督办",
    unit: "天(逾期后)",
    min: 1,
    max: 180,
    help: "个案逾期满此天数仍未返校,升级为局领导督办。",
  },
  {
    name: "returnVerifyDays",
    label: "返校核验天数",
    unit: "天",
    min: 1,
    max: 120,
    help: "学生返校满此天数后,学校方可核验并销号(动态销号)。",
  },
  {
    name: "zeroReportDueDay",
    label: "零报告截止日",
    unit: "日(次月)",
    min: 1,
    max: 28,
    help: "各校每月的控辍保学月报(零报告)须在次月此日前填报;逾期未报的学校列出并提醒。",
  },
];

/** 控辍保学参数: the section sets them (audited); leadership and other sections read them. */
export default function SettingsPage() {
  const me = useMe();
  const { can } = useAuth();
  const { message } = App.useApp();
  const settings = useSettings();
  const save = useRetentionWrite(retentionApi.updateSettings);
  const [form] = Form.useForm<SettingsBody>();
  const [filled, setFilled] = useState(false);
  const section = me.user.role === "section" && can("write", "retention");
  useEffect(() => {
    if (settings.data && !filled) {
      form.setFieldsValue(settings.data);
      setFilled(true);
    }
  }, [settings.data, filled, form]);
  if (settings.error || me.user.schoolId) return <ForbiddenPage />;
  if (!settings.data) return <Skeleton active />;
  const s = settings.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <PageTitle>控辍保学参数</PageTitle>
      <Typography.Text type="secondary">
        本县控辍保学工作的认定标准和时限。修改由基础教育股进行,每次修改记入审计日志。转学逾期未接收的天数(
        {s.transferOverdueDays}
        天)在学籍设置中管理。
      </Typography.Text>
      {section ? (
        <Card size="small">
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 640 }}
            onFinish={(v) =>
              save.mutate(v, {
                onSuccess: () => message.success("已保存控辍保学参数"),
                onError: (e) => message.error(errorText(e)),
              })
            }
          >
            {FIELDS.map((f) => (
              <Form.Item
                key={f.name}
                name={f.name}
                label={f.label}
                extra={f.help}
                rules={[
                  {
                    required: true,
                    type: "integer",
                    min: f.min,
                    max: f.max,
                    message: `请填写${f.min}到${f.max}之间的整数`,
                  },
                ]}
              >
                <InputNumber min={f.min} max={f.max} precision={0} addonAfter={f.unit} style={{ width: 220 }} />
              </Form.Item>
            ))}
            <Form.Item
              name="keepRoster"
              label="比对后保留户籍名单"
              valuePropName="checked"
              extra="不保留(默认):与学籍比对成功的儿童,其身份证号、姓名、住址和监护人的加密信息在比对后清除,只留脱敏信息和比对结果;未入学儿童的信息保留以便核查。保留:全部加密保存,每次查看仍需说明理由并记入审计日志。"
            >
              <Switch checkedChildren="保留" unCheckedChildren="清除" data-testid="retention-keep-roster" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="retention-settings-save">
              保存
            </Button>
          </Form>
        </Card>
      ) : (
        <Card size="small">
          <Descriptions
            column={1}
            size="small"
            items={[
              ...FIELDS.map((f) => ({ key: f.name, label: f.label, children: `${s[f.name]} ${f.unit}` })),
              {
                key: "keepRoster",
                label: "比对后保留户籍名单",
                children: s.keepRoster ? "保留" : "清除已比对儿童的身份信息",
              },
            ]}
          />
          <Alert type="info" showIcon style={{ marginTop: 12 }} title="参数由基础教育股设置" />
        </Card>
      )}
    </Space>
  );
}
