/**
 * The work report's exports: a Word document a 办公室 can paste from (chapters, sentences, a footnote under each
 * naming the definition) and a workbook of every figure with its definition, this year's and last year's values as
 * numbers.
 */

import { Paragraph } from "docx";
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";
import { wordByline, wordDocument, wordHeading, wordRun, wordText, wordTitle } from "../export/wordParts";
import type { WorkReport } from "./workReport";

const CHAPTER_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export async function workReportDocument(report: WorkReport, meta: { countyName: string; today: string }) {
  const title = `${meta.countyName}${report.year}年度教育工作总结数据`;
  const children = [wordTitle(title), wordByline(meta.countyName, meta.today)];
  report.groups.forEach((g, i) => {
    children.push(wordHeading(`${CHAPTER_NUMBERS[i] ?? i + 1}、${g.label}`));
    for (const item of g.items) {
      children.push(wordText(item.sentence));
      children.push(
        new Paragraph({
          spacing: { after: 120 },
          children: [wordRun({ text: `注:${item.footnote}`, size: 18, color: "555555" })],
        }),
      );
    }
  });
  return wordDocument({ title, countyName: meta.countyName, children });
}

const COLUMNS = [
  { header: "报告章节", width: 12 },
  { header: "指标", width: 18 },
  { header: "本年值", width: 12 },
  { header: "上年值", width: 12 },
  { header: "变化", width: 12 },
  { header: "单位", width: 8 },
  { header: "分子", width: 12 },
  { header: "分母", width: 12 },
  { header: "数据状态", width: 24 },
  { header: "报告表述", width: 48 },
  { header: "口径说明(分子、分母、统计时点、不计入)", width: 60 },
];

export async function figuresWorkbook(report: WorkReport, meta: { countyName: string; today: string }) {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${meta.countyName}教育局`;
  const ws = wb.addWorksheet("指标一览", { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = `${meta.countyName}${report.year}年度教育工作总结指标一览`;
  title.font = { name: "宋体", size: 16, bold: true };
  title.alignment = { horizontal: "center" };
  const header = ws.getRow(2);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
  });
  for (const g of report.groups)
    for (const item of g.items) {
      const f = item.figure;
      const percent = f.unit === "%";
      ws.addRow([
        g.label,
        item.name,
        f.value,
        f.previous,
        f.change ? f.change.delta : null,
        f.unit === "系数" || f.unit === "差异系数" ? "" : f.unit,
        f.numerator,
        f.denominator,
        f.status === "ok" ? "已计算" : `数据不全:${f.missing ?? ""}`,
        item.sentence,
        item.footnote,
      ]);
      if (percent) for (const col of [3, 4, 5]) ws.getRow(ws.rowCount).getCell(col).numFmt = "0.0#";
      if (f.unit === "差异系数") for (const col of [3, 4, 5]) ws.getRow(ws.rowCount).getCell(col).numFmt = "0.0000";
    }
  return workbookBuffer(wb, { footer: `${meta.countyName}教育局 ${meta.today}` });
}
