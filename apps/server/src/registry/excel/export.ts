/**
 * Student list export (学生名单导出) as a streamed .xlsx, within the caller's scope and filters. Resident IDs and
 * student numbers are masked, and household, family and disability details left out, unless the caller may reveal
 * personal data and gives a reason. Every export writes an audit row before the first byte goes out:
 * `registry.export`, or `registry.export_personal_data` with the reason.
 */
import { PassThrough, type Readable } from "node:stream";
import { type auth, calendar, registry } from "@edubureau/core";
import { and, asc, eq, ilike, inArray, like, or } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { streamingWorkbook } from "../../excel/workbook";
import { badRequest } from "../../http/errors";
import { classScopeCondition } from "../scope";
import { regionName } from "../store";
import { enrollment, person, school, schoolClass, student } from "../tables";

export interface StudentExportQuery {
  schoolYear: number;
  schoolId?: string;
  q?: string;
  /** one enrollment status; all when absent */
  status?: string;
  reveal: boolean;
  reason?: string;
}

const CHUNK = 2000;
const yesNo = (b: boolean) => (b ? "是" : "否");

function filter(scope: ReadableScope, query: StudentExportQuery) {
  const text = query.q?.trim().replace(/[%_\\]/g, "");
  return and(
    eq(enrollment.schoolYear, query.schoolYear),
    query.status ? eq(enrollment.status, query.status) : undefined,
    schoolScopeCondition(scope, enrollment),
    classScopeCondition(scope, enrollment.classId, query.schoolYear),
    query.schoolId ? eq(enrollment.schoolId, query.schoolId) : undefined,
    text
      ? or(
          ilike(person.name, `%${text}%`),
          registry.looksLikeInitials(text) ? like(person.nameInitials, `${text.toLowerCase()}%`) : undefined,
          eq(student.studentNumber, text.toUpperCase()),
        )
      : undefined,
  );
}

/**
 * Checks the caller, records the audit row and starts streaming the workbook.
 *
 * @throws AppError 403 for a reveal without the permission, 400 for a reveal without a reason
 */
export async function exportStudents(
  deps: { db: Db; cipher: PersonalDataCipher; now: () => Date },
  actor: auth.Actor | null,
  query: StudentExportQuery,
  ip?: string,
): Promise<{ stream: Readable; fileName: string; rows: number }> {
  const scope = scopeOf(actor, "registry");
  if (query.reveal) {
    authorize(actor, "reveal", "registry");
    if ((query.reason ?? "").length < 4) {
      throw badRequest("REASON_REQUIRED", "导出完整身份证号等个人信息须填写事由(至少4个字),事由将记入审计日志");
    }
  }
  const { db } = deps;
  const ids = await db
    .select({ id: enrollment.id })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .innerJoin(school, eq(school.id, enrollment.schoolId))
    .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(filter(scope, query))
    .orderBy(asc(school.code), asc(enrollment.grade), asc(schoolClass.number), asc(person.name), asc(enrollment.id));
  await recordAudit(db, {
    actor: actor!,
    action: query.reveal ? "registry.export_personal_data" : "registry.export",
    targetType: "student_list",
    reason: query.reveal ? query.reason : undefined,
    details: {
      schoolYear: query.schoolYear,
      schoolId: query.schoolId,
      q: query.q,
      status: query.status,
      rows: ids.length,
    },
    ip,
    at: deps.now(),
  });
  const county = (await regionName(db, actor!.regionCode)) ?? "";
  const footer = `${county} 学生名单(${registry.schoolYearLabel(query.schoolYear)}) ${calendar.beijingDate(deps.now())}`;
  const out = new PassThrough();
  writeWorkbook(
    out,
    deps,
    { ...query, footer },
    ids.map((r) => r.id),
  ).catch((err: unknown) => out.destroy(err as Error));
  const fileName = `学生名单-${registry.schoolYearLabel(query.schoolYear)}${query.reveal ? "-含个人信息" : ""}.xlsx`;
  return { stream: out, fileName, rows: ids.length };
}

const BASE_HEADERS = [
  "学校",
  "学校标识码",
  "年级",
  "班级",
  "姓名",
  "性别",
  "出生日期",
  "民族",
  "身份证号",
  "学籍号",
  "学籍状态",
];
const PERSONAL_HEADERS = ["户口性质", "留守儿童", "随迁子女", "残疾类别", "安置方式", "孤儿", "建档立卡", "低保"];
const CONTACT_HEADERS = ["家庭住址", "监护人", "监护人电话"];
/** Columns wider than the rest, so a printed number is not cut off (a resident ID takes 18 characters). */
const WIDTHS: Record<string, number> = {
  学校: 28,
  家庭住址: 28,
  学校标识码: 13,
  身份证号: 21,
  学籍号: 22,
  监护人电话: 14,
};

async function writeWorkbook(
  out: PassThrough,
  deps: { db: Db; cipher: PersonalDataCipher },
  query: StudentExportQuery & { footer: string },
  ids: string[],
) {
  const wb = streamingWorkbook({ stream: out, useStyles: true, useSharedStrings: false }, { footer: query.footer });
  const sheet = wb.addWorksheet("学生名单", { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = query.reveal ? [...BASE_HEADERS, ...PERSONAL_HEADERS, ...CONTACT_HEADERS] : BASE_HEADERS;
  sheet.columns = headers.map((h) => ({ header: h, width: WIDTHS[h] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await deps.db
      .select({
        id: enrollment.id,
        school: school.name,
        schoolCode: school.code,
        grade: enrollment.grade,
        className: schoolClass.name,
        status: enrollment.status,
        name: person.name,
        gender: person.gender,
        birthDate: person.birthDate,
        ethnicity: person.ethnicity,
        residentIdMasked: person.residentIdMasked,
        residentIdCipher: person.residentIdCipher,
        student,
      })
      .from(enrollment)
      .innerJoin(student, eq(student.id, enrollment.studentId))
      .innerJoin(person, eq(person.id, student.personId))
      .innerJoin(school, eq(school.id, enrollment.schoolId))
      .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
      .where(inArray(enrollment.id, chunk));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of chunk) {
      const r = byId.get(id);
      if (!r) continue;
      const s = r.student;
      const residentId = query.reveal && r.residentIdCipher ? deps.cipher.decrypt(r.residentIdCipher) : null;
      const base = [
        ...[r.school, r.schoolCode, registry.gradeLabel(r.grade), r.className ?? "", r.name],
        ...[registry.gender.labels[r.gender as registry.Gender] ?? r.gender, r.birthDate, r.ethnicity],
        residentId ?? r.residentIdMasked ?? "",
        query.reveal ? s.studentNumber : registry.maskStudentNumber(s.studentNumber),
        registry.enrollmentStatus.labels[r.status as registry.EnrollmentStatus] ?? r.status,
      ];
      const personal = query.reveal
        ? [
            ...[registry.householdTypeLabels[s.householdType as "urban" | "rural"] ?? s.householdType],
            ...[yesNo(s.leftBehind), yesNo(s.migrant), s.disability ?? "", s.disabilityPlacement ?? ""],
            ...[yesNo(s.orphan), yesNo(s.povertyRegistered), yesNo(s.dibao)],
            ...[s.address ?? "", s.guardianName ?? "", s.guardianPhone ?? ""],
          ]
        : [];
      sheet.addRow([...base, ...personal]).commit();
    }
  }
  sheet.commit();
  await wb.commit();
}
