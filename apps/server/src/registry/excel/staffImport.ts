/**
 * Staff import (教职工信息导入), on the same machinery as the student import: the template, the validation (core's
 * row check, then the school — exists, open, within the uploader's `staffing` scope — duplicates in the file, and
 * against the register: a resident ID already on the staff, a staff number in use) and the bulk write of person,
 * staff and employment rows. A resident ID already in the register as someone else (a former pupil) is linked to
 * that person rather than duplicated.
 */
import { randomUUID } from "node:crypto";
import { auth, registry } from "@edubureau/core";
import { scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import { insertAll, type Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import type { ImportSteps } from "../../excel/importPipeline";
import { EXAMPLE_MARK, type Sheet } from "../../excel/importSheet";
import { type ColumnGuide, labelsOf, templateWorkbook, YES_NO } from "../../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../../excel/problemCollector";
import { nextStaffNumbers } from "../staff/commands";
import { employment, person, staff } from "../tables";
import { personsByHash, schoolsByCode, takenStaffNumbers } from "./lookups";
import { staffSheet } from "./sheetSpec";
import type { TemplateSchool } from "./templates";

type Column = registry.StaffRowColumn;

/** A staff row ready to write. */
export interface CheckedStaffRow {
  rowNumber: number;
  record: registry.StaffRecord;
  schoolId: string;
  residentIdHash: string;
  /** the person already in the register with this resident ID (not staff yet) */
  personId: string | null;
}

const GUIDE: Record<Column, ColumnGuide> = {
  name: { required: "必填", how: "姓名,2–40个汉字或字母", width: 12 },
  residentId: { required: "必填", how: "18位身份证号,末位可为X;性别和出生日期从中读取", width: 21 },
  ethnicity: { required: "可不填", how: "从下拉列表选择,不填视为汉族", width: 10 },
  staffNumber: { required: "可不填", how: "4–20位数字或字母;不填由系统按「县区代码+6位序号」编号", width: 16 },
  schoolCode: { required: "必填", how: "10位学校标识码,从下拉列表选择(见「选项」表)", width: 13 },
  postType: { required: "必填", how: "专任教师、行政人员、教辅人员或工勤人员", width: 10 },
  establishment: { required: "必填", how: "在编、合同制或代课", width: 9 },
  subject: { required: "专任教师必填", how: "主要任教学科,从下拉列表选择;非任课人员留空", width: 10 },
  stageTaught: {
    required: "专任教师必填",
    how: "任教学段(按此计入生师比):学前、小学、初中、高中、中职、特教",
    width: 9,
  },
  qualification: { required: "必填", how: "研究生、本科、专科、高中及中专、高中以下", width: 10 },
  title: { required: "可不填", how: "正高级、高级、一级、二级、三级;未评职称填「未评」或留空", width: 10 },
  backboneLevel: { required: "可不填", how: "校级、县级、市级、省级;不是骨干教师留空或填「无」", width: 10 },
  hasCertificate: { required: "可不填", how: "持有教师资格证填「是」,不填视为否", width: 9 },
  fullTime: { required: "可不填", how: "专职填「是」,兼职填「否」;不填视为是", width: 6 },
  hireDate: { required: "可不填", how: "如 2015-08-28;须在年满16周岁之后、统计时点之前", width: 12 },
  status: { required: "可不填", how: "在岗、离岗或退休,不填视为在岗;调离人员请在系统中「标记调离」", width: 9 },
};

/** The staff import template for a school year and the schools the downloader may import into. */
export function staffTemplate(
  schoolYear: number,
  schools: readonly TemplateSchool[],
  regionCode: string,
  county: string,
) {
  const first17 = `${regionCode}198804129`.padEnd(17, "9");
  const residentId = `${first17}${registry.residentIdCheckChar(first17)}`;
  return templateWorkbook(staffSheet, {
    county,
    guide: GUIDE,
    lists: [
      { title: "学校标识码", values: schools.map((s) => s.code), columns: ["schoolCode"] },
      { title: "学校名称", values: schools.map((s) => s.name), columns: [] },
      { title: "民族", values: registry.ethnicGroups, columns: ["ethnicity"] },
      { title: "岗位类别", values: labelsOf(registry.postType), columns: ["postType"] },
      { title: "编制类型", values: labelsOf(registry.establishment), columns: ["establishment"] },
      { title: "任教学科", values: labelsOf(registry.subject), columns: ["subject"] },
      { title: "任教学段", values: labelsOf(registry.stage), columns: ["stageTaught"] },
      { title: "最高学历", values: labelsOf(registry.qualification), columns: ["qualification"] },
      { title: "职称", values: labelsOf(registry.professionalTitle), columns: ["title"] },
      { title: "骨干级别", values: labelsOf(registry.backboneLevel), columns: ["backboneLevel"] },
      { title: "是否", values: YES_NO, columns: ["hasCertificate", "fullTime"] },
      { title: "任职状态", values: ["在岗", "离岗", "退休"], columns: ["status"] },
    ],
    example: {
      name: `${EXAMPLE_MARK}李春华`,
      residentId,
      ethnicity: "汉族",
      staffNumber: "",
      schoolCode: schools[0]?.code ?? "1500000001",
      postType: "专任教师",
      establishment: "在编",
      subject: "语文",
      stageTaught: "小学",
      qualification: "本科",
      title: "一级",
      backboneLevel: "无",
      hasCertificate: "是",
      fullTime: "是",
      hireDate: "2010-08-28",
      status: "在岗",
    },
    notes: [
      `每行填写一名教职工,导入到 ${registry.schoolYearLabel(schoolYear)}(统计时点 ${schoolYear}年9月1日)的任职记录。`,
      "已在系统中登记的教职工不要重复导入;修改信息请在教职工名单中编辑。",
    ],
  });
}

/** Validates a staff sheet for a school year, within the actor's `staffing` scope. */
export async function validateStaffImport(
  db: Db | Tx,
  actor: auth.Actor,
  sheet: Sheet<Column>,
  ctx: { schoolYear: number; cipher: PersonalDataCipher },
) {
  const scope = scopeOf(actor, auth.registryWriteCapability("staff"));
  const collector = problemCollector(sheet, staffSheet);
  const { add } = collector;
  const codes = [...new Set(sheet.rows.map((r) => r.input.schoolCode ?? "").filter(registry.isSchoolCode))];
  const schools = await schoolsByCode(db, codes);
  const rules = { asOf: `${ctx.schoolYear}-09-01` };
  const candidates: CheckedStaffRow[] = [];
  for (const row of sheet.rows) {
    const result = registry.validateStaffRow(row.input, rules);
    collector.addRow(row, result.problems);
    if (!result.record) continue;
    const { record } = result;
    const found = schools.get(record.schoolCode);
    if (!found) {
      add(
        row.rowNumber,
        "schoolCode",
        `系统中没有学校标识码为 ${record.schoolCode} 的学校:请核对,或从模板的下拉列表中选择`,
      );
      continue;
    }
    const inScope = scope.kind === "county" ? found.regionCode === scope.regionCode : found.id === scope.schoolId;
    if (!inScope) {
      add(
        row.rowNumber,
        "schoolCode",
        `${found.name}(${record.schoolCode})不在您的管理范围:只能导入本单位管理的学校的教职工`,
      );
      continue;
    }
    if (found.status !== "open") {
      add(row.rowNumber, "schoolCode", `${found.name}已撤并或停办,不能再导入教职工:请核对学校标识码`);
      continue;
    }
    candidates.push({
      rowNumber: row.rowNumber,
      record,
      schoolId: found.id,
      residentIdHash: ctx.cipher.hash(record.residentId),
      personId: null,
    });
  }
  const rowOf = (c: CheckedStaffRow) => c.rowNumber;
  const fix = "同一人只能填写一行,请删除重复行或改正号码";
  markDuplicatesInFile(candidates, rowOf, (c) => c.record.residentId, "residentId", { label: "身份证号", fix }, add);
  markDuplicatesInFile(
    candidates,
    rowOf,
    (c) => c.record.staffNumber,
    "staffNumber",
    { label: "教职工编号", fix },
    add,
  );
  const persons = await personsByHash(
    db,
    candidates.map((c) => c.residentIdHash),
  );
  const takenNumbers = await takenStaffNumbers(
    db,
    candidates.map((c) => c.record.staffNumber).filter((n) => n !== null),
  );
  for (const c of candidates) {
    const known = persons.get(c.residentIdHash);
    if (known?.staffId) {
      add(
        c.rowNumber,
        "residentId",
        "系统中已有此身份证号的教职工:已登记的人员不要重复导入,修改信息请在教职工名单中编辑",
      );
    } else if (known) {
      c.personId = known.personId;
      add(c.rowNumber, "residentId", "系统中已有此人(如曾是本县学生),将关联到该人员记录,不重复建档", "warning");
    }
    if (c.record.staffNumber && takenNumbers.has(c.record.staffNumber)) {
      add(c.rowNumber, "staffNumber", "教职工编号已被使用:请核对,或留空由系统编号");
    }
  }
  return collector.finish(candidates, rowOf);
}

/** The staff import's steps: validation, then person (when new), staff and employment rows in bulk. */
export const staffSteps: ImportSteps<Column, CheckedStaffRow> = {
  tables: [person, staff, employment],
  validate: (db, actor, sheet, ctx) => validateStaffImport(db, actor, sheet, ctx),
  async write(tx, actor, valid, ctx) {
    const numbers = await nextStaffNumbers(tx, actor.regionCode, valid.filter((v) => !v.record.staffNumber).length);
    const persons: Record<string, unknown>[] = [];
    const staffRows: Record<string, unknown>[] = [];
    const employments: Record<string, unknown>[] = [];
    let linked = 0;
    for (const { record: r, schoolId, residentIdHash, personId: known } of valid) {
      const personId = known ?? randomUUID();
      if (known) linked++;
      else {
        persons.push({
          id: personId,
          regionCode: actor.regionCode,
          name: r.name,
          gender: r.gender,
          birthDate: r.birthDate,
          ethnicity: r.ethnicity,
          nameInitials: registry.nameInitials(r.name),
          residentIdHash,
          residentIdMasked: registry.maskResidentId(r.residentId),
          residentIdCipher: ctx.cipher.encrypt(r.residentId),
        });
      }
      const staffId = randomUUID();
      staffRows.push({
        id: staffId,
        regionCode: actor.regionCode,
        personId,
        staffNumber: r.staffNumber ?? numbers.shift(),
        hireDate: r.hireDate,
      });
      employments.push({
        regionCode: actor.regionCode,
        schoolId,
        schoolYear: ctx.schoolYear,
        staffId,
        postType: r.postType,
        establishment: r.establishment,
        subject: r.subject,
        stageTaught: r.stageTaught,
        qualification: r.qualification,
        title: r.title,
        backboneLevel: r.backboneLevel,
        hasCertificate: r.hasCertificate,
        fullTime: r.fullTime,
        status: r.status,
      });
    }
    await insertAll(tx, person, persons);
    await insertAll(tx, staff, staffRows);
    await insertAll(tx, employment, employments);
    return { linkedPersons: linked };
  },
};
