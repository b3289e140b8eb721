import type { FigureDefinition } from "./catalogue";
import type { FigureValue } from "./figureValue";
import { formatFigure } from "./formatFigure";

/** Totals that must agree across capabilities (e.g. students in classes = students on roll). */
export interface TotalsPair {
  code: string;
  title: string;
  left: { label: string; value: number };
  right: { label: string; value: number };
  /** the records that disagree (a school whose two totals differ), listed with the item */
  records?: readonly CheckRecord[];
}

/** A record behind a check item: what to open and fix. */
export interface CheckRecord {
  id: string;
  label: string;
  detail: string;
}

/** A value range the national norms allow, for a figure of the catalogue. */
export interface FigureNorm {
  figureKey: string;
  min?: number;
  max?: number;
  /** the rule's source, named in the item */
  source: string;
}

/** The national norms the year-end check applies (methods.md §2, §10). */
export const nationalNorms: readonly FigureNorm[] = [
  { figureKey: "registry.superLargeClasses", max: 0, source: "消除超大班额(56人以上大班额不超过5%,66人以上为0)" },
  { figureKey: "registry.largeClassShare", max: 5, source: "大班额比例不超过5%" },
  {
    figureKey: "registry.studentTeacherRatio",
    min: 8,
    max: 22,
    source: "中小学编制标准(小学1:19、初中1:13.5)下的合理区间",
  },
  { figureKey: "ledger.rectificationRate", min: 0, max: 100, source: "整改率不超过100%" },
  { figureKey: "balance.primaryComposite", max: 0.65, source: "基本均衡:小学综合差异系数不高于0.65" },
  { figureKey: "balance.juniorComposite", max: 0.55, source: "基本均衡:初中综合差异系数不高于0.55" },
  { figureKey: "retention.primaryNet", max: 100, source: "净入学率按定义不超过100%(超过说明名册或学籍有误)" },
  { figureKey: "retention.primaryRetention", min: 98, source: "小学巩固率不低于98%" },
  { figureKey: "retention.juniorRetention", min: 95, source: "初中三年巩固率不低于95%(优质均衡)" },
  { figureKey: "preschool.grossEnrollment", min: 85, source: "学前三年毛入园率不低于85%(教督〔2020〕1号)" },
  { figureKey: "preschool.inclusiveCoverage", min: 80, source: "普惠性幼儿园覆盖率不低于80%(教督〔2020〕1号)" },
  { figureKey: "exams.participation", max: 100, source: "参考率不超过100%" },
];

/** One item of the year-end statistics check (统计数据核查), for a clerk to fix or explain. */
export interface CheckItem {
  /** stable within a year: the kind and what it is about */
  code: string;
  kind: "totals" | "jump" | "norm";
  figureKey: string | null;
  title: string;
  detail: string;
  /** the records behind the item (for a totals item: the schools whose totals differ) */
  records: CheckRecord[];
}

/**
 * The year-end check's items (统计数据核查): totals that disagree, year-on-year jumps beyond a settable ratio, and
 * values outside the national norms. Figures whose inputs are incomplete are not checked (the cockpit already says so).
 *
 * @param figures the catalogue's figures with this year's and last year's values
 * @param pairs totals that must agree
 * @param jumpRatio a change of more than this share of last year's value is listed (0.2 = 20 %)
 * @example yearEndChecks([{ def: students, current: ok(9000), previous: ok(6000) }], [], 0.2)
 * // => [{ code: "jump:registry.students", kind: "jump", title: "在校学生数比上年变化超过20%", ... }]
 */
export function yearEndChecks(
  figures: readonly { def: FigureDefinition; current: FigureValue; previous: FigureValue | null }[],
  pairs: readonly TotalsPair[],
  jumpRatio: number,
  norms: readonly FigureNorm[] = nationalNorms,
): CheckItem[] {
  const items: CheckItem[] = [];
  for (const p of pairs)
    if (p.left.value !== p.right.value)
      items.push({
        code: `totals:${p.code}`,
        kind: "totals",
        figureKey: null,
        title: `${p.title}不一致`,
        detail: `${p.left.label}${p.left.value},${p.right.label}${p.right.value},相差${Math.abs(p.left.value - p.right.value)}`,
        records: [...(p.records ?? [])],
      });
  for (const { def, current, previous } of figures) {
    if (current.status !== "ok") continue;
    if (previous?.status === "ok" && previous.value !== 0 && def.unit !== "%") {
      const change = (current.value - previous.value) / Math.abs(previous.value);
      if (Math.abs(change) > jumpRatio)
        items.push({
          code: `jump:${def.key}`,
          kind: "jump",
          figureKey: def.key,
          title: `${def.name}比上年变化超过${Math.round(jumpRatio * 100)}%`,
          detail: `上年${formatFigure(previous.value, def.unit)},本年${formatFigure(current.value, def.unit)},变化${Math.round(change * 1000) / 10}%`,
          records: [],
        });
    }
    for (const n of norms.filter((x) => x.figureKey === def.key)) {
      const low = n.min !== undefined && current.value < n.min;
      const high = n.max !== undefined && current.value > n.max;
      if (low || high)
        items.push({
          code: `norm:${def.key}`,
          kind: "norm",
          figureKey: def.key,
          title: `${def.name}${low ? "低于" : "高于"}规定范围`,
          detail: `本年${formatFigure(current.value, def.unit)};${n.source}`,
          records: [],
        });
    }
  }
  return items;
}
