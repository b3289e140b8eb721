/**
 * Reads an uploaded score file — .xlsx (first sheet) or .csv (UTF-8 or the GB18030 Excel writes on Chinese
 * Windows) — into a plain table of texts with the sheet's row numbers. Hostile workbooks are refused by the
 * shared reader (excel/sheetReader.ts: the zip guard and the streamed sheet parser); formulas and merged cells are refused with the fix.
 */

import { openSheet } from "../excel/sheetReader";
import { columnLetter } from "../excel/sheetXml";
import { AppError } from "../http/errors";

/** Most data rows one score file may hold (a province-size county file stays well below). */
export const MAX_SCORE_ROWS = 300_000;

export interface ScoreTable {
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

const refuse = (code: string, message: string, details?: unknown) => new AppError(400, code, message, details);

/** Reads an uploaded file by its content (zip → xlsx, otherwise text → csv). */
export async function readScoreFile(bytes: Buffer, fileName: string): Promise<ScoreTable> {
  if (bytes.length === 0) throw refuse("IMPORT_EMPTY", "上传的文件是空的:请选择填写好的成绩文件");
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  if (isZip || isOle || /\.xlsx?$/i.test(fileName)) return readXlsx(bytes);
  return readCsv(bytes);
}

async function readXlsx(bytes: Buffer): Promise<ScoreTable> {
  const sheet = await openSheet(bytes, {
    notWorkbook: "文件是压缩包但不是 Excel 工作簿:请下载成绩模板,填写后另存为 .xlsx 上传",
    noSheet: "工作簿中没有工作表:请使用下载的成绩模板",
  });
  const merged = sheet.mergedRanges;
  const formulas: string[] = [];
  let header: string[] | null = null;
  const rows: ScoreTable["rows"] = [];
  for await (const row of sheet.rows) {
    const cells: string[] = [];
    for (let c = 1; c < row.values.length; c++) {
      const v = row.values[c];
      if (v && typeof v === "object" && "formula" in v) {
        formulas.push(`${columnLetter(c)}${row.number}`);
        continue;
      }
      cells[c - 1] = textOf(v);
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= "";
    if (!header) {
      if (cells.some((c) => c !== "")) header = cells.map((c) => c.replace(/[\s*＊]/g, ""));
      continue;
    }
    if (cells.every((c) => c === "")) continue;
    if (rows.length >= MAX_SCORE_ROWS) {
      throw refuse("IMPORT_TOO_MANY_ROWS", `文件超过 ${MAX_SCORE_ROWS} 行:请按学校分成几个文件分别上传`);
    }
    rows.push({ rowNumber: row.number, cells });
  }
  if (formulas.length > 0) {
    throw refuse(
      "IMPORT_FORMULAS",
      `表中有公式(${formulas.slice(0, 5).join("、")}${formulas.length > 5 ? ` 等 ${formulas.length} 处` : ""}):请全选数据后「复制 → 选择性粘贴 → 数值」,保存后再上传`,
    );
  }
  if (merged.length > 0) {
    throw refuse(
      "IMPORT_MERGED_CELLS",
      `表中有合并单元格(${merged.slice(0, 5).join("、")}):请取消合并,每名学生占一行、每项内容占一格后再上传`,
    );
  }
  return finish(header, rows);
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "object" && "error" in v) return String((v as { error: string }).error);
  return String(v);
}

function readCsv(bytes: Buffer): ScoreTable {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) {
    throw refuse("IMPORT_NOT_CSV", "文件既不是 Excel 工作簿(.xlsx)也不是 CSV 文本:请下载成绩模板填写后上传");
  }
  const records = parseCsv(text);
  let header: string[] | null = null;
  const rows: ScoreTable["rows"] = [];
  records.forEach((cells, i) => {
    const tidy = cells.map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""));
    if (!header) {
      if (tidy.some((c) => c !== "")) header = tidy.map((c) => c.replace(/[\s*＊]/g, ""));
      return;
    }
    if (tidy.every((c) => c === "")) return;
    if (rows.length >= MAX_SCORE_ROWS) {
      throw refuse("IMPORT_TOO_MANY_ROWS", `文件超过 ${MAX_SCORE_ROWS} 行:请按学校分成几个文件分别上传`);
    }
    rows.push({ rowNumber: i + 1, cells: tidy });
  });
  return finish(header, rows);
}

/**
 * RFC 4180 records: commas, double-quoted fields with "" for a quote, CRLF or LF line ends.
 *
 * @example parseCsv('a,"b,c"\n1,"say ""hi"""') // => [["a", "b,c"], ["1", 'say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function finish(header: string[] | null, rows: ScoreTable["rows"]): ScoreTable {
  if (!header) throw refuse("IMPORT_EMPTY", "文件是空的:请在第一行填写表头(学籍号、姓名、各科目),其下每行一名学生");
  if (rows.length === 0) throw refuse("IMPORT_EMPTY", "文件中没有成绩数据:请在表头下方每行填写一名学生的成绩");
  return { header, rows };
}
