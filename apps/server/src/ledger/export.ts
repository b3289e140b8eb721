/**
 * The rectification ledger (整改台账) as .xlsx in the layout bureaus circulate: a title, the date, and one row per
 * finding with 序号, 学校, 问题, 整改措施, 责任人, 整改时限, 状态, 销号日期; set up to print on landscape A4 with the
 * header repeated on every page.
 */
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";

/** What the ledger needs of a presented finding. */
export interface LedgerRow {
  number: string;
  targetName: string;
  category: string;
  description: string;
  measures: string;
  responsibleUnit: string;
  responsiblePerson: string;
  deadline: string;
  stateLabel: string;
  deadlineStatus: string;
  daysOverdue: number;
  closedOn: string | null;
}

export const LEDGER_COLUMNS = ["序号", "学校", "问题", "整改措施", "责任人", "整改时限", "状态", "销号日期"] as const;
const WIDTHS = [6, 22, 46, 40, 16, 12, 14, 12];

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The state as the ledger prints it: 已逾期 findings say by how many days. */
export function ledgerStateText(r: Pick<LedgerRow, "stateLabel" | "deadlineStatus" | "daysOverdue">): string {
  return r.deadlineStatus === "overdue" ? `${r.stateLabel}(逾期${r.daysOverdue}天)` : r.stateLabel;
}

/** The workbook of the ledger rows, as bytes. */
export async function ledgerWorkbook(rows: readonly LedgerRow[], meta: { today: string; title: string }) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  const ws = wb.addWorksheet("整改台账", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = meta.title;
  title.font = { name: "宋体", size: 18, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 32;

  ws.mergeCells(2, 1, 2, LEDGER_COLUMNS.length);
  const sub = ws.getCell(2, 1);
  const closed = rows.filter((r) => r.closedOn).length;
  sub.value = `截至 ${meta.today},共 ${rows.length} 项,已销号 ${closed} 项`;
  sub.alignment = { horizontal: "right" };

  const header = ws.getRow(3);
  LEDGER_COLUMNS.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = border;
  });
  header.height = 22;

  rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.targetName,
      `【${r.category}】${r.description}`,
      r.measures,
      r.responsiblePerson ? `${r.responsibleUnit} ${r.responsiblePerson}`.trim() : r.responsibleUnit,
      r.deadline,
      ledgerStateText(r),
      r.closedOn ?? "",
    ]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = border;
      cell.alignment = {
        vertical: "middle",
        wrapText: true,
        horizontal: col === 1 || col >= 6 ? "center" : "left",
      };
    });
    if (r.deadlineStatus === "overdue") row.getCell(7).font = { color: { argb: "FFC00000" }, bold: true };
  });
  ws.pageSetup.printTitlesRow = "3:3";
  return workbookBuffer(wb);
}
