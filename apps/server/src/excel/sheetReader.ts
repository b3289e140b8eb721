/**
 * Opens one sheet of an uploaded workbook for reading, the one way every import reads an .xlsx: the zip guard
 * (zip.ts) checks the container before anything inflates, the sheet is found by name (or the first one), and its
 * rows are parsed by sheetXml.ts as the part inflates, so a large sheet is never held whole. What the rows mean
 * (headers, formulas, merged cells, row limits) stays with the capability that reads them.
 */
import { AppError } from "../http/errors";
import { type SheetRowValues, sharedStrings, sheetRows } from "./sheetXml";
import { defaultZipLimits, openGuardedZip, type ZipLimits } from "./zip";

export interface OpenSheetOptions {
  /** the sheet to read; the workbook's first sheet when absent or not found */
  sheetName?: string;
  /** the zip guard's limits (defaultZipLimits when absent) */
  limits?: ZipLimits;
  /** the message when the zip is not a workbook (no workbook part), naming the capability's template */
  notWorkbook: string;
  /** the message when the workbook has no sheet */
  noSheet: string;
}

export interface OpenedSheet {
  /** the sheet's name as Excel shows it */
  name: string;
  /** the sheet's rows in order; read once */
  rows: AsyncGenerator<SheetRowValues>;
  /** merged ranges (e.g. "A2:A3"), filled once `rows` has been read to the end */
  mergedRanges: string[];
  /** the workbook counts dates from 1904 */
  date1904: boolean;
}

const refuse = (code: string, message: string) => new AppError(400, code, message);

/**
 * Opens a sheet of an uploaded workbook.
 *
 * @throws AppError 400 IMPORT_NOT_XLSX or IMPORT_FILE_TOO_LARGE from the zip guard (also while `rows` is read),
 *   IMPORT_NOT_XLSX with `notWorkbook`, IMPORT_EMPTY with `noSheet`
 * @example const sheet = await openSheet(bytes, { notWorkbook: "…", noSheet: "…" }); for await (const row of sheet.rows) …
 */
export async function openSheet(bytes: Buffer, options: OpenSheetOptions): Promise<OpenedSheet> {
  const zip = openGuardedZip(bytes, options.limits ?? defaultZipLimits);
  const workbookXml = (await zip.read("xl/workbook.xml"))?.toString("utf8");
  const relsXml = (await zip.read("xl/_rels/workbook.xml.rels"))?.toString("utf8");
  if (!workbookXml || !relsXml) throw refuse("IMPORT_NOT_XLSX", options.notWorkbook);
  const sheets = sheetPaths(workbookXml, relsXml);
  const sheet = sheets.find((s) => s.name === options.sheetName) ?? sheets[0];
  const pieces = sheet ? zip.stream(sheet.path) : null;
  if (!sheet || !pieces) throw refuse("IMPORT_EMPTY", options.noSheet);
  const shared = sharedStrings((await zip.read("xl/sharedStrings.xml"))?.toString("utf8") ?? "");
  const mergedRanges: string[] = [];
  return {
    name: sheet.name,
    rows: sheetRows(pieces, shared, mergedRanges),
    mergedRanges,
    date1904: /date1904="(1|true)"/.test(workbookXml),
  };
}

/** Sheet names and their part paths, in workbook order, from workbook.xml and its relationships. */
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
