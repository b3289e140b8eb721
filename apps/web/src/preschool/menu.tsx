import { AimOutlined, BarChartOutlined, ExperimentOutlined, FormOutlined, SmileOutlined } from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { preschoolPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 学前教育 group: the evaluation for every reader; planning, what-if and township figures for county roles. */
export function preschoolMenuGroup(user: { role: auth.Role }, canWrite: boolean): MenuItem {
  const children: MenuItem[] = [{ key: preschoolPaths.preschool, icon: <BarChartOutlined />, label: "普及普惠评估" }];
  if (user.role !== "school_admin") {
    children.push(
      { key: preschoolPaths.preschoolPlan, icon: <AimOutlined />, label: "学位规划" },
      { key: preschoolPaths.preschoolWhatIf, icon: <ExperimentOutlined />, label: "模拟测算" },
      {
        key: preschoolPaths.preschoolInputs,
        icon: <FormOutlined />,
        label: canWrite ? "人口与调查录入" : "人口与调查",
      },
    );
  }
  return { key: "preschool", icon: <SmileOutlined />, label: auth.capabilityLabels.preschool, children };
}
