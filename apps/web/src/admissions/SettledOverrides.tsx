import { Alert } from "antd";
import type { SettledOverride } from "./api";
import { beijingTime } from "./labels";

const STEP_LABELS = { run: "抽签", confirm: "写入班级" } as const;

/** 招生办's overrides of a grade already in classes: shown on the event as they are on the public page. */
export function SettledOverridesAlert({ overrides }: { overrides: SettledOverride[] }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="settled-overrides"
      message="招生办改写了已分班年级的班级"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {overrides.map((o) => (
            <li key={`${o.step}${o.at}`}>
              {STEP_LABELS[o.step]}({beijingTime(o.at)}):该年级已有 {o.studentsInClasses} 名学生在班级中,
              {o.studentsChanged} 名学生的班级因此改变。原因:{o.reason}
            </li>
          ))}
        </ul>
      }
    />
  );
}
