/**
 * School-conditions import (办学条件导入): one row per school for a school year (as of 1 September), on the same
 * machinery as the student import. A year's row is never overwritten silently: a school that already reported that
 * year is an error, unless the upload is a correction (更正导入) with a reason — then the row is replaced and each
 * replaced row gets its own audit entry (before/after digests and the reason), like a correction on the school page.
 */
import { type auth, registry } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { scopeOf } from "../../auth/authorize";
import { insertAll } from "../../db/bulkInsert";
import type { ImportSteps } from "../../excel/importPipeline";
import { EXAMPLE_MARK } from "../../excel/importSheet";
import { type ColumnGuide, templateWorkbook } from "../../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../../excel/problemCollector";
import { schoolCondition } from "../tables";
import { conditionsOf, schoolsByCode } from "./lookups";
import { conditionSheet } from "./sheetSpec";

type Column = registry.ConditionRowColumn;

export interface CheckedConditionRow {
  rowNumber: number;
  record: registry.ConditionRecord;
  schoolId: string;
  /** the row already reported for the year, replaced by a correction upload */
  replaces: typeof schoolCondition.$inferSelect | null;
}

const area = (how: string): ColumnGuide => ({ required: "必填", how: `${how},单位平方米,最多两位小数`, width: 14 });
const rooms = (what: string): ColumnGuide => ({ required: "可不填", how: `${what}间数,没有填 0 或留空`, width: 12 });
const GUIDE: Record<Column, ColumnGuide> = {
  schoolCode: { required: "必填", how: "10位学校标识码,从下拉列表选择", width: 13 },
  schoolName: { required: "可不填", how: "便于核对;与学校标识码不符时会提醒", width: 26 },
  buildingArea: area("校舍建筑面积(全部校舍)"),
  teachingArea: area("教学及辅助用房面积,不大于校舍建筑面积"),
  sportsArea: area("体育运动场馆面积"),
  equipmentValue: { required: "必填", how: "教学仪器设备资产值,单位元,最多两位小数", width: 16 },
  books: { required: "必填", how: "图书册数(整数)", width: 10 },
  studentComputers: { required: "必填", how: "学生用计算机台数(整数)", width: 12 },
  multimediaRooms: { required: "必填", how: "网络多媒体教室间数(整数)", width: 12 },
  musicRooms: rooms("音乐专用教室"),
  musicRoomArea: { required: "有音乐教室时必填", how: "音乐专用教室总面积,单位平方米", width: 14 },
  artRooms: rooms("美术专用教室"),
  artRoomArea: { required: "有美术教室时必填", how: "美术专用教室总面积,单位平方米", width: 14 },
};

export interface ConditionTemplateSchool {
  code: string;
  name: string;
  /** the school already reported the year */
  reported: boolean;
}

/**
 * The conditions template for a year: a row with code and name for every school in the downloader's scope that
 * has not reported the year yet, ready to fill.
 */
export function conditionTemplate(schoolYear: number, schools: readonly ConditionTemplateSchool[], county: string) {
  return templateWorkbook(conditionSheet, {
    county,
    guide: GUIDE,
    lists: [
      { title: "学校标识码", values: schools.map((s) => s.code), columns: ["schoolCode"] },
      { title: "学校名称", values: schools.map((s) => s.name), columns: [] },
    ],
    example: {
      schoolCode: schools[0]?.code ?? "1500000001",
      schoolName: `${EXAMPLE_MARK}${schools[0]?.name ?? "某某小学"}`,
      buildingArea: "8200.50",
      teachingArea: "5100",
      sportsArea: "12000",
      equipmentValue: "1250000.50",
      books: "42000",
      studentComputers: "120",
      multimediaRooms: "24",
      musicRooms: "2",
      musicRoomArea: "150",
      artRooms: "1",
      artRoomArea: "80",
    },
    prefill: schools
      .filter((s) => !s.reported)
      .map((s) => ({ schoolCode: s.code, schoolName: s.name }) as Partial<Record<Column, string>>),
    notes: [
      `填报 ${registry.schoolYearLabel(schoolYear)} 的办学条件(统计时点 ${schoolYear}年9月1日),每所学校一行。`,
      "已列出尚未填报该学年的学校,填写各项数字即可;不在本次填报的学校请删除该行。",
      "已填报的学年不能再次导入覆盖;确需更正时,在导入页选择「更正已填报数据」并填写更正原因后上传,更正记入审计日志。",
    ],
  });
}

/** The conditions import's steps: validation in the uploader's scope, then new rows in bulk and corrections audited. */
export const conditionSteps: ImportSteps<Column, CheckedConditionRow> = {
  tables: [schoolCondition],
  async validate(db, actor, sheet, ctx) {
    const scope = scopeOf(actor, "registry");
    const collector = problemCollector(sheet, conditionSheet);
    const { add } = collector;
    const codes = [...new Set(sheet.rows.map((r) => r.input.schoolCode ?? "").filter(registry.isSchoolCode))];
    const schools = await schoolsByCode(db, codes);
    const asOf = `${ctx.schoolYear}-09-01`;
    const candidates: CheckedConditionRow[] = [];
    for (const row of sheet.rows) {
      const result = registry.validateConditionRow(row.input);
      collector.addRow(row, result.problems);
      if (!result.record) continue;
      const { record } = result;
      const found = schools.get(record.schoolCode);
      if (!found) {
        add(row.rowNumber, "schoolCode", `系统中没有学校标识码为 ${record.schoolCode} 的学校:请从下拉列表选择`);
        continue;
      }
      const inScope = scope.kind === "county" ? found.regionCode === scope.regionCode : found.id === scope.schoolId;
      if (!inScope) {
        add(
          row.rowNumber,
          "schoolCode",
          `${found.name}(${record.schoolCode})不在您的管理范围:只能填报本单位管理的学校`,
        );
        continue;
      }
      if (found.status !== "open" && found.closedOn && found.closedOn < asOf) {
        add(row.rowNumber, "schoolCode", `${found.name}已于 ${found.closedOn} 撤并,${asOf} 已不存在,不需填报该学年`);
        continue;
      }
      if (record.schoolName && record.schoolName !== found.name) {
        add(
          row.rowNumber,
          "schoolName",
          `学校标识码 ${record.schoolCode} 对应「${found.name}」,与所填名称不符:请核对是否填错行`,
          "warning",
        );
      }
      candidates.push({ rowNumber: row.rowNumber, record, schoolId: found.id, replaces: null });
    }
    const rowOf = (c: CheckedConditionRow) => c.rowNumber;
    markDuplicatesInFile(
      candidates,
      rowOf,
      (c) => c.record.schoolCode,
      "schoolCode",
      { label: "学校标识码", fix: "每所学校每学年只填一行,请删除重复行" },
      add,
    );
    const reported = await conditionsOf(
      db,
      candidates.map((c) => c.schoolId),
      ctx.schoolYear,
    );
    const year = registry.schoolYearLabel(ctx.schoolYear);
    for (const c of candidates) {
      const before = reported.get(c.schoolId);
      if (!before) continue;
      if (ctx.correctionReason) {
        c.replaces = before;
        add(c.rowNumber, "schoolCode", `该校${year}已填报,提交后将按更正原因替换原数据(原数据留有审计记录)`, "warning");
      } else {
        add(
          c.rowNumber,
          "schoolCode",
          `该校${year}办学条件已填报,不能导入覆盖:如需更正,请在导入页选择「更正已填报数据」并填写原因后重新上传;否则删除此行`,
        );
      }
    }
    return collector.finish(candidates, rowOf);
  },
  async write(tx, actor, valid, ctx) {
    const values = (c: CheckedConditionRow) => {
      const { schoolCode: _, schoolName: __, ...figures } = c.record;
      return figures;
    };
    const fresh = valid.filter((c) => !c.replaces);
    await insertAll(
      tx,
      schoolCondition,
      fresh.map((c) => ({
        regionCode: actor.regionCode,
        schoolId: c.schoolId,
        schoolYear: ctx.schoolYear,
        ...values(c),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    const corrections = valid.filter((c) => c.replaces);
    for (const c of corrections) {
      const before = c.replaces!;
      const [after] = await tx
        .update(schoolCondition)
        .set({ ...values(c), updatedAt: ctx.now })
        .where(eq(schoolCondition.id, before.id))
        .returning();
      await recordAudit(tx, {
        actor: actor as auth.Actor,
        action: "registry.conditions_correct",
        targetType: "school_condition",
        targetId: before.id,
        reason: ctx.correctionReason,
        before,
        after,
        details: { schoolId: c.schoolId, schoolYear: ctx.schoolYear, importJob: ctx.jobId },
        ip: ctx.ip,
        at: ctx.now,
      });
    }
    return { reported: fresh.length, corrected: corrections.length };
  },
};
