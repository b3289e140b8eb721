/**
 * Fitness exports: the figures workbook (全县/本校体质健康统计表, rates as numbers formatted as percents, a notes
 * sheet with every convention) and a student's report card (体质健康报告单) for parents, one page of Word.
 */
import type { z } from "@hono/zod-openapi";
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";
import { wordByline, wordDocument, wordHeading, wordTable, wordText, wordTitle } from "../export/wordParts";
import type * as s from "./schemas";

type Figures = z.infer<typeof s.figuresSchema>;
type Figure = z.infer<typeof s.figureSchema>;
type Detail = z.infer<typeof s.resultDetailSchema>;

const FIGURE_HEADER = [
  "记录人数",
  "已测",
  "免测",
  "缓测",
  "成绩不完整",
  "有效成绩",
  "优秀",
  "良好",
  "及格",
  "不及格",
  "及格率",
  "优良率",
  "优秀率",
  "平均总分",
  "超重率",
  "肥胖率",
  "薄弱项目",
];

const figureCells = (f: Figure) => [
  f.records,
  f.tested,
  f.exempt,
  f.deferred,
  f.incomplete,
  f.scored,
  f.excellent,
  f.good,
  f.pass,
  f.fail,
  f.passRate,
  f.excellentGoodRate,
  f.excellentRate,
  f.meanTotal === null ? null : Math.round(f.meanTotal * 10) / 10,
  f.overweightRate,
  f.obesityRate,
  f.weakest.join("、"),
];

/** Columns (1-based, after the leading label columns) holding rates, formatted 0.0%. */
const RATE_COLUMNS = [11, 12, 13, 15, 16];

function sheetOf(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  labels: string[],
  rows: (string | number | null)[][],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  const header = [...labels, ...FIGURE_HEADER];
  ws.mergeCells(1, 1, 1, header.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { bold: true, size: 14 };
  t.alignment = { horizontal: "center" };
  const h = ws.addRow(header);
  h.font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r);
    for (const c of RATE_COLUMNS) row.getCell(labels.length + c).numFmt = "0.0%";
    row.getCell(labels.length + 14).numFmt = "0.0";
  }
  ws.columns.forEach((col, i) => {
    col.width = i < labels.length ? 18 : 10;
  });
  return ws;
}

/** The figures of a test year as .xlsx: the whole, by school, by township, by class, by grade and sex, notes. */
export async function figuresWorkbook(f: Figures, subject: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  const year = `${f.testYear ?? ""}学年`;
  sheetOf(wb, "汇总", `${subject}${year}学生体质健康测试汇总`, ["范围"], [[subject, ...figureCells(f.total)]]);
  if (f.bySchool.length > 0)
    sheetOf(
      wb,
      "分学校",
      `${subject}${year}学生体质健康测试分学校统计`,
      ["学校", "乡镇", "在校生", "及格率低于全县"],
      f.bySchool.map((b) => [
        b.schoolName,
        b.townName,
        b.enrolled,
        b.belowCounty ? "是" : "",
        ...figureCells(b.figures),
      ]),
    );
  if (f.byTown.length > 0)
    sheetOf(
      wb,
      "分乡镇",
      `${subject}${year}学生体质健康测试分乡镇统计`,
      ["乡镇"],
      f.byTown.map((b) => [b.townName, ...figureCells(b.figures)]),
    );
  if (f.byClass.length > 0)
    sheetOf(
      wb,
      "分班级",
      `${subject}${year}学生体质健康测试分班级统计`,
      ["班级", "年级"],
      f.byClass.map((b) => [b.className, b.grade, ...figureCells(b.figures)]),
    );
  sheetOf(
    wb,
    "分年级性别",
    `${subject}${year}学生体质健康测试分年级、性别统计`,
    ["年级", "性别"],
    f.byGradeSex.map((b) => [b.grade, b.sex === "male" ? "男" : "女", ...figureCells(b.figures)]),
  );
  const notes = wb.addWorksheet("说明");
  notes.columns = [{ width: 120 }];
  notes.addRow([`${subject}${year}学生体质健康测试统计 · 评分表版本:${f.versions.join("、") || "—"}`]).font = {
    bold: true,
  };
  notes.addRow([f.sentence]);
  for (const n of f.methodNotes) notes.addRow([n]);
  return workbookBuffer(wb, { footer: `${f.countyName}教育局` });
}

/** A student's report card (学生体质健康报告单) for parents: one page with items, scores and advice. */
export async function reportCard(d: Detail, countyName: string, today: string): Promise<Buffer> {
  const r = d.result;
  const title = `${r.testYear}学年学生体质健康测试报告单`;
  const rows = d.components.map((c) => [
    c.label,
    c.value === null ? "缺测" : `${c.display}${c.component === "bmi" ? "" : ` ${c.unit}`}`,
    c.score === null ? "—" : c.score,
    `${c.weight}%`,
    c.score === null ? "—" : c.score >= 90 ? "优秀" : c.score >= 80 ? "良好" : c.score >= 60 ? "及格" : "不及格",
  ]);
  const advice = d.components.filter((c) => c.advice);
  const children = [
    wordTitle(title),
    wordByline(countyName, today),
    wordText(
      `学校:${r.schoolName}　班级:${r.className ?? "—"}　姓名:${r.name}　性别:${r.sex === "male" ? "男" : "女"}　学籍号:${r.studentNumber}`,
    ),
    wordTable(["项目", "成绩", "单项得分", "权重", "等级"], rows),
    wordText(
      r.status !== "tested"
        ? `本学年${r.status === "exempt" ? "免测" : "缓测"}${r.exemptReason ? `(${r.exemptReason})` : ""}。`
        : r.total === null
          ? `成绩不完整:缺测 ${r.missing.join("、")},未计总分。`
          : `标准分 ${r.standardScore},加分 ${r.bonus},总分 ${r.total},等级:${r.bandLabel}。`,
      true,
    ),
    ...(d.graduation
      ? [wordText(`毕业成绩:${d.graduation.score}(${d.graduation.bandLabel})。${d.graduation.explanation}`)]
      : []),
    wordHeading("锻炼建议"),
    ...(advice.length > 0
      ? advice.map((c) => wordText(`${c.label}:${c.advice}`))
      : [wordText("各项成绩均在及格以上,请保持每天至少1小时的体育锻炼。")]),
    wordText(
      `评分依据《国家学生体质健康标准(2014年修订)》,评分表版本 ${r.standardVersion}。等级:优秀 ≥ 90,良好 80–89.9,及格 60–79.9,不及格 < 60。`,
    ),
  ];
  return wordDocument({ title, countyName, children });
}
