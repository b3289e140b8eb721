import {
  AuditOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileWordOutlined,
  PieChartOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { reportsPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 报告与驾驶舱 group: the cockpit, the year's work report (county readers), the figure catalogue. */
export function reportsMenuGroup(user: { role: auth.Role; section?: string | null }): MenuItem {
  const children: MenuItem[] = [{ key: reportsPaths.reportsCockpit, icon: <DashboardOutlined />, label: "驾驶舱" }];
  if (user.role !== "school_admin")
    children.push(
      { key: reportsPaths.reportsWorkReport, icon: <FileWordOutlined />, label: "年度工作总结数据" },
      { key: reportsPaths.reportsChecks, icon: <AuditOutlined />, label: "统计数据核查" },
    );
  children.push({ key: reportsPaths.reportsCatalogue, icon: <BookOutlined />, label: "指标目录" });
  // 课后服务 and 学校年度统计 (基础教育股, schools), 高考/中考录取结果 (招生办)
  if (
    user.role === "school_admin" ||
    (user.role === "section" && (user.section === "basic_education" || user.section === "admissions"))
  )
    children.push({ key: reportsPaths.reportsDataImport, icon: <CloudUploadOutlined />, label: "报告数据导入" });
  return { key: "reports", icon: <PieChartOutlined />, label: auth.capabilityLabels.reports, children };
}
