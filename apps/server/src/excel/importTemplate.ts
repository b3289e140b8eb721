/**
 * Import templates (导入模板), built one way for every importer that declares its columns (a `SheetSpec`): the data
 * sheet with Chinese headers (required ones in red), drop-down lists for every enumeration, text format for the
 * code and date columns and one grey example row; an instruction sheet (填写说明) with a line per column and the
 * notes; and a hidden sheet (选项) holding the lists the drop-downs point to.
 */
import ExcelJS from "exceljs";
import { EXAMPLE_MARK, MAX_IMPORT_ROWS, type SheetSpec } from "./importSheet";
import { columnLetter } from "./sheetXml";
import { workbookBuffer } from "./workbook";

export const YES_NO = ["是", "否"];
const FIGURE = /^-?\d+(\.\d+)?$/;

/** How to fill one column: required?, how, width. */
export type ColumnGuide = { required: string; how: string; width: number };

/**
 * Rows the drop-down lists cover. Excel stores a range once, but exceljs (and other libraries) expand it cell by
 * cell when they open the file, so covering all 200,000 importable rows made the template slow to process.
 */
const DROPDOWN_ROWS = 10_000;

/** A drop-down list on the hidden 选项 sheet and the columns that use it (none: shown for reference only). */
export interface TemplateList<C extends string> {
  title: string;
  values: readonly string[];
  columns: readonly C[];
}

export interface TemplateContent<C extends string> {
  /** the county's name (北原县): in the 填写说明 sheet's title note and every sheet's printed footer */
  county: string;
  guide: Record<C, ColumnGuide>;
  lists: readonly TemplateList<C>[];
  example: Record<C, string>;
  /** rows filled in ahead under the example (e.g. the schools still to report a year) */
  prefill?: readonly Partial<Record<C, string>>[];
  /** the kind's own notes, numbered before the common ones */
  notes: readonly string[];
}

/**
 * Builds an import template for any kind from its sheet description and content.
 *
 * @example templateWorkbook(staffSheet, { guide, lists, example, notes: ["每行填写一名教职工。"] })
 */
export async function templateWorkbook<C extends string>(
  spec: SheetSpec<C>,
  content: TemplateContent<C>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  const data = wb.addWorksheet(spec.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const guide = wb.addWorksheet("填写说明", { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = wb.addWorksheet("选项", { state: "hidden" });
  const { columns } = spec;

  const listRanges = fillLists(lists, content.lists);
  data.columns = columns.map((c) => ({ header: spec.headers[c], key: c, width: content.guide[c].width }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (spec.codeColumns.has(c) || spec.dateColumns.has(c)) data.getColumn(i + 1).numFmt = "@";
    if (content.guide[c].required === "必填") header.getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
    const list = listRanges.get(c);
    if (list) {
      validations(data).add(`${letter}2:${letter}${DROPDOWN_ROWS + 1}`, {
        type: "list",
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: "请从下拉列表选择",
        error: `${spec.headers[c]}:${content.guide[c].how}`,
      });
    }
  });
  // a figure in a column that is not a code or a date is written as the number it is
  const typed = (c: C, v: string | undefined) =>
    v !== undefined && FIGURE.test(v) && !spec.codeColumns.has(c) && !spec.dateColumns.has(c) ? Number(v) : (v ?? null);
  data.addRow(columns.map((c) => typed(c, content.example[c])));
  data.getRow(2).font = { color: { argb: "FF808080" }, italic: true };
  for (const row of content.prefill ?? []) data.addRow(columns.map((c) => typed(c, row[c])));

  guide.columns = [
    { header: "列名", width: 24 },
    { header: "是否必填", width: 26 },
    { header: "填写要求", width: 70 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of columns) guide.addRow([spec.headers[c], content.guide[c].required, content.guide[c].how]);
  guide.addRow([]);
  const notes = [
    `本表为${content.county}教育局${spec.sheetName}导入模板。`,
    ...content.notes,
    `第2行是示例(${spec.headers[spec.exampleColumn]}以「${EXAMPLE_MARK}」开头),导入时自动跳过,可保留或删除。`,
    "请勿修改表头、合并单元格或使用公式;号码、代码、日期列已设为文本格式,从其他表格粘贴时请用「选择性粘贴 → 数值」。",
    "上传后系统先完整校验并生成错误报告(出错的单元格标红并附批注),全部正确后才写入;也可选择只导入正确的行。",
    `一个文件最多 ${MAX_IMPORT_ROWS} 行、30 MB。下拉列表覆盖前 ${DROPDOWN_ROWS} 行,之后的行按「选项」表中的写法直接填写即可。`,
  ];
  notes.forEach((line, i) => {
    guide.addRow([`${i + 1}. ${line}`]);
  });
  for (const sheet of [data, guide])
    sheet.headerFooter.oddFooter = `&C${content.county} ${spec.sheetName}导入模板 第&P页`;
  return workbookBuffer(wb);
}

/** exceljs keeps range validations on the sheet but leaves them out of its typings. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** Writes the drop-down lists on the hidden sheet; returns the list formula per column. */
function fillLists<C extends string>(sheet: ExcelJS.Worksheet, lists: readonly TemplateList<C>[]): Map<C, string> {
  const ranges = new Map<C, string>();
  lists.forEach(({ title, values, columns }, i) => {
    const letter = columnLetter(i + 1);
    sheet.getCell(`${letter}1`).value = title;
    values.forEach((v, row) => {
      sheet.getCell(`${letter}${row + 2}`).value = v;
    });
    if (values.length > 0) for (const c of columns) ranges.set(c, `选项!$${letter}$2:$${letter}$${values.length + 1}`);
    sheet.getColumn(i + 1).width = columns.length === 0 ? 30 : 12;
  });
  return ranges;
}

/** The labels of a vocabulary, in order, for a drop-down list. */
export const labelsOf = (v: { labels: Record<string, string> }) => Object.values(v.labels);
