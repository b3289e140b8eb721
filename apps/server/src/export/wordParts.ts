import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  type IRunOptions,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { neutraliseText } from "../excel/neutralise";
import { renderChartPng } from "./chartImage";

/** The pieces the Word reports are built from, in the look bureaus circulate: SimSun, full-width tables. */

export const WORD_FONT = "SimSun";

/**
 * A run of text, neutralised against formula injection like every exported cell (excel/neutralise.ts): a table or
 * line copied from the document into a spreadsheet must not become a formula. Every run of a Word export is built
 * here.
 *
 * @example new Paragraph({ children: [wordRun({ text: schoolName, bold: true })] })
 */
export const wordRun = (options: IRunOptions & { text: string }) =>
  new TextRun({ ...options, text: neutraliseText(options.text) });

/** A full-width table with a bold header row repeated on each page. */
export function wordTable(header: string[], rows: (string | number)[][]): Table {
  const cell = (value: string | number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [wordRun({ text: String(value), bold, size: 18, font: WORD_FONT })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

/** A body paragraph (小四). */
export const wordText = (t: string, bold = false) =>
  new Paragraph({ spacing: { after: 120 }, children: [wordRun({ text: t, size: 24, font: WORD_FONT, bold })] });

/** A section heading. */
export const wordHeading = (t: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [wordRun({ text: t })] });

/** An ECharts chart rendered on the server and centred as an image. */
export function wordChart(option: Parameters<typeof renderChartPng>[0], width: number, height: number): Paragraph {
  const data = renderChartPng(option, width, height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: "png", data, transformation: { width, height } })],
  });
}
