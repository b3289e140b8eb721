/**
 * Training-record import (继续教育学时导入): the training platforms' exports (national, provincial, county, school)
 * on the shared import pipeline. 人事股 uploads; every row is checked by core's row rules (unknown teacher, hours out
 * of range, a course twice in the file or already recorded, dates outside the cycle, overlapping records) plus the
 * register (工号 and 姓名 must match); the marked-up report names each row, field and fix; the commit writes all
 * rows in one transaction.
 */
import { type auth, calendar, staffing } from "@edubureau/core";
import { sql } from "drizzle-orm";
import { authorize, scopeOf } from "../auth/authorize";
import { insertAll } from "../db/bulkInsert";
import type { ImportSteps, SheetImporter } from "../excel/importPipeline";
import type { SheetSpec } from "../excel/importSheet";
import { type ColumnGuide, templateWorkbook } from "../excel/importTemplate";
import { problemCollector } from "../excel/problemCollector";
import { forbidden } from "../http/errors";
import { staffIdsByNumber } from "../registry/staffingIntake";
import { settingsFor } from "./store";
import { staffingTraining } from "./tables";

const COLUMNS = ["staffNumber", "name", "course", "level", "startDate", "endDate", "hours", "platform"] as const;
type Column = (typeof COLUMNS)[number];

export const trainingSheet: SheetSpec<Column> = {
  kind: "training",
  sheetName: "培训学时",
  rowNoun: "培训记录",
  splitHint: "请按培训平台或年度分成几个文件上传",
  columns: COLUMNS,
  headers: {
    staffNumber: "工号",
    name: "姓名",
    course: "培训项目",
    level: "培训层级",
    startDate: "开始日期",
    endDate: "结束日期",
    hours: "学时",
    platform: "培训平台",
  },
  codeColumns: new Set<Column>(["staffNumber"]),
  dateColumns: new Set<Column>(["startDate", "endDate"]),
  exampleColumn: "course",
};

/** The level names the platforms use, to core's levels. */
const LEVELS: Record<string, staffing.TrainingLevel> = {
  国家级: "national",
  国培: "national",
  "国家级(国培)": "national",
  省级: "provincial",
  省培: "provincial",
  "省级(省培)": "provincial",
  县级: "county",
  县培: "county",
  校本研修: "school",
  校本: "school",
};

const GUIDE: Record<Column, ColumnGuide> = {
  staffNumber: { required: "必填", how: "教职工名册中的工号", width: 16 },
  name: { required: "必填", how: "与工号对应的姓名,用于核对", width: 10 },
  course: { required: "必填", how: "培训项目名称(同一教师同一项目同一开始日期只能一行)", width: 36 },
  level: { required: "必填", how: "国家级、省级、县级、校本研修之一,从下拉列表选择", width: 12 },
  startDate: { required: "必填", how: "如 2025-07-10,须在本继续教育周期内", width: 12 },
  endDate: { required: "必填", how: "不早于开始日期,须在本周期内", width: 12 },
  hours: { required: "必填", how: "大于 0,每天不超过 8 学时,每条不超过 200 学时", width: 8 },
  platform: { required: "可不填", how: "导出记录的培训平台名称", width: 18 },
};

export interface CheckedTrainingRow {
  rowNumber: number;
  staffId: string;
  schoolId: string;
  course: string;
  level: staffing.TrainingLevel;
  startDate: string;
  endDate: string;
  hours: number;
}

/** Only 人事股 imports the platforms' records (schools enter their school-based hours on the page). */
export function authorizeTrainingImport(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "read", "staffing");
  if (!staffing.mayManageStaffing(a)) throw forbidden("staffing.manage");
  return a;
}

const steps: ImportSteps<Column, CheckedTrainingRow> = {
  tables: [staffingTraining],
  async validate(db, actor, sheet, ctx) {
    const p = problemCollector(sheet, trainingSheet);
    const scope = scopeOf(actor, "staffing");
    const { settings } = await settingsFor(db as Parameters<typeof settingsFor>[0], actor.regionCode, ctx.schoolYear);
    const cycle = staffing.trainingCycleOf(calendar.beijingDate(new Date()), settings.cycleStartYear);
    const numbers = [...new Set(sheet.rows.map((r) => (r.input.staffNumber ?? "").trim()).filter(Boolean))];
    const people = await staffIdsByNumber(db, scope, ctx.schoolYear, numbers);
    const ids = [...new Set([...people.values()].map((x) => x.staffId))];
    const existing =
      ids.length === 0
        ? []
        : await db
            .select({
              staffId: staffingTraining.staffId,
              course: staffingTraining.course,
              startDate: staffingTraining.startDate,
              endDate: staffingTraining.endDate,
              hours: staffingTraining.hours,
            })
            .from(staffingTraining)
            .where(sql`${staffingTraining.staffId} = any(${sql.param(ids)}::uuid[])`);
    const rows: staffing.TrainingRow[] = [];
    for (const r of sheet.rows) {
      const number = (r.input.staffNumber ?? "").trim();
      const person = people.get(number);
      const name = (r.input.name ?? "").trim();
      if (person && name && name !== person.name) {
        p.add(r.rowNumber, "name", `姓名“${name}”与工号 ${number} 的登记姓名不符,请核对工号或姓名`);
      }
      const levelText = (r.input.level ?? "").trim();
      const hoursText = (r.input.hours ?? "").trim();
      p.addRow(r, []);
      rows.push({
        row: r.rowNumber,
        staffNumber: number || "(空)",
        staffId: person?.staffId ?? null,
        course: (r.input.course ?? "").trim(),
        level: LEVELS[levelText] ?? levelText,
        startDate: (r.input.startDate ?? "").trim(),
        endDate: (r.input.endDate ?? "").trim(),
        hours: hoursText === "" ? Number.NaN : Number(hoursText),
      });
    }
    for (const problem of staffing.trainingRowProblems(
      rows,
      existing.map((e) => ({ ...e, hours: Number(e.hours) })),
      cycle,
    )) {
      p.add(problem.row, problem.field as Column, problem.message.replace(/^第\d+行 /, ""));
    }
    const candidates: CheckedTrainingRow[] = rows.flatMap((r) => {
      const person = people.get(r.staffNumber);
      return person && r.staffId
        ? [
            {
              rowNumber: r.row,
              staffId: r.staffId,
              schoolId: person.schoolId,
              course: r.course,
              level: r.level as staffing.TrainingLevel,
              startDate: r.startDate,
              endDate: r.endDate,
              hours: r.hours,
            },
          ]
        : [];
    });
    return p.finish(candidates, (c) => c.rowNumber);
  },
  async write(tx, actor, rows, ctx) {
    await insertAll(
      tx,
      staffingTraining,
      rows.map((r) => ({
        regionCode: actor.regionCode,
        schoolId: r.schoolId,
        staffId: r.staffId,
        course: r.course,
        level: r.level,
        startDate: r.startDate,
        endDate: r.endDate,
        hours: r.hours,
        source: "import",
        recordedBy: actor.userId,
        createdAt: ctx.now,
      })),
    );
    return { hours: rows.reduce((n, r) => n + r.hours, 0) };
  },
};

/** The importer the routes mount on the shared pipeline. */
export const trainingImporter: SheetImporter = {
  capability: "staffing",
  spec: trainingSheet,
  label: "培训学时",
  yearly: false,
  steps: steps as ImportSteps<string, unknown>,
  template: async (_db, _actor, _year, county) =>
    templateWorkbook(trainingSheet, {
      county,
      guide: GUIDE,
      lists: [{ title: "培训层级", values: ["国家级", "省级", "县级", "校本研修"], columns: ["level"] }],
      example: {
        staffNumber: "152599000123",
        name: "张三",
        course: "示例:新课标背景下的大单元教学设计",
        level: "县级",
        startDate: "2025-07-10",
        endDate: "2025-07-13",
        hours: "32",
        platform: "县教师培训管理平台",
      },
      notes: [
        "每行填写一名教师的一项培训记录;可直接粘贴培训平台导出的记录。",
        "同一教师、同一培训项目、同一开始日期只能有一行,已导入过的记录不能再次导入。",
        "同一教师日期重叠的几项培训,合计不能超过每天 8 学时。",
      ],
    }),
};
