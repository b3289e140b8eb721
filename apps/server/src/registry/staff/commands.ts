/**
 * Staff writes (教职工登记、修改、标记调离): 人事股 for the county and school administrators for their own school
 * (core `registryWriteCapability("staff")` = `staffing`); 基础教育股 reads. A staff member is never deleted: once
 * they leave, their employment of the year is marked 调离 and the history stays.
 */
import { auth, registry } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../../auth/authorize";
import type { PersonalDataCipher } from "../../auth/personalData";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Tx } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import { badRequest, conflict, type FieldProblem, notFound } from "../../http/errors";
import { employment, person, school, staff } from "../tables";

const STAFF_CAPABILITY = auth.registryWriteCapability("staff");
type Ctx = { now: Date; ip: string };
type SettableStatus = (typeof registry.settableEmploymentStatuses)[number];

export interface EmploymentFields {
  schoolId: string;
  postType: registry.PostType;
  establishment: registry.Establishment;
  subject: registry.Subject | null;
  stageTaught: registry.Stage | null;
  qualification: registry.Qualification;
  title: registry.ProfessionalTitle;
  backboneLevel: registry.BackboneLevel;
  hasCertificate: boolean;
  fullTime: boolean;
  status: SettableStatus;
}

export interface NewStaff extends EmploymentFields {
  name: string;
  ethnicity: string;
  residentId: string;
  /** null: numbered by the register (county code + 6 digits) */
  staffNumber: string | null;
  schoolYear: number;
  hireDate: string | null;
}

export type StaffChanges = Partial<EmploymentFields & { name: string; ethnicity: string; hireDate: string | null }>;

const invalid = (problems: FieldProblem[]) => badRequest("INVALID_STAFF", "教职工信息有误", problems);

/** The writer's actor and scope for staff records. */
function staffWriter(actor: auth.Actor | null): { a: auth.Actor; scope: ReadableScope } {
  const a = authorize(actor, "write", STAFF_CAPABILITY);
  return { a, scope: scopeOf(a, STAFF_CAPABILITY) };
}

/** An open school within the writer's scope, or a field problem on schoolId. */
async function schoolInScope(db: Db | Tx, scope: ReadableScope, schoolId: string) {
  const [found] = await db
    .select({ id: school.id, status: school.status })
    .from(school)
    .where(
      and(eq(school.id, schoolId), schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id })),
    );
  if (!found) throw invalid([{ field: "schoolId", message: "学校不存在或不在您的管理范围(学校只能登记本校教职工)" }]);
  if (found.status !== "open") throw invalid([{ field: "schoolId", message: "该校已合并或撤销,不能再登记教职工" }]);
}

/** The employment rule of core, as field errors (warnings do not stop a form: the list shows retirements). */
function employmentErrors(
  e: Pick<EmploymentFields, "postType" | "subject" | "stageTaught" | "status"> & { hireDate: string | null },
  birthDate: string,
  gender: "M" | "F",
  schoolYear: number,
): FieldProblem[] {
  return registry
    .employmentProblems(e, birthDate, gender, { asOf: `${schoolYear}-09-01` })
    .filter((p) => p.level === "error")
    .map((p) => ({ field: p.column, message: p.message }));
}

/**
 * The next `n` register staff numbers of a county: its code and a six-digit sequence after the largest in use.
 *
 * @example nextStaffNumbers(tx, "152599", 2) // => ["152599000481", "152599000482"] when 152599000480 is the largest
 */
export async function nextStaffNumbers(db: Db | Tx, regionCode: string, n: number): Promise<string[]> {
  const pattern = `^${regionCode}[0-9]{6}$`;
  const [row] = await db
    .select({ max: sql<string | null>`max(${staff.staffNumber})` })
    .from(staff)
    .where(sql`${staff.staffNumber} ~ ${pattern}`);
  const last = row?.max ? Number(row.max.slice(regionCode.length)) : 0;
  return Array.from({ length: n }, (_, i) => `${regionCode}${String(last + i + 1).padStart(6, "0")}`);
}

/**
 * Registers a staff member (新进教职工): the person (or the one already in the register with that resident ID, such
 * as a former pupil), the staff record and the employment of the school year, in one transaction (a savepoint when
 * the caller passes its own transaction, as the recruitment plan's arrivals do).
 */
export async function createStaff(
  db: Db | Tx,
  actor: auth.Actor | null,
  input: NewStaff,
  ctx: Ctx & { cipher: PersonalDataCipher },
) {
  const { a, scope } = staffWriter(actor);
  const parsed = registry.parseResidentId(input.residentId);
  if (!parsed.ok) throw invalid([{ field: "residentId", message: registry.residentIdProblemMessage[parsed.problem] }]);
  await schoolInScope(db, scope, input.schoolId);
  const problems = employmentErrors(input, parsed.birthDate, parsed.gender, input.schoolYear);
  if (problems.length > 0) throw invalid(problems);
  const residentId = input.residentId.trim().toUpperCase();
  const hash = ctx.cipher.hash(residentId);
  return (db as Db).transaction(async (tx) => {
    const [existingPerson] = await tx.select({ id: person.id }).from(person).where(eq(person.residentIdHash, hash));
    if (existingPerson) {
      const [already] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.personId, existingPerson.id));
      if (already) throw conflict("DUPLICATE_STAFF", "该身份证号已登记为教职工:请在教职工名单中查找并编辑");
    }
    if (input.staffNumber) {
      const [taken] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.staffNumber, input.staffNumber));
      if (taken)
        throw conflict("STAFF_NUMBER_TAKEN", `教职工编号 ${input.staffNumber} 已被使用:请核对,或留空由系统编号`);
    }
    const personId =
      existingPerson?.id ??
      (
        await tx
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
          .returning({ id: person.id })
      )[0]!.id;
    const staffNumber = input.staffNumber ?? (await nextStaffNumbers(tx, a.regionCode, 1))[0]!;
    const [created] = await tx
      .insert(staff)
      .values({
        regionCode: a.regionCode,
        personId,
        staffNumber,
        hireDate: input.hireDate,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: staff.id });
    const job = employmentValues(input);
    await tx.insert(employment).values({
      regionCode: a.regionCode,
      schoolYear: input.schoolYear,
      staffId: created!.id,
      ...job,
    });
    await recordAudit(tx, {
      actor: a,
      action: "registry.staff_create",
      targetType: "staff",
      targetId: created!.id,
      after: { name: input.name, residentIdHash: hash, staffNumber, schoolYear: input.schoolYear, ...job },
      details: { reusedPerson: Boolean(existingPerson) },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: created!.id, staffNumber };
  });
}

function employmentValues(e: EmploymentFields) {
  return {
    schoolId: e.schoolId,
    postType: e.postType,
    establishment: e.establishment,
    subject: e.subject,
    stageTaught: e.stageTaught,
    qualification: e.qualification,
    title: e.title,
    backboneLevel: e.backboneLevel,
    hasCertificate: e.hasCertificate,
    fullTime: e.fullTime,
    status: e.status,
  };
}

/** The employment of a staff member in a year, with the person, within the writer's scope; 404 otherwise. */
async function employmentForWrite(db: Db | Tx, scope: ReadableScope, staffId: string, schoolYear: number) {
  const [row] = await db
    .select({ employment, staff, person })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .innerJoin(person, eq(person.id, staff.personId))
    .where(
      and(
        eq(employment.staffId, staffId),
        eq(employment.schoolYear, schoolYear),
        schoolScopeCondition(scope, employment),
      ),
    );
  if (!row) throw notFound("教职工");
  return row;
}

/**
 * Edits a staff member's name, ethnicity and hire date and the employment of one school year (a correction of that
 * year's record; identity — resident ID, birth date, gender — does not change). Before and after are audited.
 */
export async function updateStaff(
  db: Db,
  actor: auth.Actor | null,
  staffId: string,
  schoolYear: number,
  input: StaffChanges,
  ctx: Ctx,
) {
  const { a, scope } = staffWriter(actor);
  const before = await employmentForWrite(db, scope, staffId, schoolYear);
  if (before.employment.status === "left") {
    throw conflict("STAFF_LEFT", "该教职工本学年已标记调离,不能再修改本学年任职信息");
  }
  const { name, ethnicity, hireDate, ...jobChanges } = input;
  if (jobChanges.schoolId && jobChanges.schoolId !== before.employment.schoolId) {
    await schoolInScope(db, scope, jobChanges.schoolId);
  }
  const merged = { ...(before.employment as unknown as EmploymentFields), ...jobChanges };
  const problems = employmentErrors(
    { ...merged, hireDate: hireDate === undefined ? before.staff.hireDate : hireDate },
    before.person.birthDate,
    before.person.gender as "M" | "F",
    schoolYear,
  );
  if (problems.length > 0) throw invalid(problems);
  return db.transaction(async (tx) => {
    const [employmentAfter] = await tx
      .update(employment)
      .set(jobChanges)
      .where(eq(employment.id, before.employment.id))
      .returning();
    const [staffAfter] =
      hireDate !== undefined
        ? await tx.update(staff).set({ hireDate, updatedAt: ctx.now }).where(eq(staff.id, staffId)).returning()
        : [before.staff];
    const [personAfter] =
      name !== undefined || ethnicity !== undefined
        ? await tx
            .update(person)
            .set({
              ...(name !== undefined ? { name, nameInitials: registry.nameInitials(name) } : {}),
              ...(ethnicity !== undefined ? { ethnicity } : {}),
              updatedAt: ctx.now,
            })
            .where(eq(person.id, before.person.id))
            .returning()
        : [before.person];
    await recordAudit(tx, {
      actor: a,
      action: "registry.staff_update",
      targetType: "staff",
      targetId: staffId,
      before,
      after: { employment: employmentAfter, staff: staffAfter, person: personAfter },
      details: { schoolYear, fields: Object.keys(input) },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: staffId };
  });
}

/**
 * Marks a staff member as left (调离) in a school year: the employment row keeps everything else, so the history and
 * every figure computed from it stay; later years simply have no row. The reason and date are audited.
 */
export async function markStaffLeft(
  db: Db,
  actor: auth.Actor | null,
  staffId: string,
  input: { schoolYear: number; on: string; reason: string },
  ctx: Ctx,
) {
  const { a, scope } = staffWriter(actor);
  const before = await employmentForWrite(db, scope, staffId, input.schoolYear);
  if (before.employment.status === "left") throw conflict("STAFF_LEFT", "该教职工本学年已标记调离");
  const [first, last] = [`${input.schoolYear}-09-01`, `${input.schoolYear + 1}-08-31`];
  if (input.on < first || input.on > last) {
    throw invalid([
      { field: "on", message: `调离日期应在${registry.schoolYearLabel(input.schoolYear)}内(${first} 至 ${last})` },
    ]);
  }
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(employment)
      .set({ status: "left" })
      .where(and(eq(employment.id, before.employment.id), sql`${employment.status} <> 'left'`))
      .returning();
    if (!after) throw conflict("STAFF_LEFT", "该教职工本学年已标记调离");
    await recordAudit(tx, {
      actor: a,
      action: "registry.staff_left",
      targetType: "staff",
      targetId: staffId,
      reason: input.reason,
      before: before.employment,
      after,
      details: { schoolYear: input.schoolYear, on: input.on },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: staffId };
  });
}
