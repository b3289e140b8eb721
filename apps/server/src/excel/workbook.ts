/**
 * Workbooks out: every .xlsx the server writes is finished here, whichever writer built it — `workbookBuffer` for a
 * workbook built in memory, `streamingWorkbook` for exceljs's streaming writer (each row as it is committed). So
 * every exported sheet, including those of capabilities still to come:
 * - has every cell neutralised against formula injection (neutralise.ts);
 * - stores a date as a real Excel date shown yyyy-mm-dd (a Date, or text that is exactly a date such as
 *   "2026-09-01", unless the cell is formatted as text "@", as an import template's date columns are);
 * - wraps text too wide for its column that would print cut off (a filled cell after it, or the sheet's last
 *   column), and grows a row with wrapped text to the lines it needs, so it does not print over the next rows;
 * - prints on A4, fitted to the page's width (landscape when the columns are wider than a portrait page), with
 *   its header rows repeated on every page and page numbers (and the workbook's footer line) at the foot.
 *
 * A sheet declares its header rows one way: by freezing them (`views: [{ state: "frozen", ySplit: n }]`); rows
 * 1 to n are then repeated on every printed page. A sheet that sets its own `pageSetup.paperSize` keeps its own
 * page setup, and one that sets `printTitlesRow` keeps its own repeated rows.
 */
import ExcelJS from "exceljs";
import { neutraliseCell } from "./neutralise";

/** What every exported sheet is finished with. */
export interface ExportOptions {
  /** the line printed at the foot of every page, left, e.g. "北原县教育局 2026-12-06" (page numbers are centred) */
  footer?: string;
}

/** The date format of every exported date. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** A4 in exceljs's (and Excel's) paper sizes. */
const A4 = 9;
/** Columns wider than this (in Excel character widths) print landscape. */
const PORTRAIT_WIDTH = 100;
/** Excel's width of a column with none set. */
const DEFAULT_WIDTH = 9;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Date of text that is exactly a calendar date (yyyy-mm-dd), at UTC midnight; null for anything else. */
function dateOf(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

/**
 * How wide text prints, in Excel character widths (a Chinese character takes two), for sizing a column to its text.
 *
 * @example textWidth("北原县") // => 6
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1.1;
  return width;
}

/** The lines a wrapped cell's text takes in a column of this width. */
function linesOf(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** The text a cell shows, for its height: text as it is; numbers and dates take one line. */
function plainText(value: ExcelJS.CellValue): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return "";
}

/**
 * Finishes one row's cells in place before it is written: neutralised values (merged cells through their master),
 * dates as dates, and the row's height grown to its wrapped text.
 */
function finishRow(row: ExcelJS.Row, columnWidth: (column: number) => number, lastColumn: number): void {
  let lines = 1;
  let fontSize = 11;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const value = cell.value;
    const safe = neutraliseCell(value);
    if (safe !== value) cell.value = safe;
    if (typeof safe === "string" && cell.numFmt !== "@") {
      const date = dateOf(safe);
      if (date) cell.value = date;
    }
    // text wider than its column, with a filled cell after it or no column left to spill into, would print cut off
    const text = plainText(cell.value);
    if (!cell.alignment?.wrapText && !cell.isMerged && textWidth(text) > columnWidth(column) + 0.5) {
      const next = row.getCell(column + 1).value;
      if (column >= lastColumn || (next !== null && next !== undefined && next !== "")) {
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: cell.alignment?.vertical ?? "top" };
      }
    }
    if (cell.value instanceof Date && !cell.numFmt) {
      const d = cell.value;
      const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
      cell.numFmt = midnight ? DATE_FORMAT : `${DATE_FORMAT} hh:mm`;
    }
    if (cell.alignment?.wrapText && !cell.isMerged) {
      lines = Math.max(lines, linesOf(plainText(cell.value), columnWidth(column)));
      fontSize = Math.max(fontSize, cell.font?.size ?? 11);
    }
  });
  if (lines > 1 && row.height === undefined) row.height = Math.ceil(lines * fontSize * 1.35 + 4);
}

type Sheet = ExcelJS.Worksheet;

const widthOf = (sheet: Sheet) => (column: number) => sheet.getColumn(column).width ?? DEFAULT_WIDTH;

/** The header rows a sheet declared by freezing them (0 when it froze none). */
function frozenRows(sheet: Sheet): number {
  const view = (sheet.views ?? []).find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
  return view?.ySplit ?? 0;
}

/** The page setup every sheet gets unless it set its own paper size (A4 added when the sheet is finished). */
const PRINT_DEFAULTS: Partial<ExcelJS.PageSetup> = {
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
};

/** Applies the print defaults, orientation, repeated header rows and footer to one sheet (before it is written). */
function preparePrint(sheet: Sheet, options: ExportOptions, columnCount: number): void {
  const setup = sheet.pageSetup;
  if (setup.paperSize === undefined) {
    Object.assign(setup, PRINT_DEFAULTS, { paperSize: A4 });
    let total = 0;
    for (let c = 1; c <= columnCount; c++) total += widthOf(sheet)(c);
    setup.orientation = total > PORTRAIT_WIDTH ? "landscape" : "portrait";
  }
  const header = frozenRows(sheet);
  if (!setup.printTitlesRow && header > 0) setup.printTitlesRow = `1:${header}`;
  const foot = sheet.headerFooter;
  if (!foot.oddFooter) {
    const left = options.footer ? `&L${options.footer.replace(/&/g, "&&")}` : "";
    foot.oddFooter = `${left}&C第 &P 页,共 &N 页`;
  }
}

/**
 * Finishes every sheet of an in-memory workbook, in place: cells neutralised and typed, rows sized, print set up.
 *
 * @example finishWorkbook(wb, { footer: "北原县教育局" }); await wb.xlsx.writeBuffer();
 */
export function finishWorkbook(wb: ExcelJS.Workbook, options: ExportOptions = {}): void {
  wb.eachSheet((sheet) => {
    const width = widthOf(sheet);
    const lastColumn = Math.max(sheet.columnCount, sheet.columns?.length ?? 0);
    sheet.eachRow({ includeEmpty: false }, (row) => finishRow(row, width, lastColumn));
    preparePrint(sheet, options, lastColumn);
  });
}

/**
 * The bytes of an in-memory workbook, finished first (see the file's comment).
 *
 * @example return workbookBuffer(wb, { footer: `${countyName}教育局 ${today}` });
 */
export async function workbookBuffer(wb: ExcelJS.Workbook, options: ExportOptions = {}): Promise<Buffer> {
  finishWorkbook(wb, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type RowWriter = { _writeRow(row: ExcelJS.Row): void };

/**
 * exceljs's streaming workbook writer whose sheets finish each row as it is written out (on `row.commit()`, or
 * when the sheet is committed) and are set up for print. A sheet's frozen header rows must be given when it is
 * added (`views` in its options), as the streaming writer writes them first.
 *
 * @example const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false });
 */
export function streamingWorkbook(
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
  exportOptions: ExportOptions = {},
): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter(options);
  const addWorksheet = wb.addWorksheet.bind(wb);
  wb.addWorksheet = (name, sheetOptions) => {
    // the sheet's properties (fit to page among them) are written as it is added; the paper, orientation,
    // repeated rows and footer when it is committed
    const own = sheetOptions?.pageSetup?.paperSize !== undefined;
    const sheet = addWorksheet(
      name,
      own ? sheetOptions : { ...sheetOptions, pageSetup: { ...PRINT_DEFAULTS, ...sheetOptions?.pageSetup } },
    );
    const writer = sheet as unknown as RowWriter;
    // exceljs's sheet writer writes every row through _writeRow; refuse to write unfinished if that ever changes
    if (typeof writer._writeRow !== "function") throw new Error("exceljs worksheet writer has no _writeRow");
    const writeRow = writer._writeRow.bind(writer);
    const width = widthOf(sheet);
    writer._writeRow = (row) => {
      finishRow(row, width, Math.max(sheet.columns?.length ?? 0, row.cellCount));
      writeRow(row);
    };
    const commit = sheet.commit.bind(sheet);
    sheet.commit = () => {
      preparePrint(sheet, exportOptions, sheet.columns?.length ?? 0);
      return commit();
    };
    return sheet;
  };
  return wb;
}
