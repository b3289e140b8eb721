/**
 * Formula-injection neutralisation (CSV injection, OWASP): text that a spreadsheet would read as a formula when a
 * user edits the cell or saves the file as CSV — text starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * — is written with a leading single quote, which spreadsheets keep as text. Numbers, dates, booleans and every
 * other text are left as they are. A text that is a plain number ("-3", "+86", "-0.25", "-12.5%") is left too: no
 * spreadsheet reads it as anything but that number, and the reports write their own signed figures as such text.
 * Every exported workbook and Word document goes through here (excel/workbook.ts, export/wordParts.ts); the
 * readers of uploads take the quote off again (`restoreText`), so an exported file uploaded back reads the same.
 */

const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)%?$/;

const dangerous = (text: string) => text.length > 0 && TRIGGERS.has(text[0]!) && !PLAIN_NUMBER.test(text);

/**
 * The text as it is safe to export: prefixed with `'` when a spreadsheet would take it for a formula.
 *
 * @example neutraliseText("=HYPERLINK(\"http://x\")") // => "'=HYPERLINK(\"http://x\")"
 * @example neutraliseText("-3") // => "-3" (a plain number); neutraliseText("张三") // => "张三"
 */
export function neutraliseText(text: string): string {
  return dangerous(text) ? `'${text}` : text;
}

/**
 * The text of an uploaded cell with the quote an export added taken off again (the inverse of `neutraliseText`).
 *
 * @example restoreText("'=1+1") // => "=1+1"; restoreText("'abc") // => "'abc"
 */
export function restoreText(text: string): string {
  return text.startsWith("'") && dangerous(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A cell value as it is safe to export: text (also the text of exceljs rich text and hyperlink values) goes
 * through `neutraliseText`; numbers, dates, booleans, empty cells, errors and formulas the writer itself set are
 * returned unchanged (the same object when nothing changes).
 *
 * @example neutraliseCell("+1 cmd") // => "'+1 cmd"; neutraliseCell(-3) // => -3
 */
export function neutraliseCell<T>(value: T): T {
  if (typeof value === "string") return neutraliseText(value) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) return value;
  if ("richText" in value && Array.isArray(value.richText)) {
    const runs = value.richText as { text: string }[];
    const [first, ...rest] = runs;
    if (!first || !dangerous(runs.map((r) => r.text).join(""))) return value;
    return { ...value, richText: [{ ...first, text: `'${first.text}` }, ...rest] };
  }
  if ("text" in value && typeof value.text === "string") {
    const text = neutraliseText(value.text);
    return text === value.text ? value : { ...value, text };
  }
  return value;
}
