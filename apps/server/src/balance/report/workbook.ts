import { type balance, calendar, registry } from "@edubureau/core";
import ExcelJS from "exceljs";
import { textWidth, workbookBuffer } from "../../excel/workbook";
import type { PresentedEvaluation } from "../present";
import {
  indicatorHeader,
  indicatorRows,
  schoolHeader,
  schoolRows,
  shortfallHeader,
  shortfallRows,
  titleOf,
} from "./tables";

export interface ReportInput {
  countyName: string;
  presented: PresentedEvaluation;
  summary: string[];
  conditionFlags: balance.ConditionFlag[];
  requirements: balance.RequirementCheck[];
  generatedAt: Date;
}

/** A figure the shared tables give as fixed-point text ("10.47", "0.0000"). */
const FIGURE = /^-?\d+(\.(\d+))?$/;
/** A percentage the tables give as text ("100%"). */
const PERCENT = /^(-?\d+(?:\.(\d+))?)%$/;

/**
 * A table cell as the workbook stores it: the tables' fixed-point figures and percentages as numbers shown with
 * the same decimals, so they can be summed; any other text as it is.
 */
function typedCell(cell: ExcelJS.Cell, value: string | number) {
  const percent = typeof value === "string" ? PERCENT.exec(value) : null;
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    cell.numFmt = percent[2] ? `0.${"0".repeat(percent[2].length)}%` : "0%";
    return;
  }
  const figure = typeof value === "string" ? FIGURE.exec(value) : null;
  if (!figure) {
    cell.value = value;
    return;
  }
  cell.value = Number(value);
  const decimals = figure[2]?.length ?? 0;
  cell.numFmt = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

function addTable(wb: ExcelJS.Workbook, name: string, title: string, header: string[], rows: (string | number)[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.addRow([title]).font = { bold: true, size: 13 };
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6F4FF" } };
  });
  for (const r of rows) {
    const row = ws.addRow([]);
    r.forEach((value, i) => {
      typedCell(row.getCell(i + 1), value);
    });
  }
  // each column as wide as its widest text (a Chinese character takes two widths), within 10 to 40; longer text wraps
  header.forEach((h, i) => {
    const widest = Math.max(textWidth(h), ...rows.map((r) => textWidth(String(r[i] ?? ""))));
    ws.getColumn(i + 1).width = Math.max(i === 0 ? 28 : 10, Math.min(40, Math.ceil(widest) + 2));
  });
  return ws;
}

/** A data check's field as the conditions template heads it (网络多媒体教室(间)), never its name in the code. */
function conditionFieldLabel(field: string): string {
  if (field === "equipmentValueFen") return registry.conditionRowHeaders.equipmentValue;
  return (registry.conditionRowHeaders as Record<string, string>)[field] ?? "办学条件";
}

/**
 * The monitoring tables as a workbook: method and data date, both methods' coefficients, every school's values,
 * the shortfall list, excluded schools, data checks and the other requirements.
 */
export async function balanceWorkbook(input: ReportInput): Promise<Buffer> {
  const e = input.presented;
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  wb.created = input.generatedAt;
  const title = titleOf(input.countyName, e.schoolYear, e.stage);
  const about = wb.addWorksheet("说明");
  about.addRow([title]).font = { bold: true, size: 14 };
  for (const [k, v] of [
    ["测算方法(优质均衡)", e.method.quality],
    ["测算方法(基本均衡)", e.method.basic],
    ["差异系数", e.method.coefficient],
    ["数据时点", `${e.asOf}(9月1日在籍学生、在岗专任教师、当年办学条件)`],
    ["生成时间", calendar.beijingIso(input.generatedAt).slice(0, 19).replace("T", " ")],
  ]) {
    about.addRow([k, v]);
  }
  about.addRow([]);
  for (const line of input.summary) about.addRow([line]);
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 90;

  addTable(wb, "优质均衡差异系数", `${title}:优质均衡资源配置指标`, indicatorHeader, [
    ...indicatorRows(e.quality.indicators),
    ["综合", "7 项差异系数平均值(参考)", "", "", "", e.quality.composite?.toFixed(4) ?? "—", "", ""],
  ]);
  addTable(wb, "基本均衡差异系数", `${title}:基本均衡 8 项指标`, indicatorHeader, [
    ...indicatorRows(e.basic.indicators),
    [
      "综合",
      "8 项差异系数平均值",
      "",
      "",
      "",
      e.basic.composite?.toFixed(4) ?? "—",
      String(e.basic.limit),
      e.basic.passed === null ? "无法判定" : e.basic.passed ? "达标" : "未达标",
    ],
  ]);
  addTable(wb, "学校指标值", "各校优质均衡指标值", schoolHeader, schoolRows(e));
  addTable(wb, "缺口清单", "各校达到标准所需补充的资源", shortfallHeader, shortfallRows(e));
  addTable(
    wb,
    "不参与计算学校",
    "按规定不参与计算的学校",
    ["学校", "原因"],
    e.excluded.map((x) => [x.name, x.label]),
  );
  addTable(
    wb,
    "数据核查",
    "办学条件数据核查",
    ["学校", "字段", "级别", "问题"],
    input.conditionFlags.map((f) => [
      f.name,
      conditionFieldLabel(f.field),
      f.severity === "error" ? "错误" : "提醒",
      f.message,
    ]),
  );
  addTable(
    wb,
    "其他要求",
    "优质均衡其他要求(可由数据核对的部分)",
    ["要求", "目标", "结论", "情况", "涉及学校/班级"],
    input.requirements.map((r) => [
      r.name,
      r.target,
      r.status === "met" ? "达到" : r.status === "not_met" ? "未达到" : "数据不足",
      r.value,
      r.items.map((i) => `${i.label}(${i.detail})`).join(";"),
    ]),
  );
  return workbookBuffer(wb, { footer: `${input.countyName} ${calendar.beijingDate(input.generatedAt)}` });
}
