/**
 * Workbooks out: every .xlsx the server writes is finished here, so every exported cell is neutralised against
 * formula injection (neutralise.ts) whichever writer built it — `workbookBuffer` for a workbook built in memory,
 * `streamingWorkbook` for exceljs's streaming writer (each row as it is committed).
 */
import ExcelJS from "exceljs";
import { neutraliseCell } from "./neutralise";

/** Neutralises the values of one row's cells in place (merged cells through their master). */
function neutraliseRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const value = cell.value;
    const safe = neutraliseCell(value);
    if (safe !== value) cell.value = safe;
  });
}

/**
 * Neutralises every cell of every sheet of an in-memory workbook, in place.
 *
 * @example neutraliseWorkbook(wb); await wb.xlsx.writeBuffer();
 */
export function neutraliseWorkbook(wb: ExcelJS.Workbook): void {
  wb.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, neutraliseRow);
  });
}

/**
 * The bytes of an in-memory workbook, its cells neutralised first.
 *
 * @example return workbookBuffer(wb);
 */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  neutraliseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type RowWriter = { _writeRow(row: ExcelJS.Row): void };

/**
 * exceljs's streaming workbook writer whose sheets neutralise each row's cells as the row is written out (on
 * `row.commit()`, or when the sheet is committed).
 *
 * @example const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false });
 */
export function streamingWorkbook(
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter(options);
  const addWorksheet = wb.addWorksheet.bind(wb);
  wb.addWorksheet = (name, sheetOptions) => {
    const sheet = addWorksheet(name, sheetOptions);
    const writer = sheet as unknown as RowWriter;
    // exceljs's sheet writer writes every row through _writeRow; refuse to write unneutralised if that ever changes
    if (typeof writer._writeRow !== "function") throw new Error("exceljs worksheet writer has no _writeRow");
    const writeRow = writer._writeRow.bind(writer);
    writer._writeRow = (row) => {
      neutraliseRow(row);
      writeRow(row);
    };
    return sheet;
  };
  return wb;
}
