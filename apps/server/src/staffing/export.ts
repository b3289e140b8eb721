/**
 * The workforce's workbooks: 教师花名册, 编制核定表, 招聘计划表 and the training completion table. Each has a title
 * with the county's name, Chinese column labels, numbers as numbers, and a 说明 sheet with the figure's
 * conventions. Cells are neutralised and print set up by the one Excel room (workbookBuffer).
 */
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";

export interface SheetSpec {
  name: string;
  title: string;
  columns: { header: string; width: number }[];
  rows: (string | number | null)[][];
  /** a last row of totals */
  totals?: (string | number | null)[];
}

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, subtitle: string) {
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
  const write = (values: (string | number | null)[], bold = false) => {
    const row = ws.addRow(values.map((v) => v ?? ""));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = border;
      if (bold) cell.font = { bold: true };
    });
  };
  for (const r of spec.rows) write(r);
  if (spec.totals) write(spec.totals, true);
  ws.pageSetup.printTitlesRow = "3:3";
}

/**
 * A workbook of sheets and a 说明 sheet listing the conventions, as bytes.
 *
 * @example await staffingWorkbook([sheet], ["在编人员计入实有编制"], { countyName: "北原县", today: "2026-12-07" })
 */
export async function staffingWorkbook(
  sheets: SheetSpec[],
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
