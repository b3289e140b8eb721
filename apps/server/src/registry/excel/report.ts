/**
 * The validation report workbook (校验报告) of any import kind: a summary sheet (汇总); the uploaded rows on a sheet
 * laid out exactly like the template (学生信息, 教职工信息, …), at their original row numbers, with wrong cells filled light red (warnings light
 * yellow) and a note saying what is wrong and how to fix it — so the user corrects this file and uploads it again;
 * and the list of problems (问题清单). Written with exceljs's streaming writer.
 */
import { PassThrough, type Readable } from "node:stream";
import { registry } from "@edubureau/core";
import type ExcelJS from "exceljs";
import { streamingWorkbook } from "../../excel/workbook";
import type { StoredReport } from "./jobs";
import type { Sheet } from "./reader";
import type { SheetSpec } from "./sheetSpec";

const ERROR_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const WARNING_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Streams the report workbook of an import job.
 *
 * @param sheet - the job's file as read again from its stored bytes
 */
export function reportWorkbook<C extends string>(
  fileName: string,
  sheet: Sheet<C>,
  report: StoredReport,
  spec: SheetSpec<C>,
): Readable {
  const out = new PassThrough();
  writeReport(out, fileName, sheet, report, spec).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

async function writeReport<C extends string>(
  out: PassThrough,
  fileName: string,
  sheet: Sheet<C>,
  report: StoredReport,
  spec: SheetSpec<C>,
) {
  const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false });
  writeSummary(wb.addWorksheet("汇总"), fileName, report, spec);

  const byCell = new Map<string, { messages: string[]; error: boolean }>();
  for (const p of report.problems) {
    const key = `${p.row}:${p.column}`;
    const cell = byCell.get(key) ?? { messages: [], error: false };
    cell.messages.push(p.level === "warning" ? `提醒:${p.message}` : p.message);
    cell.error ||= p.level === "error";
    byCell.set(key, cell);
  }
  const columns = spec.columns;
  const data = wb.addWorksheet(spec.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = columns.map((c) => ({
    header: spec.headers[c],
    width: c === "address" ? 30 : Math.max(12, spec.headers[c].length * 2),
    style: spec.codeColumns.has(c) ? { numFmt: "@" } : {},
  }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).commit();
  for (const row of sheet.rows) {
    const xlsxRow = data.getRow(row.rowNumber);
    columns.forEach((c, i) => {
      const cell = xlsxRow.getCell(i + 1);
      cell.value = row.input[c] ?? "";
      const marked = byCell.get(`${row.rowNumber}:${spec.headers[c]}`);
      if (marked) {
        cell.fill = marked.error ? ERROR_FILL : WARNING_FILL;
        cell.note = marked.messages.join("\n");
      }
    });
    xlsxRow.commit();
  }
  data.commit();

  const list = wb.addWorksheet("问题清单", { views: [{ state: "frozen", ySplit: 1 }] });
  list.columns = [
    { header: "行号", width: 8 },
    { header: "列名", width: 12 },
    { header: "单元格内容", width: 24 },
    { header: "问题与改正方法", width: 90 },
    { header: "级别", width: 8 },
  ];
  list.getRow(1).font = { bold: true };
  for (const p of report.problems) {
    list.addRow([p.row, p.column, p.value, p.message, p.level === "error" ? "错误" : "提醒"]).commit();
  }
  list.commit();
  await wb.commit();
}

function writeSummary<C extends string>(
  sheet: ExcelJS.Worksheet,
  fileName: string,
  report: StoredReport,
  spec: SheetSpec<C>,
) {
  const s = report.summary;
  sheet.columns = [{ width: 26 }, { width: 16 }, { width: 16 }];
  const lines: (string | number)[][] = [
    [`${spec.sheetName}导入校验报告`],
    ["文件", fileName],
    ...(spec.kind === "schools" ? [] : [["导入学年", registry.schoolYearLabel(report.schoolYear)]]),
    ...(report.correctionReason ? [["更正原因", report.correctionReason]] : []),
    [`${spec.rowNoun}行数`, s.rows],
    ["正确行数", s.validRows],
    ["有错误的行数", s.invalidRows],
    ["错误数", s.errors],
    ["提醒数(不影响导入)", s.warnings],
    ["跳过的示例行", s.exampleRowsSkipped],
    [],
    ["按列统计", "错误", "提醒"],
    ...s.byColumn.map((c) => [c.column, c.errors, c.warnings]),
    [],
    [
      s.errors > 0
        ? `请在「${spec.sheetName}」表中改正标红的单元格(鼠标移到单元格上可看批注),保存后直接上传本文件;也可以选择只导入正确的行。`
        : "文件没有错误,可以提交导入。黄色单元格为提醒,请核对。",
    ],
  ];
  if (report.problemsTruncated) {
    lines.push([`问题过多,本报告只标出前 ${report.problems.length} 个;改正后重新上传可看到其余问题。`]);
  }
  lines.forEach((line, i) => {
    const row = sheet.addRow(line);
    if (i === 0 || line[0] === "按列统计") row.font = { bold: true, size: i === 0 ? 14 : 11 };
    row.commit();
  });
  sheet.commit();
}
