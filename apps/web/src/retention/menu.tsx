import {
  AlertOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { retentionPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/**
 * The 控辍保学 group: the school-age register for the section and leadership, the poverty lists for the section, the
 * settings for county readers; the rest for every reader.
 */
export function retentionMenuGroup(user: { role: auth.Role }): MenuItem {
  // a township contact (乡镇联络员) follows its township's persuasion cases and nothing else
  if (user.role === "township") {
    const cases: MenuItem = { key: retentionPaths.retentionCases, icon: <SolutionOutlined />, label: "劝返个案" };
    return {
      key: "retention",
      icon: <FileProtectOutlined />,
      label: auth.capabilityLabels.retention,
      children: [cases],
    };
  }
  const county = user.role !== "school_admin";
  const children: MenuItem[] = [
    { key: retentionPaths.retention, icon: <DashboardOutlined />, label: "工作概况" },
    ...(county && (user.role === "section" || user.role === "leader")
      ? [{ key: retentionPaths.retentionChildren, icon: <TeamOutlined />, label: "适龄儿童名册" }]
      : []),
    { key: retentionPaths.retentionSuspects, icon: <AlertOutlined />, label: "疑似辍学名册" },
    { key: retentionPaths.retentionCases, icon: <SolutionOutlined />, label: "劝返个案" },
    { key: retentionPaths.retentionReports, icon: <CalendarOutlined />, label: "缺课与零报告" },
    { key: retentionPaths.retentionRates, icon: <LineChartOutlined />, label: "入学率与巩固率" },
    ...(user.role === "section"
      ? [{ key: retentionPaths.retentionPoverty, icon: <SafetyCertificateOutlined />, label: "防返贫与低保名单" }]
      : []),
    ...(county ? [{ key: retentionPaths.retentionSettings, icon: <SettingOutlined />, label: "控辍保学参数" }] : []),
  ];
  return { key: "retention", icon: <FileProtectOutlined />, label: auth.capabilityLabels.retention, children };
}
