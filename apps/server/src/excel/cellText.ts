/**
 * Cell values as text: what the reader hands to validation, whatever type the spreadsheet stored a value as.
 */

/** How a column's cells are read: as codes (digits typed as text), as dates, or as plain text. */
export type CellKind = "text" | "code" | "date";

/** Excel's day 0 in the 1900 and 1904 date systems (serials above 60 skip the 1900 leap-year bug). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/**
 * The text of a cell for a template column.
 *
 * @param value - the cell value as exceljs reads it (string, number, boolean, Date, rich text, error)
 * @param kind - "code" for digits typed as codes (spaces dropped, lost digits flagged), "date" for dates
 * @param date1904 - the workbook uses the 1904 date system
 * @returns trimmed text (dates as YYYY-MM-DD) and, when the value itself is unusable, a Chinese problem
 * @example cellText(42070, "date", false) // => { text: "2015-03-08" }
 */
export function cellText(value: unknown, kind: CellKind, date1904: boolean): { text: string; problem?: string } {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "string") return { text: tidy(value, kind) };
  if (typeof value === "boolean") return { text: value ? "是" : "否" };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === "number") return numberText(value, kind, date1904);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      return { text: tidy(value.richText.map((r: { text?: string }) => r.text ?? "").join(""), kind) };
    }
    if ("error" in value) {
      return { text: String(value.error), problem: `单元格是错误值 ${String(value.error)}:请改为实际内容` };
    }
    if ("text" in value) return { text: tidy(String(value.text), kind) };
  }
  return { text: String(value) };
}

function tidy(text: string, kind: CellKind): string {
  const trimmed = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  return kind === "code" ? trimmed.replace(/[\s\u3000]/g, "") : trimmed;
}

function numberText(n: number, kind: CellKind, date1904: boolean) {
  if (kind === "date" && n > 60 && n < 80_000 && Number.isInteger(n)) {
    const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    return { text: new Date(epoch + n * DAY_MS).toISOString().slice(0, 10) };
  }
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) {
    return {
      text: n.toLocaleString("fullwide", { useGrouping: false }),
      problem: "这一格被 Excel 存成了数字,超过15位的部分已丢失:请先把该列设为「文本」格式,再重新输入号码",
    };
  }
  return { text: String(n) };
}
