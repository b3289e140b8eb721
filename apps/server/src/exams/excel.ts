/**
 * Score files out: the wide import template (the uploader's students filled in, one column per subject and item),
 * and the county tables of an analysis. exceljs writes them.
 */
import { exams as core, registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";
import type { AnalysisView } from "./presentAnalysis";
import { CHECK_NUMBER_HEADER } from "./scoreHeader";
import type { ExamRow } from "./store";

const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/**
 * The import template: 考号 (as text), the masked 学籍号, 姓名, 学校 and 班级 for checking, then each subject and its
 * items. It holds no resident ID in clear, so it is an ordinary (audited) download.
 */
export async function scoreTemplate(
  row: ExamRow,
  students: { studentNumber: string; name: string; schoolName: string; className: string; examNumber: string }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("成绩", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const subjectColumns = row.subjects.flatMap((s) => [
    { header: s.name, width: 8 },
    ...(s.items ?? []).map((it) => ({ header: `${s.name}-${it.number}`, width: 8 })),
  ]);
  // matched by 考号; the 学籍号 (a G-type one carries the resident ID) only masked, for checking by eye
  sheet.columns = [
    { header: "考号", width: 10, style: { numFmt: "@" } },
    { header: CHECK_NUMBER_HEADER, width: 24, style: { numFmt: "@" } },
    { header: "姓名", width: 10 },
    { header: "学校", width: 22 },
    { header: "班级", width: 14 },
    ...subjectColumns,
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = HEAD_FILL;
  for (const s of students) {
    sheet.addRow([s.examNumber, registry.maskStudentNumber(s.studentNumber), s.name, s.schoolName, s.className]);
  }
  const help = wb.addWorksheet("填写说明");
  help.columns = [{ width: 100 }];
  for (const line of [
    `${row.name}(${registry.schoolYearLabel(row.schoolYear)} ${registry.gradeLabel(row.grade)})成绩导入模板`,
    `1. 每名学生一行,按考号匹配学生;「${CHECK_NUMBER_HEADER}」已按规定部分隐去,与姓名、学校、班级一样仅供核对,不会被导入。使用本校自有表格时,也可用完整的「学籍号」列匹配(与考号都填时必须是同一名学生)。`,
    `2. 科目满分:${row.subjects.map((s) => `${s.name} ${s.fullMarks} 分`).join(",")}。分数最多两位小数。`,
    "3. 未参加考试的学生填写「缺考」,不要留空,也不要填 0(0 分是得了 0 分)。",
    "4. 小题列(如「数学-1」)可选;填写小题分时,各小题之和必须等于该科成绩。",
    "5. 不要合并单元格、不要使用公式;也可以另存为 CSV 上传。",
    "6. 也可使用长表格式:学籍号(或考号)、姓名、科目、成绩,每行一名学生的一个科目;小题分可另加以题号为列名的列(如「1」「2」「17(2)」),填该行科目的小题得分。",
  ])
    help.addRow([line]);
  return workbookBuffer(wb);
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "" : Math.round(v * 10000) / 100);
const num = (v: number | null | undefined, d = 2) => (v === null || v === undefined ? "" : Number(v.toFixed(d)));

/**
 * County tables (全县质量分析表): per subject and the total, the county and every school, with the policy line.
 *
 * @param footer - printed at the foot of every page, e.g. "北原县 2026-12-07"
 */
export async function countyTables(row: ExamRow, view: AnalysisView, footer?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const denominator = core.rateDenominatorLabels[row.config.denominator];
  const levels = view.policy.mode === "levels";
  const headers = [
    "学校",
    "在籍",
    "实考",
    "缺考",
    ...(levels
      ? ["与全县差(标准差)", ...view.levelNames.map((n) => `${n}等人数`)]
      : ["平均分", "与全县差", "标准差", "最高分", "最低分", "中位数", "P90"]),
    "优秀率%",
    "良好率%",
    "及格率%",
    "低分率%",
    ...(view.policy.ranks ? ["均分排序(内部)"] : []),
  ];
  for (const s of view.subjects) {
    const sheet = wb.addWorksheet(s.name.slice(0, 30), { views: [{ state: "frozen", ySplit: 4 }] });
    sheet.addRow([`${row.name} · ${s.name}(满分 ${s.fullMarks})${view.policy.internal ? " · 内部资料" : ""}`]).font = {
      bold: true,
      size: 13,
    };
    sheet.addRow([view.policy.note]);
    sheet.addRow([
      `分数线:优秀 ≥ ${s.lines.excellent},良好 ≥ ${s.lines.good},及格 ≥ ${s.lines.pass},低分 < ${s.lines.low};比率${denominator};标准差为总体标准差;试题分析与增值评价的方法见「${NOTES_SHEET}」表`,
    ]);
    const headRow = sheet.addRow(headers);
    headRow.font = { bold: true };
    headRow.fill = HEAD_FILL;
    const line = (name: string, g: (typeof s.schools)[number] | typeof s.county) => [
      name,
      g.enrolled,
      g.sat,
      g.absent,
      ...(levels
        ? [num(g.standardizedDiff), ...g.levels]
        : [
            num(g.mean),
            num(g.meanDiff),
            num(g.sd),
            num(g.max, 1),
            num(g.min, 1),
            num(g.median, 1),
            num(g.deciles[8], 1),
          ]),
      pct(g.rates.excellent),
      pct(g.rates.good),
      pct(g.rates.pass),
      pct(g.rates.low),
      ...(view.policy.ranks ? [g.rank ?? ""] : []),
    ];
    sheet.addRow(line("全县", s.county)).font = { bold: true };
    for (const g of s.schools) sheet.addRow(line(g.name, g));
    sheet.columns.forEach((c, i) => {
      c.width = i === 0 ? 24 : 10;
    });
  }
  methodNotesSheet(wb, row.config.minValueAddedN);
  return workbookBuffer(wb, { footer });
}

/** The notes sheet's name (a subject's sheet of the same name would clash, so it is then marked). */
const NOTES_SHEET = "方法说明";

/**
 * The notes sheet of the county tables: the method of the item analysis and the value added, in the words the
 * analysis page shows (numbered under each section's title).
 */
function methodNotesSheet(wb: ExcelJS.Workbook, minValueAddedN: number) {
  const name = wb.getWorksheet(NOTES_SHEET) ? `${NOTES_SHEET}(分析方法)` : NOTES_SHEET;
  const sheet = wb.addWorksheet(name);
  sheet.getColumn(1).width = 120;
  sheet.addRow([NOTES_SHEET]).font = { bold: true, size: 13 };
  for (const section of core.examMethodNotes(minValueAddedN)) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true };
    section.notes.forEach((note, i) => {
      sheet.addRow([`${i + 1}. ${note}`]).alignment = { wrapText: true, vertical: "top" };
    });
  }
}
