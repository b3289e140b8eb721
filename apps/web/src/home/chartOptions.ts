import { registry } from "@edubureau/core";
import type { ChartOption } from "../components/Chart";
import type { RegistryOverview } from "../registry/api";

const localityColors: Record<registry.Locality, string> = { urban: "#1677ff", town: "#13c2c2", rural: "#52c41a" };
const sizeColors: Record<registry.ClassSizeCategory, string> = {
  normal: "#52c41a",
  oversized: "#faad14",
  large: "#fa8c16",
  super_large: "#f5222d",
};
const sizeCategories = Object.keys(registry.classSizeCategoryLabel) as registry.ClassSizeCategory[];

/** Codes in vocabulary order, keeping only those present in the data. */
function presentCodes<T extends string>(order: readonly T[], present: Iterable<T>): T[] {
  const set = new Set(present);
  return order.filter((code) => set.has(code));
}

const tooltip = { trigger: "axis" as const, axisPointer: { type: "shadow" as const } };
const grid = { left: 8, right: 16, top: 56, bottom: 8, containLabel: true };

/** Schools by kind (办学类型), stacked by 城区/镇区/乡村. */
export function schoolsByKindOption(o: RegistryOverview): ChartOption {
  const rows = o.schools.byKindAndLocality;
  const kinds = presentCodes(
    registry.schoolKind.codes,
    rows.map((r) => r.kind),
  );
  const localities = presentCodes(
    registry.locality.codes,
    rows.map((r) => r.locality),
  );
  return {
    tooltip,
    legend: { top: 0 },
    grid,
    xAxis: {
      type: "category",
      data: kinds.map((k) => registry.schoolKind.labels[k]),
      axisLabel: { interval: 0, rotate: kinds.length > 5 ? 30 : 0 },
    },
    yAxis: { type: "value", minInterval: 1, name: "所" },
    series: localities.map((loc) => ({
      type: "bar",
      name: registry.locality.labels[loc],
      stack: "schools",
      itemStyle: { color: localityColors[loc] },
      barMaxWidth: 48,
      data: kinds.map((k) => rows.find((r) => r.kind === k && r.locality === loc)?.n ?? 0),
    })),
  };
}

/** Schools by 城区/镇区/乡村. */
export function schoolsByLocalityOption(o: RegistryOverview): ChartOption {
  const totals = new Map<registry.Locality, number>();
  for (const r of o.schools.byKindAndLocality) totals.set(r.locality, (totals.get(r.locality) ?? 0) + r.n);
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c} 所({d}%)" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        name: "学校",
        radius: ["35%", "65%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{c} 所" },
        data: presentCodes(registry.locality.codes, totals.keys()).map((loc) => ({
          name: registry.locality.labels[loc],
          value: totals.get(loc) ?? 0,
          itemStyle: { color: localityColors[loc] },
        })),
      },
    ],
  };
}

/** Enrolled students by stage (学段). */
export function studentsByStageOption(o: RegistryOverview): ChartOption {
  const stages = presentCodes(
    registry.stage.codes,
    o.students.byStage.map((r) => r.stage),
  );
  return {
    tooltip,
    grid,
    xAxis: { type: "category", data: stages.map((s) => registry.stage.labels[s]) },
    yAxis: { type: "value", minInterval: 1, name: "人" },
    series: [
      {
        type: "bar",
        name: "在校学生",
        barMaxWidth: 48,
        itemStyle: { color: "#1677ff" },
        label: { show: true, position: "top", formatter: ({ value }) => Number(value).toLocaleString("zh-CN") },
        data: stages.map((s) => o.students.byStage.find((r) => r.stage === s)?.n ?? 0),
      },
    ],
  };
}

/** Enrolled students by 城区/镇区/乡村 (of the school they attend). */
export function studentsByLocalityOption(o: RegistryOverview): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c} 人({d}%)" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        name: "在校学生",
        radius: ["35%", "65%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}\n{d}%" },
        data: presentCodes(
          registry.locality.codes,
          o.students.byLocality.map((r) => r.locality),
        ).map((loc) => ({
          name: registry.locality.labels[loc],
          value: o.students.byLocality.find((r) => r.locality === loc)?.n ?? 0,
          itemStyle: { color: localityColors[loc] },
        })),
      },
    ],
  };
}

/** Staff by post type (岗位类别). */
export function staffByPostOption(o: RegistryOverview): ChartOption {
  const posts = presentCodes(
    registry.postType.codes,
    o.staff.byPost.map((r) => r.postType),
  );
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c} 人({d}%)" },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        name: "教职工",
        radius: ["35%", "65%"],
        center: ["50%", "45%"],
        label: { formatter: ({ name, value }) => `${name}\n${Number(value).toLocaleString("zh-CN")} 人` },
        data: posts.map((post) => ({
          name: registry.postType.labels[post],
          value: o.staff.byPost.find((r) => r.postType === post)?.n ?? 0,
        })),
      },
    ],
  };
}

/** Classes by size category (正常/偏大/大班额/超大班额), stacked by stage. */
export function classSizesOption(o: RegistryOverview): ChartOption {
  const stages = presentCodes(
    registry.stage.codes,
    o.classes.byStage.map((r) => r.stage),
  );
  return {
    tooltip,
    legend: { top: 0 },
    grid,
    xAxis: { type: "category", data: stages.map((s) => registry.stage.labels[s]) },
    yAxis: { type: "value", minInterval: 1, name: "个班" },
    series: sizeCategories.map((cat) => ({
      type: "bar",
      name: registry.classSizeCategoryLabel[cat],
      stack: "classes",
      barMaxWidth: 48,
      itemStyle: { color: sizeColors[cat] },
      data: stages.map((s) => o.classes.byStage.find((r) => r.stage === s)?.byCategory[cat] ?? 0),
    })),
  };
}
