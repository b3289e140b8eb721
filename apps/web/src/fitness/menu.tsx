import { BarChartOutlined, HeartOutlined, TableOutlined, TeamOutlined } from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { fitnessPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 体质健康 group: figures, students' results, the scoring tables. */
export function fitnessMenuGroup(): MenuItem {
  return {
    key: "fitness",
    icon: <HeartOutlined />,
    label: auth.capabilityLabels.fitness,
    children: [
      { key: fitnessPaths.fitnessFigures, icon: <BarChartOutlined />, label: "体质统计" },
      { key: fitnessPaths.fitnessResults, icon: <TeamOutlined />, label: "学生成绩" },
      { key: fitnessPaths.fitnessStandard, icon: <TableOutlined />, label: "评分表" },
    ],
  };
}
