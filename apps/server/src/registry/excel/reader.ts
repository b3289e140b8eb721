/**
 * Reads the student sheet of an uploaded workbook, refusing hostile or unusable files with a clear Chinese message
 * before any row is validated: not an .xlsx, zip bombs (see zip.ts), too many rows, formulas, merged cells, an empty
 * sheet, or headers that are not the template's. The parts are inflated by the zip guard and parsed by sheetXml.ts.
 */
import { registry } from "@edubureau/core";
import { AppError } from "../../http/errors";
import { cellText, columnLetter } from "./cells";
import { type SheetRowValues, sharedStrings, sheetRows } from "./sheetXml";
import { openGuardedZip } from "./zip";

type Column = registry.StudentRowColumn;

/** Most student rows one file may hold. */
export const MAX_IMPORT_ROWS = 200_000;
/** The data sheet's name in the template. */
export const STUDENT_SHEET = "学生信息";
/** Rows whose 姓名 starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = "示例";

export interface SheetRow {
  /** the row number in the sheet, as Excel shows it */
  rowNumber: number;
  input: registry.StudentRowInput;
  /** problems found while reading cells (error values, numbers that lost digits) */
  cellProblems: { column: Column; message: string }[];
}

export interface StudentSheet {
  rows: SheetRow[];
  exampleRowsSkipped: number;
}

const refuse = (code: string, message: string, details?: unknown) => new AppError(400, code, message, details);
const HEADER_TO_COLUMN = new Map<string, Column>(
  registry.studentRowColumns.map((c) => [registry.studentRowHeaders[c], c]),
);

/**
 * Reads and checks the student sheet of an uploaded file.
 *
 * @throws AppError 400 (IMPORT_NOT_XLSX, IMPORT_FILE_TOO_LARGE, IMPORT_TOO_MANY_ROWS, IMPORT_FORMULAS,
 *   IMPORT_MERGED_CELLS, IMPORT_EMPTY, IMPORT_WRONG_TEMPLATE) with a message saying what to do
 */
export async function readStudentSheet(bytes: Buffer): Promise<StudentSheet> {
  const zip = openGuardedZip(bytes);
  const workbookXml = (await zip.read("xl/workbook.xml"))?.toString("utf8");
  const relsXml = (await zip.read("xl/_rels/workbook.xml.rels"))?.toString("utf8");
  if (!workbookXml || !relsXml) {
    throw refuse("IMPORT_NOT_XLSX", "文件是压缩包但不是 Excel 工作簿:请下载导入模板,填写后另存为 .xlsx 上传");
  }
  const sheets = sheetPaths(workbookXml, relsXml);
  const sheet = sheets.find((s) => s.name === STUDENT_SHEET) ?? sheets[0];
  const pieces = sheet ? zip.stream(sheet.path) : null;
  if (!sheet || !pieces) throw refuse("IMPORT_EMPTY", "工作簿中没有工作表:请使用下载的导入模板");
  const shared = sharedStrings((await zip.read("xl/sharedStrings.xml"))?.toString("utf8") ?? "");
  const mergedRanges: string[] = [];
  const rows = await collectRows(
    sheetRows(pieces, shared, mergedRanges),
    sheet.name,
    /date1904="(1|true)"/.test(workbookXml),
  );
  rejectMergedCells(mergedRanges, sheet.name);
  return rows.check();
}

/** Sheet names and their part paths, from workbook.xml and its relationships. */
function sheetPaths(workbookXml: string, relsXml: string): { name: string; path: string }[] {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const path = targets.get(attr(tag, "r:id") ?? "");
    const name = attr(tag, "name");
    if (path && name) sheets.push({ name: unescapeXml(name), path });
  }
  return sheets;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

/** Merged cells make a sheet ambiguous to read: any at all refuse the file. */
function rejectMergedCells(ranges: string[], sheetName: string) {
  if (ranges.length === 0) return;
  const shown = ranges.slice(0, 5).join("、") + (ranges.length > 5 ? ` 等 ${ranges.length} 处` : "");
  throw refuse(
    "IMPORT_MERGED_CELLS",
    `「${sheetName}」表中有合并单元格(${shown}):请取消合并,每名学生占一行、每项内容占一格后再上传`,
    { ranges: ranges.slice(0, 100) },
  );
}

/**
 * Collects the student rows under the header; `check()` then refuses formulas and empty sheets (after the merged
 * cells, which are listed at the end of the sheet).
 */
async function collectRows(sheetRows: AsyncIterable<SheetRowValues>, sheetName: string, date1904: boolean) {
  const rows: SheetRow[] = [];
  const formulas: string[] = [];
  let columns: Map<number, Column> | null = null;
  let exampleRowsSkipped = 0;
  for await (const row of sheetRows) {
    if (!columns) {
      columns = headerColumns(row.values, row.number, sheetName);
      continue;
    }
    const sheetRow: SheetRow = { rowNumber: row.number, input: {}, cellProblems: [] };
    let filled = false;
    for (const [index, column] of columns) {
      const value = row.values[index];
      if (value && typeof value === "object" && "formula" in value) {
        formulas.push(`${columnLetter(index)}${row.number}`);
        continue;
      }
      const { text, problem } = cellText(value, column, date1904);
      if (text !== "") filled = true;
      sheetRow.input[column] = text;
      if (problem) sheetRow.cellProblems.push({ column, message: problem });
    }
    if (!filled && sheetRow.cellProblems.length === 0) continue;
    if (sheetRow.input.name?.startsWith(EXAMPLE_MARK)) {
      exampleRowsSkipped++;
      continue;
    }
    if (rows.length >= MAX_IMPORT_ROWS) {
      throw refuse("IMPORT_TOO_MANY_ROWS", `文件超过 ${MAX_IMPORT_ROWS} 行:请按学校或年级分成几个文件分别上传`);
    }
    rows.push(sheetRow);
  }
  const check = (): StudentSheet => {
    if (formulas.length > 0) {
      const shown = formulas.slice(0, 5).join("、") + (formulas.length > 5 ? ` 等 ${formulas.length} 处` : "");
      throw refuse(
        "IMPORT_FORMULAS",
        `「${sheetName}」表中有公式(${shown}):请全选数据后「复制 → 选择性粘贴 → 数值」,保存后再上传`,
        { cells: formulas.slice(0, 100) },
      );
    }
    if (!columns) throw refuse("IMPORT_EMPTY", `「${sheetName}」表是空的:请在导入模板中填写学生信息后上传`);
    if (rows.length === 0)
      throw refuse("IMPORT_EMPTY", `「${sheetName}」表中没有学生数据:请在表头下方每行填写一名学生`);
    return { rows, exampleRowsSkipped };
  };
  return { check };
}

/** Maps the header row's cells to template columns; refuses a header that is not the template's. */
function headerColumns(values: unknown[], rowNumber: number, sheetName: string): Map<number, Column> {
  const columns = new Map<number, Column>();
  const unexpected: string[] = [];
  values.forEach((value, index) => {
    const header = cellText(value, "name", false).text.replace(/[\s*＊]/g, "");
    const column = HEADER_TO_COLUMN.get(header);
    if (column && ![...columns.values()].includes(column)) columns.set(index, column);
    else if (header) unexpected.push(header);
  });
  const found = new Set(columns.values());
  const missing = registry.studentRowColumns.filter((c) => !found.has(c)).map((c) => registry.studentRowHeaders[c]);
  if (missing.length > 0 || unexpected.length > 0) {
    const parts = [
      missing.length > 0 ? `缺少「${missing.join("」「")}」列` : "",
      unexpected.length > 0 ? `多出「${unexpected.slice(0, 5).join("」「")}」列` : "",
    ].filter(Boolean);
    throw refuse(
      "IMPORT_WRONG_TEMPLATE",
      `「${sheetName}」表第${rowNumber}行的表头与学生导入模板不一致(${parts.join(",")}):请下载最新导入模板,把数据粘贴到对应列后上传`,
      { missing, unexpected },
    );
  }
  return columns;
}
