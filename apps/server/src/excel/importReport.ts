/**
 * The validation report workbook (校验报告) of any import: a summary sheet (汇总) whose lines the importer writes; the
 * uploaded rows on a sheet laid out like the upload (学生信息, 成绩, …), at their original row numbers, with wrong
 * cells filled light red (warnings light yellow) and a note saying what is wrong and how to fix it — so the user
 * corrects this file and uploads it again; and the list of problems (问题清单). A problem marks the cell of its row
 * whose column header it names. Written with exceljs's streaming writer, so a large upload's report is never held
 * whole.
 */
import { PassThrough, type Readable } from "node:stream";
import type ExcelJS from "exceljs";
import type { ImportProblem } from "./problems";
import { streamingWorkbook } from "./workbook";

const ERROR_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const WARNING_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };

/** One column of the report's data sheet. */
export interface ReportColumn {
  header: string;
  width: number;
  /** kept as text (numFmt "@"): codes and long numbers */
  text?: boolean;
}

export interface ImportReportContent {
  summary: {
    /** the summary sheet's column widths */
    widths: number[];
    /** its lines; the first is the title */
    lines: (string | number)[][];
    /** indexes of further lines set in bold (section heads) */
    headings?: number[];
  };
  /** the data sheet: its name, columns and the uploaded rows (cells in column order), in sheet order */
  data: {
    sheetName: string;
    columns: readonly ReportColumn[];
    rows: Iterable<{ rowNumber: number; cells: readonly string[] }>;
  };
  problems: readonly ImportProblem[];
}

/**
 * Streams the report workbook of an import job.
 *
 * @example markedUpReport({ summary: { widths: [24, 60], lines: [["成绩导入校验报告"]] }, data, problems })
 */
export function markedUpReport(content: ImportReportContent): Readable {
  const out = new PassThrough();
  writeReport(out, content).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/** The report workbook as bytes (small reports, tests). */
export async function markedUpReportBuffer(content: ImportReportContent): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of markedUpReport(content)) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

async function writeReport(out: PassThrough, content: ImportReportContent) {
  const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false });
  writeSummary(wb.addWorksheet("汇总"), content.summary);

  const byCell = new Map<string, { messages: string[]; error: boolean }>();
  for (const p of content.problems) {
    const key = `${p.row}:${p.column}`;
    const cell = byCell.get(key) ?? { messages: [], error: false };
    cell.messages.push(p.level === "warning" ? `提醒:${p.message}` : p.message);
    cell.error ||= p.level === "error";
    byCell.set(key, cell);
  }
  const { columns } = content.data;
  const data = wb.addWorksheet(content.data.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.text ? { numFmt: "@" } : {} }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).commit();
  for (const row of content.data.rows) {
    const xlsxRow = data.getRow(row.rowNumber);
    columns.forEach((c, i) => {
      const cell = xlsxRow.getCell(i + 1);
      cell.value = row.cells[i] ?? "";
      const marked = byCell.get(`${row.rowNumber}:${c.header}`);
      if (marked) {
        cell.fill = marked.error ? ERROR_FILL : WARNING_FILL;
        cell.note = marked.messages.join("\n");
      }
    });
    xlsxRow.commit();
  }
  data.commit();

  const list = wb.addWorksheet("问题清单", { views: [{ state: "frozen", ySplit: 1 }] });
  list.columns = [
    { header: "行号", width: 8 },
    { header: "列名", width: 12 },
    { header: "单元格内容", width: 24 },
    { header: "问题与改正方法", width: 90 },
    { header: "级别", width: 8 },
  ];
  list.getRow(1).font = { bold: true };
  for (const p of content.problems) {
    list.addRow([p.row, p.column, p.value, p.message, p.level === "error" ? "错误" : "提醒"]).commit();
  }
  list.commit();
  await wb.commit();
}

function writeSummary(sheet: ExcelJS.Worksheet, summary: ImportReportContent["summary"]) {
  sheet.columns = summary.widths.map((width) => ({ width }));
  const headings = new Set(summary.headings ?? []);
  summary.lines.forEach((line, i) => {
    const row = sheet.addRow(line);
    if (i === 0 || headings.has(i)) row.font = { bold: true, size: i === 0 ? 14 : 11 };
    row.commit();
  });
  sheet.commit();
}
