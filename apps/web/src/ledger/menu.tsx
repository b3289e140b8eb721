import {
  BarChartOutlined,
  CheckSquareOutlined,
  FileSearchOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { ledgerPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 督导整改台账 group: tasks, the board, inspections, statistics; the institution register for county roles. */
export function ledgerMenuGroup(user: { role: auth.Role }): MenuItem {
  const children: MenuItem[] = [
    { key: ledgerPaths.ledgerTasks, icon: <CheckSquareOutlined />, label: "我的任务" },
    { key: ledgerPaths.ledgerBoard, icon: <ProfileOutlined />, label: "整改台账" },
    { key: ledgerPaths.ledgerInspections, icon: <FileSearchOutlined />, label: "检查记录" },
    { key: ledgerPaths.ledgerStatistics, icon: <BarChartOutlined />, label: "整改统计" },
  ];
  if (user.role !== "school_admin") {
    children.push(
      { key: ledgerPaths.ledgerTypes, icon: <UnorderedListOutlined />, label: "检查类型" },
      { key: ledgerPaths.ledgerInstitutions, icon: <ShopOutlined />, label: "校外培训机构" },
    );
  }
  return { key: "ledger", icon: <SafetyCertificateOutlined />, label: auth.capabilityLabels.ledger, children };
}
