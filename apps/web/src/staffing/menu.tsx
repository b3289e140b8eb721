import {
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  DashboardOutlined,
  IdcardOutlined,
  ReadOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserAddOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { staffingPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 教师队伍 group: the county's pages for readers and schools; a teacher sees only their own record. */
export function staffingMenuGroup(user: { role: auth.Role }): MenuItem {
  const children: MenuItem[] =
    user.role === "teacher"
      ? [{ key: staffingPaths.staffingMe, icon: <IdcardOutlined />, label: "我的教师档案" }]
      : [
          { key: staffingPaths.staffingOverview, icon: <DashboardOutlined />, label: "队伍概览" },
          { key: staffingPaths.staffingEstablishment, icon: <ApartmentOutlined />, label: "编制核定" },
          { key: staffingPaths.staffingDemand, icon: <BookOutlined />, label: "学科结构" },
          { key: staffingPaths.staffingStructure, icon: <BarChartOutlined />, label: "年龄结构与退休" },
          { key: staffingPaths.staffingRecruitment, icon: <UserAddOutlined />, label: "招聘计划" },
          { key: staffingPaths.staffingTraining, icon: <ReadOutlined />, label: "继续教育学时" },
          { key: staffingPaths.staffingRotation, icon: <SwapOutlined />, label: "交流轮岗" },
          { key: staffingPaths.staffingPools, icon: <TrophyOutlined />, label: "人才梯队" },
        ];
  return { key: "staffing", icon: <TeamOutlined />, label: auth.capabilityLabels.staffing, children };
}
