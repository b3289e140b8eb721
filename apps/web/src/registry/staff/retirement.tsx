import { Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { RETIREMENT_WARNING_YEARS } from "../labels";

/** Whether a retirement date has passed, falls within the warning years, or is further ahead. */
export function retirementState(retirementDate: string, today = dayjs()): "past" | "soon" | "later" {
  const date = dayjs(retirementDate);
  if (!date.isValid()) return "later";
  if (!date.isAfter(today, "day")) return "past";
  return date.isAfter(today.add(RETIREMENT_WARNING_YEARS, "year"), "day") ? "later" : "soon";
}

/** 法定退休日期, highlighted when it is within five years (或已到退休年龄). */
export function RetirementDate({ date }: { date: string }) {
  const state = retirementState(date);
  if (state === "later") return <span>{date}</span>;
  return (
    <Space size={4} data-testid="retiring-soon">
      <Typography.Text strong type={state === "past" ? "danger" : "warning"}>
        {date}
      </Typography.Text>
      <Tag color={state === "past" ? "red" : "orange"} style={{ marginInlineEnd: 0 }}>
        {state === "past" ? "已到龄" : `${RETIREMENT_WARNING_YEARS}年内退休`}
      </Tag>
    </Space>
  );
}
