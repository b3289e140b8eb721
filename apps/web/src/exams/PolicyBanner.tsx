import { Alert, Space, Tag } from "antd";
import type { Policy } from "./api";

/** The reporting policy on top of every exam page: who this view is for, levels or scores, internal or not. */
export function PolicyBanner({ policy }: { policy: Policy }) {
  const mode = policy.mode === "levels" ? "等级呈现(不显示学生分数与名次)" : "分数呈现(不公布学生个人名次)";
  return (
    <Alert
      data-testid="exam-policy"
      type={policy.internal ? "warning" : "info"}
      showIcon
      title={
        <Space wrap size={6}>
          {policy.internal && (
            <Tag color="red" data-testid="internal-tag">
              内部资料
            </Tag>
          )}
          <Tag color={policy.mode === "levels" ? "blue" : "default"}>{mode}</Tag>
          <Tag>{{ bureau: "教育局视图", school: "学校视图", teacher: "教师视图" }[policy.view]}</Tag>
          {policy.ranks && <Tag color="orange">含排序,仅供内部研判</Tag>}
        </Space>
      }
      description={policy.note}
    />
  );
}
