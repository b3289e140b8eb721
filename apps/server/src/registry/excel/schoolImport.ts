/**
 * School import (学校信息导入), county only (基础教育股): new schools from a file, on the same machinery as the
 * student import. Existing schools are not changed by an import — their history (rename, relocation, merger) goes
 * through the school page so it is kept — so a code already in the register is an error naming that school.
 */
import { randomUUID } from "node:crypto";
import { type auth, registry } from "@edubureau/core";
import { insertAll } from "../../db/bulkInsert";
import type { ImportSteps } from "../../excel/importPipeline";
import { EXAMPLE_MARK } from "../../excel/importSheet";
import { type ColumnGuide, labelsOf, templateWorkbook } from "../../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../../excel/problemCollector";
import { AppError } from "../../http/errors";
import { school, schoolEvent } from "../tables";
import { schoolsByCode } from "./lookups";
import { schoolSheet } from "./sheetSpec";

type Column = registry.SchoolRowColumn;

export interface CheckedSchoolRow {
  rowNumber: number;
  record: registry.SchoolRecord;
}

/** Only the county's register section adds schools (a school cannot create schools). */
export function assertCountyImporter(actor: auth.Actor) {
  if (actor.role !== "section") {
    throw new AppError(403, "COUNTY_ONLY", "学校信息导入须由教育局基础教育股办理;学校请在学校详情页修改本校信息");
  }
}

const GUIDE: Record<Column, ColumnGuide> = {
  code: { required: "必填", how: "10位学校标识码(教育事业统计),不能与已有学校重复", width: 13 },
  name: { required: "必填", how: "学校全称,2–60个字", width: 28 },
  kind: { required: "必填", how: "从下拉列表选择办学类型,如「小学」「九年一贯制学校」", width: 16 },
  locality: { required: "必填", how: "城区、镇区或乡村(统计用城乡分类)", width: 9 },
  ownership: { required: "可不填", how: "公办或民办,不填视为公办", width: 9 },
  address: { required: "可不填", how: "最多200字", width: 30 },
  principal: { required: "可不填", how: "校长姓名", width: 10 },
  phone: { required: "可不填", how: "11位手机号或带区号的固话,如 0471-1234567", width: 14 },
  latitude: { required: "可不填", how: "纬度(度,小数),与经度同时填写", width: 10 },
  longitude: { required: "可不填", how: "经度(度,小数),与纬度同时填写", width: 10 },
  openedOn: { required: "可不填", how: "如 1958-09-01", width: 12 },
};

/** The school import template. */
export function schoolTemplate(regionCode: string, county: string) {
  return templateWorkbook(schoolSheet, {
    county,
    guide: GUIDE,
    lists: [
      { title: "办学类型", values: labelsOf(registry.schoolKind), columns: ["kind"] },
      { title: "城乡分类", values: labelsOf(registry.locality), columns: ["locality"] },
      { title: "办学性质", values: labelsOf(registry.ownership), columns: ["ownership"] },
    ],
    example: {
      code: `1${regionCode}999`,
      name: `${EXAMPLE_MARK}北原县第九小学`,
      kind: "小学",
      locality: "城区",
      ownership: "公办",
      address: "某某镇某某路1号",
      principal: "王校长",
      phone: "0479-1234567",
      latitude: "41.52",
      longitude: "111.24",
      openedOn: "2026-09-01",
    },
    notes: [
      "每行填写一所新学校;已有学校的更名、搬迁、合并、撤销请在学校详情页登记,以保留沿革。",
      "学校标识码以教育事业统计为准,导入后不能修改。",
    ],
  });
}

/** The school import's steps: validation (codes new to the register and unique in the file), then the rows. */
export const schoolSteps: ImportSteps<Column, CheckedSchoolRow> = {
  tables: [school, schoolEvent],
  async validate(db, actor, sheet) {
    assertCountyImporter(actor);
    const collector = problemCollector(sheet, schoolSheet);
    const candidates: CheckedSchoolRow[] = [];
    for (const row of sheet.rows) {
      const result = registry.validateSchoolRow(row.input);
      collector.addRow(row, result.problems);
      if (result.record) candidates.push({ rowNumber: row.rowNumber, record: result.record });
    }
    const rowOf = (c: CheckedSchoolRow) => c.rowNumber;
    const fix = "一所学校只能填写一行,请删除重复行或改正";
    markDuplicatesInFile(candidates, rowOf, (c) => c.record.code, "code", { label: "学校标识码", fix }, collector.add);
    markDuplicatesInFile(candidates, rowOf, (c) => c.record.name, "name", { label: "学校名称", fix }, collector.add);
    const existing = await schoolsByCode(
      db,
      candidates.map((c) => c.record.code),
    );
    for (const c of candidates) {
      const found = existing.get(c.record.code);
      if (found) {
        collector.add(
          c.rowNumber,
          "code",
          `系统中已有此学校标识码(${found.name}):已有学校不能重复导入,修改信息请在学校详情页进行`,
        );
      }
    }
    return collector.finish(candidates, rowOf);
  },
  async write(tx, actor, valid, ctx) {
    const today = ctx.now.toISOString().slice(0, 10);
    const schools = valid.map(({ record }) => ({
      id: randomUUID(),
      regionCode: actor.regionCode,
      ...record,
      status: "open",
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
    await insertAll(tx, school, schools);
    await insertAll(
      tx,
      schoolEvent,
      schools.map((s) => ({
        regionCode: actor.regionCode,
        schoolId: s.id,
        on: s.openedOn ?? today,
        kind: "opened",
        note: `导入登记:${s.name}`,
      })),
    );
    return { schools: schools.map((s) => s.code) };
  },
};
