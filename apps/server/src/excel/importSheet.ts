/**
 * Reads the data sheet of an uploaded workbook for an importer that declares its columns (a `SheetSpec`), refusing
 * hostile or unusable files with a clear Chinese message before any row is validated: not an .xlsx, zip bombs (see
 * zip.ts), too many rows, formulas, merged cells, an empty sheet, or headers that are not the template's. The sheet
 * is opened by the shared reader (sheetReader.ts); each cell is read as text by its column's kind (cellText.ts).
 */
import { AppError } from "../http/errors";
import { type CellKind, cellText } from "./cellText";
import { openSheet } from "./sheetReader";
import { columnLetter, type SheetRowValues } from "./sheetXml";

/**
 * What the Excel machinery needs to know about one kind of import: the data sheet's name, its columns and their
 * Chinese headers, which columns hold codes typed as digits and which hold dates, and the column whose 「示例」
 * prefix marks the template's example row. Reader, report and template work from this alone, so every import gets
 * the same guards, the same marked-up report and the same template layout.
 */
export interface SheetSpec<C extends string = string> {
  /** the importer's kind (stored with the job) */
  kind: string;
  /** the data sheet's name in the template and the report */
  sheetName: string;
  /** what one row is, for messages: 学生, 教职工, 学校 */
  rowNoun: string;
  /** how a big file is split, for the too-many-rows message */
  splitHint: string;
  columns: readonly C[];
  headers: Readonly<Record<C, string>>;
  /** digits typed as codes: spaces inside are dropped, a number that lost digits is flagged, text format kept */
  codeColumns: ReadonlySet<C>;
  /** dates: an Excel date serial is read as YYYY-MM-DD */
  dateColumns: ReadonlySet<C>;
  /** the column whose 「示例」 prefix marks the example row */
  exampleColumn: C;
}

/** Rows whose example column starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = "示例";

/** How a column's cells are read: as codes, as dates, or as plain text. */
export function cellKindOf<C extends string>(spec: SheetSpec<C>, column: C): CellKind {
  return spec.codeColumns.has(column) ? "code" : spec.dateColumns.has(column) ? "date" : "text";
}

/** Most rows one file may hold. */
export const MAX_IMPORT_ROWS = 200_000;
export interface SheetRow<C extends string = string> {
  /** the row number in the sheet, as Excel shows it */
  rowNumber: number;
  input: Partial<Record<C, string>>;
  /** problems found while reading cells (error values, numbers that lost digits) */
  cellProblems: { column: C; message: string }[];
}

export interface Sheet<C extends string = string> {
  rows: SheetRow<C>[];
  exampleRowsSkipped: number;
}

const refuse = (code: string, message: string, details?: unknown) => new AppError(400, code, message, details);

/**
 * Reads and checks the data sheet of an uploaded file for an importer's columns.
 *
 * @throws AppError 400 (IMPORT_NOT_XLSX, IMPORT_FILE_TOO_LARGE, IMPORT_TOO_MANY_ROWS, IMPORT_FORMULAS,
 *   IMPORT_MERGED_CELLS, IMPORT_EMPTY, IMPORT_WRONG_TEMPLATE) with a message saying what to do
 */
export async function readSheet<C extends string>(bytes: Buffer, spec: SheetSpec<C>): Promise<Sheet<C>> {
  const sheet = await openSheet(bytes, {
    sheetName: spec.sheetName,
    notWorkbook: "文件是压缩包但不是 Excel 工作簿:请下载导入模板,填写后另存为 .xlsx 上传",
    noSheet: "工作簿中没有工作表:请使用下载的导入模板",
  });
  const rows = await collectRows(spec, sheet.rows, sheet.name, sheet.date1904);
  rejectMergedCells(sheet.mergedRanges, sheet.name, spec.rowNoun);
  return rows.check();
}

/** Merged cells make a sheet ambiguous to read: any at all refuse the file. */
function rejectMergedCells(ranges: string[], sheetName: string, rowNoun: string) {
  if (ranges.length === 0) return;
  const shown = ranges.slice(0, 5).join("、") + (ranges.length > 5 ? ` 等 ${ranges.length} 处` : "");
  throw refuse(
    "IMPORT_MERGED_CELLS",
    `「${sheetName}」表中有合并单元格(${shown}):请取消合并,每个${rowNoun}占一行、每项内容占一格后再上传`,
    { ranges: ranges.slice(0, 100) },
  );
}

/**
 * Collects the data rows under the header; `check()` then refuses formulas and empty sheets (after the merged
 * cells, which are listed at the end of the sheet).
 */
async function collectRows<C extends string>(
  spec: SheetSpec<C>,
  sheetRows: AsyncIterable<SheetRowValues>,
  sheetName: string,
  date1904: boolean,
) {
  const rows: SheetRow<C>[] = [];
  const formulas: string[] = [];
  let columns: Map<number, C> | null = null;
  const kinds = new Map(spec.columns.map((c) => [c, cellKindOf(spec, c)]));
  let exampleRowsSkipped = 0;
  for await (const row of sheetRows) {
    if (!columns) {
      columns = headerColumns(spec, row.values, row.number, sheetName);
      continue;
    }
    const sheetRow: SheetRow<C> = { rowNumber: row.number, input: {}, cellProblems: [] };
    let filled = false;
    for (const [index, column] of columns) {
      const value = row.values[index];
      if (value && typeof value === "object" && "formula" in value) {
        formulas.push(`${columnLetter(index)}${row.number}`);
        continue;
      }
      const { text, problem } = cellText(value, kinds.get(column)!, date1904);
      if (text !== "") filled = true;
      sheetRow.input[column] = text;
      if (problem) sheetRow.cellProblems.push({ column, message: problem });
    }
    if (!filled && sheetRow.cellProblems.length === 0) continue;
    if (sheetRow.input[spec.exampleColumn]?.startsWith(EXAMPLE_MARK)) {
      exampleRowsSkipped++;
      continue;
    }
    if (rows.length >= MAX_IMPORT_ROWS) {
      throw refuse("IMPORT_TOO_MANY_ROWS", `文件超过 ${MAX_IMPORT_ROWS} 行:${spec.splitHint}分别上传`);
    }
    rows.push(sheetRow);
  }
  const check = (): Sheet<C> => {
    if (formulas.length > 0) {
      const shown = formulas.slice(0, 5).join("、") + (formulas.length > 5 ? ` 等 ${formulas.length} 处` : "");
      throw refuse(
        "IMPORT_FORMULAS",
        `「${sheetName}」表中有公式(${shown}):请全选数据后「复制 → 选择性粘贴 → 数值」,保存后再上传`,
        { cells: formulas.slice(0, 100) },
      );
    }
    if (!columns) throw refuse("IMPORT_EMPTY", `「${sheetName}」表是空的:请在导入模板中填写${spec.rowNoun}信息后上传`);
    if (rows.length === 0)
      throw refuse(
        "IMPORT_EMPTY",
        `「${sheetName}」表中没有${spec.rowNoun}数据:请在表头下方每行填写一个${spec.rowNoun}`,
      );
    return { rows, exampleRowsSkipped };
  };
  return { check };
}

/** Maps the header row's cells to template columns; refuses a header that is not the template's. */
function headerColumns<C extends string>(
  spec: SheetSpec<C>,
  values: unknown[],
  rowNumber: number,
  sheetName: string,
): Map<number, C> {
  const headerToColumn = new Map<string, C>(spec.columns.map((c) => [normalizeHeader(spec.headers[c]), c]));
  const columns = new Map<number, C>();
  const unexpected: string[] = [];
  values.forEach((value, index) => {
    const header = normalizeHeader(cellText(value, "text", false).text);
    const column = headerToColumn.get(header);
    if (column && ![...columns.values()].includes(column)) columns.set(index, column);
    else if (header) unexpected.push(header);
  });
  const found = new Set(columns.values());
  const missing = spec.columns.filter((c) => !found.has(c)).map((c) => spec.headers[c]);
  if (missing.length > 0 || unexpected.length > 0) {
    const parts = [
      missing.length > 0 ? `缺少「${missing.join("」「")}」列` : "",
      unexpected.length > 0 ? `多出「${unexpected.slice(0, 5).join("」「")}」列` : "",
    ].filter(Boolean);
    throw refuse(
      "IMPORT_WRONG_TEMPLATE",
      `「${sheetName}」表第${rowNumber}行的表头与${spec.rowNoun}导入模板不一致(${parts.join(",")}):请下载最新导入模板,把数据粘贴到对应列后上传`,
      { missing, unexpected },
    );
  }
  return columns;
}

/** A header as compared: spaces and required-marks (*) dropped, full-width parentheses as half-width. */
function normalizeHeader(text: string): string {
  return text
    .replace(/[\s*＊]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}
