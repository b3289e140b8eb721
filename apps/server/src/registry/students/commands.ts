import { type auth, calendar, registry } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { digestOf, recordAudit } from "../../audit/store";
import { authorize, scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { badRequest, conflict, type FieldProblem, notFound } from "../../http/errors";
import { enrollment, person, school, schoolClass, student } from "../tables";
import { studentDetail } from "./store";

export interface StudentFlags {
  householdType: "urban" | "rural";
  leftBehind: boolean;
  migrant: boolean;
  disability: string | null;
  disabilityPlacement: string | null;
  orphan: boolean;
  povertyRegistered: boolean;
  dibao: boolean;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

export interface NewStudent extends StudentFlags {
  name: string;
  ethnicity: string;
  residentId: string;
  schoolId: string;
  schoolYear: number;
  grade: number;
  classId: string | null;
}

/**
 * The problem with a pupil's age for the grade, by the register's one rule (core `ageForGrade`, the same the import
 * applies), or null. Refused here: a form is typed by someone who can correct it at once.
 */
function ageProblem(birthDate: string, input: NewStudent, specialSchool: boolean): FieldProblem | null {
  const { age, fits } = registry.ageForGrade(birthDate, input.grade, { schoolYear: input.schoolYear, specialSchool });
  if (fits) return null;
  return {
    field: "grade",
    message: `按身份证号,该生${input.schoolYear}年9月1日为${age}周岁,与${registry.gradeLabel(input.grade)}不符,请核对年级或身份证号`,
  };
}

/**
 * Registers a new student (新生入学 or 转入县外学生): person, student and this year's enrollment, in one transaction.
 * Birth date and gender come from the resident ID, so they cannot disagree with it.
 */
export async function createStudent(
  db: Db,
  actor: auth.Actor | null,
  input: NewStudent,
  ctx: { cipher: PersonalDataCipher; now: Date; ip: string },
) {
  const a = authorize(actor, "write", "registry");
  const scope = scopeOf(a, "registry");
  const parsed = registry.parseResidentId(input.residentId);
  if (!parsed.ok) {
    throw badRequest("INVALID_STUDENT", "学生信息有误", [
      { field: "residentId", message: registry.residentIdProblemMessage[parsed.problem] },
    ]);
  }
  const [target] = await db
    .select({ id: school.id, kind: school.kind })
    .from(school)
    .where(
      and(
        eq(school.id, input.schoolId),
        schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
      ),
    );
  if (!target)
    throw badRequest("INVALID_STUDENT", "学生信息有误", [
      { field: "schoolId", message: "学校不存在或不在您的管理范围" },
    ]);
  const tooOldOrYoung = ageProblem(parsed.birthDate, input, target.kind === "special");
  if (tooOldOrYoung) throw badRequest("INVALID_STUDENT", "学生信息有误", [tooOldOrYoung]);
  if (input.classId) {
    const [cls] = await db
      .select({ id: schoolClass.id })
      .from(schoolClass)
      .where(
        and(
          eq(schoolClass.id, input.classId),
          eq(schoolClass.schoolId, input.schoolId),
          eq(schoolClass.schoolYear, input.schoolYear),
          eq(schoolClass.grade, input.grade),
        ),
      );
    if (!cls) {
      throw badRequest("INVALID_STUDENT", "学生信息有误", [
        { field: "classId", message: "所选班级不属于该校该学年该年级" },
      ]);
    }
  }
  const residentId = input.residentId.trim().toUpperCase();
  const hash = ctx.cipher.hash(residentId);
  const studentNumber = `G${residentId}`;
  return db.transaction(async (tx) => {
    const [dup] = await tx.select({ id: person.id }).from(person).where(eq(person.residentIdHash, hash));
    if (dup) throw conflict("DUPLICATE_STUDENT", "该身份证号已登记,请在学生名单中查找(可能需要办理转学接收)");
    const [p] = await tx
      .insert(person)
      .values({
        regionCode: a.regionCode,
        name: input.name,
        gender: parsed.gender,
        birthDate: parsed.birthDate,
        ethnicity: input.ethnicity,
        nameInitials: registry.nameInitials(input.name),
        residentIdHash: hash,
        residentIdMasked: registry.maskResidentId(residentId),
        residentIdCipher: ctx.cipher.encrypt(residentId),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: person.id });
    const flags: StudentFlags = {
      householdType: input.householdType,
      leftBehind: input.leftBehind,
      migrant: input.migrant,
      disability: input.disability,
      disabilityPlacement: input.disabilityPlacement,
      orphan: input.orphan,
      povertyRegistered: input.povertyRegistered,
      dibao: input.dibao,
      address: input.address,
      guardianName: input.guardianName,
      guardianPhone: input.guardianPhone,
    };
    const [s] = await tx
      .insert(student)
      .values({
        regionCode: a.regionCode,
        personId: p!.id,
        studentNumber,
        ...flags,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: student.id });
    await tx.insert(enrollment).values({
      regionCode: a.regionCode,
      schoolId: input.schoolId,
      schoolYear: input.schoolYear,
      studentId: s!.id,
      classId: input.classId,
      grade: input.grade,
      status: "enrolled",
      enteredOn: calendar.beijingDate(ctx.now),
    });
    await recordAudit(tx, {
      actor: a,
      action: "registry.student_create",
      targetType: "student",
      targetId: s!.id,
      after: { ...flags, name: input.name, residentIdHash: hash, schoolId: input.schoolId, grade: input.grade },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: s!.id };
  });
}

/** Changes a student's name, ethnicity and family/special-group flags (not identity: ID, birth date, gender). */
export async function updateStudent(
  db: Db,
  actor: auth.Actor | null,
  studentId: string,
  input: Partial<StudentFlags & { name: string; ethnicity: string }>,
  ctx: { now: Date; ip: string },
) {
  const a = authorize(actor, "write", "registry");
  if (!(await studentDetail(db, a, studentId))) throw notFound("学生");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(student).where(eq(student.id, studentId));
    if (!before) throw notFound("学生");
    const [personBefore] = await tx.select().from(person).where(eq(person.id, before.personId));
    const { name, ethnicity, ...flags } = input;
    const [after] = await tx
      .update(student)
      .set({ ...flags, updatedAt: ctx.now })
      .where(eq(student.id, studentId))
      .returning();
    let personAfter = personBefore;
    if (name !== undefined || ethnicity !== undefined) {
      [personAfter] = await tx
        .update(person)
        .set({
          ...(name !== undefined ? { name, nameInitials: registry.nameInitials(name) } : {}),
          ...(ethnicity !== undefined ? { ethnicity } : {}),
          updatedAt: ctx.now,
        })
        .where(eq(person.id, before.personId))
        .returning();
    }
    await recordAudit(tx, {
      actor: a,
      action: "registry.student_update",
      targetType: "student",
      targetId: studentId,
      before: { student: before, person: personBefore },
      after: { student: after, person: personAfter },
      details: { fields: Object.keys(input) },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: studentId, digest: digestOf(after) };
  });
}
