/**
 * The exam-number roster (考号名单) as .xlsx, within the reader's scope (the county all schools, a school its own
 * students, a teacher their classes), in exam-number order, for seat labels and answer sheets. National student
 * numbers are masked as in the register's exports unless the caller may reveal personal data in exams (教研室, the
 * school's administrator) and gives a reason. Every download writes an audit row before the file goes out:
 * `exams.export_roster`, or `exams.export_roster_personal_data` with the reason.
 */
import { type auth, calendar, registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { workbookBuffer } from "../excel/workbook";
import { badRequest } from "../http/errors";
import { classNameList, regionName, schoolNameList, studentPeople } from "../registry/examsIntake";
import { type ExamRow, rowsOf } from "./store";
import { examScore } from "./tables";

export interface RosterQuery {
  reveal: boolean;
  reason?: string;
}

export interface RosterRow {
  examNumber: string;
  studentNumber: string;
  name: string;
  schoolName: string;
  className: string;
}

const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** The roster rows in scope, in exam-number order, student numbers as stored (the caller masks). */
export async function rosterRows(
  db: Db,
  row: ExamRow,
  scope: ReadableScope,
  classes: Set<string> | null,
): Promise<RosterRow[]> {
  if (classes && classes.size === 0) return [];
  const rows = await rowsOf<
    Omit<RosterRow, "examNumber" | "className"> & { examNumber: string | null; className: string | null }
  >(
    db,
    sql`select ${examScore.examNumber} as "examNumber", p.student_number as "studentNumber", p.name,
        s.name as "schoolName", c.name as "className"
      from ${examScore}
        join ${studentPeople} p on p.id = ${examScore.studentId}
        join ${schoolNameList} s on s.id = ${examScore.schoolId}
        left join ${classNameList} c on c.id = ${examScore.classId}
      where ${and(
        eq(examScore.examId, row.id),
        schoolScopeCondition(scope, { regionCode: examScore.regionCode, schoolId: examScore.schoolId }),
        classes ? sql`${examScore.classId} = any(${sql.param([...classes])}::uuid[])` : undefined,
      )}
      order by ${examScore.examNumber}`,
  );
  return rows.map((r) => ({ ...r, examNumber: r.examNumber ?? "", className: r.className ?? "" }));
}

/**
 * Checks a reveal, records the audit row and writes the workbook.
 *
 * @throws AppError 403 for a reveal without the permission, 400 for a reveal without a reason
 */
export async function exportRoster(
  db: Db,
  actor: auth.Actor | null,
  target: { row: ExamRow; scope: ReadableScope; classes: Set<string> | null },
  query: RosterQuery,
  ctx: { now: Date; ip: string },
): Promise<{ bytes: Buffer; fileName: string }> {
  const { row, scope, classes } = target;
  if (query.reveal) {
    authorize(actor, "reveal", "exams");
    if ((query.reason ?? "").length < 4) {
      throw badRequest("REASON_REQUIRED", "导出完整学籍号须填写事由(至少4个字),事由将记入审计日志");
    }
  }
  const rows = await rosterRows(db, row, scope, classes);
  await recordAudit(db, {
    actor,
    action: query.reveal ? "exams.export_roster_personal_data" : "exams.export_roster",
    targetType: "exam",
    targetId: row.id,
    reason: query.reveal ? query.reason : undefined,
    details: { rows: rows.length, schoolId: scope.kind === "county" ? undefined : scope.schoolId },
    ip: ctx.ip,
    at: ctx.now,
  });
  const county = (await regionName(db, row.regionCode)) ?? "";
  const bytes = await rosterWorkbook(row, rows, query.reveal, `${county} ${calendar.beijingDate(ctx.now)}`);
  return { bytes, fileName: `考号名单-${row.name}${query.reveal ? "-含完整学籍号" : ""}.xlsx` };
}

/** 考号, 学籍号, 姓名, 学校, 班级: one sheet, numbers as text so Excel keeps the leading zeros. */
export async function rosterWorkbook(
  row: ExamRow,
  rows: RosterRow[],
  reveal: boolean,
  footer?: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("考号名单", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "考号", width: 12, style: { numFmt: "@" } },
    { header: "学籍号", width: 22, style: { numFmt: "@" } },
    { header: "姓名", width: 10 },
    { header: "学校", width: 24 },
    { header: "班级", width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = HEAD_FILL;
  for (const r of rows) {
    const number = reveal ? r.studentNumber : registry.maskStudentNumber(r.studentNumber);
    sheet.addRow([r.examNumber, number, r.name, r.schoolName, r.className]);
  }
  const help = wb.addWorksheet("说明");
  help.columns = [{ width: 100 }];
  for (const line of [
    `${row.name}(${registry.schoolYearLabel(row.schoolYear)}${registry.gradeLabel(row.grade)})考号名单`,
    "考号共 7 位:前 3 位是学校序号(按学校标识码排列),后 4 位是校内座位号(按班级、学籍号排列)。",
    "考号在本次考试内唯一,发布后的更正版本沿用原考号;考试创建后新加入名单的学生排在本校已有考号之后。",
    "导入成绩时可以用「考号」列代替「学籍号」列;两列都填时必须是同一名学生。",
    reveal ? "本文件含完整学籍号,导出已记入审计日志,请妥善保管。" : "学籍号已部分隐藏。",
  ])
    help.addRow([line]);
  return workbookBuffer(wb, { footer });
}
