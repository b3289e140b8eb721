import type { auth } from "@edubureau/core";
import { registry } from "@edubureau/core";
import { and, asc, count, desc, eq, ilike, like, or } from "drizzle-orm";
import { type ReadableScope, scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { classTeacher, employment, person, school, schoolClass, staff } from "../tables";

export interface StaffQuery {
  schoolYear: number;
  schoolId?: string;
  postType?: string;
  subject?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Search over name, pinyin initials and the last four of the resident ID. */
export function personSearch(text: string | undefined) {
  const t = text?.trim().replace(/[%_\\]/g, "");
  if (!t) return undefined;
  return or(
    ilike(person.name, `%${t}%`),
    registry.looksLikeInitials(t) ? like(person.nameInitials, `${t.toLowerCase()}%`) : undefined,
    /^\d{3}[\dXx]$/.test(t) ? like(person.residentIdMasked, `%${t.toUpperCase()}`) : undefined,
  );
}

export const staffColumns = {
  id: staff.id,
  staffNumber: staff.staffNumber,
  name: person.name,
  gender: person.gender,
  birthDate: person.birthDate,
  residentIdMasked: person.residentIdMasked,
  ethnicity: person.ethnicity,
  hireDate: staff.hireDate,
  schoolId: employment.schoolId,
  schoolName: school.name,
  schoolYear: employment.schoolYear,
  postType: employment.postType,
  establishment: employment.establishment,
  subject: employment.subject,
  stageTaught: employment.stageTaught,
  qualification: employment.qualification,
  title: employment.title,
  backboneLevel: employment.backboneLevel,
  hasCertificate: employment.hasCertificate,
  fullTime: employment.fullTime,
  status: employment.status,
};

type StaffRow = { birthDate: string; gender: string; postType: string };

/** Adds the derived retirement date: worker posts follow the worker rule, every other post the cadre rule. */
export function withRetirement<T extends StaffRow>(row: T) {
  const category = row.postType === "worker" ? "worker" : "cadre";
  return { ...row, retirementDate: registry.retirementDate(row.birthDate, row.gender as "M" | "F", category) };
}

/** The condition of a staff list: the year, the scope (a teacher: only themselves) and the filters. */
export function staffFilter(scope: ReadableScope, q: Omit<StaffQuery, "page" | "pageSize">) {
  return and(
    eq(employment.schoolYear, q.schoolYear),
    schoolScopeCondition(scope, employment),
    scope.kind === "classes" ? eq(employment.staffId, scope.staffId) : undefined,
    q.schoolId ? eq(employment.schoolId, q.schoolId) : undefined,
    q.postType ? eq(employment.postType, q.postType) : undefined,
    q.subject ? eq(employment.subject, q.subject) : undefined,
    personSearch(q.q),
  );
}

/** Staff employed in a school year within scope (a teacher sees only themselves), resident IDs masked. */
export async function listStaff(db: Db, actor: auth.Actor | null, q: StaffQuery) {
  const where = staffFilter(scopeOf(actor, "registry"), q);
  const from = db
    .select(staffColumns)
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .innerJoin(school, eq(school.id, employment.schoolId))
    .where(where);
  const rows = await from
    .orderBy(asc(school.code), asc(employment.postType), asc(person.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .where(where);
  return { rows: rows.map(withRetirement), total: total?.n ?? 0 };
}

/**
 * One staff member with the employment timeline and the classes taught, within scope; null when outside it
 * (answered 404 like a record that does not exist).
 */
export async function staffDetail(db: Db, actor: auth.Actor | null, staffId: string) {
  const scope = scopeOf(actor, "registry");
  if (scope.kind === "classes" && scope.staffId !== staffId) return null;
  const employments = await db
    .select(staffColumns)
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .innerJoin(school, eq(school.id, employment.schoolId))
    .where(eq(employment.staffId, staffId))
    .orderBy(desc(employment.schoolYear));
  const latest = employments[0];
  const visible = employments.some((e) =>
    scope.kind === "county" ? true : e.schoolId === scope.schoolId && e.schoolYear === latest?.schoolYear,
  );
  if (!latest || !visible) return null;
  const classes = await db
    .select({
      classId: schoolClass.id,
      className: schoolClass.name,
      grade: schoolClass.grade,
      subject: classTeacher.subject,
    })
    .from(classTeacher)
    .innerJoin(schoolClass, eq(schoolClass.id, classTeacher.classId))
    .where(and(eq(classTeacher.staffId, staffId), eq(schoolClass.schoolYear, latest.schoolYear)))
    .orderBy(asc(schoolClass.grade), asc(schoolClass.number));
  return {
    staff: withRetirement(latest),
    employments: employments.map(
      ({ schoolYear, schoolId, schoolName, postType, subject, title, qualification, backboneLevel, status }) => ({
        schoolYear,
        schoolId,
        schoolName,
        postType,
        subject,
        title,
        qualification,
        backboneLevel,
        status,
      }),
    ),
    classes,
  };
}
