/**
 * The student import template (学生信息导入模板): the data sheet with Chinese headers, drop-down lists for every
 * enumeration, text format for the code columns and one example row; an instruction sheet (填写说明); and a hidden
 * sheet (选项) holding the longer lists the drop-downs point to. The school list is the downloader's own scope.
 */
import { registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import { columnLetter } from "./cells";
import { EXAMPLE_MARK, MAX_IMPORT_ROWS, STUDENT_SHEET } from "./reader";

type Column = registry.StudentRowColumn;

export interface TemplateSchool {
  code: string;
  name: string;
}

const YES_NO = ["是", "否"];
const FLAG_NOTE = "填「是」或「否」,不填视为否";

/** Per column: required?, how to fill it, width. */
const GUIDE: Record<Column, { required: string; how: string; width: number }> = {
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

const TEXT_COLUMNS: Column[] = ["residentId", "studentNumber", "schoolCode", "guardianPhone", "birthDate"];

/**
 * Builds the student import template for a school year and the schools the downloader may import into.
 *
 * @param regionCode - the county's code, used for the example row's fictitious resident ID
 */
export async function studentTemplate(
  schoolYear: number,
  schools: readonly TemplateSchool[],
  regionCode: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  const data = wb.addWorksheet(STUDENT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const guide = wb.addWorksheet("填写说明");
  const lists = wb.addWorksheet("选项", { state: "hidden" });
  const columns = registry.studentRowColumns;

  const listRanges = fillLists(lists, schools);
  data.columns = columns.map((c) => ({ header: registry.studentRowHeaders[c], key: c, width: GUIDE[c].width }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    if (TEXT_COLUMNS.includes(c)) data.getColumn(i + 1).numFmt = "@";
    if (GUIDE[c].required === "必填") header.getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
    const list = listRanges[c];
    if (list) {
      validations(data).add(`${letter}2:${letter}${DROPDOWN_ROWS + 1}`, {
        type: "list",
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: "请从下拉列表选择",
        error: `${registry.studentRowHeaders[c]}:${GUIDE[c].how}`,
      });
    }
  });
  data.addRow(exampleRow(schoolYear, schools[0]?.code ?? "1500000001", regionCode));
  data.getRow(2).font = { color: { argb: "FF808080" }, italic: true };

  guide.columns = [
    { header: "列名", width: 14 },
    { header: "是否必填", width: 26 },
    { header: "填写要求", width: 70 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of columns) guide.addRow([registry.studentRowHeaders[c], GUIDE[c].required, GUIDE[c].how]);
  guide.addRow([]);
  for (const line of [
    `1. 每行填写一名学生,导入到 ${registry.schoolYearLabel(schoolYear)};请勿修改表头、合并单元格或使用公式。`,
    `2. 第2行是示例(姓名以「${EXAMPLE_MARK}」开头),导入时自动跳过,可保留或删除。`,
    "3. 身份证号、学籍号、学校标识码、电话列已设为文本格式;从其他表格粘贴时请用「选择性粘贴 → 数值」。",
    "4. 上传后系统先完整校验并生成错误报告(出错的单元格标红并附批注),全部正确后才写入;也可选择只导入正确的行。",
    `5. 一个文件最多 ${MAX_IMPORT_ROWS} 行、30 MB;人数更多时请按学校或年级分成几个文件。下拉列表覆盖前 ${DROPDOWN_ROWS} 行,之后的行按「选项」表中的写法直接填写即可。`,
  ]) {
    guide.addRow([line]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** exceljs keeps range validations on the sheet but leaves them out of its typings. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** Writes the drop-down lists on the hidden sheet; returns the list formula per column. */
function fillLists(sheet: ExcelJS.Worksheet, schools: readonly TemplateSchool[]): Partial<Record<Column, string>> {
  const lists: [Column | "schoolName", string, string[]][] = [
    ["gender", "性别", Object.values(registry.gender.labels)],
    ["ethnicity", "民族", registry.ethnicGroups],
    ["householdType", "户口性质", Object.values(registry.householdTypeLabels)],
    ["schoolCode", "学校标识码", schools.map((s) => s.code)],
    ["schoolName", "学校名称", schools.map((s) => s.name)],
    ["grade", "年级", registry.importGrades.map(registry.gradeLabel)],
    ["disability", "残疾类别", ["无", ...registry.disabilityCategories]],
    ["disabilityPlacement", "安置方式", registry.disabilityPlacements],
    ["leftBehind", "是否", YES_NO],
  ];
  const ranges: Partial<Record<Column, string>> = {};
  lists.forEach(([column, title, values], i) => {
    const letter = columnLetter(i + 1);
    sheet.getCell(`${letter}1`).value = title;
    values.forEach((v, row) => {
      sheet.getCell(`${letter}${row + 2}`).value = v;
    });
    if (column !== "schoolName" && values.length > 0) {
      ranges[column] = `选项!$${letter}$2:$${letter}$${values.length + 1}`;
    }
    sheet.getColumn(i + 1).width = column === "schoolName" ? 30 : 12;
  });
  for (const flag of ["migrant", "orphan", "povertyRegistered", "dibao"] as const) ranges[flag] = ranges.leftBehind;
  return ranges;
}

/** A first-grader with a fictitious resident ID whose check digit is valid. */
function exampleRow(schoolYear: number, schoolCode: string, regionCode: string): string[] {
  const first17 = `${regionCode}${schoolYear - 6}0308999`;
  const residentId = `${first17}${registry.residentIdCheckChar(first17)}`;
  const row: Record<Column, string> = {
    ...{ name: `${EXAMPLE_MARK}张小明`, gender: "男", birthDate: `${schoolYear - 6}-03-08`, ethnicity: "汉族" },
    ...{ residentId, studentNumber: "", householdType: "农村", schoolCode, grade: "一年级", classNumber: "1" },
    ...{ leftBehind: "否", migrant: "否", disability: "", disabilityPlacement: "", orphan: "否" },
    ...{ povertyRegistered: "否", dibao: "否", address: "某某镇某某村", guardianName: "张大明" },
    guardianPhone: "13800000000",
  };
  return registry.studentRowColumns.map((c) => row[c]);
}
