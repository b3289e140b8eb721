/**
 * The results in the column layout of the national upload (国家学生体质健康标准数据上报), as far as it is known from
 * public descriptions of the upload template: 年级编号 (11–16 primary, 21–23 junior, 31–33 senior), 班级编号, 班级名称,
 * 学籍号, 民族代码, 姓名, 性别 (1 男, 2 女), 出生日期, 家庭住址, then the measured values (身高 cm, 体重 kg, runs as
 * 分'秒 for 800/1000 m and seconds for 50 m and 50 m × 8). Not checked against the official template: the README says so.
 * Exempt and deferred students are listed with empty values. The file carries the full 学籍号: only those who may
 * reveal personal data download it, with a reason, audited.
 */
import type { fitness } from "@edubureau/core";
import ExcelJS from "exceljs";
import { workbookBuffer } from "../excel/workbook";
import type { ResultRow } from "./store";

export const NATIONAL_COLUMNS = [
  "年级编号",
  "班级编号",
  "班级名称",
  "学籍号",
  "民族代码",
  "姓名",
  "性别",
  "出生日期",
  "家庭住址",
  "身高",
  "体重",
  "肺活量",
  "50米跑",
  "立定跳远",
  "坐位体前屈",
  "800米跑",
  "1000米跑",
  "一分钟仰卧起坐",
  "引体向上",
  "一分钟跳绳",
  "50米×8往返跑",
] as const;

/** 年级编号 of the upload: 11–16, 21–23, 31–33. */
export function nationalGradeCode(grade: number): number {
  return grade <= 6 ? 10 + grade : grade <= 9 ? 20 + grade - 6 : 30 + grade - 9;
}

const minSec = (s: number | undefined) =>
  s === undefined ? null : `${Math.floor(s / 60)}'${String(Math.round(s % 60)).padStart(2, "0")}`;

export async function nationalUploadWorkbook(
  rows: readonly ResultRow[],
  people: Map<string, { name: string; studentNumber: string; gender: string; birthDate: string }>,
  classes: Map<string, { name: string; number?: number }>,
  footer: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "EduBureau";
  const ws = wb.addWorksheet("体测数据上报", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...NATIONAL_COLUMNS]).font = { bold: true };
  for (const r of rows) {
    const p = people.get(r.studentId);
    const v = r.values as Partial<Record<fitness.FitnessItem, number>>;
    const cls = r.classId ? classes.get(r.classId) : undefined;
    ws.addRow([
      nationalGradeCode(r.grade),
      cls?.number ?? null,
      cls?.name ?? null,
      p?.studentNumber ?? null,
      null,
      p?.name ?? null,
      p?.gender === "F" ? 2 : 1,
      p?.birthDate ?? null,
      null,
      r.heightCm,
      r.weightKg,
      v.vital ?? null,
      v.run50 ?? null,
      v.jump ?? null,
      v.sit_reach ?? null,
      minSec(v.run800),
      minSec(v.run1000),
      v.situp ?? null,
      v.pullup ?? null,
      v.rope ?? null,
      minSec(v.shuttle),
    ]);
  }
  const notes = wb.addWorksheet("说明");
  notes.columns = [{ width: 110 }];
  for (const line of [
    "本表按公开资料中国家学生体质健康标准数据上报模板的列顺序生成,未与官方最新模板逐项核对:上报前请与上报系统下载的模板比对列名和格式。",
    "年级编号:一至六年级 11–16,七至九年级 21–23,高一至高三 31–33;性别:1 男,2 女;800米、1000米、50米×8往返跑为 分'秒。",
    "民族代码、家庭住址未从学籍导出,请按上报要求补填;免测、缓测学生各项为空,请按上报系统规定另行办理。",
    "本表含完整学籍号,属个人信息,仅限上报使用,导出已记入审计日志。",
  ])
    notes.addRow([line]);
  return workbookBuffer(wb, { footer });
}
