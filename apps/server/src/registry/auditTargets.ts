import { registry } from "@edubureau/core";
import { and, asc, eq, ilike, inArray, like, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type AuditTargetKinds, containsPattern, uuidsOf } from "../audit/targets";
import type { Db } from "../db/client";
import { importJob } from "../excel/tables";
import {
  person,
  promotionRequest,
  region,
  school,
  schoolClass,
  schoolCondition,
  staff,
  student,
  transfer,
} from "./tables";

/** A person named with the masked resident ID, never the full number: 张三(110105********002X). */
function personLabel(name: string, masked: string | null): string {
  return masked ? `${name}(${masked})` : name;
}

/** A student by name and masked ID (the masked 学籍号 when no resident ID is on record). */
function studentLabel(r: { name: string; residentIdMasked: string | null; studentNumber: string }): string {
  return personLabel(r.name, r.residentIdMasked ?? registry.maskStudentNumber(r.studentNumber));
}

const studentColumns = {
  id: student.id,
  name: person.name,
  residentIdMasked: person.residentIdMasked,
  studentNumber: student.studentNumber,
};

/** Schools' names by id, in one query (for other capabilities' labels of records at a school). */
export async function schoolNamesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  const wanted = uuidsOf(ids);
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: school.id, name: school.name }).from(school).where(inArray(school.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function studentLabels(db: Db, ids: string[]) {
  const wanted = uuidsOf(ids);
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .select(studentColumns)
    .from(student)
    .innerJoin(person, eq(person.id, student.personId))
    .where(inArray(student.id, wanted));
  return new Map(rows.map((r) => [r.id, studentLabel(r)]));
}

const toSchool = alias(school, "to_school");

/** The register's records in the audit log: students and staff by name and masked ID, schools by name. */
export const registryAuditTargets: AuditTargetKinds = {
  student: {
    labels: studentLabels,
    search: async (db, regionCode, text, limit) => {
      const rows = await db
        .select(studentColumns)
        .from(student)
        .innerJoin(person, eq(person.id, student.personId))
        .where(
          and(
            eq(student.regionCode, regionCode),
            // by name, or by the last four characters of the ID (shown in the masked form)
            /^\d{3}[\dXx]$/.test(text)
              ? like(person.residentIdMasked, `%${text.toUpperCase()}`)
              : ilike(person.name, containsPattern(text)),
          ),
        )
        .orderBy(asc(person.name), asc(student.id))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, label: studentLabel(r) }));
    },
  },
  staff: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: staff.id, name: person.name, masked: person.residentIdMasked })
        .from(staff)
        .innerJoin(person, eq(person.id, staff.personId))
        .where(inArray(staff.id, wanted));
      return new Map(rows.map((r) => [r.id, personLabel(r.name, r.masked)]));
    },
    search: async (db, regionCode, text, limit) => {
      const rows = await db
        .select({ id: staff.id, name: person.name, masked: person.residentIdMasked })
        .from(staff)
        .innerJoin(person, eq(person.id, staff.personId))
        .where(and(eq(staff.regionCode, regionCode), ilike(person.name, containsPattern(text))))
        .orderBy(asc(person.name), asc(staff.id))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, label: personLabel(r.name, r.masked) }));
    },
  },
  school: {
    labels: schoolNamesOf,
    search: async (db, regionCode, text, limit) => {
      const pattern = containsPattern(text);
      return db
        .select({ id: school.id, label: school.name })
        .from(school)
        .where(and(eq(school.regionCode, regionCode), or(ilike(school.name, pattern), ilike(school.code, pattern))))
        .orderBy(asc(school.code))
        .limit(limit);
    },
  },
  school_class: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: schoolClass.id, school: school.name, name: schoolClass.name, year: schoolClass.schoolYear })
        .from(schoolClass)
        .innerJoin(school, eq(school.id, schoolClass.schoolId))
        .where(inArray(schoolClass.id, wanted));
      return new Map(rows.map((r) => [r.id, `${r.school} ${r.name}(${r.year}学年)`]));
    },
  },
  school_condition: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: schoolCondition.id, school: school.name, year: schoolCondition.schoolYear })
        .from(schoolCondition)
        .innerJoin(school, eq(school.id, schoolCondition.schoolId))
        .where(inArray(schoolCondition.id, wanted));
      return new Map(rows.map((r) => [r.id, `${r.school} ${r.year}学年`]));
    },
  },
  transfer: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({
          ...studentColumns,
          id: transfer.id,
          from: school.name,
          to: toSchool.name,
          destination: transfer.destination,
        })
        .from(transfer)
        .innerJoin(student, eq(student.id, transfer.studentId))
        .innerJoin(person, eq(person.id, student.personId))
        .innerJoin(school, eq(school.id, transfer.fromSchoolId))
        .leftJoin(toSchool, eq(toSchool.id, transfer.toSchoolId))
        .where(inArray(transfer.id, wanted));
      return new Map(rows.map((r) => [r.id, `${studentLabel(r)} ${r.from}→${r.to ?? r.destination ?? "县外"}`]));
    },
  },
  import_job: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: importJob.id, fileName: importJob.fileName })
        .from(importJob)
        .where(inArray(importJob.id, wanted));
      return new Map(rows.map((r) => [r.id, r.fileName]));
    },
  },
  promotion_request: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: promotionRequest.id, school: school.name, year: promotionRequest.schoolYear })
        .from(promotionRequest)
        .innerJoin(school, eq(school.id, promotionRequest.schoolId))
        .where(inArray(promotionRequest.id, wanted));
      return new Map(rows.map((r) => [r.id, `${r.school} ${r.year}学年`]));
    },
  },
  registry_setting: {
    labels: async (db, ids) => {
      const codes = [...new Set(ids.filter((id) => /^\d{6}$/.test(id)))];
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: region.code, name: region.name })
        .from(region)
        .where(inArray(region.code, codes));
      return new Map(rows.map((r) => [r.code, r.name]));
    },
  },
};
