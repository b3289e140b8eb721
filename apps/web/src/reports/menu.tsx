import { AuditOutlined, BookOutlined, DashboardOutlined, FileWordOutlined, PieChartOutlined } from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { reportsPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 报告与驾驶舱 group: the cockpit, the year's work report (county readers), the figure catalogue. */
export function reportsMenuGroup(user: { role: auth.Role }): MenuItem {
  const children: MenuItem[] = [{ key: reportsPaths.reportsCockpit, icon: <DashboardOutlined />, label: "驾驶舱" }];
  if (user.role !== "school_admin")
    children.push(
      { key: reportsPaths.reportsWorkReport, icon: <FileWordOutlined />, label: "年度工作总结数据" },
      { key: reportsPaths.reportsChecks, icon: <AuditOutlined />, label: "统计数据核查" },
    );
  children.push({ key: reportsPaths.reportsCatalogue, icon: <BookOutlined />, label: "指标目录" });
  return { key: "reports", icon: <PieChartOutlined />, label: auth.capabilityLabels.reports, children };
}
