import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudServerOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  ExperimentOutlined,
  FundOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { fitnessMenuGroup } from "../fitness/menu";
import { fitnessPaths } from "../fitness/paths";
import { ledgerMenuGroup } from "../ledger/menu";
import { ledgerPaths } from "../ledger/paths";
import { preschoolMenuGroup } from "../preschool/menu";
import { preschoolPaths } from "../preschool/paths";
import { reportsMenuGroup } from "../reports/menu";
import { reportsPaths } from "../reports/paths";
import { retentionMenuGroup } from "../retention/menu";
import { retentionPaths } from "../retention/paths";
import { staffingMenuGroup } from "../staffing/menu";
import { staffingPaths } from "../staffing/paths";
import type { AbilityKind } from "./auth";

type MenuItem = NonNullable<MenuProps["items"]>[number];
type Can = (kind: AbilityKind, capability: auth.Capability) => boolean;

/** What the signed-in user is, beyond abilities: a teacher's register scope is their classes (no transfers). */
export interface MenuUser {
  role: auth.Role;
  section?: auth.Section | null;
}

/** Paths of the pages, in one place for the router and the menu. */
export const paths = {
  home: "/",
  schools: "/registry/schools",
  students: "/registry/students",
  staff: "/registry/staff",
  classes: "/registry/classes",
  classSizes: "/registry/class-sizes",
  transfers: "/registry/transfers",
  promotion: "/registry/promotion",
  import: "/registry/import",
  balance: "/balance",
  balanceWhatIf: "/balance/what-if",
  balanceSettings: "/balance/settings",
  ...ledgerPaths,
  ...preschoolPaths,
  ...fitnessPaths,
  ...retentionPaths,
  ...staffingPaths,
  ...reportsPaths,
  admissionsNewAllocation: "/admissions/new/allocation",
  admissionsNewLottery: "/admissions/new/lottery",
  admissionsNewQuota: "/admissions/new/quota",
  admissionsZones: "/admissions/zones",
  admissions: "/admissions",
  verify: "/verify",
  users: "/system/users",
  audit: "/system/audit",
  backup: "/system/backup",
  capabilityOwners: "/system/capability-owners",
  changePassword: "/account/password",
  exams: "/exams",
} as const;

/** The side menu: only capabilities that exist in this version and that the server lets the user see. */
export function menuItems(can: Can, user: MenuUser): MenuItem[] {
  const items: MenuItem[] = [{ key: paths.home, icon: <HomeOutlined />, label: "首页" }];
  if (can("read", "reports")) items.push(reportsMenuGroup(user));
  if (can("read", "registry")) {
    items.push({
      key: "registry",
      icon: <DatabaseOutlined />,
      label: auth.capabilityLabels.registry,
      children: registryMenu(can, user),
    });
  }
  if (can("read", "balance")) {
    items.push({
      key: "balance",
      icon: <FundOutlined />,
      label: auth.capabilityLabels.balance,
      children: [
        { key: paths.balance, icon: <BarChartOutlined />, label: "均衡监测" },
        ...(user.role === "school_admin"
          ? []
          : [{ key: paths.balanceWhatIf, icon: <ExperimentOutlined />, label: "模拟测算" }]),
        { key: paths.balanceSettings, icon: <SettingOutlined />, label: "测算参数" },
      ],
    });
  }
  if (can("read", "exams")) {
    items.push({ key: paths.exams, icon: <LineChartOutlined />, label: auth.capabilityLabels.exams });
  }
  if (can("read", "admissions")) items.push(admissionsMenu(can, user));
  if (can("read", "ledger")) items.push(ledgerMenuGroup(user));
  if (can("read", "preschool")) items.push(preschoolMenuGroup(user, can("write", "preschool")));
  if (can("read", "fitness")) items.push(fitnessMenuGroup(can("write", "fitness")));
  if (can("read", "retention")) items.push(retentionMenuGroup(user));
  if (can("read", "staffing")) items.push(staffingMenuGroup(user));
  const system: MenuItem[] = [];
  if (can("write", "users"))
    system.push({ key: paths.users, icon: <UserOutlined />, label: auth.capabilityLabels.users });
  if (can("read", "audit"))
    system.push({ key: paths.audit, icon: <AuditOutlined />, label: auth.capabilityLabels.audit });
  if (user.role === "admin") system.push({ key: paths.backup, icon: <CloudServerOutlined />, label: "数据备份" });
  if (auth.mayReadOwners(user))
    system.push({ key: paths.capabilityOwners, icon: <ApartmentOutlined />, label: "业务归口" });
  if (system.length > 0) items.push({ key: "system", icon: <SettingOutlined />, label: "系统管理", children: system });
  return items;
}

/** The 学籍与基础数据 group: lists for every reader; transfers for school and county roles; writers' tools. */
function registryMenu(can: Can, user: MenuUser): MenuItem[] {
  const items: MenuItem[] = [
    { key: paths.schools, icon: <BankOutlined />, label: "学校名录" },
    { key: paths.students, icon: <TeamOutlined />, label: "学生名单" },
    { key: paths.staff, icon: <IdcardOutlined />, label: "教职工" },
    { key: paths.classes, icon: <AppstoreOutlined />, label: "班级" },
    { key: paths.classSizes, icon: <BarChartOutlined />, label: "班额统计" },
  ];
  if (canSeeTransfers(user)) items.push({ key: paths.transfers, icon: <SwapOutlined />, label: "转学" });
  if (can("write", "registry")) {
    items.push(
      { key: paths.promotion, icon: <RiseOutlined />, label: "升级" },
      { key: paths.import, icon: <CloudUploadOutlined />, label: "批量导入" },
    );
  }
  return items;
}

/** Transfers are between schools: a teacher (whose register is their classes) has none to see. */
export const canSeeTransfers = (user: MenuUser) => user.role !== "teacher";

/** The menu key of a location: the longest page path it starts with. */
export function selectedMenuKey(pathname: string): string {
  const matching = Object.values(paths).filter(
    (p) => p !== paths.home && (pathname === p || pathname.startsWith(`${p}/`)),
  );
  // the most specific page wins: /balance/what-if over /balance
  return matching.sort((a, b) => b.length - a.length)[0] ?? paths.home;
}

/** The menu group holding a page, to open it when the page is reached by its address. */
export function openMenuGroup(items: MenuItem[], selectedKey: string): string[] {
  for (const item of items) {
    const children = item && "children" in item ? (item.children ?? []) : [];
    if (children.some((c) => c?.key === selectedKey)) return [String(item?.key)];
  }
  return [];
}

/** The 招生入学 group: events for every reader; new events for writers (lotteries and quotas county-wide only). */
function admissionsMenu(can: Can, user: MenuUser): MenuItem {
  const children: MenuItem[] = [{ key: paths.admissions, icon: <ScheduleOutlined />, label: "分班与摇号活动" }];
  if (can("write", "admissions")) {
    children.push({ key: paths.admissionsNewAllocation, icon: <TeamOutlined />, label: "阳光分班" });
    if (user.role !== "school_admin") {
      children.push(
        { key: paths.admissionsNewLottery, icon: <ExperimentOutlined />, label: "摇号" },
        { key: paths.admissionsNewQuota, icon: <BarChartOutlined />, label: "指标到校" },
      );
    }
  }
  children.push(
    { key: paths.admissionsZones, icon: <BankOutlined />, label: "学区" },
    { key: paths.verify, icon: <SafetyCertificateOutlined />, label: "公示验证" },
  );
  return { key: "admissions", icon: <ScheduleOutlined />, label: auth.capabilityLabels.admissions, children };
}
