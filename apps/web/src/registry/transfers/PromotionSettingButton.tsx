import { CalendarOutlined } from "@ant-design/icons";
import { calendar, registry } from "@edubureau/core";
import { App, Button, DatePicker, Form, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { applyServerErrors } from "../../app/formErrors";
import type { RegistrySettings } from "./api";
import { useSaveRegistrySettings } from "./hooks";
import { SettingsModal } from "./SettingsModal";

interface FormValues {
  currentSchoolYear: number;
  promotionDate: Dayjs | null;
}

/**
 * 升级设置 (基础教育股): the county's current school year (every page's default) and the promotion date from which
 * the county's promotion may run, stored as register settings; every change is audited.
 */
export function PromotionSettingButton({ settings }: { settings: RegistrySettings | undefined }) {
  const { message } = App.useApp();
  const save = useSaveRegistrySettings();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();
  const year = Form.useWatch("currentSchoolYear", form) ?? settings?.currentSchoolYear;
  const range = year === undefined ? undefined : registry.promotionDateRange(year);

  const onFinish = async (v: FormValues) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        currentSchoolYear: v.currentSchoolYear,
        promotionDate: v.promotionDate ? v.promotionDate.format("YYYY-MM-DD") : null,
      });
      message.success(
        saved.promotionDate
          ? `已设置:${registry.schoolYearLabel(saved.currentSchoolYear)}升级日期为${calendar.chineseDate(saved.promotionDate)}`
          : `已设置:全县当前学年为${registry.schoolYearLabel(saved.currentSchoolYear)},升级日期未设定`,
      );
      setOpen(false);
    } catch (e) {
      setError(applyServerErrors(form, e, ["currentSchoolYear", "promotionDate"]));
    }
  };

  const current = settings?.currentSchoolYear ?? registry.schoolYearOf(dayjs().format("YYYY-MM-DD"));
  const years = [current - 1, current, current + 1];

  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        data-testid="promotion-settings"
        disabled={!settings}
        onClick={() => {
          setError(null);
          form.setFieldsValue({
            currentSchoolYear: current,
            promotionDate: settings?.promotionDate ? dayjs(settings.promotionDate) : null,
          });
          setOpen(true);
        }}
      >
        升级设置
      </Button>
      <SettingsModal
        open={open}
        title="学年与升级日期"
        form={form}
        saving={save.isPending}
        saveTestId="promotion-settings-save"
        error={error}
        updatedAt={settings?.updatedAt}
        onFinish={onFinish}
        onCancel={() => setOpen(false)}
      >
        <Form.Item
          label="全县当前学年"
          name="currentSchoolYear"
          extra="各页面不选学年时显示的学年,全县统一;执行升级后自动进入下一学年,一般无需手动修改"
          rules={[{ required: true, message: "请选择当前学年" }]}
        >
          <Select<number>
            data-testid="promotion-settings-year"
            style={{ width: 200 }}
            options={years.map((y) => ({ value: y, label: registry.schoolYearLabel(y) }))}
            onChange={() => form.setFieldValue("promotionDate", null)}
          />
        </Form.Item>
        <Form.Item
          label="升级日期"
          name="promotionDate"
          extra={
            range
              ? `自该日起基础教育股可执行全县升级,此前不能升级;可选${calendar.chineseDate(range.from)}至${calendar.chineseDate(range.to)}。留空表示尚未安排`
              : undefined
          }
        >
          <DatePicker
            data-testid="promotion-settings-date"
            style={{ width: 200 }}
            placeholder="选择升级日期"
            disabledDate={(d) =>
              range ? d.format("YYYY-MM-DD") < range.from || d.format("YYYY-MM-DD") > range.to : false
            }
          />
        </Form.Item>
      </SettingsModal>
    </>
  );
}
