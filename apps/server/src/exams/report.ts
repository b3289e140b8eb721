/**
 * A school's quality-analysis report as Word (学校质量分析报告): the policy line, a narrative generated from the
 * figures (core schoolNarrative), charts rendered server-side (school against county by subject; level or score-band
 * distribution), and tables per subject and per class. No ranks: the report is school-facing.
 */
import { exams as core } from "@edubureau/core";
import {
  bureauName,
  wordChart as chart,
  wordHeading as heading,
  wordTable as table,
  wordText as text,
  wordByline,
  wordDocument,
  wordTitle,
} from "../export/wordParts";
import type { AnalysisView, Policy } from "./presentAnalysis";
import type { ExamRow } from "./store";

const fixed = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? "—" : v.toFixed(d));
/** A share of full marks as a percentage without binary noise (0.7 → "70%", not "70.00000000000001%"). */
const share = (v: number) => `${Number((v * 100).toFixed(2))}%`;
const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${(v * 100).toFixed(1)}%`);

/** Who issues the report and when: the county's name (北原县) and the ISO date of the export. */
export interface ReportIssue {
  countyName: string;
  date: string;
}

/** The Word report of the one school in `view` (presentAnalysis with that school's scope). */
export async function schoolReportDocx(
  row: ExamRow,
  view: AnalysisView,
  readerPolicy: Policy,
  issue: ReportIssue,
): Promise<Buffer> {
  const schoolPolicy = view.policy;
  const subjects = view.subjects;
  const schoolName = subjects[0]?.schools[0]?.name ?? "学校";
  const levels = schoolPolicy.mode === "levels";
  const narrative = core.schoolNarrative({
    schoolName,
    examName: row.name,
    mode: schoolPolicy.mode,
    levelNames: view.levelNames,
    denominatorLabel: core.rateDenominatorLabels[row.config.denominator],
    subjects: subjects.map((s) => {
      const g = s.schools[0];
      const sat = g?.sat ?? 0;
      return {
        name: s.name,
        fullMarks: s.fullMarks,
        enrolled: g?.enrolled ?? 0,
        sat,
        mean: g?.mean ?? null,
        countyMean: s.county.mean,
        countySd: s.county.sd,
        passRate: g?.rates.pass ?? null,
        countyPassRate: s.county.rates.pass,
        excellentRate: g?.rates.excellent ?? null,
        countyExcellentRate: s.county.rates.excellent,
        lowRate: g?.rates.low ?? null,
        countyLowRate: s.county.rates.low,
        levelShares: (g?.levels ?? []).map((n) => (sat > 0 ? n / sat : 0)),
      };
    }),
  });
  const plain = subjects.filter((s) => s.code !== core.TOTAL);
  const total = subjects.at(-1);
  const diffChart = {
    title: { text: "各科与全县平均的差(标准差单位)", left: "center", textStyle: { fontSize: 15 } },
    grid: { left: 50, right: 30, top: 50, bottom: 40 },
    xAxis: { type: "category", data: plain.map((s) => s.name), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "标准差" },
    series: [
      {
        type: "bar",
        barMaxWidth: 36,
        data: plain.map((s) => {
          const v = s.schools[0]?.standardizedDiff ?? 0;
          return { value: Number(v.toFixed(2)), itemStyle: { color: v >= 0 ? "#1677ff" : "#ff4d4f" } };
        }),
        label: { show: true, position: "top" },
      },
    ],
  };
  const distChart = total && {
    title: {
      text: levels ? "总分等级分布(本校与全县,%)" : "总分分数段分布(本校与全县,%)",
      left: "center",
      textStyle: { fontSize: 15 },
    },
    legend: { bottom: 6 },
    grid: { left: 50, right: 30, top: 50, bottom: 40 },
    xAxis: {
      type: "category",
      data: levels ? view.levelNames : total.bandEdges.slice(0, -1).map((e, i) => `${e}–${total.bandEdges[i + 1]}`),
      axisLabel: { fontSize: 10 },
    },
    yAxis: { type: "value", name: "%" },
    series: [
      { name: schoolName, g: total.schools[0] },
      { name: "全县", g: total.county },
    ].map(({ name, g }) => {
      const counts = (levels ? g?.levels : g?.bands) ?? [];
      const sat = g?.sat ?? 0;
      return {
        name,
        type: "bar",
        data: counts.map((n) => (sat > 0 ? Number(((n / sat) * 100).toFixed(1)) : 0)),
      };
    }),
  };
  const header = levels
    ? [
        "科目",
        "在籍",
        "实考",
        "缺考",
        "与全县差(标准差)",
        "优秀率",
        "及格率",
        "低分率",
        ...view.levelNames.map((n) => `${n}等`),
      ]
    : ["科目", "在籍", "实考", "缺考", "平均分", "全县平均", "与全县差", "优秀率", "及格率", "低分率"];
  const rows = subjects.map((s) => {
    const g = s.schools[0];
    return levels
      ? [
          s.name,
          g?.enrolled ?? 0,
          g?.sat ?? 0,
          g?.absent ?? 0,
          fixed(g?.standardizedDiff, 2),
          pct(g?.rates.excellent),
          pct(g?.rates.pass),
          pct(g?.rates.low),
          ...(g?.levels ?? []).map((n) => n),
        ]
      : [
          s.name,
          g?.enrolled ?? 0,
          g?.sat ?? 0,
          g?.absent ?? 0,
          fixed(g?.mean),
          fixed(s.county.mean),
          fixed(g?.meanDiff),
          pct(g?.rates.excellent),
          pct(g?.rates.pass),
          pct(g?.rates.low),
        ];
  });
  const classRows =
    total?.classes.map((c) => [
      c.name,
      c.enrolled,
      c.sat,
      levels ? fixed(c.standardizedDiff, 2) : fixed(c.mean),
      pct(c.rates.excellent),
      pct(c.rates.pass),
      pct(c.rates.low),
    ]) ?? [];
  const title = `${schoolName}「${row.name}」质量分析报告`;
  return wordDocument({
    title,
    countyName: issue.countyName,
    children: [
      wordTitle(title),
      wordByline(issue.countyName, issue.date),
      text(schoolPolicy.note, true),
      text(
        `方法:分数线为满分的优秀 ${share(row.config.thresholds.excellent)}、良好 ${share(row.config.thresholds.good)}、及格 ${share(row.config.thresholds.pass)}、低分低于 ${share(row.config.thresholds.low)};比率${core.rateDenominatorLabels[row.config.denominator]};标准差为总体标准差;等级 ${view.levelNames.join("/")} 的分数线为满分的 ${row.config.levels.cutoffs.map(share).join("/")}。`,
      ),
      ...(readerPolicy.view === "bureau"
        ? [text(`本报告由${bureauName(issue.countyName)}导出,供学校改进教学使用,不含排名。`)]
        : []),
      heading("一、总体情况"),
      ...narrative.map((t) => text(t)),
      heading("二、各科与全县比较"),
      chart(diffChart, 600, 300),
      table(header, rows),
      ...(distChart ? [heading("三、成绩分布"), chart(distChart, 600, 320)] : []),
      heading(`${distChart ? "四" : "三"}、各班情况(总分)`),
      table(["班级", "在籍", "实考", levels ? "与全县差(标准差)" : "平均分", "优秀率", "及格率", "低分率"], classRows),
    ],
  });
}
