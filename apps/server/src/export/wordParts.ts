import { calendar } from "@edubureau/core";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  type IRunOptions,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { neutraliseText } from "../excel/neutralise";
import { renderChartPng } from "./chartImage";

/**
 * The pieces the Word reports are built from, in the look bureaus circulate: SimSun, A4 with the margins of the
 * national standard for official documents (GB/T 9704), headings kept with what follows, tables whose numbers and
 * dates never break across lines, charts with every label, and the county's bureau and the date on every document.
 * Every Word export is assembled here (wordDocument), so a report added later gets all of it.
 */

export const WORD_FONT = "SimSun";

/** A4 portrait in twentieths of a point (twips). */
export const A4_PAGE = { width: 11906, height: 16838 } as const;
/** Page margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
export const PAGE_MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;
/** The width of the text between the margins, in twips: what a full-width table spans. */
export const TEXT_WIDTH = A4_PAGE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;

/** The county's education bureau as it signs: "北原县" → "北原县教育局" (a name already ending so is kept). */
export const bureauName = (countyName: string) => (countyName.endsWith("教育局") ? countyName : `${countyName}教育局`);

/** An ISO date in Chinese: "2026-12-06" → "2026年12月6日" (core's `calendar.chineseDate`, at hand for documents). */
export const chineseDate = calendar.chineseDate;

/**
 * A run of text, neutralised against formula injection like every exported cell (excel/neutralise.ts): a table or
 * line copied from the document into a spreadsheet must not become a formula. Every run of a Word export is built
 * here.
 *
 * @example new Paragraph({ children: [wordRun({ text: schoolName, bold: true })] })
 */
export const wordRun = (options: IRunOptions & { text: string }) =>
  new TextRun({ ...options, text: neutraliseText(options.text) });

/**
 * The width of a text in twips at a font size in half-points: a CJK character one em, other characters 0.6 em (half
 * an em in SimSun, more in the proportional fonts a machine without SimSun puts in its place).
 */
export function textWidth(text: string, halfPoints: number): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 || ch === "—" ? 1 : 0.6;
  return Math.ceil(ems * halfPoints * 10);
}

/**
 * Whether a cell's text must stay on one line: a number, a date, a percentage, a short code or a short label
 * (up to four characters, like 达标 or 待整改).
 */
export function unbreakable(value: string | number): boolean {
  if (typeof value === "number") return true;
  const t = value.trim();
  return /^[-+−]?[\d.,:%‰/—–\-\s年月日]*$/.test(t) || /^[A-Za-z]{1,3}\d{0,3}$/.test(t) || [...t].length <= 4;
}

/** Left and right padding of a table cell in twips, and a little slack for the fonts' rounding. */
const CELL_MARGIN = 72;
const CELL_PAD = 2 * CELL_MARGIN + 100;

/** How far a header and a long text may be broken: tried from the most generous to the tightest (in ems). */
const BREAK_TIERS = [
  { header: 6, text: 8 },
  { header: 4, text: 6 },
  { header: 2, text: 4 },
] as const;

/**
 * Column widths (twips) of a full-width table, from its content: each column at least as wide as its longest number,
 * date, percentage or short label; headers and long text broken no tighter than needed (six, four, then two ems for a
 * header). What is left of `total` goes first to the body's text (a school's name on one line), then to the headers.
 * Null when even the tightest widths do not fit.
 *
 * @example tableColumnWidths(["学校", "优秀率"], [["北原县第一小学", "12.5%"]], 8844, 18)
 */
export function tableColumnWidths(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  total: number,
  halfPoints: number,
): number[] | null {
  const em = halfPoints * 10;
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  // headers are bold: a tenth wider
  const headerWidth = header.map((h) => Math.ceil(textWidth(h, halfPoints) * 1.1));
  const bodyWidth = header.map(() => 0);
  const atomWidth = header.map(() => 0);
  for (const row of rows) {
    row.forEach((v, c) => {
      const w = textWidth(String(v), halfPoints);
      bodyWidth[c] = Math.max(bodyWidth[c] ?? 0, w);
      if (unbreakable(v)) atomWidth[c] = Math.max(atomWidth[c] ?? 0, w);
    });
  }
  const natural = header.map((_, c) => Math.max(headerWidth[c]!, bodyWidth[c]!) + CELL_PAD);
  for (const tier of BREAK_TIERS) {
    const min = header.map(
      (_, c) =>
        Math.max(atomWidth[c]!, Math.min(headerWidth[c]!, tier.header * em), Math.min(bodyWidth[c]!, tier.text * em)) +
        CELL_PAD,
    );
    if (sum(min) > total) continue;
    const body = min.map((w, c) => Math.max(w, bodyWidth[c]! + CELL_PAD));
    let widths: number[];
    if (sum(body) > total) {
      const room = total - sum(min);
      const want = sum(body) - sum(min);
      widths = min.map((w, c) => w + (room * (body[c]! - w)) / want);
    } else {
      const room = total - sum(body);
      const want = sum(natural) - sum(body);
      widths = body.map((w, c) =>
        want > 0
          ? w + Math.min(room, want) * ((natural[c]! - w) / want) + (Math.max(0, room - want) * w) / sum(body)
          : w + (room * w) / sum(body),
      );
    }
    const rounded = widths.map((w) => Math.floor(w));
    rounded[rounded.length - 1]! += total - sum(rounded);
    return rounded;
  }
  return null;
}

export interface WordTableOptions {
  /** font of the cells; SimSun unless given */
  font?: string;
  /** font size in half-points; 18 (小五 is 18, 五号 21) unless given: smaller sizes are tried when columns do not fit */
  size?: number;
}

/**
 * A full-width table with a bold header row repeated on each page, rows never split across pages, and columns as
 * wide as their numbers, dates and percentages need (tableColumnWidths): such a cell is one line, centred. When the
 * columns do not fit at the given size, the table is set a size or two smaller.
 */
export function wordTable(header: string[], rows: (string | number)[][], options: WordTableOptions = {}): Table {
  const font = options.font ?? WORD_FONT;
  const base = options.size ?? 18;
  let size = base;
  let widths = tableColumnWidths(header, rows, TEXT_WIDTH, size);
  for (const smaller of [base - 2, base - 3, base - 4]) {
    if (widths) break;
    size = smaller;
    widths = tableColumnWidths(header, rows, TEXT_WIDTH, size);
  }
  const columnWidths = widths ?? header.map(() => Math.floor(TEXT_WIDTH / header.length));
  // a column of figures, dates and short labels is centred; a column with text is set left
  const centred = header.map((_, c) => rows.every((r) => r[c] === undefined || unbreakable(r[c]!)));
  const cell = (value: string | number, c: number, bold = false) =>
    new TableCell({
      width: { size: columnWidths[c] ?? 0, type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      children: [
        new Paragraph({
          alignment: bold || centred[c] ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [wordRun({ text: String(value), bold, size, font })],
        }),
      ],
    });
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, c) => cell(h, c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, c) => cell(v, c)) })),
    ],
  });
}

/** A body paragraph (小四). */
export const wordText = (t: string, bold = false) =>
  new Paragraph({
    spacing: { before: 60, after: 120 },
    children: [wordRun({ text: t, size: 24, font: WORD_FONT, bold })],
  });

export interface WordHeadingOptions {
  font?: string;
  /** font size in half-points */
  size?: number;
  /** first-line indent in twips (the 通报's headings are indented like its paragraphs) */
  indent?: number;
  /** bold unless false (the 通报's headings are set in 黑体, not bold) */
  bold?: boolean;
}

/** A section heading, kept on the page of what follows it and never broken across pages. */
export const wordHeading = (t: string, options: WordHeadingOptions = {}) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
    indent: options.indent === undefined ? undefined : { firstLine: options.indent },
    children: [wordRun({ text: t, font: options.font, size: options.size, bold: options.bold })],
  });

/** The document's title, centred, kept with what follows. */
export const wordTitle = (t: string, options: { font?: string; size?: number; bold?: boolean } = {}) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepNext: true,
    keepLines: true,
    children: [wordRun({ text: t, font: options.font, size: options.size, bold: options.bold })],
  });

/** The line under a report's title: the county's bureau and the date ("北原县教育局　2026年12月6日"). */
export const wordByline = (countyName: string, date: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepNext: true,
    children: [wordRun({ text: `${bureauName(countyName)}　${chineseDate(date)}`, size: 24, font: WORD_FONT })],
  });

/** The width of the text between the margins in pixels (at 96 per inch, 15 twips each): no image is wider. */
export const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH / 15);

/**
 * An ECharts chart rendered on the server and centred as an image, never wider than the text. The option is fitted
 * for print first (chartImage.printableChartOption): every category labelled, the legend below the plot.
 */
export function wordChart(option: Parameters<typeof renderChartPng>[0], width: number, height: number): Paragraph {
  const data = renderChartPng(option, width, height);
  const scale = Math.min(1, TEXT_WIDTH_PX / width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: "png",
        data,
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
      }),
    ],
  });
}

export interface WordDocumentOptions {
  title: string;
  /** the county's name (北原县): the document's author is its education bureau */
  countyName: string;
  /** the default font of the document */
  font?: string;
  children: (Paragraph | Table)[];
}

/**
 * A Word document in the one page setup of every export: A4 portrait, GB/T 9704 margins, page numbers ("— 1 —")
 * centred in the footer, the county's bureau as author.
 *
 * @example await wordDocument({ title, countyName: "北原县", children: [wordTitle(title), wordByline("北原县", today)] })
 */
export async function wordDocument(options: WordDocumentOptions): Promise<Buffer> {
  const font = options.font ?? WORD_FONT;
  const doc = new Document({
    creator: bureauName(options.countyName),
    title: options.title,
    styles: {
      default: {
        document: { run: { font: { ascii: font, eastAsia: font, hAnsi: font } } },
        // black headings in the document's font, kept with what follows, whatever a style sheet would colour them
        title: { run: { color: "000000", size: 36, bold: true, font }, paragraph: { keepNext: true, keepLines: true } },
        heading2: {
          run: { color: "000000", size: 28, bold: true, font },
          paragraph: { keepNext: true, keepLines: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_PAGE.width, height: A4_PAGE.height },
            margin: { ...PAGE_MARGIN, header: 851, footer: 992 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 24, font })],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
