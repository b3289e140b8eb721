/**
 * A small, fast reader of SpreadsheetML worksheet parts (ECMA-376 §18.3): rows and cell values, parsed from the
 * pieces the zip guard inflates as they come, and the shared-string table. Only what an import needs — values,
 * their types and whether a cell holds a formula; styles are ignored (numbers in the date column are read as date
 * serials by cells.ts).
 *
 * Why not exceljs's streaming reader: on the 100,000-row file of bench/studentImport.ts it takes 5–8 s against
 * about 3 s here (guard and inflation included), and an import reads its file twice (upload and commit). exceljs
 * still writes every workbook (template, report, export).
 */
import { StringDecoder } from "node:string_decoder";
import { restoreText } from "./neutralise";

/** A cell's value as stored: text, number, boolean, an error code, or a formula (refused by the reader). */
export type SheetValue = string | number | boolean | { error: string } | { formula: string } | null;

export interface SheetRowValues {
  /** row number as Excel shows it */
  number: number;
  /** values by 1-based column number (sparse) */
  values: SheetValue[];
}

const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);/g;
const NAMED: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

/** Decodes XML character references and the five predefined entities. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (e) => {
    if (e[1] !== "#") return NAMED[e]!;
    const code = e[2] === "x" ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1));
    return String.fromCodePoint(code);
  });
}

const TEXT_RUN = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (<si> or <is>): its runs joined, phonetic guides (<rPh>) left out. */
function itemText(xml: string): string {
  const plain = xml.includes("rPh") ? xml.replace(PHONETIC, "") : xml;
  let text = "";
  for (const m of plain.matchAll(TEXT_RUN)) text += m[1];
  return decodeXml(text);
}

/**
 * The shared-string table of a workbook (xl/sharedStrings.xml).
 *
 * @example sharedStrings('<sst><si><t>姓名</t></si><si><r><t>张</t></r><r><t>三</t></r></si></sst>') // => ["姓名", "张三"]
 */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    out.push(m[1] ? itemText(m[1]) : "");
  }
  return out;
}

const TOKEN = /<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ATTR_R = /\br="([A-Z]*)(\d*)"/;
const ATTR_T = /\bt="(\w+)"/;
const VALUE = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b(?:[^>]*\/>|[^>]*>([\s\S]*?)<\/(?:\w+:)?f>)/;

/**
 * The spreadsheet letter of a 1-based column number.
 *
 * @example columnLetter(1) // => "A"; columnLetter(28) // => "AB"
 */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): SheetValue {
  const formula = FORMULA.exec(inner);
  if (formula) return { formula: decodeXml(formula[1] ?? "") };
  // text an export neutralised against formula injection reads back without the quote it was given
  if (type === "inlineStr") return restoreText(itemText(inner));
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return restoreText(shared[Number(raw)] ?? "");
    case "str":
      return restoreText(decodeXml(raw));
    case "d":
      return decodeXml(raw);
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: decodeXml(raw) };
    default:
      return raw.trim() === "" ? null : Number(raw);
  }
}

const ROW_END = /<\/(?:\w+:)?row>/g;
const MERGE = /<(?:\w+:)?mergeCell\s+ref="([^"]+)"/g;

/** Where the last complete row of the text ends (0 when none does). */
function lastRowEnd(text: string): number {
  let end = 0;
  for (let i = text.lastIndexOf("row>"); i > 0 && end === 0; i = text.lastIndexOf("row>", i - 1)) {
    ROW_END.lastIndex = text.lastIndexOf("</", i);
    const m = ROW_END.exec(text);
    if (m && m.index + m[0].length === i + 4) end = i + 4;
  }
  return end;
}

/**
 * The rows of a worksheet part, in order, parsed from the inflating pieces one batch of complete rows at a time.
 * Rows and cells without an explicit reference take the next number, as the format allows. Merged ranges found on
 * the way are added to `mergedRanges`.
 *
 * @example for await (const row of sheetRows(pieces, shared, merged)) … // { number: 2, values: [, "张三", …] }
 */
export async function* sheetRows(
  pieces: AsyncIterable<Buffer>,
  shared: readonly string[],
  mergedRanges: string[],
): AsyncGenerator<SheetRowValues> {
  const decoder = new StringDecoder("utf8");
  const state = { rowNumber: 0, column: 0, row: null as SheetRowValues | null };
  let pending = "";
  for await (const piece of pieces) {
    const text = pending + decoder.write(piece);
    const cut = lastRowEnd(text);
    pending = text.slice(cut);
    if (cut > 0) yield* parseRows(text.slice(0, cut), shared, state);
  }
  const rest = pending + decoder.end();
  yield* parseRows(rest, shared, state);
  if (state.row) yield state.row;
  if (rest.includes("mergeCell")) for (const m of rest.matchAll(MERGE)) mergedRanges.push(m[1]!);
}

/** Parses complete rows; the last row stays open in `state` until the next row starts or the sheet ends. */
function* parseRows(
  text: string,
  shared: readonly string[],
  state: { rowNumber: number; column: number; row: SheetRowValues | null },
): Generator<SheetRowValues> {
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      if (state.row) yield state.row;
      const r = /\br="(\d+)"/.exec(m[1]);
      state.rowNumber = r ? Number(r[1]) : state.rowNumber + 1;
      state.row = { number: state.rowNumber, values: [] };
      state.column = 0;
      continue;
    }
    const attrs = m[2] ?? "";
    const ref = ATTR_R.exec(attrs);
    state.column = ref?.[1] ? columnNumber(ref[1]) : state.column + 1;
    if (!state.row) {
      state.rowNumber = ref?.[2] ? Number(ref[2]) : state.rowNumber + 1;
      state.row = { number: state.rowNumber, values: [] };
    }
    const value = m[3] === undefined ? null : cellValue(ATTR_T.exec(attrs)?.[1], m[3], shared);
    if (value !== null) state.row.values[state.column] = value;
  }
}
