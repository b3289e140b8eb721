import {
  AuditOutlined,
  BankOutlined,
  DatabaseOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import type { AbilityKind } from "./auth";

type MenuItem = NonNullable<MenuProps["items"]>[number];
type Can = (kind: AbilityKind, capability: auth.Capability) => boolean;

/** Paths of the pages, in one place for the router and the menu. */
export const paths = {
  home: "/",
  schools: "/registry/schools",
  students: "/registry/students",
  users: "/system/users",
  audit: "/system/audit",
  changePassword: "/account/password",
} as const;

/** The side menu: only capabilities that exist in this version and that the server lets the user see. */
export function menuItems(can: Can): MenuItem[] {
  const items: MenuItem[] = [{ key: paths.home, icon: <HomeOutlined />, label: "首页" }];
  if (can("read", "registry")) {
    items.push({
      key: "registry",
      icon: <DatabaseOutlined />,
      label: auth.capabilityLabels.registry,
      children: [
        { key: paths.schools, icon: <BankOutlined />, label: "学校名录" },
        { key: paths.students, icon: <TeamOutlined />, label: "学生名单" },
      ],
    });
  }
  const system: MenuItem[] = [];
  if (can("write", "users"))
    system.push({ key: paths.users, icon: <UserOutlined />, label: auth.capabilityLabels.users });
  if (can("read", "audit"))
    system.push({ key: paths.audit, icon: <AuditOutlined />, label: auth.capabilityLabels.audit });
  if (system.length > 0) items.push({ key: "system", icon: <SettingOutlined />, label: "系统管理", children: system });
  return items;
}

/** The menu key of a location: the longest page path it starts with. */
export function selectedMenuKey(pathname: string): string {
  const all = Object.values(paths).filter((p) => p !== paths.home);
  return all.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? paths.home;
}
