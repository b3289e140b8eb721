/**
 * Staff list export (教职工名单导出) as a streamed .xlsx, within the caller's scope and the list's filters. Resident IDs
 * are masked unless the caller may reveal staff personal data (人事股, the school) and gives a reason. Every export
 * writes an audit row before the first byte goes out: `registry.staff_export`, or
 * `registry.staff_export_personal_data` with the reason.
 */
import { PassThrough, type Readable } from "node:stream";
import { auth, calendar, registry } from "@edubureau/core";
import { asc, eq } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import type { Db } from "../../db/client";
import { streamingWorkbook } from "../../excel/workbook";
import { badRequest } from "../../http/errors";
import { type StaffQuery, staffColumns, staffFilter, withRetirement } from "../staff/store";
import { regionName } from "../store";
import { employment, person, school, staff } from "../tables";

export interface StaffExportQuery extends Omit<StaffQuery, "page" | "pageSize"> {
  reveal: boolean;
  reason?: string;
}

const HEADERS = [
  ...["学校", "学校标识码", "教职工编号", "姓名", "性别", "出生日期", "民族", "身份证号", "岗位类别", "编制类型"],
  ...["任教学科", "任教学段", "最高学历", "专业技术职称", "骨干教师级别", "教师资格证", "专职", "入职日期"],
  ...["任职状态", "法定退休日期"],
];
/** Columns wider than the rest, so a printed number is not cut off. */
const WIDTHS: Record<string, number> = { 学校: 28, 学校标识码: 13, 教职工编号: 15, 身份证号: 21, 专业技术职称: 13 };
const label = <T extends string>(v: { labels: Record<T, string> }, code: string | null) =>
  code === null ? "" : (v.labels[code as T] ?? code);

/**
 * Checks the caller, records the audit row and starts streaming the workbook.
 *
 * @throws AppError 403 for a reveal without the permission, 400 for a reveal without a reason
 */
export async function exportStaff(
  deps: { db: Db; cipher: PersonalDataCipher; now: () => Date },
  actor: auth.Actor | null,
  query: StaffExportQuery,
  ip?: string,
): Promise<{ stream: Readable; fileName: string; rows: number }> {
  const scope = scopeOf(actor, "registry");
  if (query.reveal) {
    authorize(actor, "reveal", auth.registryWriteCapability("staff"));
    if ((query.reason ?? "").length < 4) {
      throw badRequest("REASON_REQUIRED", "导出完整身份证号须填写事由(至少4个字),事由将记入审计日志");
    }
  }
  const rows = await deps.db
    .select({ ...staffColumns, schoolCode: school.code, cipher: person.residentIdCipher })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .innerJoin(school, eq(school.id, employment.schoolId))
    .where(staffFilter(scope, query))
    .orderBy(asc(school.code), asc(employment.postType), asc(person.name), asc(staff.id));
  await recordAudit(deps.db, {
    actor: actor!,
    action: query.reveal ? "registry.staff_export_personal_data" : "registry.staff_export",
    targetType: "staff_list",
    reason: query.reveal ? query.reason : undefined,
    details: { ...query, reason: undefined, rows: rows.length },
    ip,
    at: deps.now(),
  });
  const county = (await regionName(deps.db, actor!.regionCode)) ?? "";
  const footer = `${county} 教职工名单(${registry.schoolYearLabel(query.schoolYear)}) ${calendar.beijingDate(deps.now())}`;
  const out = new PassThrough();
  (async () => {
    const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false }, { footer });
    const sheet = wb.addWorksheet("教职工名单", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = HEADERS.map((h) => ({ header: h, width: WIDTHS[h] ?? 12 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const raw of rows) {
      const r = withRetirement(raw);
      const residentId = query.reveal && raw.cipher ? deps.cipher.decrypt(raw.cipher) : null;
      sheet
        .addRow([
          ...[r.schoolName, r.schoolCode, r.staffNumber, r.name, label(registry.gender, r.gender), r.birthDate],
          ...[r.ethnicity, residentId ?? r.residentIdMasked ?? "", label(registry.postType, r.postType)],
          ...[label(registry.establishment, r.establishment), label(registry.subject, r.subject)],
          ...[label(registry.stage, r.stageTaught), label(registry.qualification, r.qualification)],
          ...[label(registry.professionalTitle, r.title), label(registry.backboneLevel, r.backboneLevel)],
          ...[r.hasCertificate ? "是" : "否", r.fullTime ? "专职" : "兼职", r.hireDate ?? ""],
          ...[label(registry.employmentStatus, r.status), r.retirementDate],
        ])
        .commit();
    }
    sheet.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  const fileName = `教职工名单-${registry.schoolYearLabel(query.schoolYear)}${query.reveal ? "-含身份证号" : ""}.xlsx`;
  return { stream: out, fileName, rows: rows.length };
}
