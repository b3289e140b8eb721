/**
 * The evaluation as files: the tables as xlsx (numbers as numbers, Chinese labels, the notes sheet) and the Word
 * self-evaluation report (自评报告) with charts, naming the method and the data date. County readers only; every
 * download is audited.
 */
import { calendar, preschool } from "@edubureau/core";
import ExcelJS from "exceljs";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { textWidth, workbookBuffer } from "../excel/workbook";
import {
  wordChart as chart,
  chineseDate,
  wordHeading as heading,
  wordTable as table,
  wordText as text,
  wordByline,
  wordDocument,
  wordTitle,
} from "../export/wordParts";
import { loadPreschoolData, preschoolOverview, requireCountyReader } from "./evaluation";

type Overview = Awaited<ReturnType<typeof preschoolOverview>>;
type Indicator = Overview["evaluation"]["indicators"][number];

const statusLabel = { pass: "达标", fail: "未达标", missing: "缺少数据" } as const;

/** An indicator's value as people read it: a percentage with one decimal, or "1:15.7" for the teacher ratio. */
export function indicatorText(i: Pick<Indicator, "value" | "form">): string {
  if (i.value === null) return "缺少数据";
  return i.form === "ratio" ? `1:${i.value.toFixed(1)}` : `${(i.value * 100).toFixed(1)}%`;
}
export function thresholdText(i: Pick<Indicator, "threshold" | "form">): string {
  return i.form === "ratio" ? `不高于 1:${i.threshold}` : `≥ ${Number((i.threshold * 100).toFixed(1))}%`;
}
const dataText = (i: Indicator) =>
  i.key === "pay_share" && i.numerator !== null && i.denominator !== null
    ? `非在编 ${(i.numerator / 100).toFixed(0)} 元 ÷ 在编 ${(i.denominator / 100).toFixed(0)} 元`
    : i.numerator === null
      ? (i.missing ?? "")
      : `${i.numerator} ÷ ${i.denominator}`;

const titleOf = (o: Overview) => `${o.countyName}${o.schoolYearLabel}学前教育普及普惠督导评估`;

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: (string | number | null)[][],
  formats: Record<number, string> = {},
) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6F4FF" } };
  });
  for (const r of rows) {
    const row = ws.addRow(r.map((v) => v ?? ""));
    for (const [col, fmt] of Object.entries(formats)) {
      const cell = row.getCell(Number(col) + 1);
      if (typeof cell.value === "number") cell.numFmt = fmt;
    }
  }
  header.forEach((h, i) => {
    const widest = Math.max(textWidth(h), ...rows.map((r) => textWidth(String(r[i] ?? ""))));
    ws.getColumn(i + 1).width = Math.max(8, Math.min(50, Math.ceil(widest) + 2));
  });
}

/** The evaluation workbook: notes, indicators, kindergartens, classes over their limit, the township plan. */
export async function preschoolWorkbook(
  o: Overview,
  plan: ReturnType<typeof preschool.townshipPlan>,
  generatedAt: Date,
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  wb.created = generatedAt;
  const about = wb.addWorksheet("说明");
  about.addRow([titleOf(o)]).font = { bold: true, size: 14 };
  about.addRow(["数据时点", `${o.asOf}(${o.schoolYearLabel}学年 9 月 1 日)`]);
  about.addRow(["生成时间", `${calendar.beijingDate(generatedAt)}`]);
  about.addRow([]);
  for (const line of o.methodNotes) about.addRow([line]);
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 90;

  const e = o.evaluation;
  addSheet(
    wb,
    "评估指标",
    ["指标", "数值", "标准", "结论", "分子", "分母", "口径", "拉低指标的幼儿园或乡镇"],
    e.indicators.map((i) => [
      i.label,
      i.value === null ? "缺少数据" : i.form === "ratio" ? Number(i.value.toFixed(1)) : i.value,
      thresholdText(i),
      statusLabel[i.status],
      i.numerator === null ? null : i.key === "pay_share" ? Math.round(i.numerator) / 100 : i.numerator,
      i.denominator === null ? null : i.key === "pay_share" ? Math.round(i.denominator) / 100 : i.denominator,
      i.missing ?? i.method,
      i.pulling.map((p) => `${p.name}(${p.note})`).join(";"),
    ]),
    { 1: "0.0%" },
  );
  // the ratio row is a number of children per teacher, not a percentage
  const ws = wb.getWorksheet("评估指标");
  ws?.eachRow((row, n) => {
    if (n > 1 && e.indicators[n - 2]?.form === "ratio") row.getCell(2).numFmt = "0.0";
  });
  addSheet(
    wb,
    "幼儿园",
    [
      "幼儿园",
      "乡镇",
      "办园性质",
      "在园幼儿",
      "班级数",
      "超额班级",
      "专任教师",
      "持证教师",
      "师幼比(1:x)",
      "园长持证",
      "在编月均工资(元)",
      "非在编月均工资(元)",
      "生均拨款/补助(元/年)",
      "生均园舍(m²)",
      "生均户外场地(m²)",
    ],
    o.kindergartens.map((k) => [
      k.attached ? `${k.name}(附设幼儿班)` : k.name,
      k.townName,
      k.kindLabel,
      k.children,
      k.classes.length,
      k.classesOverLimit,
      k.fullTimeTeachers,
      k.certifiedTeachers,
      k.childrenPerTeacher === null ? null : Number(k.childrenPerTeacher.toFixed(1)),
      k.principalCertified === null ? "—" : k.principalCertified ? "是" : "否",
      k.establishedPayYuan,
      k.nonEstablishedPayYuan,
      k.fundingPerChildYuan,
      k.buildingAreaPerChild === null ? null : Number(k.buildingAreaPerChild.toFixed(2)),
      k.playAreaPerChild === null ? null : Number(k.playAreaPerChild.toFixed(2)),
    ]),
    { 8: "0.0", 13: "0.00", 14: "0.00" },
  );
  addSheet(
    wb,
    "超额班级",
    ["幼儿园", "班级", "班型", "幼儿数", "上限"],
    o.kindergartens.flatMap((k) =>
      k.classes.filter((c) => c.over).map((c) => [k.name, c.name, c.bandLabel, c.children, c.limit]),
    ),
  );
  const years = plan.county.map((y) => y.schoolYear);
  addSheet(
    wb,
    "乡镇学位规划",
    [
      "乡镇",
      "在园幼儿",
      "标准学位",
      "普惠学位",
      ...years.flatMap((y) => [`${y}年适龄幼儿`, `${y}年所需学位`, `${y}年缺口`]),
    ],
    plan.townships.map((t) => [
      t.name,
      t.enrolled,
      t.places,
      t.inclusivePlaces,
      ...t.years.flatMap((y) => [y.children, y.needed, y.gap]),
    ]),
  );
  return workbookBuffer(wb, { footer: `${o.countyName} ${calendar.beijingDate(generatedAt)}` });
}

function indicatorChart(indicators: Indicator[]) {
  const shares = indicators.filter((i) => i.form === "share");
  return {
    title: { text: "各项指标与标准(%)", left: "center", textStyle: { fontSize: 15 } },
    grid: { left: 250, right: 60, top: 45, bottom: 30 },
    xAxis: { type: "value", max: 100 },
    yAxis: { type: "category", inverse: true, data: shares.map((i) => i.label), axisLabel: { fontSize: 11 } },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: shares.map((i) => ({
          value: i.value === null ? 0 : Number((i.value * 100).toFixed(1)),
          itemStyle: { color: i.status === "pass" ? "#52c41a" : i.status === "fail" ? "#ff4d4f" : "#bfbfbf" },
        })),
        label: { show: true, position: "right" },
      },
      {
        type: "scatter",
        symbol: "rect",
        symbolSize: [3, 18],
        itemStyle: { color: "#fa8c16" },
        data: shares.map((i) => Number((i.threshold * 100).toFixed(1))),
      },
    ],
  };
}

function kindChart(o: Overview) {
  const byKind = new Map<string, number>();
  for (const k of o.kindergartens) byKind.set(k.kindLabel, (byKind.get(k.kindLabel) ?? 0) + k.children);
  return {
    title: { text: "在园幼儿按办园性质", left: "center", textStyle: { fontSize: 15 } },
    legend: { bottom: 0 },
    series: [
      {
        type: "pie",
        radius: ["35%", "62%"],
        label: { formatter: "{b}\n{c} 人({d}%)" },
        data: [...byKind].map(([name, value]) => ({ name, value })),
      },
    ],
  };
}

function gapChart(plan: ReturnType<typeof preschool.townshipPlan>) {
  return {
    title: { text: "各乡镇学位缺口(所需学位 − 标准学位)", left: "center", textStyle: { fontSize: 15 } },
    legend: { bottom: 0 },
    grid: { left: 60, right: 30, top: 50, bottom: 80 },
    xAxis: { type: "category", data: plan.townships.map((t) => t.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", name: "学位" },
    series: plan.county.map((y, k) => ({
      type: "bar",
      name: `${y.schoolYear}年`,
      data: plan.townships.map((t) => t.years[k]?.gap ?? 0),
    })),
  };
}

/** The Word self-evaluation report (自评报告). */
export async function preschoolDocument(
  o: Overview,
  plan: ReturnType<typeof preschool.townshipPlan>,
  generatedAt: Date,
) {
  const e = o.evaluation;
  const title = `${titleOf(o)}自评报告`;
  const failed = e.indicators.filter((i) => i.status === "fail");
  const missing = e.indicators.filter((i) => i.status === "missing");
  const summary = [
    `${o.schoolYearLabel}学年(数据时点 ${chineseDate(o.asOf)}),全县有幼儿园 ${e.kindergartens} 所,在园幼儿 ${e.children} 人。`,
    `对照 ${e.indicators.length} 项评估指标,达标 ${e.passed} 项,未达标 ${e.failed} 项,缺少数据 ${e.missing} 项。`,
    ...(failed.length > 0
      ? [`未达标:${failed.map((i) => `${i.label} ${indicatorText(i)}(标准 ${thresholdText(i)})`).join(";")}。`]
      : []),
    ...(missing.length > 0 ? [`缺少数据:${missing.map((i) => `${i.label}(${i.missing})`).join(";")}。`] : []),
  ];
  const gaps = plan.townships.filter((t) => t.years.some((y) => (y.gap ?? 0) > 0));
  return wordDocument({
    title,
    countyName: o.countyName,
    children: [
      wordTitle(title),
      wordByline(o.countyName, calendar.beijingDate(generatedAt)),
      text("评估依据:《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号);班额上限依据《幼儿园工作规程》(2016)。"),
      text(`数据时点:${chineseDate(o.asOf)}(9 月 1 日在园幼儿、班级、在岗专任教师,当年幼儿园填报)。`),
      heading("一、总体情况"),
      ...summary.map((l) => text(l)),
      chart(kindChart(o), 600, 320),
      heading("二、评估指标"),
      table(
        ["指标", "数值", "标准", "结论", "数据"],
        e.indicators.map((i) => [i.label, indicatorText(i), thresholdText(i), statusLabel[i.status], dataText(i)]),
      ),
      chart(indicatorChart(e.indicators), 600, 380),
      heading("三、存在的问题"),
      ...(failed.length === 0
        ? [text("各项有数据的指标均已达标。")]
        : failed.map((i) =>
            text(
              `${i.label}:${
                i.pulling
                  .slice(0, 8)
                  .map((p) => `${p.name}(${p.note})`)
                  .join(";") || "见附表"
              }。`,
            ),
          )),
      heading("四、学位供给与规划"),
      text(
        gaps.length === 0
          ? "按出生人口推算,未来三年各乡镇标准学位均能满足毛入园率要求(有出生数据的乡镇)。"
          : `按出生人口推算,以下乡镇未来三年出现学位缺口:${gaps.map((t) => `${t.name}(最大缺口 ${Math.max(...t.years.map((y) => y.gap ?? 0))} 个)`).join("、")}。`,
      ),
      chart(gapChart(plan), 600, 340),
      heading("五、计算口径"),
      ...o.methodNotes.map((l) => text(l)),
    ],
  });
}

/** Builds a file of the year's evaluation (county readers) and audits the download. */
export async function preschoolFile(
  db: Db,
  actor: Parameters<typeof requireCountyReader>[0],
  schoolYear: number,
  format: "xlsx" | "docx",
  ctx: { now: Date; ip: string },
) {
  const a = requireCountyReader(actor, "preschool.downloadReport");
  const o = await preschoolOverview(db, a, schoolYear);
  const data = await loadPreschoolData(db, a.regionCode, schoolYear);
  const plan = preschool.townshipPlan(data.input, data.births, data.config);
  const body =
    format === "xlsx" ? await preschoolWorkbook(o, plan, ctx.now) : await preschoolDocument(o, plan, ctx.now);
  await recordAudit(db, {
    actor: a,
    action: "preschool.export",
    targetType: "preschool_export",
    targetId: `${schoolYear}:${format}`,
    ip: ctx.ip,
    at: ctx.now,
  });
  const fileName = `${o.countyName}${o.schoolYearLabel}学前教育普及普惠${format === "xlsx" ? "评估表" : "自评报告"}.${format}`;
  return { body, fileName };
}
