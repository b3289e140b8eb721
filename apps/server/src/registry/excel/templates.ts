/**
 * Import templates (导入模板), built one way for every kind: the data sheet with Chinese headers (required ones in
 * red), drop-down lists for every enumeration, text format for the code and date columns and one grey example row;
 * an instruction sheet (填写说明); and a hidden sheet (选项) holding the lists the drop-downs point to. Lists of
 * schools are the downloader's own scope. The student template (学生信息导入模板) is here; the others sit with their
 * imports.
 */
import { registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import { columnLetter } from "../../excel/sheetXml";
import { workbookBuffer } from "../../excel/workbook";
import { MAX_IMPORT_ROWS } from "./reader";
import { EXAMPLE_MARK, type SheetSpec, studentSheet } from "./sheetSpec";

type Column = registry.StudentRowColumn;

export interface TemplateSchool {
  code: string;
  name: string;
}

export const YES_NO = ["是", "否"];
const FLAG_NOTE = "填「是」或「否」,不填视为否";
const FIGURE = /^-?\d+(\.\d+)?$/;

/** How to fill one column: required?, how, width. */
export type ColumnGuide = { required: string; how: string; width: number };

/** Per column: required?, how to fill it, width. */
const GUIDE: Record<Column, ColumnGuide> = {
  name: { required: "必填", how: "学生姓名,2–40个汉字或字母;少数民族姓名可用间隔号「·」", width: 12 },
  gender: { required: "有身份证号时可不填", how: "「男」或「女」,须与身份证号第17位一致", width: 6 },
  birthDate: { required: "有身份证号时可不填", how: "如 2020-03-08,须与身份证号中的出生日期一致", width: 12 },
  ethnicity: { required: "必填", how: "从下拉列表选择,如「汉族」", width: 10 },
  residentId: { required: "必填(确无身份证号的填J/L学籍号)", how: "18位,末位可为X;请保持文本格式", width: 21 },
  studentNumber: { required: "可不填", how: "19位全国学籍号;不填时按「G+身份证号」生成", width: 22 },
  householdType: { required: "必填", how: "「城镇」或「农村」", width: 9 },
  schoolCode: { required: "必填", how: "10位学校标识码,从下拉列表选择(见「选项」表)", width: 13 },
  grade: { required: "必填", how: "从下拉列表选择,如「一年级」「七年级」", width: 9 },
  classNumber: { required: "必填", how: "班号数字,如 3 表示3班;该班须已在系统中建立", width: 6 },
  leftBehind: { required: "可不填", how: FLAG_NOTE, width: 9 },
  migrant: { required: "可不填", how: `${FLAG_NOTE};不能与留守儿童同时为「是」`, width: 9 },
  disability: { required: "可不填", how: "无残疾留空;有残疾从下拉列表选择类别", width: 10 },
  disabilityPlacement: { required: "有残疾类别时必填", how: "随班就读、特教学校或送教上门", width: 10 },
  orphan: { required: "可不填", how: FLAG_NOTE, width: 6 },
  povertyRegistered: { required: "可不填", how: FLAG_NOTE, width: 9 },
  dibao: { required: "可不填", how: FLAG_NOTE, width: 6 },
  address: { required: "可不填", how: "最多200字", width: 30 },
  guardianName: { required: "可不填", how: "最多40字", width: 10 },
  guardianPhone: { required: "可不填", how: "11位手机号或带区号的固话,如 0471-1234567", width: 14 },
};

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
    ...content.notes,
    `第2行是示例(${spec.headers[spec.exampleColumn]}以「${EXAMPLE_MARK}」开头),导入时自动跳过,可保留或删除。`,
    "请勿修改表头、合并单元格或使用公式;号码、代码、日期列已设为文本格式,从其他表格粘贴时请用「选择性粘贴 → 数值」。",
    "上传后系统先完整校验并生成错误报告(出错的单元格标红并附批注),全部正确后才写入;也可选择只导入正确的行。",
    `一个文件最多 ${MAX_IMPORT_ROWS} 行、30 MB。下拉列表覆盖前 ${DROPDOWN_ROWS} 行,之后的行按「选项」表中的写法直接填写即可。`,
  ];
  notes.forEach((line, i) => {
    guide.addRow([`${i + 1}. ${line}`]);
  });
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

/**
 * Builds the student import template for a school year and the schools the downloader may import into.
 *
 * @param regionCode - the county's code, used for the example row's fictitious resident ID
 */
export function studentTemplate(
  schoolYear: number,
  schools: readonly TemplateSchool[],
  regionCode: string,
): Promise<Buffer> {
  return templateWorkbook(studentSheet, {
    guide: GUIDE,
    lists: [
      { title: "性别", values: labelsOf(registry.gender), columns: ["gender"] },
      { title: "民族", values: registry.ethnicGroups, columns: ["ethnicity"] },
      { title: "户口性质", values: Object.values(registry.householdTypeLabels), columns: ["householdType"] },
      { title: "学校标识码", values: schools.map((s) => s.code), columns: ["schoolCode"] },
      { title: "学校名称", values: schools.map((s) => s.name), columns: [] },
      { title: "年级", values: registry.importGrades.map(registry.gradeLabel), columns: ["grade"] },
      { title: "残疾类别", values: ["无", ...registry.disabilityCategories], columns: ["disability"] },
      { title: "安置方式", values: registry.disabilityPlacements, columns: ["disabilityPlacement"] },
      { title: "是否", values: YES_NO, columns: ["leftBehind", "migrant", "orphan", "povertyRegistered", "dibao"] },
    ],
    example: exampleRow(schoolYear, schools[0]?.code ?? "1500000001", regionCode),
    notes: [
      `每行填写一名学生,导入到 ${registry.schoolYearLabel(schoolYear)};人数很多时请按学校或年级分成几个文件。`,
      "身份证号、学籍号、学校标识码、电话列为文本格式,请保持,以免长号码被 Excel 改成科学计数法。",
    ],
  });
}

/** A first-grader with a fictitious resident ID whose check digit is valid. */
function exampleRow(schoolYear: number, schoolCode: string, regionCode: string): Record<Column, string> {
  const first17 = `${regionCode}${schoolYear - 6}0308999`;
  const residentId = `${first17}${registry.residentIdCheckChar(first17)}`;
  return {
    ...{ name: `${EXAMPLE_MARK}张小明`, gender: "男", birthDate: `${schoolYear - 6}-03-08`, ethnicity: "汉族" },
    ...{ residentId, studentNumber: "", householdType: "农村", schoolCode, grade: "一年级", classNumber: "1" },
    ...{ leftBehind: "否", migrant: "否", disability: "", disabilityPlacement: "", orphan: "否" },
    ...{ povertyRegistered: "否", dibao: "否", address: "某某镇某某村", guardianName: "张大明" },
    guardianPhone: "13800000000",
  };
}
