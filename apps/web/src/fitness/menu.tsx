import { BarChartOutlined, CloudUploadOutlined, HeartOutlined, TableOutlined, TeamOutlined } from "@ant-design/icons";
import { auth } from "@edubureau/core";
import type { MenuProps } from "antd";
import { fitnessPaths } from "./paths";

type MenuItem = NonNullable<MenuProps["items"]>[number];

/** The 体质健康 group: figures, students' results, the import for those who write, the scoring tables. */
export function fitnessMenuGroup(canWrite: boolean): MenuItem {
  return {
    key: "fitness",
    icon: <HeartOutlined />,
    label: auth.capabilityLabels.fitness,
    children: [
      { key: fitnessPaths.fitnessFigures, icon: <BarChartOutlined />, label: "体质统计" },
      { key: fitnessPaths.fitnessResults, icon: <TeamOutlined />, label: "学生成绩" },
      ...(canWrite ? [{ key: fitnessPaths.fitnessImport, icon: <CloudUploadOutlined />, label: "成绩导入" }] : []),
      { key: fitnessPaths.fitnessStandard, icon: <TableOutlined />, label: "评分表" },
    ],
  };
}
