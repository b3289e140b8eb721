/**
 * The student import template (学生信息导入模板), built by the shared template writer (excel/importTemplate.ts); the
 * other kinds' templates sit with their imports.
 */
import { registry } from "@edubureau/core";
import { EXAMPLE_MARK } from "../../excel/importSheet";
import { type ColumnGuide, labelsOf, templateWorkbook, YES_NO } from "../../excel/importTemplate";
import { studentSheet } from "./sheetSpec";

type Column = registry.StudentRowColumn;

export interface TemplateSchool {
  code: string;
  name: string;
}

const FLAG_NOTE = "填「是」或「否」,不填视为否";

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
 * Builds the student import template for a school year and the schools the downloader may import into.
 *
 * @param regionCode - the county's code, used for the example row's fictitious resident ID
 */
export function studentTemplate(
  schoolYear: number,
  schools: readonly TemplateSchool[],
  regionCode: string,
  county: string,
): Promise<Buffer> {
  return templateWorkbook(studentSheet, {
    county,
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
