/**
 * A capability's figures as a workbook a clerk prints: each sheet with a title naming the county, a subtitle (the
 * year), Chinese column labels, numbers as numbers (percentage columns to two decimals), an optional bold totals
 * row, and a last 说明 sheet with the conventions. Cells are neutralised and the print set up by workbookBuffer.
 */
import ExcelJS from "exceljs";
import { workbookBuffer } from "./workbook";

export type Cell = string | number | null;

export interface TitledSheet {
  name: string;
  title: string;
  columns: { header: string; width: number; percent?: boolean }[];
  rows: Cell[][];
  /** a last row of totals, in bold */
  totals?: Cell[];
  /** what the sheet says when it has no rows */
  empty?: string;
}

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addSheet(wb: ExcelJS.Workbook, spec: TitledSheet, subtitle: string) {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 3 }] });
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  const n = spec.columns.length;
  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = spec.title;
  title.font = { name: "宋体", size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, n);
  ws.getCell(2, 1).value = subtitle;
  ws.getCell(2, 1).alignment = { horizontal: "right" };
  const header = ws.getRow(3);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = border;
  });
  const write = (values: Cell[], bold = false) => {
    const row = ws.addRow(values.map((v) => v ?? ""));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = border;
      if (bold) cell.font = { bold: true };
      if (spec.columns[col - 1]?.percent && typeof cell.value === "number") cell.numFmt = "0.00";
    });
  };
  for (const r of spec.rows) write(r);
  if (spec.totals) write(spec.totals, true);
  if (spec.rows.length === 0 && spec.empty) ws.addRow([spec.empty]);
  ws.pageSetup.printTitlesRow = "3:3";
}

/**
 * Sheets and a 说明 sheet, as bytes; the footer names the county's bureau and the day.
 *
 * @example await titledWorkbook([sheet], ["年龄按8月31日计算"], { countyName: "北原县", today: "2026-12-07", subtitle: "2026—2027学年" })
 */
export async function titledWorkbook(
  sheets: TitledSheet[],
  notes: string[],
  meta: { countyName: string; today: string; subtitle: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${meta.countyName}教育局`;
  for (const s of sheets) addSheet(wb, s, meta.subtitle);
  const ws = wb.addWorksheet("说明");
  ws.columns = [{ width: 110 }];
  ws.addRow(["口径说明"]).font = { bold: true };
  for (const n of notes) ws.addRow([n]).alignment = { wrapText: true };
  return workbookBuffer(wb, { footer: `${meta.countyName}教育局 ${meta.today}` });
}
